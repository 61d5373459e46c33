"""``python -m timeline_app`` runs the same entry point as ``timeline-app``."""

from timeline_app.cli import main

raise SystemExit(main())

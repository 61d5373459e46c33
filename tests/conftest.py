"""Test-wide setup: Qt runs offscreen so the suite works on machines with no display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

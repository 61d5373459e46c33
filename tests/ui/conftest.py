"""Fixtures shared by the window tests (defined in ``window_fixtures``)."""

from tests.ui.window_fixtures import isolated, window

__all__ = ["isolated", "window"]

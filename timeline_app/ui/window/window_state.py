"""What a project remembers about the window besides the timeline (split for size).

Filter, hidden documents, lanes, selection and the visible range: saved with the project
and put back after opening it, so the user returns to exactly the view they left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from timeline_app.model import Timeline


class StatefulWindow(Protocol):
    """What the saved view state reads and restores (``MainWindow`` provides it)."""

    timeline: Timeline
    view: Any
    menu_actions: Any
    legend: Any
    filter_bar: Any

    def selected_ids(self) -> list[str]: ...
    def select_events(self, ids: list[str]) -> None: ...


def view_state(window: StatefulWindow) -> dict[str, Any]:
    """The window's view as plain JSON-able data."""
    return {
        "filter": window.filter_bar.state(),
        "hidden_documents": sorted(window.legend.hidden_documents()),
        "lanes_by_document": window.menu_actions.lanes.isChecked(),
        "compress_empty_periods": window.view.compress_empty_periods(),
        "selection": window.selected_ids(),
        "visible_range": list(window.view.visible_range()),
    }


def apply_view_state(window: StatefulWindow, state: dict[str, Any]) -> None:
    """Restore :func:`view_state` output (after opening a project)."""
    window.legend.set_hidden_documents(set(state.get("hidden_documents", [])))
    window.filter_bar.set_state(dict(state.get("filter", {})))
    lanes = bool(state.get("lanes_by_document", False))
    window.menu_actions.lanes.setChecked(lanes)
    window.view.set_lanes_by_document(lanes)
    compress = bool(state.get("compress_empty_periods", True))
    window.menu_actions.compress.setChecked(compress)
    window.view.set_compress_empty_periods(compress)
    span = state.get("visible_range")
    if isinstance(span, list) and len(span) == 2 and span[0] < span[1]:
        window.view.set_visible_range(float(span[0]), float(span[1]))
    else:
        window.view.fit_all()
    window.select_events([i for i in state.get("selection", []) if window.timeline.event(i)])

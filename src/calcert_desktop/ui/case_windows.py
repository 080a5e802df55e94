"""The open case files: one window per case, each with the actions its reader may take.

An action taken in one case file is broadcast as a change set (:mod:`ui.operations`):
each case file and list refreshes itself if it concerns it; here only the action's message
goes on to the main window's status bar. The windows have no Qt parent: Python owns them,
so a window closed while its data is still loading on the worker lives until that answer
arrives, instead of being deleted under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from calcert_desktop.ui.actions.panel import ActionPanel
    from calcert_desktop.ui.case_file.window import CaseFileWindow
    from calcert_desktop.ui.session import Session


class CaseWindows(QObject):
    """Opens case files and keeps them, one per reference."""

    acted = Signal(str)  # an action was taken; its Polish message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: dict[str, CaseFileWindow] = {}
        self._panels: dict[str, ActionPanel] = {}

    def open(self, session: Session, reference: str) -> CaseFileWindow:
        """Show the case file of ``reference`` (brought to the front if it is open)."""
        from calcert_desktop.ui.actions.panel import ActionPanel
        from calcert_desktop.ui.case_file.window import CaseFileWindow

        window = self._windows.get(reference)
        if window is None:
            window = CaseFileWindow(session, reference)
            panel = ActionPanel(session, reference, window)
            window.actions_bar.addWidget(panel, 1)  # the panel keeps its buttons to the left
            panel.performed.connect(self.acted)
            self._windows[reference] = window
            self._panels[reference] = panel
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def window(self, reference: str) -> CaseFileWindow | None:
        """The open case file of ``reference``, if any."""
        return self._windows.get(reference)

    def panel(self, reference: str) -> ActionPanel | None:
        """The action buttons of an open case file."""
        return self._panels.get(reference)

    def close_all(self) -> None:
        """Close every case file (at exit, or another person takes over)."""
        for window in self._windows.values():
            window.close()
        self._windows.clear()
        self._panels.clear()

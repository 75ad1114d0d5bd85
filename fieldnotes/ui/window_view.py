"""What the window's controllers may ask of the capture window.

Controllers (meetings, member check, codebook, analysis, …) need a few things from the
window: which meeting is current, to show one, to save the text being typed first. They
get them through this protocol instead of importing ``main_window``, so the window can
import its controllers without an import cycle (an import-linter contract keeps it so).
"""

from __future__ import annotations

from typing import Protocol


class WindowView(Protocol):
    def current_meeting_id(self) -> str | None:
        """The meeting whose observations the stream shows, if any."""
        ...

    def select_meeting(self, meeting_id: str | None) -> None:
        """Show this meeting (the first one when it is gone)."""
        ...

    def show_observation(self, observation_id: str) -> None:
        """Select an observation of the current meeting and put the cursor in its text."""
        ...

    def flush_text(self) -> None:
        """Save the text being typed now, before work that reads the project."""
        ...

    def leave_observation(self) -> None:
        """Stop editing the current observation (it is about to go)."""
        ...

    def focus_stream(self) -> None:
        """Put the keyboard focus in the observation stream."""
        ...

    def show_code_in_search(self, code_id: str, meeting_id: str | None = None) -> None:
        """List the observations carrying a code (in one meeting, when given)."""
        ...

    def show_codes_in_search(self, code_ids: list[str]) -> None:
        """List the observations carrying every one of these codes."""
        ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A passing message in the status bar."""
        ...

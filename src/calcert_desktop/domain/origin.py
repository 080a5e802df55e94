"""Where a change came from, as the history records it (issue 19): a change made on a
laptop and brought in with a package is logged under the person who made it, with the
action ``import/<package>/<action>``, ``<package>`` the first 12 hex digits of the
package's id (the ``packages`` record names the laptop and the whole id)."""

from __future__ import annotations

import uuid

IMPORTED = "import/"


def imported(package_id: uuid.UUID, action: str) -> str:
    """The history's action for ``action`` brought in with the package ``package_id``."""
    return f"{IMPORTED}{package_id.hex[:12]}/{action}"


def with_origin(current: str, action: str) -> str:
    """``action`` keeping the origin of the history's ``current`` action, if it has one."""
    if current.startswith(IMPORTED):
        return current.rpartition("/")[0] + "/" + action
    return action


def origin_of(action: str) -> tuple[str, str] | None:
    """(the package's short id, the action) of an imported change's history action."""
    if not action.startswith(IMPORTED):
        return None
    short, _, what = action[len(IMPORTED):].partition("/")
    return (short, what) if short and what else None

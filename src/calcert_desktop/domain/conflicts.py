"""Two people changing the same record: the refusal the second one gets, naming who changed
it and when, and both versions of every field where they differ (what this person tried to
write, what is stored now). Nothing of the refused write is saved."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from calcert_desktop.domain.errors import DomainError

SHOWN_LIMIT = 160  # characters of a value the message quotes (the params hold it whole)
ABSENT = "(brak)"


@dataclass(frozen=True)
class Difference:
    """One field whose two versions differ, as shown: its Polish name and both values."""

    field: str
    yours: str
    theirs: str


def shown(value: Any) -> str:
    """A stored value as a person reads it in the message: quoted, shortened if long."""
    if value is None or value == "":
        return ABSENT
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = " ".join(str(value).split())
    if len(text) > SHOWN_LIMIT:
        text = text[: SHOWN_LIMIT - 1] + "…"
    return f"„{text}”"


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """A nested declaration as dotted paths to its leaves (lists keep their items whole)."""
    if not isinstance(data, Mapping):
        return {prefix: data} if prefix else {}
    flat: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, path))
        else:
            flat[path] = value
    return flat


def differences(
    yours: Mapping[str, Any],
    theirs: Mapping[str, Any] | None,
    label: Callable[[str], str],
    keys: Iterable[str] | None = None,
) -> list[Difference]:
    """The fields (of ``keys``, else of both versions) whose values differ, named by
    ``label``; ``theirs`` None: the record is gone."""
    stored = theirs or {}
    names = list(keys) if keys is not None else sorted({*yours, *stored})
    return [
        Difference(label(name), shown(yours.get(name)), shown(stored.get(name)))
        for name in names
        if yours.get(name) != stored.get(name)
    ]


class ChangedMeanwhile(DomainError):
    """Another person saved (or deleted) ``record`` after this person read it: their write
    is refused whole. ``params`` carry ``who``, ``when``, ``yours`` and ``theirs`` (field ->
    shown value) for a front end that lays the two versions side by side."""

    def __init__(
        self,
        record: str,
        who: str,
        when: str,
        found: Sequence[Difference] = (),
        *,
        deleted: bool = False,
    ) -> None:
        self.differences = tuple(found)
        super().__init__(
            "conflict.deleted_meanwhile" if deleted else "conflict.changed_meanwhile",
            None,
            record=record[:1].upper() + record[1:],
            who=who,
            when=when,
            yours={d.field: d.yours for d in self.differences},
            theirs={d.field: d.theirs for d in self.differences},
        )

    @property
    def headline(self) -> str:
        """The refusal in one line: what, who, when, and what to do."""
        from calcert_desktop.domain.messages import render

        return render(self.code, None, self.params)

    @property
    def details(self) -> list[str]:
        """One line per differing field: your version and the stored one."""
        from calcert_desktop.domain.messages import render

        return [
            render("conflict.difference", None,
                   {"field": d.field[:1].upper() + d.field[1:], "yours": d.yours,
                    "theirs": d.theirs})
            for d in self.differences
        ]  # fmt: skip

    @property
    def message(self) -> str:
        return "\n".join([self.headline, *self.details])

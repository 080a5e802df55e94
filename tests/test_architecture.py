"""The house's import contracts, read from the source with ``ast`` (nothing is imported).

Each contract fails naming the offending import as ``module:line imports target``:
- layers point down only (design.md): no Qt below ``ui/``; ``domain/`` imports nothing of
  ours outside itself and no library of a layer above; ``documents/`` never reaches
  storage, services or SQLAlchemy; ``cli/`` and ``ui/`` never reach storage or SQLAlchemy;
  ``storage/`` never reaches services or a front end; services never reach a front end;
- the services' wings: the thin root uses no wing, and the wings import each other only
  downwards in :data:`WING_ORDER`;
- no import circle anywhere in ``src/`` (imports inside functions count: a lazy import hides
  a circle, it does not remove it; only ``if TYPE_CHECKING:`` imports are left out).
"""

from __future__ import annotations

import pytest

from import_scan import ALL_IMPORTS, MODULES, TOP, Import, imports_of, within

# Lowest first: a wing may import the wings before it, never one after it.
WING_ORDER = (
    "auth", "privacy", "seals", "process", "applications", "documents", "views", "exchange",
    "admin",
)
# The thin root: every module directly in services/ (context, lookup, access, config...).
ROOT_MODULES = tuple(
    sorted(
        name.rsplit(".", 1)[1]
        for name in MODULES
        if name.count(".") == 2
        and name.startswith(f"{TOP}.services.")
        and name.rsplit(".", 1)[1] not in WING_ORDER
    )
)


def ours(*layers: str) -> tuple[str, ...]:
    return tuple(f"{TOP}.{layer}" for layer in layers)


def violations(sources: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return [
        str(i) for i in ALL_IMPORTS if within(i.source, *sources) and within(i.target, *forbidden)
    ]


QT = ("PySide6", "shiboken6")
CONTRACTS = {
    "no Qt below ui/": (
        ours("domain", "storage", "services", "documents", "exchange", "demo", "cli"),
        QT,
    ),
    "domain/ imports nothing of ours above it, nor their libraries": (
        ours("domain"),
        (
            *ours("storage", "services", "documents", "exchange", "ui", "cli", "demo"),
            "sqlalchemy",
            "alembic",
            "reportlab",
            *QT,
        ),
    ),
    "documents/ never reaches storage, services or SQLAlchemy": (
        ours("documents"),
        (*ours("storage", "services", "ui", "cli", "demo", "exchange"), "sqlalchemy"),
    ),
    "cli/ and ui/ never reach storage or SQLAlchemy": (
        ours("cli", "ui"),
        (*ours("storage"), "sqlalchemy", "alembic"),
    ),
    "cli/ never imports ui/": (ours("cli"), ours("ui")),
    "storage/ never reaches services or a front end": (
        ours("storage"),
        ours("services", "ui", "cli", "demo", "documents", "exchange"),
    ),
    "services/ never reach a front end": (ours("services"), ours("ui", "cli", "demo")),
    "the services' root uses no wing": (
        tuple(f"{TOP}.services.{m}" for m in ROOT_MODULES),
        tuple(f"{TOP}.services.{w}" for w in WING_ORDER),
    ),
}


@pytest.mark.parametrize("contract", sorted(CONTRACTS))
def test_layer_contract(contract: str) -> None:
    sources, forbidden = CONTRACTS[contract]
    found = violations(sources, forbidden)
    assert not found, f"{contract}:\n" + "\n".join(found)


def _wing(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == [TOP, "services"] and parts[2] in WING_ORDER:
        return parts[2]
    return None


def test_wings_import_only_downwards() -> None:
    rank = {wing: index for index, wing in enumerate(WING_ORDER)}
    upward = [
        str(i)
        for i in ALL_IMPORTS
        if (a := _wing(i.source)) and (b := _wing(i.target)) and rank[b] > rank[a]
    ]
    assert not upward, "a wing imports one above it (WING_ORDER):\n" + "\n".join(upward)


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of ``graph``, as the list of its modules, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for i in ALL_IMPORTS:
        if i.typing_only or i.target not in MODULES or i.target == i.source:
            continue
        if MODULES[i.target].name == "__init__.py" and within(i.source, i.target):
            continue  # a module's own package (its docstring): no circle through it
        graph[i.source].add(i.target)
    return graph


def test_no_import_circle_anywhere() -> None:
    circle = _cycle(import_graph())
    assert circle is None, "import circle: " + " -> ".join(circle or [])


def test_the_contracts_see_an_upward_import() -> None:
    # The reader must catch what the contracts forbid, or every test above passes vacuously.
    fake = Import(f"{TOP}.domain.workflow", f"{TOP}.services.context", 1, False)
    assert within(fake.source, *ours("domain")) and within(fake.target, *ours("services"))
    assert any(i.target == "sqlalchemy.orm" for i in imports_of(f"{TOP}.storage.database"))
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert len(ALL_IMPORTS) > 500


def test_the_reader_names_an_upward_import_in_a_function(tmp_path):
    # The contracts are only as good as the reader: an import inside a function, relative or
    # not, is seen and named, and told apart from one that runs at import.
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlalchemy.exc\n"
        "def run():\n"
        "    from ...storage import models\n"
        "    from calcert_desktop.ui.app import run as window\n",
        encoding="utf-8",
    )
    found = imports_of(f"{TOP}.cli.commands.bad", bad)
    assert [(i.line, i.target, i.at_import) for i in found] == [
        (1, "sqlalchemy.exc", True),
        (3, f"{TOP}.storage.models", False),
        (4, f"{TOP}.ui.app", False),
    ]

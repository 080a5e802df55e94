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

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
TOP = "calcert_desktop"

# Lowest first: a wing may import the wings before it, never one after it.
WING_ORDER = ("seals", "process", "applications", "documents", "views", "admin")
ROOT_MODULES = ("context", "lookup", "access", "numbers", "config", "data_folder")


@dataclass(frozen=True)
class Import:
    """One import statement's target, as the module it names."""

    source: str  # the importing module, dotted
    target: str  # the imported module (or package), dotted
    line: int
    typing_only: bool  # under ``if TYPE_CHECKING:``

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in SRC.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(base: str, name: str) -> str:
    """``from base import name``: the submodule when there is one, else ``base``."""
    candidate = f"{base}.{name}"
    return candidate if candidate in MODULES else base


def _walk(node: ast.AST, typing_only: bool = False) -> Iterator[tuple[ast.stmt, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, typing_only
        elif isinstance(child, ast.If) and _is_type_checking(child):
            for inner in child.body:
                if isinstance(inner, (ast.Import, ast.ImportFrom)):
                    yield inner, True
                else:
                    yield from _walk(inner, True)
            for inner in child.orelse:
                yield from _walk(inner, typing_only)
        else:
            yield from _walk(child, typing_only)


def imports_of(module: str) -> list[Import]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[Import] = []
    for node, typing_only in _walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(module, alias.name, node.lineno, typing_only))
            continue
        assert isinstance(node, ast.ImportFrom)
        base = node.module or ""
        if node.level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            found.append(Import(module, _resolve(base, alias.name), node.lineno, typing_only))
    return found


ALL_IMPORTS: list[Import] = [i for m in sorted(MODULES) for i in imports_of(m)]


def within(name: str, *prefixes: str) -> bool:
    """True when the dotted ``name`` is one of ``prefixes`` or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


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

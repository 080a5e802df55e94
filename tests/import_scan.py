"""Reading the package's imports from its source with ``ast`` (nothing is imported): what
the architecture test and the command line's layout test check."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
TOP = "calcert_desktop"


@dataclass(frozen=True)
class Import:
    """One import statement's target, as the module it names."""

    source: str  # the importing module, dotted
    target: str  # the imported module (or package), dotted
    line: int
    typing_only: bool  # under ``if TYPE_CHECKING:``
    at_import: bool = True  # runs when the module is imported (not in a function, not typing)

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


_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def _walk(
    node: ast.AST, typing_only: bool = False, in_function: bool = False
) -> Iterator[tuple[ast.stmt, bool, bool]]:
    """Every import statement below ``node``: (statement, typing only, inside a function)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, typing_only, in_function
        elif isinstance(child, ast.If) and _is_type_checking(child):
            for inner in child.body:
                if isinstance(inner, (ast.Import, ast.ImportFrom)):
                    yield inner, True, in_function
                else:
                    yield from _walk(inner, True, in_function)
            for inner in child.orelse:
                yield from _walk(inner, typing_only, in_function)
        else:
            yield from _walk(child, typing_only, in_function or isinstance(child, _FUNCTIONS))


def imports_of(module: str, path: Path | None = None) -> list[Import]:
    """Every import of ``module`` (read from ``path``, by default the module's own file)."""
    path = path or MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[Import] = []
    for node, typing_only, in_function in _walk(tree):
        runs = not (typing_only or in_function)
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(module, alias.name, node.lineno, typing_only, runs))
            continue
        assert isinstance(node, ast.ImportFrom)
        base = node.module or ""
        if node.level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            target = _resolve(base, alias.name)
            found.append(Import(module, target, node.lineno, typing_only, runs))
    return found


ALL_IMPORTS: list[Import] = [i for m in sorted(MODULES) for i in imports_of(m)]


def within(name: str, *prefixes: str) -> bool:
    """True when the dotted ``name`` is one of ``prefixes`` or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)

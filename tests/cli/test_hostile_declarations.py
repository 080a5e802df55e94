"""Acceptance corpus of issue 14: hostile declaration files refused, legitimate ones accepted.

Each hostile file (``tests/hostile_corpus.py``) goes through what ``calcert declare`` does
(reading the file, then the filing service) and through ``calcert declare`` itself, in one
data folder for the whole module. Every one must be refused with its expected code, a
message naming the field, the database's content unchanged and no file left behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import engines
from calcert_desktop.cli.terminal import printable
from calcert_desktop.domain.declaration import normalize_text
from calcert_desktop.domain.errors import DomainError, ValidationErrors
from calcert_desktop.domain.messages import field_label
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import declare
from calcert_desktop.services.applications.json_files import read_json
from calcert_desktop.services.context import AppContext, open_context, resolve_actor
from cli_support import Captured, run_main
from hostile_corpus import LEGITIMATE, hostile_variants, legitimate_file

VARIANTS = hostile_variants()
SQLITE_OWN = ("-wal", "-shm", "-journal")


def test_the_corpus_is_big_enough() -> None:
    assert len(VARIANTS) >= 250
    assert len({variant.name for variant in VARIANTS}) == len(VARIANTS)


class Office:
    """The module's data folder, its services' context, and a folder of hostile files."""

    def __init__(self, data: Path, files: Path) -> None:
        self.data, self.files = data, files
        self.ctx: AppContext = open_context(DataPaths(data), create=False)
        self.actor = resolve_actor(self.ctx, "biuro")

    def declare(self, path: Path) -> Any:
        """What ``cmd_declare`` does, returning the service's result."""
        data = read_json(path)
        return declare.declare(self.ctx, self.actor, data, source_dir=path.resolve().parent)

    def cli(self, *args: str) -> tuple[int, str, str]:
        with Captured() as captured:
            code = run_main(["--data-dir", str(self.data)], *args, user="biuro")
        out, err = captured.readouterr()
        return code, out, err

    def content_hash(self) -> str:
        """SHA-256 of a dump of every table (the content, not the file's pages)."""
        return engines.content_hash(self.data)

    def files_in_data(self) -> set[tuple[str, int]]:
        return {
            (str(path.relative_to(self.data)), path.stat().st_size if path.is_file() else -1)
            for path in self.data.rglob("*")
            if not path.name.endswith(SQLITE_OWN)
        }


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, prepared_db: Path) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("hostile-data")
    engines.seed(prepared_db, data)
    files = tmp_path_factory.mktemp("hostile-files")
    result = Office(data, files)
    yield result
    result.ctx.close()


def _errors(error: DomainError) -> list[DomainError]:
    return list(error.errors) if isinstance(error, ValidationErrors) else [error]


def _names_the_field(found: DomainError | None, field: str) -> bool:
    # A too deep value is named where the nesting passes the limit, below the field.
    return found is not None and (found.field == field or str(found.field).startswith(field + "."))


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda variant: variant.name)
def test_hostile_declaration_is_refused(office: Office, variant: Any) -> None:
    path = variant.make(office.files)
    hash_before, files_before = office.content_hash(), office.files_in_data()

    with pytest.raises(DomainError) as refused:
        office.declare(path)
    errors = _errors(refused.value)
    found = next((e for e in errors if e.code == variant.code), None)
    assert _names_the_field(found, variant.field), [repr(e) for e in errors]
    assert found is not None
    label = field_label(found.field)
    assert label and label in refused.value.message, refused.value.message

    code, out, err = office.cli("declare", str(path))
    lines = err.strip().splitlines()
    assert code == 1 and out == "", (code, out, err)
    assert lines == ["błąd: " + printable(refused.value.message)], err
    assert label in lines[0]
    assert "\x1b" not in err and "Traceback" not in err

    assert office.content_hash() == hash_before, "a refused declaration changed the database"
    assert office.files_in_data() == files_before, "a refused declaration left a file behind"


@pytest.mark.parametrize("name", sorted(LEGITIMATE))
def test_legitimate_declaration_is_accepted_and_shown_literally(office: Office, name: str) -> None:
    path = legitimate_file(office.files, name)
    expected = read_json(path)
    code, out, err = office.cli("declare", str(path))
    assert code == 0, err
    draft = out.strip()
    assert draft.startswith("ROB-")

    code, shown, err = office.cli("show", draft, "--json")
    assert code == 0, err
    stored = json.loads(shown)["declaration"]
    for path_, _ in LEGITIMATE[name]:
        node_in, node_stored = expected, stored
        for key in path_:
            node_in, node_stored = node_in[key], node_stored[key]
        assert node_stored == normalize_text(node_in)

    code, text, err = office.cli("show", draft)
    assert code == 0, err
    institution = stored["institution"]["name"]
    assert f"Instytucja: {institution}" in text  # HTML, emoji and quotes as typed

"""An office and its laptops for the tests of packages (issue 19): each a data folder of
its own, registered with each other; a case with a site visit handed to the expert's
laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import PASSWORD, TEMPORARY, Cli

OFFICE_NAME = "Biuro CAL"
DAY = "2024-02-01"


def identity_of(cli: Cli) -> str:
    """The installation's identity line (made the first time it is asked for)."""
    return cli.ok("installations", "own", user="admin").strip().splitlines()[-1]


def name_office(cli: Cli) -> None:
    cli.ok("installations", "own", "--name", OFFICE_NAME, user="admin")


def new_laptop(folder: Path, capsys: pytest.CaptureFixture[str], name: str) -> Cli:
    """A new laptop installation named ``name`` in ``folder``."""
    laptop = Cli(folder, capsys)
    laptop.ok("init", "--no-encryption")
    laptop.ok("installations", "own", "--laptop", "--name", name, user="admin")
    return laptop


def pair(office: Cli, laptop: Cli) -> None:
    """The office registers the laptop, the laptop the office."""
    office.ok("installations", "add", identity_of(laptop), user="admin")
    laptop.ok("installations", "add", identity_of(office), user="admin")


def person_on(laptop: Cli, login: str) -> None:
    """The laptop's administrator gives the handed person a password there."""
    laptop.ok("set-password", login, user="admin", more=(TEMPORARY,))
    laptop.ok("change-password", user=login, password=TEMPORARY, more=(PASSWORD,))


def handed_visit(office: Cli, declaration_file, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> tuple[Cli, str]:  # fmt: skip
    """The expert's laptop holding a case whose visit (planned for 10 February 2024) the
    office handed to it, the expert able to sign in there; (laptop, reference)."""
    name_office(office)
    reference = office.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    office.ok("act", reference, "accept", "--date", DAY, user="biuro")
    office.ok("act", reference, "schedule-visit", "--expert", "ekspert", "--visit-date",
              "2024-02-10", "--date", "2024-02-02", user="przewodniczaca")  # fmt: skip
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop Marty")
    pair(office, laptop)
    pack = tmp_path / "wizytacja.calpack"
    office.ok("export", reference, "--to", "Laptop Marty", "-o", str(pack), user="biuro")
    laptop.ok("import", str(pack), user="admin")
    person_on(laptop, "ekspert")
    return laptop, reference


def under_review(office: Cli, declaration_file, members: tuple[str, ...] = ("czlonek1",),
                 received: str = "2024-01-20") -> str:  # fmt: skip
    """A case filed, accepted and assigned to ``members`` (nothing assessed): its number."""
    reference = office.file_case(declaration_file(signed="2024-01-15"), received)
    office.ok("act", reference, "accept", "--date", DAY, user="biuro")
    for member in members:
        office.ok("act", reference, "assign", "--member", member, "--date", DAY,
                  user="przewodniczaca")  # fmt: skip
    return reference

"""Cases for the impartiality tests (issue 16, item 1), built through the command line: the
services' tests and the command line's tests start from the same ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli_support import BOARD_VOTES

if TYPE_CHECKING:
    from cli_support import Cli

# People beyond conftest's: a Commission member who also sits on the Board, and an expert
# who is also a Commission member or on the Board. The Commission's seats are the Board's
# appointments (EXTRA_APPOINTED, from 2024-01-02), not roles an administrator gives.
EXTRA_PEOPLE = (
    ("hnowak", "Halina Nowak", "board_member"),
    ("ekspertczlonek", "Jan Wiśniewski", "expert"),
    ("ekspertzarzad", "Olga Kamińska", "expert,board_member"),
)
EXTRA_APPOINTED = ("hnowak", "ekspertczlonek")
EXTRA_APPOINTED_ON = "2024-01-02"
STRAY_REMARK = "Uwaga członka, który potem zgłosił konflikt interesów."


def act(cli: Cli, ref: str, action: str, day: str, user: str, *options: str) -> str:
    return cli.ok("act", ref, action, *options, "--date", day, user=user)


def add_people(cli: Cli) -> None:
    for login, name, roles in EXTRA_PEOPLE:
        cli.add_person(login, name, roles)
    for login in EXTRA_APPOINTED:
        cli.ok("appoint", login, "--as", "członek", "--from", EXTRA_APPOINTED_ON,
               "--date", EXTRA_APPOINTED_ON, *BOARD_VOTES, user="zarzad")  # fmt: skip


def reviewed(
    cli: Cli,
    declaration_file: Callable[..., Path],
    members: tuple[str, ...] = ("czlonek1", "czlonek2"),
    rating: str = "meets",
) -> str:
    """A case in review: accepted 2024-02-01, ``members`` assigned (the first as rapporteur),
    each of them has assessed S1-S9 with ``rating`` ("Brak dowodów (Sn)." when not "meets")."""
    add_people(cli)
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.review(ref, "2024-02-01", members, rating=rating)
    return ref


def votes(*pairs: str) -> tuple[str, ...]:
    """``--vote`` options for ``login=vote`` pairs."""
    return tuple(part for pair in pairs for part in ("--vote", pair))


def refused_on_appeal(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    """hnowak (a member and on the Board) was rapporteur and voted against; ekspertzarzad
    (an expert on the Board) made the site visit; the refusal was delivered and appealed."""
    ref = reviewed(cli, declaration_file, ("hnowak", "czlonek2"), rating="not")
    act(
        cli,
        ref,
        "schedule-visit",
        "2024-02-02",
        "przewodniczaca",
        "--expert",
        "ekspertzarzad",
        "--visit-date",
        "2024-02-05",
    )
    act(
        cli,
        ref,
        "record-visit",
        "2024-02-05",
        "ekspertzarzad",
        "--summary",
        "Wizytacja potwierdziła braki.",
    )
    act(
        cli,
        ref,
        "refuse",
        "2024-02-10",
        "przewodniczaca",
        *votes("hnowak=przeciw", "czlonek2=przeciw"),
        "--reasons",
        "Standardy niespełnione.",
    )
    act(cli, ref, "deliver", "2024-02-12", "biuro")
    act(cli, ref, "appeal", "2024-02-20", "biuro", "--grounds", "Komisja pominęła raport.")
    return ref


def visited_by_a_member(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    """A case in review where ekspertczlonek, an assigned member, made the site visit."""
    ref = reviewed(cli, declaration_file, ("czlonek1", "ekspertczlonek"))
    act(
        cli,
        ref,
        "schedule-visit",
        "2024-02-02",
        "przewodniczaca",
        "--expert",
        "ekspertczlonek",
        "--visit-date",
        "2024-02-05",
    )
    act(
        cli,
        ref,
        "record-visit",
        "2024-02-05",
        "ekspertczlonek",
        "--summary",
        "Wizytacja potwierdziła zgłoszenie.",
    )
    return ref


def withdrawn_after_assessing(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    """czlonek1 and czlonek2 rated everything "not"; czlonek3 rated S4 "not" with
    :data:`STRAY_REMARK` and then declared a conflict of interest."""
    ref = reviewed(cli, declaration_file, rating="not")
    act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", "czlonek3")
    act(
        cli,
        ref,
        "assess",
        "2024-02-02",
        "czlonek3",
        "--standard",
        "S4",
        "--rating",
        "nie spełnia",
        "--comment",
        STRAY_REMARK,
    )
    act(
        cli,
        ref,
        "declare-conflict",
        "2024-02-03",
        "czlonek3",
        "--reason",
        "Córka pracuje w instytucji.",
    )
    return ref

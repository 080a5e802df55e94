"""Two cases driven through the command line for the case file tests.

``granted_case``: filed with one stored and one only-named attachment, three members (one
declares a conflict), assessed, visited, granted and certified (the workflow records delivery
of refusals and revocations only).
``revoked_case``: refused, appealed, overturned, certified, then revoked after written
charges and the institution's response.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cli_support import BOARD_VOTES

if TYPE_CHECKING:
    from cli_support import Cli

SCAN = b"%PDF-1.4 raport z realizacji standardow"


def act(cli: Cli, ref: str, action: str, day: str, user: str, *options: str) -> None:
    cli.ok("act", ref, action, *options, "--date", day, user=user)


def granted_case(cli: Cli, declaration_file: Callable[..., Path], folder: Path) -> str:
    (folder / "raport.pdf").write_bytes(SCAN)

    def attach(data: dict) -> None:
        data["attachments"] = [
            {"kind": "report", "file_name": "raport.pdf", "path": "raport.pdf"},
            {"kind": "statute", "file_name": "statut.pdf"},
        ]

    ref = cli.file_case(declaration_file(signed="2024-01-15", edit=attach), "2024-01-20")
    act(cli, ref, "accept", "2024-02-01", "biuro")
    for index, member in enumerate(("czlonek1", "czlonek2", "czlonek3")):
        extra = ("--rapporteur",) if index == 0 else ()
        act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", member, *extra)
    act(cli, ref, "declare-conflict", "2024-02-02", "czlonek3",
        "--reason", "Członek zarządu stowarzyszenia prowadzącego instytucję.")  # fmt: skip
    for member in ("czlonek1", "czlonek2"):
        for number in range(1, 10):
            options = ["--standard", f"S{number}", "--rating", "meets"]
            if member == "czlonek1" and number == 4:
                options = ["--standard", "S4", "--rating", "partly",
                           "--comment", "Diagnoza sprzed pięciu lat.",
                           "--evidence", "raport.pdf, s. 12"]  # fmt: skip
            act(cli, ref, "assess", "2024-02-03", member, *options)
    act(cli, ref, "schedule-visit", "2024-02-04", "przewodniczaca",
        "--expert", "ekspert", "--visit-date", "2024-02-10")  # fmt: skip
    act(cli, ref, "record-visit", "2024-02-10", "ekspert",
        "--summary", "Wizytacja potwierdziła zgłoszenie.",
        "--finding", "S4=partly:Diagnoza wymaga aktualizacji.")  # fmt: skip
    act(cli, ref, "grant", "2024-02-20", "przewodniczaca",
        "--vote", "czlonek1=for", "--vote", "czlonek2=for",
        "--reasons", "Standardy spełnione.")  # fmt: skip
    act(cli, ref, "issue", "2024-02-29", "zarzad", *BOARD_VOTES)
    return ref


def revoked_case(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    ref = cli.file_case(declaration_file(signed="2023-03-01", name="d2.json"), "2023-03-02")
    cli.review(ref, "2023-03-10", ("czlonek1", "czlonek2"), rating="not")
    votes = ("--vote", "czlonek1=against", "--vote", "czlonek2=against")
    act(cli, ref, "refuse", "2023-03-20", "przewodniczaca", *votes,
        "--reasons", "Standardy nie są spełnione.")  # fmt: skip
    act(cli, ref, "deliver", "2023-03-22", "biuro")
    act(cli, ref, "appeal", "2023-03-30", "biuro", "--grounds", "Raport pominięto przy ocenie.")
    act(cli, ref, "overturn", "2023-04-10", "zarzad", *BOARD_VOTES,
        "--reasons", "Komisja pominęła raport.")  # fmt: skip
    act(cli, ref, "issue", "2023-04-15", "zarzad", *BOARD_VOTES)
    act(cli, ref, "open-revocation", "2025-01-10", "przewodniczaca",
        "--reason", "Skarga mieszkańców.")  # fmt: skip
    act(
        cli,
        ref,
        "charge",
        "2025-01-15",
        "przewodniczaca",
        "--charges",
        "Zaprzestano pracy środowiskowej (S5).",
        "--response-due",
        "2025-02-10",
    )
    act(cli, ref, "respond", "2025-02-01", "biuro", "--text", "Praca trwa, przedstawiamy dowody.")
    act(cli, ref, "revoke", "2025-02-15", "przewodniczaca",
        "--vote", "czlonek1=for", "--vote", "czlonek2=for",
        "--reasons", "Odpowiedź nie usuwa naruszenia S5.")  # fmt: skip
    return ref

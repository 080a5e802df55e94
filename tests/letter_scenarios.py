"""Cases for the office's letters, driven through the command line: a request to complete,
certified cases (for reminders) and discontinued revocation proceedings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from case_scenarios import act
from cli_support import BOARD_VOTES

if TYPE_CHECKING:
    from cli_support import Cli

MISSING = "Brak raportu z realizacji standardów; brak podpisu kierownika instytucji."
KEPT = "Odpowiedź na zarzuty wykazała, że praca środowiskowa trwa (S5)."


def incomplete_case(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    """Filed on 2024-03-01; the office asked on 2024-03-05 to complete it by 2024-03-25."""
    ref = cli.file_case(declaration_file(signed="2024-02-20", name="niepelne.json"), "2024-03-01")
    act(cli, ref, "request-completion", "2024-03-05", "biuro",
        "--reason", MISSING, "--due", "2024-03-25")  # fmt: skip
    return ref


def certified_case(
    cli: Cli, declaration_file: Callable[..., Path], issued: str, name: str = "cert.json"
) -> str:
    """Filed, assessed and granted a month before ``issued`` (RRRR-MM-DD), when the Board
    issued the certificate (valid five years less a day)."""
    year, month, day = issued.split("-")
    earlier = f"{int(year) - 1}-{month}-{min(int(day), 28):02d}"
    ref = cli.file_case(declaration_file(signed=earlier, name=name), earlier)
    cli.review(ref, earlier, ("czlonek1", "czlonek2"))
    act(cli, ref, "grant", earlier, "przewodniczaca",
        "--vote", "czlonek1=for", "--vote", "czlonek2=for", "--reasons", "Spełnia.")  # fmt: skip
    act(cli, ref, "issue", issued, "zarzad", *BOARD_VOTES)
    return ref


def discontinued_case(cli: Cli, declaration_file: Callable[..., Path]) -> str:
    """Certified on 2023-04-15; charged on 2025-01-15; proceedings discontinued 2025-02-20."""
    ref = certified_case(cli, declaration_file, "2023-04-15", name="umorzenie.json")
    act(cli, ref, "open-revocation", "2025-01-10", "przewodniczaca",
        "--reason", "Skarga mieszkańców.")  # fmt: skip
    act(cli, ref, "charge", "2025-01-15", "przewodniczaca", "--charges",
        "Zaprzestano pracy środowiskowej (S5).", "--response-due", "2025-02-10")  # fmt: skip
    act(cli, ref, "respond", "2025-02-01", "biuro", "--text", "Praca trwa; dowody w załączeniu.")
    act(cli, ref, "discontinue", "2025-02-20", "przewodniczaca", "--reasons", KEPT)
    return ref


# On this day, with the default period of six months (to 2026-06-01), the certificates
# valid to 2026-01-14 and 2026-03-09 are due for a reminder; the one valid to 2026-08-31 not.
REMINDER_DAY = "2025-12-01"


def expiring_cases(cli: Cli, declaration_file: Callable[..., Path]) -> dict[str, str]:
    """Three certified cases by the last day of their certificate: "january" (2026-01-14),
    "march" (2026-03-09) and "august" (2026-08-31)."""
    return {
        "january": certified_case(cli, declaration_file, "2021-01-15", name="styczen.json"),
        "march": certified_case(cli, declaration_file, "2021-03-10", name="marzec.json"),
        "august": certified_case(cli, declaration_file, "2021-09-01", name="sierpien.json"),
    }

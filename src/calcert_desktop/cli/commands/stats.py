"""``calcert stats --year ROK [--to-year ROK] -o FILE``: the yearly statistics as an XLSX
workbook with charts, a PDF report or JSON numbers (by the file's extension)."""

from __future__ import annotations

import argparse

from calcert_desktop.cli.acting import acting
from calcert_desktop.cli.opening import opened_data
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.statistics import export_suffix

NAME = "stats"
DESCRIPTION = (
    "Zapisuje statystykę certyfikacji za rok albo lata: zgłoszenia, decyzje Komisji "
    "(przyznania, odmowy, mediana dni do decyzji), odwołania i ich rozstrzygnięcia, "
    "odebrania, wygaśnięcia, odnowienia i certyfikaty ważne na koniec roku — ogółem, według "
    "województw i według typu instytucji. Liczby pochodzą z dat zapisanych w sprawach: "
    "sprawa, której odmówiono w grudniu, a Zarząd uchylił odmowę w styczniu, liczy się jako "
    "odmowa w pierwszym roku. Format według rozszerzenia pliku: .xlsx (arkusz z wykresami), "
    ".pdf (raport) albo .json. Biuro, przewodniczący Komisji, Zarząd albo administrator "
    "(--user)."
)


def _year(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        message = f"„{text}” nie jest rokiem — podaj rok, np. 2025"
        raise argparse.ArgumentTypeError(message) from None


def _output(text: str) -> str:
    """The file name, refused as wrong usage (exit 2) before anything is opened when its
    extension is none of the three."""
    try:
        export_suffix(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(render(error.code, None, error.params)) from None
    return text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=_year, metavar="ROK",
                        help="rok statystyki (albo pierwszy rok zakresu)")  # fmt: skip
    parser.add_argument("--to-year", type=_year, metavar="ROK",
                        help="ostatni rok zakresu (domyślnie ten sam co --year)")  # fmt: skip
    parser.add_argument("-o", "--output", required=True, type=_output,
                        metavar="PLIK.xlsx|PLIK.pdf|PLIK.json",
                        help="plik wynikowy: .xlsx (z wykresami), .pdf albo .json")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from calcert_desktop.services.documents import statistics_export

    last = args.year if args.to_year is None else args.to_year
    with opened_data(args) as ctx:
        statistics = statistics_export.export(ctx, acting(ctx, args), args.year, last,
                                              args.output)  # fmt: skip
    done = statistics.last.overall
    print(f"Zapisano do {args.output}: {statistics.title} (wpłynęło zgłoszeń: {done.received}, "
          f"przyznano: {done.granted}, odmówiono: {done.refused}).")  # fmt: skip
    return 0

"""The Polish words of the yearly statistics: each figure's column title and what it
counts, the institution types' short names, and "nie podano"; shared by the spreadsheet,
the PDF report, the JSON file and the GUI page, so they all say the same."""

from __future__ import annotations

NOT_GIVEN = "nie podano"

# Column titles, in the order of the tables' columns (domain.statistics.Figures).
FIGURE_LABELS: dict[str, str] = {
    "received": "Wpłynęło zgłoszeń",
    "renewals": "w tym odnowienia",
    "decided": "Decyzje Komisji",
    "granted": "Przyznano",
    "refused": "Odmówiono",
    "median_days": "Mediana dni do decyzji",
    "appeals_refusal": "Odwołania od odmowy",
    "appeals_refusal_upheld": "Odmowa utrzymana",
    "appeals_refusal_overturned": "Odmowa uchylona",
    "revocations": "Odebrano certyfikat",
    "appeals_revocation": "Odwołania od odebrania",
    "appeals_revocation_upheld": "Odebranie utrzymane",
    "appeals_revocation_overturned": "Odebranie uchylone",
    "expiries": "Wygasłe certyfikaty",
    "valid_at_end": "Ważne na koniec roku",
}

# What each figure counts, for the notes under the tables (see domain.statistics).
FIGURE_NOTES: dict[str, str] = {
    "received": (
        "zgłoszenia, których data wpływu przypada w danym roku (szkice się nie liczą, ani "
        "sprawy przeniesione z dawnego rejestru bez daty wpływu)"
    ),
    "renewals": "spośród nich zgłoszenia o odnowienie wcześniejszego certyfikatu",
    "decided": (
        "decyzje Komisji w pierwszej instancji (przyznanie lub odmowa) z datą w danym roku, "
        "bez względu na późniejsze rozstrzygnięcie odwołania"
    ),
    "granted": "decyzje Komisji o przyznaniu certyfikatu",
    "refused": "decyzje Komisji o odmowie przyznania certyfikatu",
    "median_days": (
        "mediana liczby dni od wpływu zgłoszenia do tych decyzji (gdy data wpływu jest znana)"
    ),
    "appeals_refusal": "odwołania od odmowy, które wpłynęły w danym roku",
    "appeals_refusal_upheld": "rozstrzygnięcia Zarządu utrzymujące odmowę w mocy",
    "appeals_refusal_overturned": "rozstrzygnięcia Zarządu uchylające odmowę",
    "revocations": "decyzje Komisji o odebraniu certyfikatu",
    "appeals_revocation": "odwołania od odebrania certyfikatu, które wpłynęły w danym roku",
    "appeals_revocation_upheld": "rozstrzygnięcia Zarządu utrzymujące odebranie w mocy",
    "appeals_revocation_overturned": "rozstrzygnięcia Zarządu uchylające odebranie",
    "expiries": (
        "certyfikaty, którym w danym roku upłynęło pięć lat ważności (bez odebranych przed "
        "tym dniem)"
    ),
    "valid_at_end": (
        "certyfikaty ważne 31 grudnia (wydane do tego dnia, nieodebrane); w roku, który "
        "jeszcze trwa — w dniu sporządzenia zestawienia"
    ),
}

# The institution types' names short enough for a table's column and a chart's axis (the
# form's own labels run to a hundred characters).
SHORT_TYPE_LABELS: dict[str, str] = {
    "jops": "jednostka organizacyjna pomocy społecznej",
    "ngo": "organizacja pozarządowa",
    "zaz": "zakład aktywności zawodowej",
    "wtz": "warsztat terapii zajęciowej",
    "other": "inny podmiot",
}


def type_label(code: str, form_label: str) -> str:
    """The short name of the institution type ``code`` (the form's label if it has none)."""
    return SHORT_TYPE_LABELS.get(code, form_label)

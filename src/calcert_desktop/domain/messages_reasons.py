"""Polish messages of the reasons and warnings (issue 16, item 7): the reason of a change to
a filed application, a second open case of the same institution, the shortest period for
answering charges, and the settings that bound it."""

REASON_MESSAGES: dict[str, str] = {
    "amendment.reason_required": (
        "Powód zmiany jest wymagany: zgłoszenie jest już złożone, więc każda zmiana jego "
        "treści musi mieć powód, zapisywany w historii sprawy."
    ),
    "filing.same_nip_open": (
        "Instytucja o NIP {nip} ma już {found} — kolejne zgłoszenie tej samej instytucji "
        "można złożyć tylko po potwierdzeniu."
    ),
    "period.too_short.response_due": (
        "Termin odpowiedzi {value} jest za krótki: instytucja ma co najmniej {days} na "
        "odpowiedź na zarzuty z {on} — najwcześniejszy dopuszczalny termin to {earliest}."
    ),
    "setting.response_below_minimum": (
        "Domyślny termin odpowiedzi na zarzuty ({value} dni) nie może być krótszy niż "
        "najkrótszy dopuszczalny ({minimum} dni, ustawienie min_response_days)."
    ),
    "setting.minimum_above_response": (
        "Najkrótszy termin odpowiedzi na zarzuty ({value} dni) nie może być dłuższy niż "
        "domyślny ({default} dni) — najpierw wydłuż domyślny termin (ustawienie response_days)."
    ),
    "cli.confirm_needed": "{warning} Aby mimo to wykonać czynność, powtórz polecenie z opcją {flag}.",
    "cli.not_confirmed": "Nie potwierdzono — czynności nie wykonano, nic nie zmieniono.",
}

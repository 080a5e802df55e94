"""Polish messages of the Board's resolutions and appointments (domain/board.py,
domain/appointments.py)."""

BOARD_FIELD_LABELS: dict[str, str] = {
    "board_votes": "Głosowanie Zarządu",
    "starts_on": "Początek powołania",
    "ends_on": "Koniec powołania",
    "function": "Funkcja",
    "resolution": "Uchwała Zarządu",
    "person": "Osoba",
}

BOARD_MESSAGES: dict[str, str] = {
    # the ballot
    "board.voted_twice": (
        "Osoba „{login}” głosuje w tej uchwale dwa razy — każdy członek Zarządu oddaje jeden głos."
    ),
    "board.not_member": (
        "Osoba „{login}” nie jest aktywnym członkiem Zarządu — nie głosuje nad uchwałami Zarządu."
    ),
    "board.no_quorum": (
        "Brak kworum: w głosowaniu wzięło udział {present} z wymaganych co najmniej {quorum} "
        "członków Zarządu — jeden członek nie podejmuje uchwały za Zarząd."
    ),
    "board.not_adopted": (
        "Uchwała Zarządu nie została podjęta: za {pro}, przeciw {contra}, wstrzymało się "
        "{abstain} — potrzeba więcej głosów za niż przeciw."
    ),
    "board.no_votes": (
        "Podaj głosy członków Zarządu biorących udział w uchwale (np. --board-vote zarzad=za)."
    ),
    "board.not_found": "Nie ma uchwały Zarządu nr {number}.",
    # appointments
    "appointment.not_yet": (
        "Osoba „{login}” nie jest jeszcze członkiem Komisji w dniu {day}: jej powołanie "
        "obowiązuje od {starts_on}."
    ),
    "appointment.ended": (
        "Osoba „{login}” nie jest już członkiem Komisji w dniu {day}: jej powołanie "
        "zakończyło się {ends_on}."
    ),
    "appointment.retroactive": (
        "Powołanie nie może działać wstecz: początek {value} jest wcześniejszy niż data "
        "uchwały ({on})."
    ),
    "appointment.end_retroactive": (
        "Zakończenie powołania nie może działać wstecz: ostatni dzień {value} jest "
        "wcześniejszy niż data uchwały ({on})."
    ),
    "appointment.ends_before_start": (
        "Koniec powołania ({value}) nie może być wcześniejszy niż jego początek ({starts_on})."
    ),
    "appointment.overlaps": (
        "Osoba „{login}” ma już w tym czasie powołanie: {function}, {period} — w Komisji "
        "zasiada się na jednym powołaniu naraz (najpierw zakończ poprzednie)."
    ),
    "appointment.chair_taken": (
        "Komisja ma w tym czasie przewodniczącego: „{holder}”, {period} — najpierw zakończ "
        "jego powołanie."
    ),
    "appointment.none": (
        "Osoba „{login}” nie ma powołania ({function}) obowiązującego w dniu {day} lub później."
    ),
    "appointment.already_ends": (
        "To powołanie kończy się już {ends_on} — zakończyć je można tylko wcześniej."
    ),
    "appointment.unknown_function": (
        "Nieznana funkcja „{value}” — podaj: członek, przewodniczący albo odpowiedzialna."
    ),
    "appointment.admin_role": (
        "Członków i przewodniczącego Komisji Certyfikacyjnej powołuje Zarząd uchwałą "
        "(regulamin, pkt 6) — tej roli nie nadaje administrator; użyj: calcert appoint."
    ),
    "responsible.not_board": (
        "Osoba „{login}” nie jest aktywnym członkiem Zarządu — Zarząd wyłania osobę "
        "odpowiedzialną za proces certyfikacji spośród siebie (regulamin, pkt 5)."
    ),
    "responsible.already": (
        "Osoba „{login}” jest już osobą odpowiedzialną za proces certyfikacji ({period})."
    ),
    "responsible.later": (
        "Osoba „{holder}” ma być osobą odpowiedzialną od {starts_on}, nie wcześniej niż nowo "
        "wskazana — najpierw zakończ tamto wskazanie albo wskaż nową osobę od późniejszego dnia."
    ),
    "board.recorder": (
        "Uchwały Zarządu zapisuje członek Zarządu albo administrator — nie masz uprawnień "
        "do tej czynności."
    ),
}

"""Polish messages of the editable letter wording (``documents/wording.py`` and
``services/letter_templates.py``): each names the part of the letter and says what to fix."""

TEMPLATE_MESSAGES: dict[str, str] = {
    # one part's text
    "template.not_text": "Część „{part}”: treść musi być tekstem — wpisz ją jako napis.",
    "template.empty_part": "Część „{part}” jest pusta — wpisz jej treść.",
    "template.missing_part": "Brakuje części „{part}” — dodaj jej treść.",
    "template.unknown_part": (
        "Nieznana część „{value}” — pismo ma tylko części: {known}. Usuń ją albo popraw nazwę."
    ),
    "template.too_long": (
        "Część „{part}” jest za długa (liczba znaków: {length}) — skróć ją do najwyżej "
        "{max_length} znaków."
    ),
    "template.unknown_placeholder": (
        "Część „{part}”: nieznane pole {value} — w tej części można użyć pól: {allowed}."
    ),
    "template.unclosed_brace": (
        "Część „{part}”: nawias klamrowy „{{” bez zamykającego „}}” (przy „{value}”) — "
        "zamknij pole, np. {{institution}}, albo napisz „{{{{”, by wydrukować sam nawias."
    ),
    "template.stray_brace": (
        "Część „{part}”: nawias „}}” bez otwierającego „{{” — usuń go albo napisz „}}}}”, "
        "by wydrukować sam nawias."
    ),
    "template.positional": (
        "Część „{part}”: puste lub numerowane pole {value} — wpisz w nawiasach nazwę pola, "
        "jedną z: {allowed}."
    ),
    "template.not_a_name": (
        "Część „{part}”: w polu {value} może stać tylko sama nazwa pola (bez kropek, "
        "nawiasów kwadratowych, dwukropków i wykrzykników) — jedna z: {allowed}."
    ),
    # the service
    "template.unknown_kind": "Pismo „{value}” nie ma edytowalnej treści. Dostępne: {known}.",
    "template.unknown_version": "Treść pisma „{kind}” nie ma wersji {value}.",
    "template.refused": "Nie zapisano treści pisma „{kind}”: {problems}",
    "template.trial_failed": (
        "Nie zapisano treści pisma „{kind}”: próbne pismo z przykładowymi danymi nie powstało "
        "({detail}) — popraw treść."
    ),
    "template.unchanged": (
        "Treść pisma „{kind}” jest taka sama jak w używanej wersji {version} — nie ma czego "
        "zapisać."
    ),
    "template.not_an_object": (
        "Plik z treścią pisma musi zawierać obiekt JSON {{\"część\": \"treść\", …}} — "
        "sprawdź plik {value}."
    ),
    "template.broken_version": (
        "Nie można wydać pisma „{kind}”: jego treść w wersji {version} jest błędna ({problems}) "
        "— popraw ją w Ustawienia → Treść pism."
    ),
}

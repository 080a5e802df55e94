"""Polish messages of the validation codes and labels of the declaration's fields.

:func:`calcert_desktop.domain.messages.render` puts the field's label before a message, so a
message does not repeat the field's name; each one says what to fix. Codes shared with the
workflow catalogue (``date.future``, ``standard.unknown``) take the same parameters there.
"""

VALIDATION_MESSAGES: dict[str, str] = {
    "filter.unknown_value": "Nie ma {what} „{value}” — czy chodziło o „{near}”?",
    "filter.unknown_no_match": "Nie ma {what} „{value}” — do wyboru: {known}.",
    # single fields
    "required": "To pole jest wymagane — uzupełnij je.",
    # "liczba znaków: N" sidesteps Polish plural forms (3 znaki, 5 znaków).
    "too_long": (
        "Tekst jest za długi (liczba znaków: {length}) — skróć go do najwyżej {max_length} znaków."
    ),
    "postal_code.invalid": (
        "Kod pocztowy „{value}” jest nieprawidłowy — wpisz go w postaci NN-NNN, np. 33-390."
    ),
    "phone.invalid": (
        "Numer telefonu „{value}” jest nieprawidłowy — wpisz 9 cyfr, np. 18 444 61 23 "
        "albo +48 601 234 567."
    ),
    "email.invalid": (
        "Adres e-mail „{value}” jest nieprawidłowy — wpisz go w postaci nazwa@domena.pl, "
        "bez spacji."
    ),
    "website.invalid": (
        "Adres strony „{value}” jest nieprawidłowy — wpisz go w postaci www.domena.pl "
        "albo https://domena.pl."
    ),
    "nip.length": (
        "Numer NIP {value} musi mieć 10 cyfr (myślniki i spacje są dozwolone) — "
        "sprawdź, czy nie brakuje cyfry lub nie wpisano litery."
    ),
    "nip.checksum": "Numer NIP {value} ma nieprawidłową sumę kontrolną — sprawdź cyfry.",
    "regon.length": (
        "Numer REGON {value} musi mieć 9 albo 14 cyfr — sprawdź, czy nie brakuje cyfry "
        "lub nie wpisano litery."
    ),
    "regon.checksum": "Numer REGON {value} ma nieprawidłową sumę kontrolną — sprawdź cyfry.",
    "date.invalid": "Nieprawidłowa data {value} — wpisz ją w postaci RRRR-MM-DD.",
    "date.too_early": "Data {value} jest zbyt odległa — wpisz datę nie wcześniejszą niż {earliest}.",
    "date.too_far": "Data {value} jest zbyt odległa — wpisz datę nie późniejszą niż {latest}.",
    "nip.all_zeros": "Numer NIP {value} składa się z samych zer — wpisz prawdziwy NIP instytucji.",
    "regon.all_zeros": (
        "Numer REGON {value} składa się z samych zer — wpisz prawdziwy REGON instytucji."
    ),
    # characters and sizes (the limits: calcert_desktop.domain.limits)
    "text.control_character": (
        "Tekst zawiera niedozwolony znak sterujący {char} (znak nr {position}) — usuń go; "
        "często trafia do tekstu przy wklejaniu."
    ),
    "text.bidi_control": (
        "Tekst zawiera niewidoczny znak zmiany kierunku pisma {char} (znak nr {position}), "
        "który może ukryć prawdziwą treść — usuń go."
    ),
    "text.line_break": (
        "To pole mieści jeden wiersz, a tekst zawiera znak końca wiersza {char} "
        "(znak nr {position}) — zapisz go w jednym wierszu."
    ),
    "text.surrogate": (
        "Tekst zawiera nieprawidłowy znak {char} (połowa pary UTF-16, znak nr {position}) — "
        "popraw go."
    ),
    "too_many": "Za dużo pozycji (liczba: {count}) — dozwolone najwyżej {max_count}.",

    "date.future": "Data {value} jest z przyszłości — wpisz datę nie późniejszą niż dzisiejsza.",
    "choice.unknown": "Nieznana wartość „{value}” — wybierz jedną z: {allowed}.",
    "file_name.invalid": (
        "Nazwa pliku „{value}” jest nieprawidłowa — podaj samą nazwę pliku, bez ukośników, "
        "np. raport.pdf."
    ),
    "attachment.path_invalid": (
        "Ścieżka załącznika „{value}” musi być względna wobec pliku zgłoszenia, bez „..” "
        "i bez litery dysku — popraw ją, np. zalaczniki/raport.pdf."
    ),
    "sha256.invalid": (
        "Suma kontrolna „{value}” jest nieprawidłowa — SHA-256 to 64 znaki 0–9 i a–f; "
        "popraw ją albo usuń."
    ),
    # the form definition
    "form.unknown_version": (
        "Nieznana wersja formularza „{version}” — sprawdź pole form_version albo zainstaluj "
        "wersję programu, która zna ten formularz."
    ),
    "form.version_mismatch": (
        "Zgłoszenie wypełniono według formularza w wersji {declared}, a sprawdzono według "
        "wersji {version} — sprawdź je według formularza w wersji {declared}."
    ),
    "form.invalid_definition": (
        "Definicja formularza {path} jest uszkodzona ({detail}) — zainstaluj program ponownie."
    ),
    "form.missing_definitions": (
        "Nie znaleziono definicji formularza w folderze {path} — zainstaluj program ponownie."
    ),
    # the declaration's content
    "eligibility.unknown": (
        "Formularz nie zna warunku „{value}” — usuń go albo popraw nazwę (dozwolone: {known})."
    ),
    "eligibility.not_met": (
        "Instytucja nie potwierdziła warunku „{label}” — zgłoszenie można złożyć dopiero, "
        "gdy instytucja go spełnia; wtedy go zaznacz."
    ),
    "standard.unknown": "Nieznany standard „{value}” — podaj jeden z: {known}.",
    "standard.not_declared": (
        "Nie zaznaczono punktu {number} („{title}”) — zaznacz go; instytucja musi spełniać "
        "wszystkie punkty zgłoszenia."
    ),
    "report.missing": (
        "Brak opisu realizacji punktu {number} („{title}”) — opisz, jak instytucja go "
        "realizuje, albo dołącz raport z realizacji standardów jako załącznik."
    ),
    "model_of_work.missing": (
        "Brak modelu pracy w społeczności lokalnej — zaznacz co najmniej jedno pole "
        "działalności i opisz sposób (model, zasady) pracy instytucji."
    ),
    "attachment.missing": "Brak załącznika „{label}” — dołącz go przed złożeniem zgłoszenia.",
    # the declaration file
    "declaration.schema": "Nieprawidłowa struktura pliku zgłoszenia: {problem}.",
    "declaration.malformed_json": (
        "Plik {path} nie jest poprawnym plikiem JSON (wiersz {line}, kolumna {column}): {detail}"
    ),
    "declaration.not_object": (
        "Plik musi zawierać obiekt JSON {{…}}, a zawiera: {actual} — popraw plik."
    ),
    "file.not_regular": "Ścieżka {path} wskazuje {what}, a nie zwykły plik — wskaż właściwy plik.",
    "file.symlink": (
        "Ścieżka {path} jest dowiązaniem symbolicznym albo prowadzi przez nie — program nie "
        "otwiera dowiązań; wskaż sam plik."
    ),
    "file.unreadable": (
        "Nie udało się odczytać pliku {path} ({reason}) — sprawdź, czy masz do niego dostęp."
    ),
    "file.outside_folder": (
        "Ścieżka {path} wychodzi poza folder pliku zgłoszenia — podaj ścieżkę względną do "
        "pliku w tym folderze (np. zalaczniki/statut.pdf)."
    ),
    "file.missing": "Nie znaleziono pliku {path} — sprawdź ścieżkę do pliku.",
    "file.too_large": (
        "Plik {path} jest za duży (liczba bajtów: {size}) — dozwolone najwyżej {max_bytes} bajtów."
    ),
    "json.duplicate_key": "Pole „{key}” występuje w pliku więcej niż raz — zostaw jedno.",
    "json.too_deep": (
        "Wartość jest zagnieżdżona zbyt głęboko — dozwolone najwyżej {max_depth} poziomów "
        "nawiasów; popraw strukturę pliku."
    ),
    "json.number_too_long": (
        "Liczba jest za długa (liczba znaków: {length}) — dozwolone najwyżej {max_length} znaków."
    ),
    "json.not_a_number": "Wartość {value} nie jest liczbą zapisaną w JSON — wpisz zwykłą liczbę.",
    "declaration.not_utf8": (
        "Plik {path} nie jest zapisany w kodowaniu UTF-8 — zapisz go ponownie jako UTF-8."
    ),
}

# What is wrong in a declaration file, by JSON Schema keyword; fills {problem} above.
SCHEMA_PROBLEMS: dict[str, str] = {
    "required": "brakuje pola „{name}” — dodaj je",
    "additionalProperties": "nieznane pole „{name}” — usuń je albo popraw literówkę w nazwie",
    "type": "oczekiwano {expected}, a jest {actual} — popraw wartość",
    "minimum": "wartość {value} jest mniejsza niż {minimum} — popraw ją",
    "other": "wartość nie pasuje do schematu pliku ({detail}) — popraw ją",
}

# JSON types in the genitive ("oczekiwano ...") and the nominative ("a jest ...").
JSON_TYPES_EXPECTED: dict[str, str] = {
    "string": "tekstu w cudzysłowie",
    "boolean": "wartości true albo false",
    "integer": "liczby całkowitej",
    "number": "liczby",
    "object": "obiektu {…}",
    "array": "listy […]",
    "null": "wartości null",
}
JSON_TYPES_ACTUAL: dict[str, str] = {
    "string": "tekst",
    "boolean": "wartość logiczna",
    "integer": "liczba całkowita",
    "number": "liczba",
    "object": "obiekt",
    "array": "lista",
    "null": "null",
}

FIELD_LABELS: dict[str, str] = {
    "form_version": "Wersja formularza",
    "institution": "Instytucja",
    "institution.name": "Nazwa instytucji",
    "institution.type": "Rodzaj instytucji",
    "institution.address": "Adres instytucji",
    "institution.address.street": "Ulica i numer",
    "institution.address.postal_code": "Kod pocztowy",
    "institution.address.town": "Miejscowość",
    "institution.address.voivodeship": "Województwo",
    "institution.phone": "Telefon instytucji",
    "institution.email": "E-mail instytucji",
    "institution.nip": "NIP instytucji",
    "institution.regon": "REGON instytucji",
    "institution.website": "Strona internetowa instytucji",
    "submitter": "Osoba zgłaszająca",
    "submitter.name": "Imię i nazwisko osoby zgłaszającej",
    "submitter.position": "Stanowisko osoby zgłaszającej",
    "submitter.phone": "Telefon osoby zgłaszającej",
    "submitter.email": "E-mail osoby zgłaszającej",
    "head": "Kierownik instytucji",
    "head.name": "Imię i nazwisko kierownika instytucji",
    "head.position": "Stanowisko kierownika instytucji",
    "eligibility": "Warunki wstępne",
    "standards": "Standardy",
    "model_of_work": "Model pracy",
    "model_of_work.fields": "Pola działalności",
    "model_of_work.description": "Opis modelu pracy",
    "attachments": "Załączniki",
    "signature": "Podpis",
    "signature.place": "Miejsce podpisania",
    "signature.date": "Data podpisania",
}

"""Polish messages of the workflow, permission and lookup codes."""

WORKFLOW_FIELD_LABELS: dict[str, str] = {
    "date": "Data czynności",
    "reference": "Numer sprawy",
    "user": "Osoba działająca",
    "member": "Członek Komisji",
    "person": "Osoba",
    "expert": "Ekspert",
    "votes": "Głosowanie",
    "assessments": "Oceny",
    "members": "Skład Komisji",
    "standard": "Standard",
    "rating": "Ocena",
    "comment": "Komentarz",
    "evidence": "Dowody",
    "reason": "Powód",
    "reasons": "Uzasadnienie",
    "charges": "Zarzuty",
    "grounds": "Treść odwołania",
    "text": "Odpowiedź instytucji",
    "summary": "Podsumowanie wizytacji",
    "findings": "Ustalenia wizytacji",
    "due_on": "Termin uzupełnienia",
    "visit_on": "Data wizytacji",
    "response_due": "Termin odpowiedzi",
    "received": "Data wpływu",
    "roles": "Role",
    "login": "Login",
    "full_name": "Imię i nazwisko",
    "action": "Czynność",
    "file": "Plik",
    "key": "Ustawienie",
    "value": "Wartość",
}

WORKFLOW_MESSAGES: dict[str, str] = {
    # the table
    "workflow.wrong_state": (
        "Czynność „{action}” nie jest możliwa, gdy sprawa ma stan „{state}”; "
        "jest możliwa w stanach: {allowed}."
    ),
    "workflow.unknown_action": "Nieznana czynność „{value}”. Dostępne czynności: {known}.",
    "permission.role_required": (
        "Nie masz uprawnień do czynności „{action}”: wymagana rola {roles}."
    ),
    "permission.role_required_plain": "Nie masz uprawnień do tej czynności: wymagana rola {roles}.",
    "permission.unknown_user": (
        "Nie ma aktywnego użytkownika o loginie „{login}” — podaj istniejący login (--user)."
    ),
    "permission.no_user": (
        "Ta czynność wymaga wskazania osoby działającej — podaj --user LOGIN "
        "albo zmienną CALCERT_USER."
    ),
    "permission.not_your_case": (
        "Sprawa „{reference}” nie należy do Twoich wizytacji — ekspert widzi tylko sprawy, "
        "do których Komisja skierowała go na wizytację."
    ),
    "lookup.case": "Nie znaleziono sprawy „{reference}” — sprawdź numer (np. CAL/2026/0001).",
    "lookup.user": "Nie ma osoby o loginie „{login}” — sprawdź login (lista osób: calcert users).",
    # dates
    "date.future": "Data {value} jest z przyszłości — czynność może mieć datę najpóźniej dzisiejszą.",
    "date.before_previous": (
        "Data {value} jest wcześniejsza niż poprzednia czynność w sprawie ({previous}) — "
        "czynności muszą następować po sobie."
    ),
    "date.before_signature": (
        "Data wpływu pisemnej prośby ({value}) jest wcześniejsza niż data podpisania "
        "zgłoszenia ({signed})."
    ),
    "date.due_not_after": "Termin {value} musi przypadać po dacie czynności ({on}).",
    "date.planned_in_past": "Planowana data {value} nie może być wcześniejsza niż {on}.",
    # written texts
    "text.required.reason": "Podaj powód na piśmie (uzasadnienie czynności).",
    "text.required.reasons": "Podaj pisemne uzasadnienie decyzji — regulamin wymaga formy pisemnej.",
    "text.required.grounds": "Podaj treść (zarzuty) odwołania.",
    "text.required.charges": "Sformułuj zarzuty na piśmie — bez nich nie można prowadzić postępowania.",
    "text.required.text": "Podaj treść odpowiedzi instytucji.",
    "text.required.summary": "Podaj podsumowanie wyników wizytacji.",
    # the Commission
    "member.not_commission": "Osoba „{login}” nie jest członkiem Komisji Certyfikacyjnej.",
    "member.already_assigned": "Osoba „{login}” jest już wyznaczona do tej sprawy.",
    "member.not_assigned": "Osoba „{login}” nie jest wyznaczona do tej sprawy.",
    "member.has_assessments": (
        "Osoba „{login}” oceniła już standardy w tej sprawie — nie można jej odwołać ze sprawy."
    ),
    "conflict.cannot_assign": (
        "Osoba „{login}” zgłosiła konflikt interesów w tej sprawie — nie może być wyznaczona."
    ),
    "conflict.only_self": (
        "Konflikt interesów zgłasza sama osoba, której dotyczy; przewodniczący Komisji może go "
        "zapisać tylko w imieniu członka Komisji wyznaczonego do sprawy (nie: „{login}”)."
    ),
    "conflict.no_role": (
        "Osoba „{login}” nie należy do Komisji Certyfikacyjnej, Zarządu ani ekspertów CAL — "
        "nie ma w sprawie czego rozstrzygać, więc nie zgłasza w niej konfliktu interesów."
    ),
    "conflict.nothing_to_declare": (
        "Osoba „{login}” już zgłosiła konflikt interesów w tej sprawie i nie może zapisać "
        "konfliktu nikogo innego."
    ),
    "conflict.cannot_visit": (
        "Osoba „{login}” zgłosiła konflikt interesów w tej sprawie — nie może przeprowadzić "
        "w niej wizytacji."
    ),
    "conflict.visit_expert": (
        "Ekspert „{login}” zgłosił(a) konflikt interesów w tej sprawie — wyników tej wizytacji "
        "nie można zapisać; odwołaj wizytację i wyślij innego eksperta."
    ),
    "conflict.already_declared": "Osoba „{login}” już zgłosiła konflikt interesów w tej sprawie.",
    "conflict.cannot_assess": (
        "Osoba „{login}” zgłosiła konflikt interesów w tej sprawie — nie może oceniać standardów."
    ),
    "conflict.cannot_vote": (
        "Osoba „{login}” zgłosiła konflikt interesów w tej sprawie — nie może głosować."
    ),
    "impartiality.conflicted": (
        "Osoba „{login}” zgłosiła konflikt interesów w tej sprawie — nie może w niej niczego "
        "zapisywać, głosować, wydawać ani rozstrzygać."
    ),
    "impartiality.took_part": (
        "Osoba „{login}” brała udział w decyzji Komisji w tej sprawie (oceniała, głosowała, "
        "była sprawozdawcą albo wizytującym ekspertem) — nie może rozstrzygać odwołania od niej."
    ),
    "standard.unknown": "Nieznany standard „{value}” — podaj jeden z: {known}.",
    "rating.unknown": "Nieznana ocena „{value}” — podaj: spełnia, częściowo albo nie spełnia.",
    "assessment.comment_required": (
        "Ocena standardu {standard} inna niż „spełnia” wymaga komentarza z uzasadnieniem."
    ),
    "assessment.incomplete": (
        "Nie wszyscy członkowie Komisji ocenili wszystkie standardy; brakuje: {missing}."
    ),
    "expert.not_expert": "Osoba „{login}” nie jest ekspertem CAL.",
    "visit.other_expert": (
        "Wyniki wizytacji zapisuje ekspert „{expert}” albo biuro, nie „{login}”."
    ),
    "decision.no_members": "Do sprawy nie wyznaczono żadnego członka Komisji bez konfliktu interesów.",
    "decision.no_voters": (
        "W sprawie nie głosuje nikt: każdy wyznaczony członek Komisji bez konfliktu interesów "
        "przeprowadził w niej wizytację, a ekspert wizytujący nie głosuje w sprawie, którą "
        "wizytował. Wyznacz do sprawy kolejnego członka Komisji."
    ),
    "vote.visit_expert": (
        "Osoba „{login}” przeprowadziła wizytację w tej sprawie — ekspert wizytujący nie głosuje "
        "w sprawie, którą wizytował (tak stanowi ustawienie „głosowanie eksperta wizytującego”)."
    ),
    "vote.not_assigned": "Osoba „{login}” nie jest wyznaczona do sprawy — nie może głosować.",
    "vote.unknown": (
        "Nieznany głos „{value}” osoby „{login}” — podaj: za, przeciw albo wstrzymuje się."
    ),
    "vote.missing": "Brakuje głosów członków Komisji: {logins}.",
    "vote.malformed": (
        "Głos zapisz jako LOGIN=za|przeciw|wstrzymuje, np. czlonek1=za (było: „{value}”)."
    ),
    "visit.finding_malformed": (
        "Ustalenie zapisz jako S1=spełnia|częściowo|nie spełnia:treść (było: „{value}”)."
    ),
    "vote.no_majority": "Brak większości: za {pro}, przeciw {contra}.",
    "vote.majority_for_grant": (
        "Większość głosowała za przyznaniem (za {pro}, przeciw {contra}) — nie można zapisać odmowy."
    ),
    # decisions and after
    "decision.already_delivered": "Doręczenie decyzji zapisano już ({delivered}).",
    "appeal.no_decision": "W sprawie nie ma decyzji, od której można się odwołać.",
    "appeal.too_late": (
        "Odwołanie z {value} wniesiono po terminie: {days} dni od doręczenia upłynęło {deadline}."
    ),
    "charges.already_answered": "Odpowiedź instytucji na zarzuty jest już zapisana.",
    "charges.response_pending": (
        "Instytucja nie odpowiedziała jeszcze na zarzuty, a termin na odpowiedź ({due}) nie upłynął."
    ),
    "certificate.still_valid": "Certyfikat jest ważny do {valid_until} — nie mógł jeszcze wygasnąć.",
    "finality.not_delivered": (
        "Doręczenie decyzji nie zostało zapisane — bez niego decyzja nie staje się ostateczna."
    ),
    "finality.appeal_period": (
        "Termin odwołania jeszcze trwa: decyzja stanie się ostateczna {final} (data czynności: {value})."
    ),
    "permission.system_only": (
        "Czynność „{action}” wykonuje sam program, gdy upłynie termin — nikt nie wykonuje jej ręcznie."
    ),
    "renewal.exists": "Dla tego certyfikatu trwa już postępowanie o odnowienie.",
    "renewal.too_early": (
        "Certyfikat jest ważny do {valid_until}; o odnowienie można wystąpić od {start}."
    ),
    "user.unknown_role": "Nieznana rola „{value}” — podaj role spośród: {known}.",
    "user.login_invalid": "Login „{value}” jest nieprawidłowy — użyj liter bez polskich znaków, cyfr i kropek, bez spacji.",
    "user.login_taken": "Login „{value}” jest już zajęty.",
    "document.unknown_kind": "Nie ma dokumentu rodzaju „{value}”. Dostępne: {known}.",
    "document.not_applicable": "Dokumentu „{kind}” nie można wydać w sprawie {reference}: {why}",
    "document.not_stored": "W bazie danych brak pliku dokumentu {name}.",
    "document.batch_cancelled": "Przerwano przygotowywanie przypomnień — niczego nie zapisano.",
    "register.bad_suffix": (
        "Rejestr zapisuje się do pliku .pdf albo .csv — nazwa „{value}” ma inne rozszerzenie."
    ),
    "user.last_admin": (
        "Osoba „{login}” jest ostatnim aktywnym administratorem — najpierw nadaj rolę "
        "administratora komuś innemu."
    ),
    "demo.not_empty": (
        "Baza danych w {path} zawiera już sprawy — dane demonstracyjne wczytuje się do pustej "
        "bazy (wskaż nowy katalog: --data-dir)."
    ),
    "demo.numbers_in_use": (
        "Baza danych w {path} ma już nadane numery spraw lub certyfikatów — dane "
        "demonstracyjne wczytuje się do pustej bazy (wskaż nowy katalog: --data-dir)."
    ),
    "demo.negative": "Liczba spraw musi być nieujemna (podano {value}).",
    "demo.plan_mismatch": "Błąd generatora danych demonstracyjnych: oczekiwano {expected}, jest {got}.",
    "setting.unknown": "Nieznane ustawienie „{value}” — dostępne: {known}.",
    "setting.out_of_range": "Wartość „{value}” jest poza zakresem — podaj liczbę od {low} do {high}.",
    # command line and storage
    "cli.bad_date": "Nieprawidłowa data „{value}” — wpisz ją w postaci RRRR-MM-DD.",
    "cli.empty_date": "Pusta data — wpisz ją w postaci RRRR-MM-DD albo pomiń tę opcję.",

    "cli.missing_option": "Brak wymaganej opcji {option} dla czynności „{action}”.",
    "storage.newer_schema": (
        "Baza danych {path} pochodzi z nowszej wersji programu (schemat {found}); ta wersja zna "
        "schemat do {known}. Zaktualizuj program — baza nie została zmieniona."
    ),
    "storage.migration_failed": (
        "Aktualizacja bazy danych nie powiodła się ({detail}); przywrócono poprzednią wersję "
        "z kopii {backup}."
    ),
    "storage.backup_failed": "Nie udało się wykonać kopii bazy danych: {detail}",
    "storage.backup_same_file": "Kopii nie można zapisać w miejscu samej bazy danych ({path}).",
    "storage.backup_exists": "Plik {path} już istnieje — wskaż nową nazwę pliku kopii.",
    "storage.backup_missing": "Nie ma pliku kopii {path}.",
    "storage.not_a_database": "Plik {path} nie jest bazą danych CALcert ({detail}).",
    "file.write_failed": (
        "Nie udało się zapisać pliku {path}: {reason}. Poprzednia zawartość pliku (jeśli była) "
        "pozostała bez zmian."
    ),
    "storage.locked": "Baza danych jest zajęta przez inny program — spróbuj ponownie za chwilę.",
    "storage.not_initialised": (
        "Baza danych w {path} nie istnieje — utwórz ją poleceniem: calcert init"
    ),
    "draft.not_a_draft": (
        "Zgłoszenie {reference} nie jest już szkicem (stan: {state}) — szkic można zmieniać "
        "i usuwać tylko przed złożeniem."
    ),
    "draft.writer_required": (
        "Zakładanie, uzupełnianie i usuwanie szkiców zgłoszeń wymaga roli {roles} — nie masz "
        "uprawnień do tej czynności."
    ),
    "draft.save_failed": "Nie udało się zapisać szkicu w bazie danych ({detail}).",
}

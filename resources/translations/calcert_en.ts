<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/about.py" line="+14"/>
        <source>O programie CALcert Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CALcert Desktop {version}&lt;/h3&gt;&lt;p&gt;Obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej: zgłoszenia, ocena Komisji Certyfikacyjnej, decyzje, certyfikaty i rejestr — bez dostępu do sieci.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencje składników&lt;/b&gt;&lt;br&gt;Qt {qt} i PySide6 {pyside} — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — licencja MIT&lt;br&gt;platformdirs, jsonschema — licencja MIT&lt;br&gt;anyascii — licencja ISC&lt;br&gt;ReportLab — licencja BSD&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/app.py" line="+56"/>
        <source>Kto pracuje?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wybierz osobę, w której imieniu działasz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pierwsze uruchomienie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza danych jest pusta. Wczytać przykładowe dane ({0} spraw i osoby we wszystkich rolach), aby poznać program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tworzę przykładowe dane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Przykładowe dane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CALcert Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/wizard.py" line="+50"/>
        <source>Zgłoszenie do Certyfikatu Jakości CAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dalej &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Wstecz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zamknij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Złóż &amp;zgłoszenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Zapis szkicu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Złożenie zgłoszenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+326"/>
        <source>Dane instytucji, jak na papierowym zgłoszeniu. Pola oznaczone * są wymagane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osoba zgłaszająca i kierownik instytucji, który podpisuje zgłoszenie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/applications.py" line="+36"/>
        <source>Numer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompletność</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ostatnia zmiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(bez nazwy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <location line="+28"/>
        <source>Lista zgłoszeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nowe zgłoszenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kontynuuj szkic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Otwórz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usuń szkic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Zgłoszenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(bez nazwy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usuń szkic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usunąć szkic {0} ({1})? Tej operacji nie można cofnąć.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/attachments.py" line="+39"/>
        <source>Dołącz skan podpisanego zgłoszenia, raport i dokumenty (statut, regulamin, zakresy czynności). Pliki PDF, obrazy lub dokumenty tekstowe, do {0} MB każdy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rodzaj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rodzaj załącznika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dodaj plik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Usuń załącznik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rodzaj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rozmiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Załączniki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>Załącznik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nie udało się odczytać pliku {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wybierz pliki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumenty (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.rtf *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="-200"/>
        <source>O Certyfikat mogą ubiegać się instytucje, które spełniają oba warunki:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/fields.py" line="+71"/>
        <source>— wybierz —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>np. 12 345 67 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>np. biuro@gops.pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 cyfr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 lub 14 cyfr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/main_window.py" line="+34"/>
        <source>CALcert Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nawigacja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ten widok powstaje; pojawi się w jednej z kolejnych wersji programu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zgłoszenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komisja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Komisja Certyfikacyjna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejestr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejestr certyfikatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ustawienia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Działasz jako: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dane: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zgłoszenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Złożono zgłoszenie {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(bez nazwy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niedokończone zgłoszenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przywrócić niedokończone zgłoszenie?

{0} — {1}, wypełnione w {2}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Plik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nowe zgłoszenie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zakończ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pomo&amp;c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;O programie…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOfWorkPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+91"/>
        <source>Opisz metodycznie uporządkowany sposób (model) pracy w społeczności lokalnej. Ten opis stanie się merytorycznym załącznikiem certyfikatu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pola działalności</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Opis modelu pracy *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opis modelu pracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location line="-82"/>
        <source>Oświadczamy, że spełniamy wszystkie punkty. Przy każdym opisz, jak instytucja go realizuje (raport) i wymień dokumenty, które to potwierdzają.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deklarujemy spełnienie punktu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jak instytucja realizuje ten standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opis realizacji standardu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dowody: nazwy plików, po jednej w wierszu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dowody dla standardu {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location line="+91"/>
        <source>Data wpływu pisemnej prośby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;wpływu pisemnej prośby *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Do złożenia brakuje:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zgłoszenie jest kompletne. Sprawdź datę wpływu i złóż je.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/worker.py" line="+38"/>
        <source>Nieoczekiwany błąd: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

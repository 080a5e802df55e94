<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/about.py" line="+14"/>
        <source>O programie CALcert Desktop</source>
        <translation>About CALcert Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CALcert Desktop {version}&lt;/h3&gt;&lt;p&gt;Obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej: zgłoszenia, ocena Komisji Certyfikacyjnej, decyzje, certyfikaty i rejestr — bez dostępu do sieci.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencje składników&lt;/b&gt;&lt;br&gt;Qt {qt} i PySide6 {pyside} — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — licencja MIT&lt;br&gt;platformdirs, jsonschema — licencja MIT&lt;br&gt;anyascii — licencja ISC&lt;br&gt;ReportLab — licencja BSD&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CALcert Desktop {version}&lt;/h3&gt;&lt;p&gt;Handling of the Local Activity Centre (CAL) Quality Certificate: applications, assessment by the Certification Commission, decisions, certificates and the register — with no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Component licences&lt;/b&gt;&lt;br&gt;Qt {qt} and PySide6 {pyside} — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — MIT licence&lt;br&gt;platformdirs, jsonschema — MIT licence&lt;br&gt;anyascii — ISC licence&lt;br&gt;ReportLab — BSD licence&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/app.py" line="+55"/>
        <source>Pierwsze uruchomienie</source>
        <translation>First run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza danych jest pusta. Wczytać przykładowe dane ({0} spraw i osoby we wszystkich rolach), aby poznać program?</source>
        <translation>The database is empty. Load sample data ({0} cases and people in every role) to get to know the program?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tworzę przykładowe dane…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Przykładowe dane</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>CALcert Desktop</source>
        <translation>CALcert Desktop</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/application_view.py" line="+59"/>
        <source>Zgłoszenie {0}</source>
        <translation>Application {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zgłoszenie {0} — {1}</source>
        <translation>Application {0} — {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data wpływu: {0}</source>
        <translation>Received: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wersja formularza: {0}</source>
        <translation>Form version: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treść zgłoszenia</source>
        <translation>Application text</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location line="-24"/>
        <source>Model pracy ({0}):</source>
        <translation>Model of work ({0}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Załącznik – {0}: {1}</source>
        <translation>Attachment – {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/wizard.py" line="+50"/>
        <source>Zgłoszenie do Certyfikatu Jakości CAL</source>
        <translation>Application for the CAL Quality Certificate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dalej &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Wstecz</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zamknij</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Złóż &amp;zgłoszenie</source>
        <translation>&amp;File application</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Zapis szkicu</source>
        <translation>Saving the draft</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Złożenie zgłoszenia</source>
        <translation>Filing the application</translation>
    </message>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+318"/>
        <source>Dane instytucji, jak na papierowym zgłoszeniu. Pola oznaczone * są wymagane.</source>
        <translation>Details of the institution, as on the paper application. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osoba zgłaszająca i kierownik instytucji, który podpisuje zgłoszenie.</source>
        <translation>The submitting person and the head of the institution, who signs the application.</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/applications.py" line="+38"/>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompletność</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ostatnia zmiana</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <location line="+31"/>
        <source>Lista zgłoszeń</source>
        <translation>List of applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nowe zgłoszenie</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kontynuuj szkic</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usuń szkic</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Zgłoszenia</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usuń szkic</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usunąć szkic {0} ({1})? Tej operacji nie można cofnąć.</source>
        <translation>Delete draft {0} ({1})? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/attachments.py" line="+39"/>
        <source>Dołącz skan podpisanego zgłoszenia, raport i dokumenty (statut, regulamin, zakresy czynności). Pliki PDF, obrazy lub dokumenty tekstowe, do {0} MB każdy.</source>
        <translation>Attach a scan of the signed application, the report and supporting documents (statutes, internal regulations, job descriptions). PDF files, images or text documents, up to {0} MB each.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rodzaj załącznika</source>
        <translation>Attachment type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dodaj plik…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Usuń załącznik</source>
        <translation>&amp;Remove attachment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>Załącznik</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nie udało się odczytać pliku {0}: {1}</source>
        <translation>Could not read the file {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wybierz pliki</source>
        <translation>Select files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumenty (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.rtf *.txt)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.rtf *.txt)</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="-191"/>
        <source>O Certyfikat mogą ubiegać się instytucje, które spełniają oba warunki:</source>
        <translation>Institutions that meet both of the following conditions may apply for the Certificate:</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/fields.py" line="+71"/>
        <source>— wybierz —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>np. 12 345 67 89</source>
        <translation>e.g. 12 345 67 89</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>np. biuro@gops.pl</source>
        <translation>e.g. biuro@gops.pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 cyfr</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 lub 14 cyfr</source>
        <translation>9 or 14 digits</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/main_window.py" line="+41"/>
        <source>CALcert Desktop</source>
        <translation>CALcert Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ten widok powstaje; pojawi się w jednej z kolejnych wersji programu.</source>
        <translation>This view is under construction; it will be available in a future version of the program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zgłoszenia</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komisja</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Komisja Certyfikacyjna</source>
        <translation>Certification Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejestr</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejestr certyfikatów</source>
        <translation>Register of certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Otwieram bazę danych…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Działasz jako: {0} ({1})</source>
        <translation>Acting as: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dane: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zmiana osoby</source>
        <translation>Change of person</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>Zgłoszenie</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Złożono zgłoszenie {0}.</source>
        <translation>Application {0} has been filed.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niedokończone zgłoszenie</source>
        <translation>Unfinished application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przywrócić niedokończone zgłoszenie?

{0} — {1}, wypełnione w {2}%.</source>
        <translation>Restore the unfinished application?

{0} — {1}, {2}% complete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nowe zgłoszenie…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zmień &amp;osobę…</source>
        <translation>Change &amp;person…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zakończ</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;O programie…</source>
        <translation>&amp;About…</translation>
    </message>
</context>
<context>
    <name>ModelOfWorkPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+87"/>
        <source>Opisz metodycznie uporządkowany sposób (model) pracy w społeczności lokalnej. Ten opis stanie się merytorycznym załącznikiem certyfikatu.</source>
        <translation>Describe the methodically structured approach (model) to work in the local community. This description will become the substantive attachment to the certificate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pola działalności</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Opis modelu pracy *</source>
        <translation>&amp;Description of the model of work *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opis modelu pracy</source>
        <translation>Description of the model of work</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/person_chooser.py" line="+33"/>
        <source>Kto pracuje?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wybierz osobę, w której imieniu działasz:</source>
        <translation>Choose the person on whose behalf you are acting:</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/settings.py" line="+29"/>
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Katalog danych:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zmiana języka zacznie obowiązywać po ponownym uruchomieniu.</source>
        <translation>The new language takes effect after the program is restarted.</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="-80"/>
        <source>Oświadczamy, że spełniamy wszystkie punkty. Przy każdym opisz, jak instytucja go realizuje (raport) i wymień dokumenty, które to potwierdzają.</source>
        <translation>We declare that we meet all the points. For each one, describe how the institution implements it (the report) and list the documents that confirm this.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deklarujemy spełnienie punktu {0}</source>
        <translation>We declare that we meet point {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jak instytucja realizuje ten standard…</source>
        <translation>How the institution implements this standard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opis realizacji standardu {0}</source>
        <translation>Description of how standard {0} is implemented</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dowody: nazwy plików, po jednej w wierszu</source>
        <translation>Evidence: file names, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dowody dla standardu {0}</source>
        <translation>Evidence for standard {0}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location line="+85"/>
        <source>Data wpływu pisemnej prośby</source>
        <translation>Date the written request was received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;wpływu pisemnej prośby *</source>
        <translation>Date the written request was &amp;received *</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Do złożenia brakuje:
</source>
        <translation>Still missing before the application can be filed:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zgłoszenie jest kompletne. Sprawdź datę wpływu i złóż je.</source>
        <translation>The application is complete. Check the date the written request was received and file it.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/worker.py" line="+72"/>
        <source>Nieoczekiwany błąd: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
</TS>

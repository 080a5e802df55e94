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
        <source>&lt;h3&gt;CALcert Desktop {version}&lt;/h3&gt;&lt;p&gt;Obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej: zgłoszenia, ocena Komisji Certyfikacyjnej, decyzje, certyfikaty i rejestr — bez dostępu do sieci.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencje składników&lt;/b&gt;&lt;br&gt;Qt {qt} i PySide6 {pyside} — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — licencja MIT&lt;br&gt;platformdirs, jsonschema — licencja MIT&lt;br&gt;anyascii — licencja ISC&lt;br&gt;ReportLab — licencja BSD&lt;br&gt;czcionki DejaVu Sans — licencja Bitstream Vera (zmiany DejaVu w domenie publicznej)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CALcert Desktop {version}&lt;/h3&gt;&lt;p&gt;Handling of the Local Activity Centre (CAL) Quality Certificate: applications, assessment by the Certification Commission, decisions, certificates and the register — with no network access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Component licences&lt;/b&gt;&lt;br&gt;Qt {qt} and PySide6 {pyside} — LGPL v3&lt;br&gt;SQLAlchemy, Alembic — MIT licence&lt;br&gt;platformdirs, jsonschema — MIT licence&lt;br&gt;anyascii — ISC licence&lt;br&gt;ReportLab — BSD licence&lt;br&gt;DejaVu Sans fonts — Bitstream Vera licence (DejaVu changes in the public domain)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/dialog.py" line="+280"/>
        <source>Numer sprawy: {0}</source>
        <translation>Case number: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data czynności</source>
        <translation>Action date</translation>
    </message>
</context>
<context>
    <name>ActionDialogBase</name>
    <message>
        <location line="-194"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data czynności</source>
        <translation>Action date</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Niewykonana czynność</source>
        <translation>Action not taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wpisany tekst nie został nigdzie zapisany.</source>
        <translation>The text you typed has not been saved anywhere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zamknięcie okna odrzuci tekst wpisany w tym oknie. Aby go zachować, wykonaj czynność albo wróć do okna.</source>
        <translation>Closing the window discards the text typed in it. To keep it, take the action or go back to the window.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{0} mimo to</source>
        <translation>{0} anyway</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/overview.py" line="+168"/>
        <source>{0} z {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spraw na liście: {0}</source>
        <translation>Cases on the list: {0}</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Brak spraw.</source>
        <translation>No cases.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location line="-112"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kto i co</source>
        <translation>Who and what</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Od</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czeka</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zostało</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 dzień</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} dni</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dziś</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jutro</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>za {0} dni</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dzień po terminie</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} dni po terminie</source>
        <translation>{0} days overdue</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/panel.py" line="+94"/>
        <source>{0} nie ma w tej sprawie czynności do wykonania.</source>
        <translation>{0} has no actions to take in this case.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Działania</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>AddInstallationDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/installations_settings.py" line="+132"/>
        <source>Dodaj instalację</source>
        <translation>Add installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wklej identyfikator drugiej instalacji — jeden wiersz zaczynający się od CALINST1: (w tamtej instalacji: Ustawienia → Instalacje → Kopiuj identyfikator) — albo wczytaj go z pliku .calid.</source>
        <translation>Paste the other installation&apos;s identity — one line starting with CALINST1: (there: Settings → Installations → Copy identity) — or load it from a .calid file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identyfikator instalacji</source>
        <translation>Installation identity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Identyfikator:</source>
        <translation>&amp;Identity:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wczytaj z pliku…</source>
        <translation>&amp;Load from file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Zarejestruj</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wczytaj identyfikator instalacji</source>
        <translation>Load installation identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identyfikator instalacji (%1);;Wszystkie pliki (*)</source>
        <translation>Installation identity (%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wklej identyfikator albo wczytaj go z pliku.</source>
        <translation>Paste the identity or load it from a file.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/demo_offer.py" line="+64"/>
        <source>Pierwsze uruchomienie</source>
        <translation>First run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza danych jest pusta. Wczytać przykładowe dane ({0} spraw i osoby we wszystkich rolach, z Twoim hasłem), aby poznać program?</source>
        <translation>The database is empty. Load sample data ({0} cases and people in every role, with your password) to get to know the program?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wczytać przykładowe dane ({0} spraw i osoby we wszystkich rolach, z Twoim hasłem)? Można je wczytać tylko do pustej bazy danych, w której nie ma jeszcze żadnej sprawy.</source>
        <translation>Load sample data ({0} cases and people in all roles, with your password)? It can only be loaded into an empty database that has no cases yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tworzę przykładowe dane…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+40"/>
        <source>Przykładowe dane</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../src/calcert_desktop/ui/app.py" line="+180"/>
        <source>Logowanie</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+84"/>
        <location filename="../../src/calcert_desktop/ui/demo_offer.py" line="-65"/>
        <source>CALcert Desktop</source>
        <translation>CALcert Desktop</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/appeals_tab.py" line="+22"/>
        <source>Data wpływu</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rozstrzygnięcie Zarządu</source>
        <translation>Board&apos;s ruling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zarzuty</source>
        <translation>Grounds of appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brak odwołań — instytucja nie odwoływała się do Zarządu.</source>
        <translation>No appeals — the institution has not appealed to the Board.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odwołania</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>w toku — czeka na rozstrzygnięcie</source>
        <translation>in progress — awaiting a ruling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Odwołanie z {0}: {1}</source>
        <translation>Appeal dated {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zarzuty odwołania:</source>
        <translation>Grounds of appeal:</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/application_tab.py" line="+33"/>
        <source>Treść zgłoszenia</source>
        <translation>Application text</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data wpływu pisemnej prośby: {0}</source>
        <translation>Date the written request was received: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wersja formularza: {0}</source>
        <translation>Form version: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Odnowienie certyfikatu ze sprawy {0}</source>
        <translation>Renewal of the certificate from case {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dane instytucji</source>
        <translation>Institution details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osoba zgłaszająca</source>
        <translation>Applicant contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kierownik instytucji</source>
        <translation>Head of the institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podpis zgłoszenia</source>
        <translation>Application signature</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Obszary działania: {0}</source>
        <translation>Areas of activity: {0}</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/application_view.py" line="+42"/>
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
        <location filename="../../src/calcert_desktop/ui/wizard/wizard.py" line="+101"/>
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
        <location line="+142"/>
        <source>Nie powstała też kopia na dysku. {0} Wpisane dane są tylko w tym oknie — nie zamykaj go.</source>
        <translation>No copy could be made on disk either. {0} The data you typed exists only in this window — do not close it.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Złóż &amp;mimo to</source>
        <translation>File &amp;anyway</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nie powstała też kopia na dysku. {0} Po zamknięciu okna wpisane dane przepadną.</source>
        <translation>No copy could be made on disk either. {0} If you close the window, the data you typed will be lost.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Wpisane dane są bezpieczne: w tym oknie i w pliku odzyskiwania na tym komputerze. Zapis będzie ponawiany.</source>
        <translation>The data you typed is safe: in this window and in a recovery file on this computer. Saving will be retried.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Złóż z&amp;głoszenie</source>
        <translation>Submit a&amp;pplication</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Szkic nie jest zapisany w bazie danych. {0}
{1}</source>
        <translation>The draft is not saved in the database. {0}
{1}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Wpisane dane są w pliku odzyskiwania na tym komputerze; program zaproponuje je przy następnym uruchomieniu.</source>
        <translation>The data you typed is in a recovery file on this computer; the program will offer it back at the next start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zachowaj kopię i zamknij</source>
        <translation>&amp;Keep the copy and close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niezapisane zgłoszenie</source>
        <translation>Unsaved application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Szkic nie jest zapisany w bazie danych. {0}</source>
        <translation>The draft is not saved in the database. {0}</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+15"/>
        <source>Złożenie zgłoszenia</source>
        <translation>Filing the application</translation>
    </message>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/page_list.py" line="+27"/>
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
        <location filename="../../src/calcert_desktop/ui/views/applications.py" line="+40"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
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
        <location line="+17"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <location line="+35"/>
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
        <location line="+80"/>
        <source>Zgłoszenia</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Wpisz zgłoszenie…</source>
        <translation>&amp;Enter application…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wczytaj dane &amp;przykładowe…</source>
        <translation>Load sa&amp;mple data…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nie ma jeszcze żadnych zgłoszeń. Zgłoszenie, które wpłynęło do biura, wpisz w kreatorze: „Nowe zgłoszenie” (Ctrl+N). Każda zmiana zapisuje się sama.</source>
        <translation>There are no applications yet. Enter an application received by the office in the wizard: “New application” (Ctrl+N). Every change is saved automatically.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nie ma jeszcze żadnych zgłoszeń. Zgłoszenia wpisuje biuro; dodaj jego pracowników w widoku Osoby. Aby najpierw poznać program, wczytaj dane przykładowe.</source>
        <translation>There are no applications yet. Applications are entered by the office; add its staff in the People view. To get to know the program first, load the sample data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nie ma zgłoszeń. Zgłoszenia wpisuje biuro.</source>
        <translation>There are no applications. Applications are entered by the office.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Baza danych nie jest jeszcze otwarta.</source>
        <translation>The database is not open yet.</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>AppointmentsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/board.py" line="+47"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Od</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podstawa</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obowiązuje dziś</source>
        <translation>Valid today</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>bezterminowo</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uchwała nr {0}</source>
        <translation>resolution no. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rola sprzed wprowadzenia powołań</source>
        <translation>role from before appointments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; zakończone uchwałą nr {0}</source>
        <translation>; ended by resolution no. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/assess_dialog.py" line="+82"/>
        <source>Ocena standardów — {0}</source>
        <translation>Assessment of standards — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: oceń każdy standard. Ocena inna niż „spełnia” wymaga komentarza z uzasadnieniem; w polu „Dowody” wskaż załączniki lub fragmenty raportu.</source>
        <translation>{0}: assess each standard. Any assessment other than ‘meets’ requires a comment giving reasons; in the ‘Evidence’ field, point to attachments or passages of the report.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ocena</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Komentarz</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dowody</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data czynności:</source>
        <translation>Action date:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— wybierz —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ocena: {0}</source>
        <translation>Assessment: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komentarz: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dowody: {0}</source>
        <translation>Evidence: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>np. statut § 4, raport s. 3</source>
        <translation>e.g. statutes § 4, report p. 3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wybierz ocenę standardu.</source>
        <translation>Select an assessment for the standard.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do oceny zostało standardów: {0} z {1} (nr {2}).</source>
        <translation>Standards left to assess: {0} of {1} (no. {2}).</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/assessment_tab.py" line="+172"/>
        <source>Macierz ocen standardów</source>
        <translation>Standards assessment matrix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ spełnia   ½ spełnia częściowo   ✗ nie spełnia   — nie oceniono   * z komentarzem lub dowodami (szczegóły po wybraniu komórki)</source>
        <translation>✓ meets   ½ partly meets   ✗ does not meet   — not assessed   * with a comment or evidence (details when a cell is selected)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Szczegóły oceny</source>
        <translation>Assessment details</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Zgłosiłeś(-aś) konflikt interesów w tej sprawie, dlatego nie widzisz ocen standardów wystawionych przez członków Komisji. Osoba z konfliktem interesów nie ocenia, nie głosuje i nie zapoznaje się z ocenami innych.</source>
        <translation>You have declared a conflict of interest in this case, so you cannot see the assessments of standards given by Commission members. A person with a conflict of interest does not assess, does not vote and does not see other members&apos; assessments.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brak ocen — do sprawy nie wyznaczono jeszcze członków Komisji.</source>
        <translation>No assessments — no Commission members have been appointed to the case yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nikt z Komisji nie ocenił jeszcze standardów.</source>
        <translation>No one on the Commission has assessed the standards yet.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/attachments.py" line="+68"/>
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
        <location line="+3"/>
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
        <location line="+10"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+5"/>
        <source>Załącznik</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Nie udało się odczytać pliku {0}: {1}</source>
        <translation>Could not read the file {0}: {1}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>{0} B</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dodaj pli&amp;k…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>nieznany</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plik nie jest zapisany w programie: dodaj go.</source>
        <translation>The file is not saved in the program: add it.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Wybierz pliki</source>
        <translation>Select files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dokumenty ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/attachments_tab.py" line="+54"/>
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
        <location line="+0"/>
        <source>Zapisano</source>
        <translation>Stored on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plik w programie</source>
        <translation>File in program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brak załączników — zgłoszenie nie wymienia plików.</source>
        <translation>No attachments — the application lists no files.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>jest</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brak pliku</source>
        <translation>file missing</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nie udało się otworzyć pliku {0} — system nie ma programu do plików tego typu.</source>
        <translation>Could not open the file {0} — the system has no program for files of this type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Załącznik</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>AuditLogEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/audit_log_settings.py" line="+35"/>
        <source>Każda zmiana danych trafia do dziennika zmian: kto, kiedy, co i jak było przedtem. Baza danych nie pozwala zmienić ani usunąć wpisu. Każdy wpis zawiera skrót poprzedniego, a koniec łańcucha podpisuje klucz biura przy każdym zapisie — kto zmieni, usunie, wstawi albo przestawi wpis poza programem, zerwie łańcuch w tym miejscu, a sprawdzenie wskaże ten wpis i jego sprawę.</source>
        <translation>Every change of the data goes into the audit log: who, when, what and how it was before. The database does not allow an entry to be changed or deleted. Each entry carries the hash of the one before it, and the office&apos;s key signs the end of the chain at every save — whoever changes, deletes, inserts or moves an entry outside the program breaks the chain at that point, and the check names that entry and its case.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sprawdź dziennik zmian</source>
        <translation>&amp;Check the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zapisz dziennik do pliku…</source>
        <translation>&amp;Save the log to a file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wynik sprawdzenia dziennika</source>
        <translation>Result of the audit log check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zapisany plik (JSON Lines) sprawdzi osoba spoza biura, bez tego programu: krótkim skryptem check_audit_log.py (folder reviewer; opis w README) i kluczem publicznym biura.</source>
        <translation>Someone outside the office checks the saved file (JSON Lines) without this program: with the short script check_audit_log.py (reviewer folder; see the README) and the office&apos;s public key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dziennik zmian sprawdza i zapisuje administrator.</source>
        <translation>The audit log is checked and saved by an administrator.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sprawdzam dziennik zmian…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dziennik zmian jest naruszony: %1.</source>
        <translation>The audit log has been tampered with: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dziennik zmian jest jeszcze pusty.</source>
        <translation>The audit log is still empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dziennik zmian jest nienaruszony: wpisów %1; koniec łańcucha podpisany kluczem biura %2 (%3 UTC).</source>
        <translation>The audit log is intact: %1 entries; the end of the chain is signed with the office&apos;s key %2 (%3 UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zapisz dziennik zmian</source>
        <translation>Save the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dziennik zmian (*.jsonl)</source>
        <translation>Audit log (*.jsonl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zapisuję dziennik zmian…</source>
        <translation>Saving the audit log…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zapisano dziennik zmian (wpisów: %1) do pliku %2.</source>
        <translation>Saved the audit log (%1 entries) to %2.</translation>
    </message>
</context>
<context>
    <name>BackupEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/backup_settings.py" line="+56"/>
        <source>Kopia zapasowa zawiera całą bazę danych: sprawy z historią, pisma, załączniki, osoby, ustawienia i klucz pieczęci elektronicznej. Program porównuje każdą kopię z bazą, zanim zapisze plik pod wybraną nazwą. Przechowuj kopie poza tym komputerem (np. na dysku zewnętrznym), tak starannie jak same dane.</source>
        <translation>A backup contains the entire database: cases with their history, letters, attachments, people, settings and the electronic seal key. The program compares each backup with the database before saving the file under the chosen name. Keep backups off this computer (e.g. on an external drive), as carefully as the data itself.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Zapisz kopię zapasową…</source>
        <translation>&amp;Save backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zapisz kopię</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopię można zapisywać w czasie pracy; program nie musi być zamknięty.</source>
        <translation>A backup can be saved while working; the program does not need to be closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Przywróć bazę z kopii…</source>
        <translation>&amp;Restore database from backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Przywróć z kopii</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Baza danych: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przywrócenie zastępuje całą bazę danych wybraną kopią. Program najpierw sprawdza kopię (jak polecenie calcert check) i zachowuje obecny stan w kopii w folderze %1; kopia, która nie przejdzie sprawdzenia, niczego nie zmienia. Po przywróceniu program się zamknie: uruchom go ponownie i zaloguj się.</source>
        <translation>Restoring replaces the entire database with the selected backup. The program first checks the backup (like the calcert check command) and saves the current state in a backup in the folder %1; a backup that fails the check changes nothing. After restoring, the program will close: start it again and log in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Z tego serwera korzystają też inne komputery biura: zamknij na nich program przed przywróceniem.</source>
        <translation>Other office computers also use this server: close the program on them before restoring.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopie zapasowe zapisuje i przywraca administrator (kopia zawiera wszystkie dane biura).</source>
        <translation>Backups are saved and restored by the administrator (a backup contains all of the office&apos;s data).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Archiwum pg_dump (*.dump)</source>
        <translation>pg_dump archive (*.dump)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopia bazy danych (*.sqlite3)</source>
        <translation>Database backup (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zapisz kopię zapasową</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Wszystkie pliki (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Zapisuję kopię bazy danych i sprawdzam ją…</source>
        <translation>Saving a database backup and checking it…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zapisano sprawdzoną kopię bazy danych: %1</source>
        <translation>Saved a verified database backup: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rodzaj: archiwum pg_dump (%1) bazy serwera %2, schemat %3. Przywrócić je można na serwerze PostgreSQL %4 lub nowszym (potrzebny pg_restore tej wersji).</source>
        <translation>Type: pg_dump archive (%1) of the server database %2, schema %3. It can be restored on PostgreSQL server %4 or newer (pg_restore of that version is required).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rodzaj: plik SQLite — eksport programu bazy serwera %1, schemat %2. Przywrócić go można na serwerze PostgreSQL dowolnej wersji albo w instalacji z bazą w pliku.</source>
        <translation>Type: SQLite file — the program&apos;s export of the server database %1, schema %2. It can be restored on a PostgreSQL server of any version or in an installation with a file-based database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rodzaj: plik SQLite (%1), schemat %2. Przywrócić go można w instalacji z bazą w pliku albo na serwerze PostgreSQL.</source>
        <translation>Type: SQLite file (%1), schema %2. It can be restored in an installation with a file-based database or on a PostgreSQL server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wybierz kopię do przywrócenia</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopie bazy danych (*.sqlite3 *.dump)</source>
        <translation>Database backups (*.sqlite3 *.dump)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Przywrócić bazę danych z kopii %1?

Zostanie zastąpiona cała baza danych tej instalacji (%2): wszystkie sprawy, pisma, osoby i ustawienia zapisane po wykonaniu tej kopii znikną. Obecny stan program najpierw zachowa w kopii w folderze %3.

Kopia zostanie najpierw sprawdzona; jeśli nie przejdzie sprawdzenia, baza pozostanie bez zmian. Po przywróceniu program się zamknie.</source>
        <translation>Restore the database from backup %1?

The entire database of this installation (%2) will be replaced: all cases, letters, people and settings saved after this backup was made will be lost. The program will first save the current state in a backup in the folder %3.

The backup will be checked first; if it fails the check, the database will remain unchanged. After restoring, the program will close.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Przywróć bazę z kopii</source>
        <translation>Restore database from backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nic nie przywrócono: zamknij najpierw pozostałe okna programu (np. niezapisane zgłoszenie), a potem spróbuj ponownie.</source>
        <translation>Nothing was restored: first close the program&apos;s other windows (e.g. an unsaved application), then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sprawdzam kopię i przywracam bazę danych…</source>
        <translation>Checking the backup and restoring the database…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>plik SQLite</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archiwum pg_dump z serwera PostgreSQL %1</source>
        <translation>pg_dump archive from PostgreSQL server %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Przywrócono bazę danych z kopii.
Rodzaj kopii: %1; baza danych: %2.
Poprzedni stan zachowano w kopii: %3</source>
        <translation>The database was restored from the backup.
Backup type: %1; database: %2.
The previous state was saved in the backup: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Przywrócono bazę danych</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program zamknie się teraz. Uruchom go ponownie i zaloguj się: program otworzy przywrócone dane (starszą kopię najpierw dostosuje do swojej wersji).</source>
        <translation>The program will now close. Start it again and log in: the program will open the restored data (it will first adapt an older backup to its version).</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/bar_chart.py" line="+70"/>
        <source>Brak danych</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BoardBallot</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/board_ballot.py" line="+35"/>
        <source>za</source>
        <translation>for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>przeciw</source>
        <translation>against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wstrzymuje się</source>
        <translation>abstain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nie głosuje</source>
        <translation>does not vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Członek Zarządu</source>
        <translation>Board member</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Głosuje: {0} (kworum: {1}). Za: {2}, przeciw: {3}, wstrzymało się: {4}.</source>
        <translation>Voting: {0} (quorum: {1}). For: {2}, against: {3}, abstained: {4}.</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/board_dialog.py" line="+62"/>
        <source>Powołanie do Komisji Certyfikacyjnej</source>
        <translation>Appointment to the Certification Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zakończenie powołania</source>
        <translation>End of appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wskazanie osoby odpowiedzialnej za certyfikację</source>
        <translation>Naming the person responsible for certification</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data uchwały</source>
        <translation>Resolution date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data uchwały:</source>
        <translation>Resolution date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do dnia</source>
        <translation>until</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>— wybierz —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>członek Komisji</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>przewodniczący Komisji</source>
        <translation>Commission chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osoba:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funkcja:</source>
        <translation>Function:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Od dnia:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Powołanie:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ostatni dzień:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Członek Zarządu:</source>
        <translation>Board member:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Głosowanie Zarządu:</source>
        <translation>Board vote:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zapisz uchwałę</source>
        <translation>Record the resolution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wybierz osobę z listy.</source>
        <translation>Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/board.py" line="+75"/>
        <source>Powołania</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uchwały Zarządu</source>
        <translation>Board resolutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Powołaj do Komisji…</source>
        <translation>&amp;Appoint to the Commission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zakończ powołanie…</source>
        <translation>&amp;End appointment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wskaż osobę odpowiedzialną…</source>
        <translation>&amp;Name the responsible person…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zarząd powołuje Komisję Certyfikacyjną i wyłania spośród siebie osobę odpowiedzialną za proces certyfikacji (regulamin, pkt 5 i 6). Każda taka czynność, a także wydanie certyfikatu i rozstrzygnięcie odwołania, jest uchwałą Zarządu: zapisuje się głosy członków Zarządu biorących udział. Do sprawy można wyznaczyć tylko osobę, której powołanie obowiązuje w dniu wyznaczenia.</source>
        <translation>The Board appoints the Certification Commission and names one of its members as the person responsible for the certification process (regulations, points 5 and 6). Each such act, and issuing a certificate and deciding an appeal, is a Board resolution: the votes of the Board members taking part are recorded. Only a person whose appointment is valid on the day can be assigned to a case.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <source>Zarząd</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Powołania:</source>
        <translation>Appointments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uchwały Zarządu (najnowsze na górze):</source>
        <translation>Board resolutions (newest first):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Osoba odpowiedzialna za proces certyfikacji: {0} ({1}), od {2}.</source>
        <translation>Person responsible for the certification process: {0} ({1}), since {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zarząd nie wskazał osoby odpowiedzialnej za proces certyfikacji.</source>
        <translation>The Board has not named a person responsible for the certification process.</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/window.py" line="+66"/>
        <location line="+105"/>
        <source>Wczytywanie…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Przekaż lub odeślij (&amp;paczka)…</source>
        <translation>Hand over or send back (&amp;package)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W biurze: przekaż tę sprawę na laptop eksperta lub członka Komisji. Na laptopie: odeślij zapisaną w niej pracę do biura.</source>
        <translation>At the office: hand this case to an expert&apos;s or Commission member&apos;s laptop. On a laptop: send the work recorded in it back to the office.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Zgłoszenie</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Za&amp;łączniki</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Komisja</source>
        <translation>Co&amp;mmission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ocena</source>
        <translation>A&amp;ssessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wizytacja</source>
        <translation>Site &amp;visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decyzja</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certyfikat</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odwoł&amp;ania</source>
        <translation>A&amp;ppeals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;fnięcie</source>
        <translation>&amp;Revocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dok&amp;umenty</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Historia</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Numer sprawy:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Miejscowość:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stan:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Od:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Najbliższy termin:</source>
        <translation>Next deadline:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} (certyfikat wygaśnie {1})</source>
        <translation>{0} (the certificate expires on {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (bez odwołania decyzja ostateczna {1})</source>
        <translation>{0} (final on {1} unless appealed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akta sprawy</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/history_tab.py" line="+62"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pełna treść zgłoszenia — zob. zakładkę Zgłoszenie)</source>
        <translation>(full text of the application — see the Application tab)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(oceny niewidoczne — zgłoszono konflikt interesów)</source>
        <translation>(assessments hidden — conflict of interest declared)</translation>
    </message>
</context>
<context>
    <name>CertificateTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/certificate_tab.py" line="+41"/>
        <source>Brak certyfikatu — w tej sprawie go nie wydano.</source>
        <translation>No certificate — none was issued in this case.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod weryfikacyjny certyfikatu</source>
        <translation>Certificate verification code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kod QR certyfikatu</source>
        <translation>Certificate QR code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drukuj…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wygeneruj certyfikat z aneksem (zapisany w dokumentach sprawy) i wydrukuj go</source>
        <translation>Generate the certificate with its annex (saved in the case documents) and print it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numer certyfikatu:</source>
        <translation>Certificate number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data wydania:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ważny do:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uchwała Zarządu:</source>
        <translation>Board resolution:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kod weryfikacyjny:</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nr {0} z {1} ({2})</source>
        <translation>no. {0} of {1} ({2})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wczytywanie…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nadany przy pierwszym wydruku certyfikatu</source>
        <translation>assigned when the certificate is first printed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Certyfikat</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="+177"/>
        <source>Sprawdzenie (nic nie zostało jeszcze zapisane)</source>
        <translation>Check (nothing has been saved yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co program zrobi z każdym wierszem pliku. Wybierz wiersz, aby przeczytać cały powód odrzucenia.</source>
        <translation>What the program will do with each row of the file. Choose a row to read the whole reason it is refused.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiersze pliku</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Zapisz odrzucone wiersze do poprawienia…</source>
        <translation>&amp;Save the refused rows to correct…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wiersz {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zapisz odrzucone wiersze</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkusz Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zapisano {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/commission_tab.py" line="+23"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wyznaczono</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprawozdawca</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konflikt interesów</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do sprawy nie wyznaczono jeszcze członków Komisji.</source>
        <translation>No Commission members have been appointed to the case yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Członkowie Komisji w sprawie</source>
        <translation>Commission members on the case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W składzie Komisji</source>
        <translation>On the Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nikt nie zgłosił konfliktu interesów w tej sprawie.</source>
        <translation>Nobody has declared a conflict of interest in this case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osoba, która zgłosiła konflikt interesów (członek Komisji, przewodniczący, ekspert albo członek Zarządu), nie bierze udziału w sprawie: niczego w niej nie zapisuje, nie ocenia, nie głosuje, nie wydaje certyfikatu i nie rozstrzyga odwołania. Oceny wystawione przed zgłoszeniem nie liczą się (zostają w historii).</source>
        <translation>A person who has declared a conflict of interest (a Commission member, the chair, an expert or a Board member) takes no part in the case: records nothing in it, does not assess, does not vote, does not issue the certificate and does not decide the appeal. Assessments given before the declaration do not count (they stay in the history).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Data zgłoszenia</source>
        <translation>Date declared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zgłoszone konflikty interesów</source>
        <translation>Declared conflicts of interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skład Komisji w sprawie</source>
        <translation>Commission members for the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflikty interesów</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>zgłoszony {0}</source>
        <translation>declared on {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — konflikt interesów zgłoszony {1}

Powód:
{2}</source>
        <translation>{0} — conflict of interest declared on {1}

Reason:
{2}</translation>
    </message>
</context>
<context>
    <name>CommissionView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/commission.py" line="+45"/>
        <source>&amp;Sprawy</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Przegląd</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatystyka</source>
        <translation>S&amp;tatistics</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/dashboard_model.py" line="+59"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dni w stanie</source>
        <translation>Days in status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Najbliższy termin</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprawozdawca</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Termin minął</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} – minął</source>
        <translation>{0} – passed</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/dashboard.py" line="+115"/>
        <source>Szukaj spraw</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nazwa, miejscowość, numer sprawy, NIP… – można bez polskich znaków</source>
        <translation>name, town, case number, NIP (tax ID)… – Polish diacritics optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stan sprawy</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rok wpływu</source>
        <translation>Year received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ instytucji</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przypisane do &amp;mnie</source>
        <translation>Assigned to &amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tylko sprawy przypisane do mnie</source>
        <translation>Only cases assigned to me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po &amp;terminie</source>
        <translation>Ove&amp;rdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tylko sprawy po terminie</source>
        <translation>Only overdue cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zapisane widoki</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zapisz &amp;widok…</source>
        <translation>Save &amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+544"/>
        <source>Usuń widok</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Przekaż na &amp;laptop…</source>
        <translation>Hand to a &amp;laptop…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zapisz paczkę z zaznaczonymi sprawami dla laptopa eksperta lub członka Komisji</source>
        <translation>Save a package with the selected cases for an expert&apos;s or Commission member&apos;s laptop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Komunikat listy spraw</source>
        <translation>Case list message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pilne najpierw</source>
        <translation>&amp;Urgent first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ułóż listę od spraw wymagających działania: najpierw po terminie i z najbliższym terminem, potem pozostałe w toku, ważne certyfikaty, na końcu zakończone</source>
        <translation>Sort the list starting with cases requiring action: first overdue ones and those with the nearest deadline, then other ongoing cases, valid certificates, and closed cases last</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Liczba spraw</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lista spraw</source>
        <translation>List of cases</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wido&amp;k:</source>
        <translation>Vie&amp;w:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>St&amp;an:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ojewództwo:</source>
        <translation>Vo&amp;ivodeship:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;yp:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+123"/>
        <source>Wszystkie sprawy</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>czerwona data</source>
        <translation>red date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>– termin minął</source>
        <translation>– deadline passed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legenda: czerwona data – termin minął</source>
        <translation>Legend: red date – deadline passed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pusta lista spraw</source>
        <translation>Empty case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wyczyść &amp;filtry</source>
        <translation>Clear fil&amp;ters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przejdź do &amp;Zgłoszeń</source>
        <translation>Go to &amp;Applications</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Żadna sprawa nie pasuje do wyszukiwania i filtrów. Zmień je albo wyczyść, aby zobaczyć wszystkie sprawy.</source>
        <translation>No case matches the search and filters. Change or clear them to see all cases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brak spraw. Sprawy powstają z zarejestrowanych zgłoszeń — zacznij od widoku Zgłoszenia.</source>
        <translation>No cases. Cases are created from registered applications — start with the Applications view.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moje sprawy</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>wszystkie ({0})</source>
        <translation>all ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Liczba spraw: co najmniej {0}, liczę…</source>
        <translation>Cases: at least {0}, counting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liczba spraw: {0}</source>
        <translation>Number of cases: {0}</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>(wybierz)</source>
        <translation>(select)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zapisz widok</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nazwa widoku (filtry i kolejność):</source>
        <translation>View name (filters and sort order):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Najpierw wybierz widok z listy.</source>
        <translation>First select a view from the list.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/database_settings.py" line="+47"/>
        <source>Ta instalacja korzysta z bazy w pliku w tym komputerze:
%1</source>
        <translation>This installation uses a database file on this computer:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ta instalacja korzysta ze wspólnego serwera bazy danych biura:
%1</source>
        <translation>This installation uses the office&apos;s shared database server:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>np. serwer-biura albo 192.168.1.10</source>
        <translation>e.g. office-server or 192.168.1.10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Serwer:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baza danych:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Użytkownik:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hasło:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sp&amp;rawdź połączenie</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Połą&amp;cz z tym serwerem</source>
        <translation>&amp;Connect to this server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wróć do bazy w tym komputerze</source>
        <translation>&amp;Go back to the database on this computer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serwer PostgreSQL biura</source>
        <translation>The office&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gdy z danych korzysta kilka komputerów, wszystkie wskazują ten sam serwer. Hasło trafia do menedżera haseł systemu, nigdy do zwykłego pliku. Dane biura przenosi na serwer polecenie: calcert db copy --from PLIK --to ADRES (README).</source>
        <translation>When several computers use the data, all of them point at the same server. The password goes to the system&apos;s credential store, never to a plain file. The office&apos;s data is moved to the server with: calcert db copy --from FILE --to ADDRESS (README).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bazę danych tej instalacji wybiera administrator.</source>
        <translation>An administrator chooses this installation&apos;s database.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Łączę się z serwerem…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Połączenie działa.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Baza na serwerze jest pusta albo starsza: program przygotuje ją przy następnym uruchomieniu (albo polecenie calcert db init).</source>
        <translation>The database on the server is empty or older: the program prepares it at the next start (or the command calcert db init).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Baza danych</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Ta instalacja będzie korzystać z serwera %1. Zamknij program i uruchom go ponownie, aby pracować na danych z serwera.</source>
        <translation>This installation will use the server %1. Close the program and start it again to work on the server&apos;s data.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrócić do bazy w pliku w tym komputerze? Dane na serwerze pozostaną nietknięte; zmiana zacznie obowiązywać po ponownym uruchomieniu programu.</source>
        <translation>Go back to the database file on this computer? The data on the server stays untouched; the change takes effect when the program starts again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Po ponownym uruchomieniu: baza w pliku %1</source>
        <translation>After a restart: the database file %1</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/decisions_tab.py" line="+23"/>
        <source>Rodzaj decyzji</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doręczono</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Głosowanie</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brak decyzji — w sprawie nie podjęto jeszcze żadnej decyzji.</source>
        <translation>No decisions — no decision has been taken in this case yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decyzje</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>za {0}, przeciw {1}, wstrzymało się {2}</source>
        <translation>{0} for, {1} against, {2} abstained</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doręczono: {0}</source>
        <translation>Delivered: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uchwała Zarządu nr {0}</source>
        <translation>Board resolution no. {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Głosowanie ({0}):</source>
        <translation>Vote ({0}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uzasadnienie na piśmie:</source>
        <translation>Written reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decyzja nie ma pisemnego uzasadnienia.</source>
        <translation>The decision has no written reasons.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/documents_tab.py" line="+68"/>
        <source>Dokumenty do wygenerowania</source>
        <translation>Documents to generate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W tej sprawie nie ma jeszcze czego wydać na piśmie — dokumenty pojawią się tu po decyzji, wizytacji lub wydaniu certyfikatu.</source>
        <translation>There is nothing to issue in writing in this case yet — documents will appear here after a decision, a site visit or the issue of a certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wygenerowano</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wersja treści</source>
        <translation>Wording version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Podpis</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wygenerowane dokumenty</source>
        <translation>Generated documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wygenerowane doku&amp;menty:</source>
        <translation>Generated docu&amp;ments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z tej sprawy nie wygenerowano jeszcze dokumentów.</source>
        <translation>No documents have been generated for this case yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otwó&amp;rz</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zapisz kopię &amp;jako…</source>
        <translation>Save a copy &amp;as…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drukuj…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drukuj wybrany dokument (Ctrl+P)</source>
        <translation>Print the selected document (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podpisz &amp;elektronicznie…</source>
        <translation>Sign &amp;electronically…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sprawdź podpis…</source>
        <translation>Chec&amp;k signature…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+249"/>
        <location line="+6"/>
        <source>Podpis elektroniczny</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ {0}, {1} (znacznik czasu)</source>
        <translation>✓ {0}, {1} (time stamp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ {0}, {1}</source>
        <translation>✓ {0}, {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generuj i otwórz</source>
        <translation>Generate and open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generuj i otwórz: {0}</source>
        <translation>Generate and open: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generuj i drukuj…</source>
        <translation>Generate and print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generuj i drukuj: {0}</source>
        <translation>Generate and print: {0}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Czy mimo to otworzyć dokument?</source>
        <translation>Open the document anyway?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Czy mimo to wydrukować dokument?</source>
        <translation>Print the document anyway?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Podpisano dokument „{0}”: {1}, {2}.</source>
        <translation>Document “{0}” signed: {1}, {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bez znacznika czasu: {0}.</source>
        <translation>No time stamp: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Czas podpisu potwierdza znacznik czasu.</source>
        <translation>A time stamp confirms the time of signing.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Podpis elektroniczny dokumentu {0} budzi zastrzeżenia:</source>
        <translation>The electronic signature of document {0} raises doubts:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dokument {0}:

{1}</source>
        <translation>Document {0}:

{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zapisz kopię dokumentu</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nie udało się otworzyć pliku {0} — system nie ma programu do plików PDF.</source>
        <translation>Could not open the file {0} — the system has no program for PDF files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokumenty</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+165"/>
        <source>O Certyfikat mogą ubiegać się instytucje, które spełniają oba warunki:</source>
        <translation>Institutions that meet both of the following conditions may apply for the Certificate:</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/encryption.py" line="+80"/>
        <source>Kod QR klucza odzyskiwania</source>
        <translation>QR code of the recovery key</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+42"/>
        <source>Szyfrowanie danych</source>
        <translation>Data encryption</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Baza danych tej instalacji nie jest zaszyfrowana: kto weźmie ten komputer lub jego dysk, przeczyta dane instytucji i osób. Zaszyfrować ją teraz? Program najpierw zapisze kopię zapasową, a potem pokaże klucz odzyskiwania do zapisania.</source>
        <translation>This installation&apos;s database is not encrypted: whoever takes this computer or its disk can read the institutions&apos; and people&apos;s data. Encrypt it now? The program makes a backup first, then shows the recovery key to keep.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Zaszyfruj</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nie szyfruj na tym komputerze</source>
        <translation>&amp;Do not encrypt on this computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Później</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Szyfruję bazę danych (najpierw kopia zapasowa)…</source>
        <translation>Encrypting the database (a backup first)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/packages.py" line="+66"/>
        <source>Sprawy</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numery spraw, np. CAL/2026/0001 CAL/2026/0002</source>
        <translation>case numbers, e.g. CAL/2026/0001 CAL/2026/0002</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Odbiorca</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Czyja praca</source>
        <translation>Whose work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plik paczki</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sprawy:</source>
        <translation>C&amp;ases:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Odbiorca:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Czyja praca:</source>
        <translation>&amp;Whose work:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plik:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Przekaż sprawy na laptop</source>
        <translation>Hand cases to a laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odeślij pracę do biura</source>
        <translation>Send work back to the office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paczka niesie tylko to, czego wymaga praca jednej osoby: sprawę, zgłoszenie z załącznikami i jej wizytację albo ocenę. Jest podpisana i zaszyfrowana dla odbiorcy.</source>
        <translation>The package carries only what one person&apos;s work needs: the case, the application with its attachments and their visit or assessment. It is signed and encrypted for the recipient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paczka niesie to, co zapisano na tym laptopie w przekazanych sprawach (puste pole spraw: wszystkie z nową pracą).</source>
        <translation>The package carries what was recorded on this laptop in the handed cases (empty cases field: all with new work).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta instalacja nie zna jeszcze odbiorcy — administrator rejestruje go w Ustawieniach, na karcie Instalacje.</source>
        <translation>This installation knows no recipient yet — an administrator registers one in Settings, on the Installations tab.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>W tych sprawach nikt nie ma pracy do przekazania (zaplanowanej wizytacji ani przydziału do oceny).</source>
        <translation>Nobody has work to hand over in these cases (a planned visit or an assignment to assess).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zapisz paczkę</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paczki CALcert ({0})</source>
        <translation>CALcert packages ({0})</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="+86"/>
        <source>Pole wymagane.</source>
        <translation>This field is required.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/fields.py" line="+104"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="-188"/>
        <source>Plik z dawnym rejestrem</source>
        <translation>File with the earlier register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wybierz arkusz z rejestrem certyfikatów prowadzonym przed programem: XLSX, ODS, XLS albo CSV (średnik, przecinek lub tabulator; UTF-8 albo Windows-1250). Pierwszy wiersz z tekstem powinien nazywać kolumny.</source>
        <translation>Choose the spreadsheet of the certificate register kept before this program: XLSX, ODS, XLS or CSV (semicolon, comma or tab; UTF-8 or Windows-1250). The first row with text should name the columns.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wybierz arkusz z rejestrem</source>
        <translation>Choose the register spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkusze ({0});;Wszystkie pliki (*)</source>
        <translation>Spreadsheets ({0});;All files (*)</translation>
    </message>
</context>
<context>
    <name>FindingsField</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="+227"/>
        <source>— bez ustalenia —</source>
        <translation>— no finding —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ustalenie: {0}</source>
        <translation>Finding: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co ustalono na miejscu</source>
        <translation>What was found on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treść ustalenia: {0}</source>
        <translation>Finding details: {0}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="+210"/>
        <source>Ustaw hasło</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pierwsze uruchomienie — CALcert Desktop</source>
        <translation>First start — CALcert Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ta baza danych nie ma jeszcze administratora z hasłem. Ustaw hasło administratora (login: admin) — nie ma hasła domyślnego. Administrator dodaje kolejne osoby i nadaje im hasła. Hasło musi mieć co najmniej {0} znaków.</source>
        <translation>This database has no administrator with a password yet. Set the administrator&apos;s password (login: admin) — there is no default password. The administrator adds the other people and gives them passwords. The password must have at least {0} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrator systemu</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hasło:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Powtórz:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wpisz hasło.</source>
        <translation>Type the password.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="-109"/>
        <source>Krok {0} z {1}: {2}</source>
        <translation>Step {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>GoOnQuestion</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/go_on.py" line="+24"/>
        <source>Czy mimo to wykonać czynność? Anuluj niczego nie zmienia.</source>
        <translation>Carry out the act anyway? Cancel changes nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/guide.py" line="+37"/>
        <source>Przewodnik użytkownika — CALcert Desktop</source>
        <translation>User guide — CALcert Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Przewodnik użytkownika</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/history_tab.py" line="+23"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Czynność</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekord</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operacja</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zmiany</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Czynność: {0}</source>
        <translation>Action: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zgłosiłeś(-aś) konflikt interesów w tej sprawie — treść ocen jest niewidoczna.</source>
        <translation>You have declared a conflict of interest in this case — the content of the assessments is hidden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(bez szczegółów)</source>
        <translation>(no details)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location line="+9"/>
        <source>Historia zmian sprawy</source>
        <translation>Case change history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Szczegóły wpisu historii</source>
        <translation>History entry details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Każda zmiana w sprawie, z datą, osobą i wartościami przed zmianą i po niej.</source>
        <translation>Every change in the case, with the date, the person, and the values before and after the change.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/packages.py" line="+40"/>
        <source>Wczytaj paczkę — {0}</source>
        <translation>Read package — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprawdzanie paczki…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W biurze</source>
        <translation>At the office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Z laptopa</source>
        <translation>From the laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rozstrzygnięcie</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zmiany z paczki</source>
        <translation>Changes in the package</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wczytaj</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paczka nie została wczytana.</source>
        <translation>The package was not read.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zostaw wersję biura</source>
        <translation>keep the office&apos;s version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>przyjmij wersję z laptopa</source>
        <translation>take the laptop&apos;s version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rozstrzygnięcie pozycji {0}</source>
        <translation>Resolution of item {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rozstrzygnij konflikty ({0}), zanim wczytasz paczkę.</source>
        <translation>Resolve the conflicts ({0}) before reading the package.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="+176"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przyjęte wiersze zapisują się razem: wszystkie albo — po błędzie lub Anuluj — żaden.</source>
        <translation>The accepted rows are written together: all of them or — after an error or Cancel — none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postęp importu</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importuję… Anuluj przerywa import bez zapisywania.</source>
        <translation>Importing… Cancel stops the import without saving anything.</translation>
    </message>
</context>
<context>
    <name>InstallationsEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/installations_settings.py" line="+25"/>
        <source>Ta instalacja nie ma jeszcze identyfikatora. Biuro i każdy laptop mają własny identyfikator z kluczem wymiany: biuro rejestruje identyfikatory swoich laptopów, a laptop — identyfikator biura. Rolę (biuro albo laptop) wybiera się raz, przy utworzeniu identyfikatora; później nie można jej zmienić.</source>
        <translation>This installation has no identity yet. The office and each laptop have their own identity with an exchange key: the office registers its laptops&apos; identities, a laptop the office&apos;s. The role (office or laptop) is chosen once, when the identity is made; it cannot be changed later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Utwórz identyfikator biura</source>
        <translation>&amp;Make office identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utwórz identyfikator &amp;laptopa</source>
        <translation>Make &amp;laptop identity</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nazwa tej instalacji</source>
        <translation>This installation&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z&amp;mień nazwę</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rola tej instalacji</source>
        <translation>This installation&apos;s role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klucz tej instalacji</source>
        <translation>This installation&apos;s key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identyfikator tej instalacji</source>
        <translation>This installation&apos;s identity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identyfika&amp;tor:</source>
        <translation>Iden&amp;tity:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kopiuj identyfikator</source>
        <translation>&amp;Copy identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zapisz &amp;do pliku…</source>
        <translation>Save &amp;to file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rola:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klucz:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Przekaż ten identyfikator drugiej instalacji (plik na pendrivie, schowek albo kod QR): tam administrator wybiera „Dodaj z identyfikatora…”.</source>
        <translation>Pass this identity to the other installation (a file on a USB stick, the clipboard or the QR code): there an administrator chooses &quot;Add from identity…&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kod QR identyfikatora tej instalacji</source>
        <translation>QR code of this installation&apos;s identity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ta instalacja</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Biuro rejestruje swoje laptopy, a laptop — swoje biuro. Paczki spraw przyjmuje się tylko od zaufanych instalacji. Klucz zgubionego laptopa unieważnij.</source>
        <translation>The office registers its laptops, a laptop its office. Case packages are accepted only from trusted installations. Revoke a lost laptop&apos;s key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Znane instalacje</source>
        <translation>Known installations</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Dod&amp;aj z identyfikatora…</source>
        <translation>Add from &amp;identity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unie&amp;ważnij klucz…</source>
        <translation>Re&amp;voke key…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalacjami zarządza administrator.</source>
        <translation>Installations are managed by an administrator.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Utworzyć identyfikator biura? Ta instalacja będzie biurem: zarejestruje identyfikatory laptopów i przyjmie od nich paczki spraw.

Roli nie można później zmienić.</source>
        <translation>Make an office identity? This installation will be the office: it registers laptops&apos; identities and accepts case packages from them.

The role cannot be changed later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Utworzyć identyfikator laptopa? Ta instalacja będzie laptopem: zarejestruje identyfikator biura, przyjmie od niego sprawy do wizytacji i ocen, a wyniki odeśle biuru. Sprawa nie dostanie tu numeru ani decyzji.

Roli nie można później zmienić.</source>
        <translation>Make a laptop identity? This installation will be a laptop: it registers the office&apos;s identity, takes cases from it for visits and assessments, and sends the results back. No case gets a number or a decision here.

The role cannot be changed later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identyfikator instalacji</source>
        <translation>Installation identity</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Utworzono identyfikator tej instalacji: %1.</source>
        <translation>This installation&apos;s identity was made: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nazwa tej instalacji: „%1”. Przekaż identyfikator ponownie, jeśli nazwa ma się zmienić także w drugiej instalacji.</source>
        <translation>This installation&apos;s name: &quot;%1&quot;. Pass the identity on again if the name should change in the other installation too.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skopiowano identyfikator do schowka.</source>
        <translation>The identity was copied to the clipboard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zapisz identyfikator instalacji</source>
        <translation>Save installation identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identyfikator instalacji (%1)</source>
        <translation>Installation identity (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zapisano identyfikator do pliku: %1</source>
        <translation>Identity saved to file: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unieważnić klucz instalacji „%1” (%2, klucz %3)?

Paczki podpisane tym kluczem nie będą już przyjmowane, a tego klucza nie można będzie zarejestrować ponownie. Tego nie można cofnąć.</source>
        <translation>Revoke the key of installation &quot;%1&quot; (%2, key %3)?

Packages signed with this key will no longer be accepted, and the key can never be registered again. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unieważnienie klucza</source>
        <translation>Revoking a key</translation>
    </message>
</context>
<context>
    <name>InstallationsModel</name>
    <message>
        <location line="-394"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klucz</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dodano</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>biuro</source>
        <translation>office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zaufana</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unieważniona %1</source>
        <translation>revoked %1</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="+34"/>
        <source>Wybierz plik…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poprawiona deklaracja</source>
        <translation>Corrected declaration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deklaracja (*.json)</source>
        <translation>Declaration (*.json)</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/letter_templates.py" line="+74"/>
        <source>Pismo</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pismo:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treść pism mogą zmieniać osoby z rolą biura lub administratora — możesz ją tylko przeglądać i oglądać podgląd.</source>
        <translation>The wording of letters can be changed by people with the office or administrator role — you can only view it and preview it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Części pisma</source>
        <translation>Parts of the letter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Części pisma:</source>
        <translation>&amp;Parts of the letter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treść części pisma</source>
        <translation>Wording of the part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Treść:</source>
        <translation>&amp;Wording:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problemy w treści</source>
        <translation>Problems in the wording</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pola do wstawienia</source>
        <translation>Fields to insert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Po&amp;la (dwuklik wstawia):</source>
        <translation>Fie&amp;lds (double-click inserts):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W tej części nie używa się pól.</source>
        <translation>This part uses no fields.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wstaw pole</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podglą&amp;d</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pismo z przykładowymi danymi w tej treści</source>
        <translation>The letter with sample data in this wording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zapisz jako nową wersję…</source>
        <translation>&amp;Save as a new version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przywróć treść &amp;wbudowaną…</source>
        <translation>Restore the &amp;built-in wording…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notatka</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historia wersji</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Historia wersji:</source>
        <translation>Version &amp;history:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nie zapisano jeszcze żadnej wersji — pismo ma treść wbudowaną w program (wersja 0).</source>
        <translation>No version saved yet — the letter has the wording built into the program (version 0).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>W użyciu: treść wbudowana w program (wersja 0).</source>
        <translation>In use: the wording built into the program (version 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W użyciu: wersja {0} ({1}, {2}).</source>
        <translation>In use: version {0} ({1}, {2}).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Niezapisane zmiany</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treść pisma „{0}” ma niezapisane zmiany. Porzucić je?</source>
        <translation>The wording of “{0}” has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Treść: {0}</source>
        <translation>&amp;Wording: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>…oraz innych problemów: {0}.</source>
        <translation>…and other problems: {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ta część ma problemy.</source>
        <translation>This part has problems.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nie udało się otworzyć pliku {0} — system nie ma programu do plików PDF.</source>
        <translation>Could not open the file {0} — the system has no program for PDF files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zapisz jako nową wersję</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krótko: co zmieniono w treści pisma?</source>
        <translation>Briefly: what changed in the wording?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Przywrócić treść pisma „{0}” wbudowaną w program? Zostanie zapisana jako nowa wersja; poprzednie zostaną w historii.</source>
        <translation>Restore the built-in wording of “{0}”? It will be saved as a new version; earlier ones stay in the history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niezapisane zmiany zostaną porzucone.</source>
        <translation>Unsaved changes will be discarded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przywróć treść wbudowaną</source>
        <translation>Restore the built-in wording</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Treść pism</source>
        <translation>Wording of letters</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/idle_lock.py" line="+80"/>
        <source>Okno programu jest zablokowane</source>
        <translation>The program&apos;s window is locked</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Odblokuj</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zaloguj jako inna osoba…</source>
        <translation>&amp;Sign in as someone else…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dane spraw są ukryte. Pracuje: {0} ({1}). Podaj swoje hasło, aby wrócić do pracy.</source>
        <translation>Case data is hidden. Working: {0} ({1}). Give your password to return to work.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wpisz hasło.</source>
        <translation>Type the password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/main_window.py" line="+61"/>
        <source>CALcert Desktop</source>
        <translation>CALcert Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zgłoszenia</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Komisja</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejestr</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zarząd</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Otwieram bazę danych…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Działasz jako: {0} ({1})</source>
        <translation>Acting as: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dane: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dane przykładowe wczytuje administrator, do pustej bazy danych.</source>
        <translation>Sample data is loaded by the administrator, into an empty database.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Wypełnij nowe zgłoszenie do certyfikatu</source>
        <translation>Fill in a new certificate application</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Zmieniono hasło.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Zaloguj jako inna &amp;osoba…</source>
        <translation>Sign in as another &amp;person…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zmień &amp;hasło…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Za&amp;blokuj okno</source>
        <translation>&amp;Lock the window</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+4"/>
        <source>Zgłoszenie</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Złożono zgłoszenie {0}.</source>
        <translation>Application {0} has been filed.</translation>
    </message>
    <message>
        <location line="+127"/>
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
        <location line="+23"/>
        <source>Odzyskane dane</source>
        <translation>Recovered data</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nowe zgłoszenie…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sprawdź &amp;certyfikat…</source>
        <translation>Check a &amp;certificate…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Wczytaj paczkę spraw…</source>
        <translation>&amp;Read case package…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Przekaż lub odeślij sprawy…</source>
        <translation>Hand over or send &amp;back cases…</translation>
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
        <location line="+2"/>
        <source>&amp;Przewodnik użytkownika</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wczytaj dane przykładowe…</source>
        <translation>&amp;Load sample data…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;O programie…</source>
        <translation>&amp;About…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="-148"/>
        <source>Kolumny</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wskaż, co jest w każdej kolumnie. Program rozpoznaje typowe nagłówki i pamięta przypisanie dla plików o tym samym układzie.</source>
        <translation>Say what each column holds. The program recognises the usual headings and remembers the mapping for files laid out the same way.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Przypisanie kolumn zapamiętane dla plików tego układu.</source>
        <translation>Column mapping remembered for files of this layout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolumny rozpoznane po nagłówkach — sprawdź je.</source>
        <translation>Columns recognised from their headings — check them.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wskaż kolumny: {0}.</source>
        <translation>Choose the columns for: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wybrane dla kilku kolumn: {0}.</source>
        <translation>Chosen for more than one column: {0}.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/assessment_tab.py" line="-133"/>
        <source>{0}
(konflikt interesów)</source>
        <translation>{0}
(conflict of interest)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
(sprawozdawca)</source>
        <translation>{0}
(rapporteur)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>konflikt interesów</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zgłoszono konflikt interesów: ta osoba nie ocenia standardów w tej sprawie, a jej wcześniejsze oceny nie liczą się (zostają w historii sprawy).</source>
        <translation>Conflict of interest declared: this person does not assess the standards in this case, and their earlier assessments do not count (they stay in the case history).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nie oceniono.</source>
        <translation>Not assessed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ocena: {0} ({1})</source>
        <translation>Assessment: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Komentarz: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dowody: {0}</source>
        <translation>Evidence: {0}</translation>
    </message>
</context>
<context>
    <name>ModelOfWorkPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="+252"/>
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
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="-68"/>
        <source>Zmień hasło</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nowe hasło — CALcert Desktop</source>
        <translation>New password — CALcert Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hasło nadane przez administratora jest tymczasowe. Wybierz własne hasło.</source>
        <translation>The password the administrator gave is temporary. Choose your own password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zmiana hasła konta {0}.</source>
        <translation>Changing the password of account {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hasło musi mieć co najmniej {0} znaków; najlepiej kilka słów.</source>
        <translation>The password must have at least {0} characters; a few words are best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obecne hasło</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Obecne hasło:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nowe hasło</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powtórz nowe hasło</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nowe hasło:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Powtórz:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wpisz nowe hasło.</source>
        <translation>Type the new password.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/office_settings.py" line="+144"/>
        <source>Dane organizacji i podpisy zmienia administrator — możesz je tylko przeglądać.</source>
        <translation>The organisation&apos;s details and signatures are changed by an administrator — you can only view them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Każdy dokument (pisma, certyfikat, protokoły, rejestr) bierze stąd nazwę organizacji, jej adres i kontakt, miejscowość oraz podpisy.</source>
        <translation>Every document (letters, the certificate, records, the register) takes the organisation&apos;s name, address and contact, the place and the signatures from here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organizacja</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Podpisy na dokumentach</source>
        <translation>Signatures on documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Na dokumencie</source>
        <translation>On the document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nikt: podpis odręczny</source>
        <translation>nobody: signed by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: imię i nazwisko</source>
        <translation>{0}: full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: funkcja</source>
        <translation>{0}: function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: rodzaj gramatyczny</source>
        <translation>{0}: grammatical gender</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rodzaj gramatyczny wybiera formę funkcji: „Przewodnicząca Komisji Certyfikacyjnej” albo „Przewodniczący Komisji Certyfikacyjnej”. Bez nazwiska dokument ma samą funkcję i miejsce na podpis odręczny.</source>
        <translation>The grammatical gender picks the form of the function (the feminine or the masculine form in Polish). Without a name the document has the function alone and room for a handwritten signature.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przywróć &amp;domyślne…</source>
        <translation>Restore &amp;defaults…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funkcja</source>
        <translation>function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rodzaj gramatyczny</source>
        <translation>grammatical gender</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Niezapisane zmiany.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Przywróć domyślne</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przywrócić domyślne dane organizacji (nazwa z regulaminu: {0}) i usunąć osoby podpisujące dokumenty?</source>
        <translation>Restore the default organisation details (the regulations&apos; name: {0}) and remove the people who sign documents?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dane organizacji</source>
        <translation>Organisation details</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/operations.py" line="+57"/>
        <source>CALcert Desktop</source>
        <translation>CALcert Desktop</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/overview.py" line="+149"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biegnące terminy odwołań</source>
        <translation>Running appeal deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odpowiedzi na zarzuty</source>
        <translation>Responses to charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certyfikaty wygasające w ciągu pół roku</source>
        <translation>Certificates expiring within six months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Najdłużej czekające na biuro lub Komisję</source>
        <translation>Longest waiting for the office or the Commission</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>Przegląd</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Sprawy według stanu</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certyfikaty według roku wydania</source>
        <translation>Certificates by year of issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liczby spraw i certyfikatów</source>
        <translation>Numbers of cases and certificates</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stan na dzień {0}</source>
        <translation>As at {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zakończone</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ważne</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odebrane</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wygasłe</source>
        <translation>expired</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/packages.py" line="+21"/>
        <source>Wczytaj paczkę</source>
        <translation>Read package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paczki CALcert ({0})</source>
        <translation>CALcert packages ({0})</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/people.py" line="+58"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktywna</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location line="+110"/>
        <source>Lista osób</source>
        <translation>List of people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dodaj osobę…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zmień &amp;role…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>D&amp;ezaktywuj</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Osoby dodaje i zmienia administrator. Osoba nieaktywna nie może działać w programie i nie jest proponowana przy wyborze; jej dotychczasowe czynności zostają w historii spraw.</source>
        <translation>People are added and changed by the administrator. An inactive person cannot act in the program and is not offered for selection; their past actions remain in the case history.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aktyw&amp;uj</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Dezaktywuj osobę</source>
        <translation>Deactivate person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dezaktywować osobę {0} ({1})? Nie będzie mogła działać w programie; można ją później aktywować ponownie.</source>
        <translation>Deactivate {0} ({1})? They will no longer be able to act in the program; they can be reactivated later.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location line="-239"/>
        <source>Role osoby</source>
        <translation>Person&apos;s roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dodaj osobę</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Członków i przewodniczącego Komisji powołuje Zarząd uchwałą (Zarząd).</source>
        <translation>The Commission&apos;s members and chair are appointed by a Board resolution (Board).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wpisz login: litery bez polskich znaków, cyfry, kropki, bez spacji.</source>
        <translation>Enter a login: letters without Polish characters, digits and full stops, no spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wpisz imię i nazwisko.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bez roli osoba działa tylko wtedy, gdy Zarząd powoła ją do Komisji.</source>
        <translation>Without a role a person acts only once the Board appoints them to the Commission.</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="-180"/>
        <source>— wybierz —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nie ma osoby, którą można tu wskazać.</source>
        <translation>There is no one who can be chosen here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wybierz osobę z listy.</source>
        <translation>Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/printing.py" line="+55"/>
        <source>Brak pliku do wydruku: {0}.</source>
        <translation>The file to print is missing: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nie da się odczytać pliku PDF {0} ({1}).</source>
        <translation>Cannot read the PDF file {0} ({1}).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Wybrany zakres nie obejmuje żadnej strony dokumentu.</source>
        <translation>The chosen range includes no page of the document.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nie udało się rozpocząć drukowania na drukarce {0}.</source>
        <translation>Could not start printing on the printer {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drukarka przerwała drukowanie.</source>
        <translation>The printer stopped printing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Drukowanie</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Nie znaleziono żadnej drukarki. Dodaj drukarkę w ustawieniach systemu albo zapisz kopię dokumentu jako PDF.</source>
        <translation>No printer found. Add a printer in the system settings or save a copy of the document as PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drukuj: {0}</source>
        <translation>Print: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wybrana drukarka jest niedostępna.</source>
        <translation>The chosen printer is not available.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Drukowanie: {0}</source>
        <translation>Printing: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drukowanie: {0} — strona {1} z {2}</source>
        <translation>Printing: {0} — page {1} of {2}</translation>
    </message>
</context>
<context>
    <name>PrivacyEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/privacy_settings.py" line="+65"/>
        <source>Login konta</source>
        <translation>Account login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail osoby ze zgłoszenia</source>
        <translation>E-mail of a person in an application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imię i nazwisko osoby ze zgłoszenia</source>
        <translation>Name of a person in an application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jak wskazać osobę</source>
        <translation>How to name the person</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Wykaz danych (&amp;PDF)…</source>
        <translation>Data report (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wykaz danych (&amp;JSON)…</source>
        <translation>Data report (&amp;JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usuń dane osoby…</source>
        <translation>&amp;Erase the person&apos;s data…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wynik dla osoby</source>
        <translation>Result for the person</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wykaz zawiera wszystko, co program przechowuje o osobie, i kto oglądał te dane. Usunięcie zastępuje dane osoby słowem „[usunięto]” w sprawach i w dzienniku zmian (który nadal się weryfikuje) — tylko gdy prawo na to pozwala: sprawy osoby są zamknięte, konto jest nieaktywne. Decyzje i wysłane pisma zostają.</source>
        <translation>The report holds everything the program keeps about a person, and who viewed it. Erasing replaces the person&apos;s data with &quot;[usunięto]&quot; in the cases and in the audit log (which still verifies) — only where the law allows: the person&apos;s cases are closed, the account is inactive. Decisions and letters sent stay.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sprawdź, co zostałoby usunięte</source>
        <translation>&amp;Check what would be removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usuń &amp;teraz…</source>
        <translation>Remove &amp;now…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co zostałoby usunięte</source>
        <translation>What would be removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Okresy przechowywania</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Szkice nigdy niezłożone, dane osób ze zgłoszeń dawno zamkniętych spraw i stare wpisy rejestru wglądów są usuwane po okresach ustawionych przez biuro (calcert settings: retention_draft_months, retention_closed_years, retention_views_months).</source>
        <translation>Drafts never filed, the data of people in applications of long-closed cases and old records of views are removed after periods the office sets (calcert settings: retention_draft_months, retention_closed_years, retention_views_months).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>numer sprawy</source>
        <translation>case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login osoby</source>
        <translation>person&apos;s login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login osoby</source>
        <translation>Person&apos;s login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;okaż wglądy</source>
        <translation>Sh&amp;ow views</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+156"/>
        <source>Kto oglądał dane osobowe</source>
        <translation>Who viewed personal data</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Danymi osobowymi zarządza administrator.</source>
        <translation>Personal data is managed by an administrator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>np. jnowak</source>
        <translation>e.g. jnowak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>np. k.nowak@gops.pl</source>
        <translation>e.g. k.nowak@gops.pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>np. Katarzyna Nowak</source>
        <translation>e.g. Katarzyna Nowak</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zapisz wykaz danych osoby</source>
        <translation>Save the person&apos;s data report</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zbieram dane osoby…</source>
        <translation>Collecting the person&apos;s data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zapisano wykaz danych osoby: %1</source>
        <translation>Saved the person&apos;s data report: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Konto: %1 — imię i nazwisko zostanie zastąpione, hasło usunięte.</source>
        <translation>Account: %1 — the name will be replaced, the password removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zamknięta</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usunięcie danych osoby</source>
        <translation>Erasing a person&apos;s data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usunąć dane osoby (%1)? Tego nie można cofnąć.

%2</source>
        <translation>Erase the person&apos;s data (%1)? This cannot be undone.

%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Szkice bez zmian dłużej niż %1 mies.: %2</source>
        <translation>Drafts unchanged for more than %1 months: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sprawy zamknięte ponad %1 lat temu, z danymi osób: %2</source>
        <translation>Cases closed more than %1 years ago, with people&apos;s data: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wpisy rejestru wglądów starsze niż %1 mies.: %2</source>
        <translation>Records of views older than %1 months: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usunąć teraz to, czego okres przechowywania minął? Tego nie można cofnąć.</source>
        <translation>Remove now what is past its retention period? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ProcessSettingsEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/process_settings.py" line="+130"/>
        <source>Zasady, których regulamin nie rozstrzyga: terminy, kworum Zarządu, blokada okna, okresy przechowywania danych osobowych i szyfrowanie bazy. Zmienia je administrator; zmiana obowiązuje od razu na wszystkich komputerach korzystających z tych danych (to samo polecenie: calcert settings).</source>
        <translation>Rules not settled by the regulations: deadlines, Board quorum, window lock, personal data retention periods and database encryption. They are changed by the administrator; a change takes effect immediately on all computers using this data (the same command: calcert settings).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ustawienia procesu zmienia administrator. Widzisz je tylko do odczytu.</source>
        <translation>Process settings are changed by the administrator. You see them read-only.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cofnij zmiany</source>
        <translation>&amp;Revert changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wstaw &amp;domyślne</source>
        <translation>Insert &amp;defaults</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wpisuje w pola wartości domyślne; zapisuje je dopiero przycisk „Zapisz”.</source>
        <translation>Fills the fields with default values; they are saved only by the “Save” button.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Termin na odwołanie (dni):</source>
        <translation>Deadline for appeal (days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domyślny termin odpowiedzi na zarzuty (dni):</source>
        <translation>Default deadline for responding to charges (days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Najkrótszy termin odpowiedzi na zarzuty (dni):</source>
        <translation>Shortest deadline for responding to charges (days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przypomnienie przed wygaśnięciem (miesiące):</source>
        <translation>Reminder before expiry (months):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kworum Zarządu (członkowie):</source>
        <translation>Board quorum (members):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspert, który przeprowadził wizytację, głosuje w tej sprawie</source>
        <translation>The expert who conducted the site visit votes on this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blokada okna po bezczynności (minuty; 0: bez blokady):</source>
        <translation>Lock window after inactivity (minutes; 0: no lock):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Szyfrowanie bazy danych w pliku na tym komputerze</source>
        <translation>Encryption of the file-based database on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usuwanie nieukończonych szkiców (miesiące):</source>
        <translation>Deletion of unfinished drafts (months):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usuwanie danych osób po zamknięciu sprawy (lata):</source>
        <translation>Deletion of personal data after the case is closed (years):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przechowywanie rejestru wglądów (miesiące):</source>
        <translation>Retention of the access log (months):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminy</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Komisja i Zarząd</source>
        <translation>Commission and Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezpieczeństwo</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dane osobowe (RODO)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inne</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Domyślnie: tak</source>
        <translation>Default: yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domyślnie: nie</source>
        <translation>Default: no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (domyślnie: %2)</source>
        <translation>%1 (default: %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Domyślny termin odpowiedzi (%1 dni) nie może być krótszy niż najkrótszy dopuszczalny (%2 dni).</source>
        <translation>The default response deadline (%1 days) cannot be shorter than the shortest allowed (%2 days).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Niezapisane zmiany.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ustawienia procesu</source>
        <translation>Process settings</translation>
    </message>
</context>
<context>
    <name>ProtocolEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/protocol_editor.py" line="+117"/>
        <location line="+143"/>
        <source>Protokół wizytacji — {0}</source>
        <translation>Site visit protocol — {0}</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Data wizytacji</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Części protokołu</source>
        <translation>Parts of the protocol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wczytywanie protokołu…</source>
        <translation>Loading the protocol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stan zapisu protokołu</source>
        <translation>Protocol save status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drukuj pro&amp;tokół…</source>
        <translation>Print pro&amp;tocol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokół z tym, co wpisano — do podglądu, wydruku lub zapisania jako PDF</source>
        <translation>The protocol with what has been typed — to preview, print or save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drukuj pu&amp;sty protokół…</source>
        <translation>Print &amp;blank protocol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formularz protokołu do wypełnienia odręcznie</source>
        <translation>The protocol form to fill in by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zapisz wy&amp;niki wizytacji</source>
        <translation>Record visit res&amp;ults</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protokół staje się zapisem wizytacji w aktach sprawy i zostaje zamknięty</source>
        <translation>The protocol becomes the visit&apos;s record in the case file and is closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zam&amp;knij</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protokół jest zapisany — można wrócić do niego później (Esc)</source>
        <translation>The protocol is saved — you can come back to it later (Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Podgląd (otwórz PDF)</source>
        <translation>&amp;Preview (open PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drukuj…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zapisz jako PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Data wizytacji:</source>
        <translation>Visit &amp;date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numer sprawy:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miejscowość:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspert:</source>
        <translation>Expert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planowana data:</source>
        <translation>Planned date:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Części p&amp;rotokołu:</source>
        <translation>Pa&amp;rts of the protocol:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Przywrócono protokół zapisany {0}</source>
        <translation>Restored the protocol saved {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nowy protokół — każda zmiana zapisuje się sama.</source>
        <translation>New protocol — every change is saved automatically.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+230"/>
        <location line="+101"/>
        <source>Protokół wizytacji</source>
        <translation>Site visit protocol</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Podsumowanie
i przedstawiciel</source>
        <translation>Summary
and representative</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+33"/>
        <source>Niezapisane zmiany…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zapisano {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protokół nie jest zapisany: {0} Zapis zostanie ponowiony — nie zamykaj okna.</source>
        <translation>The protocol is not saved: {0} Saving will be retried — do not close the window.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dowody — standard {0}</source>
        <translation>Evidence — standard {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pliki i zdjęcia ({0})</source>
        <translation>Files and photos ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard może mieć najwyżej {0} plików dowodów; pominięto: {1}.</source>
        <translation>A standard may have at most {0} evidence files; skipped: {1}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Dowody</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nie udało się otworzyć pliku {0} — system nie ma programu do plików tego typu.</source>
        <translation>Could not open the file {0} — the system has no program for files of this type.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pusty protokół wizytacji {0}</source>
        <translation>Blank site visit protocol {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protokół wizytacji {0}</source>
        <translation>Site visit protocol {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zapisz protokół jako PDF</source>
        <translation>Save the protocol as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zapisano plik {0}</source>
        <translation>Saved the file {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zapisać wyniki wizytacji w sprawie {0}?

Protokół stanie się zapisem wizytacji w aktach sprawy, a to okno się zamknie; później protokołu nie można już zmieniać.</source>
        <translation>Record the visit&apos;s results in case {0}?

The protocol will become the visit&apos;s record in the case file and this window will close; the protocol cannot be changed afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nieocenione standardy: {0}.</source>
        <translation>Standards not rated: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Zapisz wyniki wizytacji</source>
        <translation>Record visit results</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Zapisywanie wyników wizytacji…</source>
        <translation>Recording the visit&apos;s results…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ostatnich zmian w protokole nie udało się zapisać.</source>
        <translation>The latest changes to the protocol could not be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
Po zamknięciu okna te zmiany przepadną.</source>
        <translation>{0}
These changes will be lost when the window closes.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/reason_dialog.py" line="+36"/>
        <source>Powód zmiany zgłoszenia — {0}</source>
        <translation>Reason for changing the application — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zgłoszenie {0} jest już złożone. Podaj powód zmiany jego treści — zostanie zapisany w historii sprawy obok zmiany.</source>
        <translation>Application {0} has already been filed. Give the reason for changing it — it is recorded in the case history next to the change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Powód zmiany:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>np. instytucja przesłała poprawiony adres</source>
        <translation>e.g. the institution sent a corrected address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powód zmiany zgłoszenia</source>
        <translation>Reason for changing the application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zapisz zmianę</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="+145"/>
        <source>Ustaw nowe hasło</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klucz odzyskiwania — CALcert Desktop</source>
        <translation>Recovery key — CALcert Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wpisz 24 słowa klucza odzyskiwania z arkusza biura (w kolejności, oddzielone spacjami) i nowe hasło osoby. Hasło musi mieć co najmniej {0} znaków.</source>
        <translation>Type the 24 words of the recovery key from the office&apos;s sheet (in order, separated by spaces) and the person&apos;s new password. The password must have at least {0} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nowe hasło</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powtórz nowe hasło</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Klucz (24 słowa):</source>
        <translation>&amp;Key (24 words):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nowe hasło:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Powtórz:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wpisz login osoby, której hasło odzyskujesz.</source>
        <translation>Type the login of the person whose password you are recovering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wpisz słowa klucza odzyskiwania.</source>
        <translation>Type the words of the recovery key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wpisz nowe hasło.</source>
        <translation>Type the new password.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/encryption.py" line="-152"/>
        <source>Klucz odzyskiwania danych</source>
        <translation>Data recovery key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baza danych tej instalacji jest zaszyfrowana. Otwiera ją hasło każdej osoby, a gdy nikt nie pamięta hasła — ten klucz odzyskiwania. Program nie pokaże go ponownie: zapisz arkusz do wydruku na pendrive albo przepisz słowa, a potem przechowuj je w bezpiecznym miejscu, nie przy komputerze.</source>
        <translation>This installation&apos;s database is encrypted. Each person&apos;s password opens it, and when nobody remembers a password, this recovery key does. The program will not show it again: save the sheet to print on a USB stick or copy the words, then keep them somewhere safe, not with the computer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Zapisz arkusz do wydruku (PDF)…</source>
        <translation>&amp;Save the sheet to print (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Klucz odzyskiwania jest zapisany w bezpiecznym miejscu</source>
        <translation>The recovery &amp;key is kept somewhere safe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gotowe</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zapisz arkusz klucza odzyskiwania</source>
        <translation>Save the recovery key&apos;s sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zapisano: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/recovery_offer.py" line="+28"/>
        <source>Nowe zgłoszenie</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(bez nazwy)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Niezapisane zgłoszenie</source>
        <translation>Unsaved application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zgłoszenia nie udało się zapisać w bazie danych. Przywrócić wpisane dane?</source>
        <translation>An application could not be saved in the database. Restore the data that was typed?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1}; wpisane przez {2}, ostatnio {3}.</source>
        <translation>{0} — {1}; typed by {2}, last on {3}.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Przywróć</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Odrzuć</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Później</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_pages.py" line="+24"/>
        <source>{0} (wymagane)</source>
        <translation>{0} (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— nie importuj —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(kolumna {0} bez nagłówka)</source>
        <translation>(column {0} without a heading)</translation>
    </message>
</context>
<context>
    <name>RegisterImportEditor</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_settings.py" line="+24"/>
        <source>Certyfikaty wydane, zanim biuro zaczęło pracować w programie, przenosi się tu z arkusza (XLSX, ODS, XLS albo CSV). Każdy wiersz to jedna sprawa w stanie, w jakim się zakończyła: certyfikat ważny, wygasły albo odebrany, albo odmowa — z prawdziwymi datami i numerami. Program najpierw sprawdza wszystkie wiersze i pokazuje, co utworzy, a co odrzuci i dlaczego; odrzucone wiersze można zapisać do arkusza, poprawić i zaimportować ponownie. Import zapisuje wszystkie przyjęte wiersze naraz albo żadnego; ponowny import tego samego pliku niczego nie dodaje. Numeracja spraw i certyfikatów biegnie dalej od najwyższego przeniesionego numeru.</source>
        <translation>Certificates issued before the office began working in this program are brought in here from a spreadsheet (XLSX, ODS, XLS or CSV). Each row is one case in the state it ended in: a valid, expired or revoked certificate, or a refusal — with the real dates and numbers. The program first checks every row and shows what it will create, what it will refuse and why; the refused rows can be saved to a spreadsheet, corrected and imported again. The import saves all accepted rows at once or none; importing the same file again adds nothing. Case and certificate numbering continues from the highest number brought in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Importuj dawny rejestr…</source>
        <translation>&amp;Import the earlier register…</translation>
    </message>
</context>
<context>
    <name>RegisterImportWizard</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="+148"/>
        <source>Import dawnego rejestru certyfikatów</source>
        <translation>Import of the earlier certificate register</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Zakończ</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Przerywam…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register.py" line="+72"/>
        <source>Nr certyfikatu</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wydany</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ważny do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location line="+56"/>
        <source>Szukaj w rejestrze</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instytucja, miejscowość, numer certyfikatu… – można bez polskich znaków</source>
        <translation>institution, town, certificate number… – Polish letters optional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status certyfikatu</source>
        <translation>Certificate status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sprawdź &amp;certyfikat…</source>
        <translation>Check a &amp;certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprawdź kod z certyfikatu (zeskanowany lub przepisany) z rejestrem</source>
        <translation>Check a certificate&apos;s code (scanned or typed) against the register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przypomnienia o &amp;odnowieniu…</source>
        <translation>&amp;Renewal reminders…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przygotuj naraz przypomnienia o upływie ważności dla wszystkich certyfikatów, których ważność wkrótce się kończy</source>
        <translation>Prepare expiry reminders at once for every certificate that expires soon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Eksportuj…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zapisz wyświetlane wpisy rejestru jako PDF lub CSV</source>
        <translation>Save the shown register entries as PDF or CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trwa zapisywanie rejestru</source>
        <translation>Saving the register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liczba certyfikatów według statusu</source>
        <translation>Number of certificates by status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liczba wyświetlanych wpisów</source>
        <translation>Number of entries shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wczytuję rejestr…</source>
        <translation>Loading the register…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Komunikat rejestru</source>
        <translation>Register message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wyczyść &amp;filtry</source>
        <translation>Clear fil&amp;ters</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Rejestr certyfikatów</source>
        <translation>Register of certificates</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus certyfikatu:</source>
        <translation>Certificate s&amp;tatus:</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Rejestr jest pusty — nie wydano jeszcze żadnego certyfikatu. Certyfikat trafia tu, gdy Zarząd go wyda w sprawie (Komisja → Sprawy).</source>
        <translation>The register is empty — no certificate has been issued yet. A certificate appears here when the Board issues it in a case (Commission → Cases).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Żaden wpis rejestru nie pasuje do wyszukiwania i statusu. Zmień je albo wyczyść, aby zobaczyć cały rejestr.</source>
        <translation>No register entry matches the search and status. Change or clear them to see the whole register.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ważnych: {0}, odebranych: {1}, wygasłych: {2}</source>
        <translation>Valid: {0}, revoked: {1}, expired: {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wyświetlane wpisy: {0} z {1} (stan na {2})</source>
        <translation>Entries shown: {0} of {1} (as of {2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wszystkie ({0})</source>
        <translation>all ({0})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arkusz CSV (*.csv)</source>
        <translation>CSV sheet (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eksportuj rejestr (wyświetlane wpisy: {0})</source>
        <translation>Export the register (entries shown: {0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Eksport rejestru</source>
        <translation>Register export</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Zapisano rejestr certyfikatów w pliku {0}.
Liczba wpisów: {1}.</source>
        <translation>The register of certificates was saved in {0}.
Number of entries: {1}.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/reminders_dialog.py" line="+67"/>
        <source>Przypomnienia o upływie ważności certyfikatów</source>
        <translation>Certificate expiry reminders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data przypomnień</source>
        <translation>Reminders&apos; date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Także certyfikaty, o których już przypomnia&amp;no</source>
        <translation>Also certificates already &amp;reminded of</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>Folder na kopie przypomnień</source>
        <translation>Folder for copies of the reminders</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>(bez kopii – tylko w dokumentach spraw)</source>
        <translation>(no copies – only in the cases&apos; documents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Data przypomnień:</source>
        <translation>&amp;Reminders&apos; date:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kopie w folderze:</source>
        <translation>&amp;Copies in folder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sprawdzam, o których certyfikatach przypomnieć…</source>
        <translation>Checking which certificates to remind of…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podsumowanie przypomnień</source>
        <translation>Reminders summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certyfikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ważny do</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ostatnie przypomnienie</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certyfikaty do przypomnienia</source>
        <translation>Certificates to remind of</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postęp przygotowywania przypomnień</source>
        <translation>Progress of preparing the reminders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rzerwij</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Przygotuj przypomnienia</source>
        <translation>&amp;Prepare reminders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ważność kończy się do {0} (okres przypomnień: {1} mies.)</source>
        <translation>validity ends by {0} (reminder period: {1} months)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do przygotowania: {0} – certyfikaty, których {1}.</source>
        <translation>To prepare: {0} – certificates whose {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na dzień {0} nie ma certyfikatów, o których trzeba przypomnieć.</source>
        <translation>On {0} there are no certificates to remind of.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nie ma ważnych certyfikatów, których {0}, a o których jeszcze nie przypomniano.</source>
        <translation>There are no valid certificates whose {0} and that have not been reminded of yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pominięto te, o których już przypomniano: {0}.</source>
        <translation>Skipped those already reminded of: {0}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Przygotowano przypomnienia: {0}. Każde zapisano w dokumentach sprawy.</source>
        <translation>Reminders prepared: {0}. Each was saved in its case&apos;s documents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopie zapisano w folderze {0}.</source>
        <translation>Copies were saved in the folder {0}.</translation>
    </message>
</context>
<context>
    <name>ResolutionsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/board.py" line="-152"/>
        <source>Uchwała</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Przedmiot</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treść</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}: za {1}, przeciw {2}, wstrz. {3}</source>
        <translation>{0}: for {1}, against {2}, abst. {3}</translation>
    </message>
</context>
<context>
    <name>RevocationTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/revocation_tab.py" line="+22"/>
        <source>Wszczęto</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zarzuty z dnia</source>
        <translation>Charges dated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termin odpowiedzi</source>
        <translation>Response deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odpowiedź z dnia</source>
        <translation>Response dated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rozstrzygnięcie</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brak postępowań o odebranie certyfikatu.</source>
        <translation>No revocation proceedings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postępowania o odebranie certyfikatu</source>
        <translation>Revocation proceedings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Postępowanie wszczęte {0} — {1}</source>
        <translation>Proceedings opened on {0} — {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zarzuty na piśmie z {0} (termin odpowiedzi: {1}):</source>
        <translation>Written charges dated {0} (response deadline: {1}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zarzutów jeszcze nie sformułowano na piśmie.
</source>
        <translation>No charges have been set out in writing yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Odpowiedź instytucji z {0}:</source>
        <translation>Institution&apos;s response dated {0}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instytucja nie odpowiedziała na zarzuty.
</source>
        <translation>The institution has not responded to the charges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Powód wszczęcia:</source>
        <translation>Reason for opening the proceedings:</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/save_notice.py" line="+28"/>
        <source>Zapisz &amp;ponownie</source>
        <translation>Save &amp;again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/settings.py" line="+60"/>
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Katalog danych:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ustawienia procesu można zmieniać po otwarciu danych.</source>
        <translation>Process settings can be changed after opening the data.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Treść pism można zmieniać po otwarciu danych.</source>
        <translation>The wording of letters can be changed once the data are open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dane organizacji można zmieniać po otwarciu danych.</source>
        <translation>The organisation&apos;s details can be changed once the data is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bazę danych można wybrać po otwarciu danych.</source>
        <translation>The database can be chosen once the data is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopię zapasową można zapisać po otwarciu danych.</source>
        <translation>A backup can be saved after opening the data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dziennik zmian można sprawdzić po otwarciu danych.</source>
        <translation>The audit log can be checked once the data is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Danymi osobowymi można zarządzać po otwarciu danych.</source>
        <translation>Personal data can be managed once the data is open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instalacjami można zarządzać po otwarciu danych.</source>
        <translation>Installations can be managed once the data is open.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ogólne</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proces</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treść pi&amp;sm</source>
        <translation>Wording of le&amp;tters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dane o&amp;rganizacji</source>
        <translation>O&amp;rganisation details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baza danych</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopia zapasowa</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ziennik zmian</source>
        <translation>A&amp;udit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dane osobow&amp;e</source>
        <translation>P&amp;ersonal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instalacje</source>
        <translation>&amp;Installations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dawny re&amp;jestr</source>
        <translation>Earlier re&amp;gister</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Zmiana języka zacznie obowiązywać po ponownym uruchomieniu.</source>
        <translation>The new language takes effect after the program is restarted.</translation>
    </message>
</context>
<context>
    <name>SideTabs</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/side_tabs.py" line="+41"/>
        <source>Strony ustawień</source>
        <translation>Settings pages</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/sign_dialog.py" line="+77"/>
        <source>Podpis elektroniczny — {0}</source>
        <translation>Electronic signature — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokument: {0}
Podpisana kopia zostanie zapisana przy sprawie obok tego dokumentu.</source>
        <translation>Document: {0}
The signed copy will be stored with the case, beside this document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plik &amp;certyfikatu (.p12, .pfx)</source>
        <translation>&amp;Certificate file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Karta kryptograficzna (PKCS#11)</source>
        <translation>S&amp;mart card (PKCS#11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plik certyfikatu</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biblioteka karty</source>
        <translation>Card library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etykieta karty</source>
        <translation>Card label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gdy w czytniku jest kilka kart</source>
        <translation>when the reader holds several cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etykieta certyfikatu</source>
        <translation>Certificate label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gdy na karcie jest kilka certyfikatów</source>
        <translation>when the card holds several certificates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certyfikat do podpisu</source>
        <translation>Certificate to sign with</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cel podpisu</source>
        <translation>Purpose of the signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cel p&amp;odpisu:</source>
        <translation>Pu&amp;rpose of the signature:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Podpisywanie… Karta może potrzebować kilku sekund.</source>
        <translation>Signing… A card may take a few seconds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Komunikat</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Podpisz</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Wybierz…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wybierz: {0}</source>
        <translation>Choose: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Plik:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Biblioteka karty:</source>
        <translation>Card &amp;library:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Etykieta karty:</source>
        <translation>Card la&amp;bel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etykieta ce&amp;rtyfikatu:</source>
        <translation>Certificate label (&amp;key):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wybier&amp;z…</source>
        <translation>Choos&amp;e…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;PIN karty:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hasło pliku:</source>
        <translation>File &amp;password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN karty</source>
        <translation>Card PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hasło pliku</source>
        <translation>File password</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wybierz plik certyfikatu</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plik certyfikatu (*.p12 *.pfx);;Wszystkie pliki (*)</source>
        <translation>Certificate file (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wybierz bibliotekę PKCS#11 karty</source>
        <translation>Choose the card&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biblioteka PKCS#11 (%1);;Wszystkie pliki (*)</source>
        <translation>PKCS#11 library (%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wskaż plik certyfikatu (.p12 lub .pfx).</source>
        <translation>Choose the certificate file (.p12 or .pfx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wskaż bibliotekę PKCS#11 karty (plik dostarczony z oprogramowaniem karty).</source>
        <translation>Choose the card&apos;s PKCS#11 library (a file that comes with the card&apos;s software).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wpisz PIN karty.</source>
        <translation>Type the card&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>W pliku nie ma podpisu elektronicznego, choć dokument zapisano jako podpisany.</source>
        <translation>The file has no electronic signature, although the document was stored as signed.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="-247"/>
        <source>Zaloguj</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logowanie — CALcert Desktop</source>
        <translation>Sign-in — CALcert Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podaj swój login i hasło.</source>
        <translation>Give your login and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hasło:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wpisz swój login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wpisz hasło.</source>
        <translation>Type the password.</translation>
    </message>
</context>
<context>
    <name>StandardPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/protocol_pages.py" line="+89"/>
        <source>nie oceniono</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spełnia</source>
        <translation>meets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spełnia częściowo</source>
        <translation>partly meets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nie spełnia</source>
        <translation>does not meet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ocena standardu {0}</source>
        <translation>Rating of standard {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ustalenie — standard {0}</source>
        <translation>Finding — standard {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obserwacje — standard {0}</source>
        <translation>Observations — standard {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dowody — standard {0}</source>
        <translation>Evidence — standard {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dod&amp;aj plik lub zdjęcie…</source>
        <translation>&amp;Add file or photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usuń z protoko&amp;łu</source>
        <translation>Re&amp;move from protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otwórz p&amp;lik</source>
        <translation>Open f&amp;ile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF, JPEG, PNG, TIFF, DOC, DOCX, ODT, RTF lub TXT, do 25 MB każdy</source>
        <translation>PDF, JPEG, PNG, TIFF, DOC, DOCX, ODT, RTF or TXT, up to 25 MB each</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dwuklik lub Enter otwiera plik</source>
        <translation>Double-click or Enter opens the file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ocena:</source>
        <translation>Rati&amp;ng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ustalenie:</source>
        <translation>&amp;Finding:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;bserwacje:</source>
        <translation>O&amp;bservations:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do&amp;wody (pliki i zdjęcia):</source>
        <translation>E&amp;vidence (files and photos):</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/pages.py" line="-137"/>
        <source>Oświadczamy, że spełniamy wszystkie punkty. Przy każdym opisz, jak instytucja go realizuje (raport) i wymień dokumenty, które to potwierdzają.</source>
        <translation>We declare that we meet all the points. For each one, describe how the institution implements it (the report) and list the documents that confirm this.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deklarujemy spełnienie punktu {0}</source>
        <translation>We declare that we meet point {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raport: jak instytucja realizuje standard {0}</source>
        <translation>Report: how the institution meets standard {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raport — jak instytucja realizuje ten standard:</source>
        <translation>Report — how the institution meets this standard:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>np. statut.pdf</source>
        <translation>e.g. statute.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dowody — dokumenty potwierdzające, po jednym w wierszu (wpisz albo wybierz spośród załączników):</source>
        <translation>Evidence — supporting documents, one per line (type or choose from the attachments):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wybierz z załączników…</source>
        <translation>Choose from attachments…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wybierz dowód dla standardu {0} z załączników</source>
        <translation>Choose evidence for standard {0} from the attachments</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nie dodano jeszcze załączników: dodaj je w kroku {0} i wróć tu z podsumowania</source>
        <translation>No attachments have been added yet: add them in step {0} and return here from the summary</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Dowody dla standardu {0}</source>
        <translation>Evidence for standard {0}</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/statistics_view.py" line="+119"/>
        <source>&amp;Zapisz jako…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arkusz XLSX z wykresami, raport PDF albo JSON</source>
        <translation>An XLSX workbook with charts, a PDF report or JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ instytucji</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liczby według roku</source>
        <translation>Figures by year</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+143"/>
        <source>Według województw</source>
        <translation>By voivodeship</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+13"/>
        <location line="+141"/>
        <source>Według typu instytucji</source>
        <translation>By institution type</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Brak decyzji w tym okresie</source>
        <translation>No decisions in this period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Według roku</source>
        <translation>By year</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Decyzje Komisji</source>
        <translation>Commission decisions</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Statystyka roczna</source>
        <translation>Yearly statistics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Od roku</source>
        <translation>&amp;From year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d&amp;o roku</source>
        <translation>t&amp;o year</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Liczenie statystyki za {0}…</source>
        <translation>Counting the statistics for {0}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>przyznano</source>
        <translation>granted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odmówiono</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}, sporządzona {1}.</source>
        <translation>{0}, made on {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rok {0} jeszcze trwa: jego liczby są liczbami do dziś.</source>
        <translation>The year {0} is not over: its figures are up to today.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arkusz Excel z wykresami (*.xlsx)</source>
        <translation>Excel workbook with charts (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raport PDF (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dane JSON (*.json)</source>
        <translation>JSON data (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zapisz statystykę</source>
        <translation>Save the statistics</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Statystyka</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Zapisano statystykę w pliku {0}.</source>
        <translation>The statistics were saved to {0}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/wizard/summary.py" line="+63"/>
        <source>Data wpływu pisemnej prośby</source>
        <translation>Date the written request was received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data wpływu pisemnej prośby *</source>
        <translation>&amp;Date of receipt of the written request *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sprawdź wpisane dane</source>
        <translation>Check the entered data</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+23"/>
        <source>Krok {0}: {1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Zgłoszenie jest kompletne. Sprawdź dane i datę wpływu, potem je złóż.</source>
        <translation>The application is complete. Check the data and the date of receipt, then submit it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Popraw krok {0}</source>
        <translation>Correct step {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wróć do kroku {0}: {1}</source>
        <translation>Go back to step {0}: {1}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pola działalności</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opis modelu pracy</source>
        <translation>Description of the model of work</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zadeklarowany</source>
        <translation>declared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>niezadeklarowany</source>
        <translation>not declared</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raport: {0}</source>
        <translation>Report: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dowody: {0}</source>
        <translation>Evidence: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nie ma wśród załączników: {0}</source>
        <translation>Not among the attachments: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data wpływu ({0}) jest wcześniejsza niż data podpisania ({1}): pismo nie mogło wpłynąć przed podpisaniem.</source>
        <translation>The date of receipt ({0}) is earlier than the date of signing ({1}): the letter could not have been received before it was signed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zgłoszenie podpisano {0} dni przed datą wpływu ({1} i {2}). Sprawdź, czy obie daty są dobre.</source>
        <translation>The application was signed {0} days before the date of receipt ({1} and {2}). Check that both dates are correct.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data podpisania i data wpływu</source>
        <translation>Date of signing and date of receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Złóż &amp;mimo to</source>
        <translation>File &amp;anyway</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Do złożenia brakuje:
</source>
        <translation>Still missing before the application can be filed:
</translation>
    </message>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/protocol_pages.py" line="+114"/>
        <source>Podsumowanie i przedstawiciel instytucji</source>
        <translation>Summary and the institution&apos;s representative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podsumowanie wizytacji</source>
        <translation>Visit summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Przedstawiciel instytucji</source>
        <translation>Institution&apos;s representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imię, nazwisko i funkcja</source>
        <translation>name, surname and position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przedstawiciel &amp;zapoznał się z protokołem</source>
        <translation>The representative has &amp;read the protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Przedstawiciel zapoznał się z protokołem</source>
        <translation>The representative has read the protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwagi przedstawiciela</source>
        <translation>Representative&apos;s remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podsu&amp;mowanie:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przedstawiciel &amp;instytucji:</source>
        <translation>&amp;Institution&apos;s representative:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uwa&amp;gi przedstawiciela:</source>
        <translation>Representative&apos;s remar&amp;ks:</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="-81"/>
        <source>Wpisz treść — pole wymagane (regulamin wymaga formy pisemnej).</source>
        <translation>Enter the text — this field is required (the regulations require it in writing).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="+166"/>
        <source>Baza danych tej instalacji jest zaszyfrowana. Podaj swój login i hasło, aby ją otworzyć.</source>
        <translation>This installation&apos;s database is encrypted. Give your login and password to open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nie &amp;pamiętam hasła…</source>
        <translation>I &amp;forgot my password…</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/widgets/unsaved.py" line="+31"/>
        <source>&amp;Odrzuć wpisane dane</source>
        <translation>&amp;Discard the typed data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>VerdictModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_pages.py" line="+32"/>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wynik</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co powstanie albo dlaczego nie</source>
        <translation>What it becomes, or why not</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>do utworzenia</source>
        <translation>to be created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>już w bazie</source>
        <translation>already in the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>odrzucony</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ten wiersz zaimportowano już wcześniej — nie zostanie dodany drugi raz</source>
        <translation>this row was imported before — it will not be added again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>odebrany</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sprawa z certyfikatem {0} z {1}</source>
        <translation>case with certificate {0} of {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sprawa zakończona odmową z {0}</source>
        <translation>case refused on {0}</translation>
    </message>
</context>
<context>
    <name>VerifyCertificateDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/verify_certificate.py" line="+61"/>
        <location line="+104"/>
        <source>Sprawdzanie certyfikatu</source>
        <translation>Certificate check</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Zeskanuj kod QR z certyfikatu (czytnik wpisze jego treść) albo wpisz numer certyfikatu z kodem weryfikacyjnym, np. CJ-001/2025 7KQ2-M9XD-4HTA, albo sam kod weryfikacyjny.</source>
        <translation>Scan the QR code of the certificate (the scanner types its content) or type the certificate number with its verification code, e.g. CJ-001/2025 7KQ2-M9XD-4HTA, or the verification code alone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CAL1.… albo CJ-001/2025 7KQ2-M9XD-4HTA</source>
        <translation>CAL1.… or CJ-001/2025 7KQ2-M9XD-4HTA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ważność na dzień:</source>
        <translation>Valid on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprawdź</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sprawdzanie…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ViewsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/privacy_settings.py" line="-236"/>
        <source>Kiedy (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numer sprawy</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jak</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/case_file/visits_tab.py" line="+29"/>
        <source>&amp;Protokół wizytacji…</source>
        <translation>Site visit &amp;protocol…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ekspert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planowana data</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data wizytacji</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brak wizytacji — Komisja nie kierowała eksperta do tej instytucji.</source>
        <translation>No site visits — the Commission has not sent an expert to this institution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizytacje</source>
        <translation>Site visits</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>W sprawie nie ma zaplanowanej wizytacji.</source>
        <translation>The case has no planned site visit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protokół pisze ekspert wizytacji ({0}) albo biuro.</source>
        <translation>The protocol is written by the visit&apos;s expert ({0}) or the office.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protokół wizytacji zaplanowanej na {0}: zapisuje się w trakcie pisania, także bez sieci.</source>
        <translation>The protocol of the visit planned for {0}: saved as you type, also without a network.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wizytacja: {0}, {1} ({2})</source>
        <translation>Site visit: {0}, {1} ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podsumowanie:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powód odwołania:</source>
        <translation>Reason for cancellation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ustalenia według standardów:</source>
        <translation>Findings by standard:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ekspert nie zapisał ustaleń dla poszczególnych standardów.</source>
        <translation>The expert did not record findings for individual standards.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Obserwacje: {0}</source>
        <translation>Observations: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dowody: {0}</source>
        <translation>Evidence: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Przedstawiciel instytucji: {0}</source>
        <translation>Institution&apos;s representative: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przedstawiciel zapoznał się z protokołem.</source>
        <translation>The representative has read the protocol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Przedstawiciel nie potwierdził zapoznania się z protokołem.</source>
        <translation>The representative did not confirm having read the protocol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uwagi przedstawiciela:</source>
        <translation>Representative&apos;s remarks:</translation>
    </message>
</context>
<context>
    <name>VotesField</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/actions/fields.py" line="+107"/>
        <location line="+9"/>
        <source>za</source>
        <translation>for</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>przeciw</source>
        <translation>against</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>wstrzymuje się</source>
        <translation>abstain</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Członek Komisji</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Za: {0}, przeciw: {1}, wstrzymało się: {2}</source>
        <translation>For: {0}, against: {1}, abstained: {2}</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/worker.py" line="+99"/>
        <source>Nieoczekiwany błąd: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/statistics_model.py" line="+51"/>
        <location line="+4"/>
        <source>Liczba</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Razem {0}</source>
        <translation>Total {0}</translation>
    </message>
</context>
<context>
    <name>_CheckedDialog</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/sign_in.py" line="-246"/>
        <source>Komunikat</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_Loading</name>
    <message>
        <location filename="../../src/calcert_desktop/ui/views/register_import_wizard.py" line="-240"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Czytam i sprawdzam plik…</source>
        <translation>Reading and checking the file…</translation>
    </message>
</context>
</TS>

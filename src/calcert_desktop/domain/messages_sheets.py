"""Polish messages of reading spreadsheets (XLSX, XLS, ODS, CSV) for the register's import
(issue 23). Each starts with „Plik …”, so the field's label („Plik”) is not repeated."""

from __future__ import annotations

SHEET_MESSAGES: dict[str, str] = {
    "sheet.unknown_format": (
        "Plik „{name}” nie jest arkuszem, który program umie odczytać — zapisz rejestr w Excelu lub LibreOffice Calc jako XLSX, ODS albo CSV i zaimportuj zapisany plik."
    ),
    "sheet.unreadable": (
        "Plik „{name}” ({kind}) jest uszkodzony, niepełny (np. przerwane kopiowanie) albo nie jest arkuszem tego rodzaju, więc nie da się go odczytać — otwórz go w Excelu lub LibreOffice Calc, zapisz ponownie jako XLSX i zaimportuj zapisaną kopię."
    ),
    "sheet.password": (
        "Plik „{name}” jest chroniony hasłem, więc program go nie odczyta — otwórz go w Excelu lub LibreOffice Calc, zapisz kopię bez hasła i zaimportuj ją."
    ),
    "sheet.empty": (
        "Plik „{name}” nie zawiera danych: jest pusty albo jego widoczne arkusze nie mają wypełnionych komórek — sprawdź, czy wskazano właściwy plik."
    ),
    "sheet.encoding": (
        "Plik „{name}” nie jest zapisany w kodowaniu UTF-8 ani Windows-1250, więc polskie litery by się zniekształciły — zapisz go w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” albo jako XLSX i zaimportuj ponownie."
    ),
}

"""The About box: version, what the program is for, and the licences (fonts included)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from calcert_desktop import __version__


def show_about(parent: QWidget) -> None:
    """Show the About box."""
    title = QCoreApplication.translate("About", "O programie CALcert Desktop")
    text = QCoreApplication.translate(
        "About",
        "<h3>CALcert Desktop {version}</h3>"
        "<p>Obsługa Certyfikatu Jakości Centrum Aktywności Lokalnej: zgłoszenia, ocena "
        "Komisji Certyfikacyjnej, decyzje, certyfikaty i rejestr — bez dostępu do sieci.</p>"
        "<p><b>Licencje składników</b><br>"
        "Qt {qt} i PySide6 {pyside} — LGPL v3<br>"
        "SQLAlchemy, Alembic — licencja MIT<br>"
        "platformdirs, jsonschema — licencja MIT<br>"
        "anyascii — licencja ISC<br>"
        "ReportLab — licencja BSD<br>"
        "czcionki DejaVu Sans — licencja Bitstream Vera (zmiany DejaVu w domenie publicznej)"
        "</p>",
    ).format(version=__version__, qt=qVersion(), pyside=PySide6.__version__)
    QMessageBox.about(parent, title, text)

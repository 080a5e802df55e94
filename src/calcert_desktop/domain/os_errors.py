"""Polish reasons for the operating system's file errors, so no system text (often English,
"[Errno 2] No such file or directory") reaches a reader."""

from __future__ import annotations

import errno

REASONS: dict[int, str] = {
    errno.ENOENT: "plik lub folder nie istnieje",
    errno.ENOTDIR: "w ścieżce jest plik zamiast folderu",
    errno.EISDIR: "pod tą nazwą jest folder",
    errno.EACCES: "brak uprawnień",
    errno.EPERM: "brak uprawnień",
    errno.ENOSPC: "brak miejsca na dysku",
    errno.EDQUOT: "przekroczony limit miejsca na dysku",
    errno.EFBIG: "plik przekracza dopuszczalny rozmiar",
    errno.EROFS: "nośnik jest tylko do odczytu",
    errno.ENAMETOOLONG: "nazwa pliku jest za długa",
    errno.EIO: "błąd odczytu lub zapisu nośnika",
    errno.EEXIST: "plik już istnieje",
    errno.ENOTEMPTY: "folder nie jest pusty",
    errno.EBUSY: "plik jest używany przez inny program",
    errno.ETXTBSY: "plik jest używany przez inny program",
    errno.EAGAIN: "plik jest chwilowo niedostępny",
    errno.EMFILE: "za dużo otwartych plików",
    errno.ENFILE: "za dużo otwartych plików",
    errno.ELOOP: "ścieżka zapętla się przez dowiązania",
    errno.EXDEV: "nie można przenieść pliku na inny nośnik",
    errno.EINVAL: "nieprawidłowa nazwa lub ścieżka",
}


def os_error_reason(error: OSError) -> str:
    """A short Polish reason for ``error`` (by its errno); never the system's own text."""
    if error.errno in REASONS:
        return REASONS[error.errno]
    if error.errno:
        return f"błąd systemu plików (kod {error.errno})"
    return "błąd systemu plików"

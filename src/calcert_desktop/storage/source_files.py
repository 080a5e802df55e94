"""Reading a file that a user or a declaration names (an attachment, a declaration's JSON)
without being tricked into reading another: symbolic links are never followed, only regular
files are read (a FIFO, a device or a folder is refused before it is opened, so nothing
blocks), and never more than a limit.

A declaration's ``statut.pdf`` that links to ``/etc/shadow`` or to the seal's private key
would otherwise be copied into the data folder. On POSIX the path below the declaration's
folder is walked one component at a time with ``O_NOFOLLOW`` relative to the folder already
open, so a link swapped in between a check and the open is refused too. Windows has no
``O_NOFOLLOW``: each component is checked for a link or other reparse point (a junction),
and the opened file must be the one checked.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePath

from calcert_desktop.domain.attachment_rules import visible
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.os_errors import os_error_reason

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_WALK_BY_FD = os.name == "posix" and bool(_NOFOLLOW) and os.open in os.supports_dir_fd
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)

_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "potok nazwany (FIFO)"),
    (stat.S_ISCHR, "urządzenie"),
    (stat.S_ISBLK, "urządzenie"),
    (stat.S_ISSOCK, "gniazdo"),
)


class TooLarge(Exception):
    """The file has more than the limit's bytes; ``size`` is what it has (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _text(path: Path) -> str:
    # A path from a declaration may hide a bidi override; messages show it escaped.
    return visible(str(path))


def _is_link(info: os.stat_result) -> bool:
    attributes = getattr(info, "st_file_attributes", 0)
    return stat.S_ISLNK(info.st_mode) or bool(attributes & _REPARSE_POINT)


def _refuse_odd(info: os.stat_result, shown: Path, field: str) -> None:
    if _is_link(info):
        raise ValidationError("file.symlink", field, path=_text(shown))
    if stat.S_ISREG(info.st_mode):
        return
    what = next((text for test, text in _KINDS if test(info.st_mode)), "plik specjalny")
    raise ValidationError("file.not_regular", field, path=_text(shown), what=what)


def _os_error(error: OSError, shown: Path, field: str) -> ValidationError:
    if error.errno == errno.ELOOP:  # O_NOFOLLOW met a link swapped in after the check
        return ValidationError("file.symlink", field, path=_text(shown))
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return ValidationError("file.missing", field, path=_text(shown))
    reason = os_error_reason(error)
    return ValidationError("file.unreadable", field, path=_text(shown), reason=reason)


def _open_walking(base: Path, parts: tuple[str, ...], field: str) -> int:
    """Open ``base/parts...`` one component at a time, never through a link (POSIX)."""
    folder = os.open(base, os.O_RDONLY | _DIRECTORY)
    try:
        for index, part in enumerate(parts):
            shown = base.joinpath(*parts[: index + 1])
            _refuse_odd_or_folder(part, folder, shown, field, last=index == len(parts) - 1)
            if index == len(parts) - 1:
                # O_NONBLOCK: should a FIFO be swapped in after the check, open does not wait.
                flags = os.O_RDONLY | _NOFOLLOW | _NONBLOCK
                return os.open(part, flags, dir_fd=folder)
            inner = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=folder)
            os.close(folder)
            folder = inner
        raise AssertionError("parts is never empty")
    finally:
        os.close(folder)


def _refuse_odd_or_folder(part: str, folder: int, shown: Path, field: str, *, last: bool) -> None:
    info = os.stat(part, dir_fd=folder, follow_symlinks=False)
    if _is_link(info):
        raise ValidationError("file.symlink", field, path=_text(shown))
    if not last and stat.S_ISDIR(info.st_mode):
        return
    _refuse_odd(info, shown, field)


def _open_checking(base: Path, parts: tuple[str, ...], field: str) -> int:
    """Open ``base/parts...`` after checking each component for a link (Windows)."""
    walked = base
    for index, part in enumerate(parts):
        walked = walked / part
        info = os.lstat(walked)
        if index < len(parts) - 1:
            if _is_link(info):
                raise ValidationError("file.symlink", field, path=_text(walked))
            if not stat.S_ISDIR(info.st_mode):
                raise ValidationError("file.missing", field, path=_text(walked))
    _refuse_odd(info, walked, field)
    handle = os.open(walked, os.O_RDONLY | _BINARY | _NOFOLLOW | _NONBLOCK)
    opened = os.fstat(handle)
    if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
        os.close(handle)  # replaced between the check and the open
        raise ValidationError("file.symlink", field, path=_text(walked))
    return handle


def _read_limited(handle: int, limit: int) -> bytes:
    if _NONBLOCK and os.name == "posix":
        os.set_blocking(handle, True)  # a regular file: reads never wait anyway
    chunks: list[bytes] = []
    total = 0
    with os.fdopen(handle, "rb", closefd=False) as reader:
        while block := reader.read(min(1 << 20, limit + 1 - total)):
            chunks.append(block)
            total += len(block)
            if total > limit:
                raise TooLarge(total)
    return b"".join(chunks)


def read_regular_file(
    path: Path, *, limit: int, field: str, below: Path | None = None
) -> bytes:
    """The content of the regular file ``path``; no link is followed.

    With ``below`` (the declaration's folder), ``path`` is relative to it and no component
    of it may be a link; without, ``path`` is one the user picked and its last component may
    not be a link. Raises :class:`ValidationError` (``file.symlink``, ``file.not_regular``,
    ``file.missing``, ``file.unreadable``) for
    ``field``, or :class:`TooLarge` past ``limit`` bytes (checked by size before reading).
    """
    if below is not None:
        relative = PurePath(path)
        if relative.anchor or ".." in relative.parts:  # not below the declaration's folder
            raise ValidationError("file.outside_folder", field, path=_text(path))
        base, parts = below, relative.parts
    else:
        absolute = Path(os.path.abspath(path))
        base, parts = absolute.parent, (absolute.name,)
    if not parts or any(part in ("", ".", "..") for part in parts):
        raise ValidationError("file.missing", field, path=_text(path))
    shown = base.joinpath(*parts)
    try:
        if _WALK_BY_FD:
            handle = _open_walking(base, parts, field)
        else:
            handle = _open_checking(base, parts, field)
        try:
            info = os.fstat(handle)
            _refuse_odd(info, shown, field)
            if info.st_size > limit:
                raise TooLarge(info.st_size)
            return _read_limited(handle, limit)
        finally:
            os.close(handle)
    except OSError as error:
        raise _os_error(error, shown, field) from error

"""The system's credential store, kept in memory for a test (keyring's own backend API)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Passwords by (service, user), in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """keyring's store replaced by a :class:`MemoryKeyring` for the block."""
    import keyring

    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)

"""The kinds of document: one table names each kind with the module that declares it, so that
one document is made without importing the others (``calcert pdf`` of one kind)."""

from __future__ import annotations

import importlib

from calcert_desktop.services.documents import registry

DECLARING = ("application", "notices", "certificate", "letters", "records", "reminders")


def declared() -> dict[str, str]:
    """Every kind the modules declare, by code, with its module."""
    found: dict[str, str] = {}
    for name in DECLARING:
        module = importlib.import_module(f"calcert_desktop.services.documents.{name}")
        for listed in ("KINDS", "FILING_KINDS", "REVOCATION_KINDS"):
            for kind in getattr(module, listed, ()):
                assert kind.code not in found, kind.code  # declared once
                found[kind.code] = name
    return found


def test_the_table_names_every_declared_kind_once_with_its_module():
    codes = [code for code, _ in registry.CODES]
    assert len(set(codes)) == len(codes)
    assert dict(registry.CODES) == declared()


def test_every_kind_is_found_by_its_code_and_the_list_keeps_the_table_order():
    assert [kind.code for kind in registry.KINDS] == [code for code, _ in registry.CODES]
    for code, _ in registry.CODES:
        found = registry.kind(code)
        assert found is not None and found.code == code
    assert registry.kind("bogus") is None

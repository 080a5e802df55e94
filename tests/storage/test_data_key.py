"""The data key's keyring (storage/data_key.py): any account's password or the recovery key
unwraps the one data key; a wrong password, another account's, a changed file do not; a
new password re-wraps the same key; the file holds nothing of the key in clear."""

from __future__ import annotations

import base64
import json

import pytest

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.auth import hashing
from calcert_desktop.storage import data_key
from calcert_desktop.storage.data_key import Credential, Keyring


@pytest.fixture
def key() -> bytes:
    return data_key.new_data_key()


def keyring_for(key: bytes, **passwords: str) -> Keyring:
    ring = Keyring({}, None)
    for login, password in passwords.items():
        ring.wrap_for(login, hashing.hash_password(password), key)
    return ring


def test_each_account_s_password_unwraps_the_key_and_proves_the_credential(key):
    encoded = hashing.hash_password("Zażółć-gęślą-1")
    ring = Keyring({}, None)
    ring.wrap_for("biuro", encoded, key)
    ring.wrap_for("admin", hashing.hash_password("inne hasło 22"), key)
    unlocked = ring.unlock("biuro", "Zażółć-gęślą-1")
    assert unlocked is not None
    found, raw = unlocked
    assert found == key
    assert raw == Credential.parse(encoded).raw  # the same Argon2id: it is the credential
    assert ring.unlock("admin", "inne hasło 22")[0] == key


@pytest.mark.parametrize(("login", "password"), [
    ("biuro", "zle haslo"), ("admin", "Zażółć-gęślą-1"), ("nikt", "Zażółć-gęślą-1"),
])  # fmt: skip
def test_a_wrong_password_another_s_or_an_unknown_login_unwraps_nothing(key, login, password):
    ring = keyring_for(key, biuro="Zażółć-gęślą-1", admin="inne hasło 22")
    assert ring.unlock(login, password) is None


def test_a_new_password_rewraps_the_same_key(key):
    ring = keyring_for(key, biuro="stare hasło 1")
    new = hashing.hash_password("nowe hasło 2")
    ring.wrap_for("biuro", new, key, keep_others=True)  # while the database takes it
    assert ring.unlock("biuro", "stare hasło 1")[0] == key
    assert ring.unlock("biuro", "nowe hasło 2")[0] == key
    assert ring.keep_only("biuro", new) and not ring.keep_only("biuro", new)
    assert ring.unlock("biuro", "stare hasło 1") is None
    assert ring.unlock("biuro", "nowe hasło 2")[0] == key
    ring.wrap_for("biuro", hashing.hash_password("trzecie hasło 3"), key)  # replacing
    assert ring.unlock("biuro", "nowe hasło 2") is None
    ring.forget("biuro")
    assert ring.unlock("biuro", "nowe hasło 2") is None


def test_the_recovery_key_unwraps_the_key_until_a_new_one_is_made(key):
    ring = keyring_for(key, biuro="hasło biura 1")
    first = ring.set_recovery(key)
    assert ring.unlock_with_recovery(first) == key
    assert ring.unlock_with_recovery(bytes(32)) is None
    second = ring.set_recovery(key)
    assert first != second
    assert ring.unlock_with_recovery(first) is None
    assert ring.unlock_with_recovery(second) == key


def test_the_file_round_trips_and_holds_no_key_in_clear(key, tmp_path):
    ring = keyring_for(key, biuro="hasło biura 1")
    recovery = ring.set_recovery(key)
    ring.save(tmp_path)
    raw = (tmp_path / data_key.FILE_NAME).read_bytes()
    for secret in (key, recovery):
        for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
            assert form not in raw
    loaded = Keyring.load(tmp_path)
    assert loaded is not None
    assert loaded.unlock("biuro", "hasło biura 1")[0] == key
    assert loaded.unlock_with_recovery(recovery) == key
    assert Keyring.load(tmp_path / "brak") is None  # no file: not encrypted


def test_a_changed_wrap_unwraps_nothing(key, tmp_path):
    ring = keyring_for(key, biuro="hasło biura 1")
    ring.save(tmp_path)
    path = tmp_path / data_key.FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    sealed = bytearray(base64.b64decode(data["accounts"]["biuro"][0]["wrapped"]))
    sealed[3] ^= 1
    data["accounts"]["biuro"][0]["wrapped"] = base64.b64encode(bytes(sealed)).decode()
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Keyring.load(tmp_path).unlock("biuro", "hasło biura 1") is None


def test_a_damaged_file_is_refused_in_polish(tmp_path):
    (tmp_path / data_key.FILE_NAME).write_text("{nie json", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        Keyring.load(tmp_path)
    assert "jest uszkodzony" in str(refused.value)

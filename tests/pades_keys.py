"""Throwaway signing certificates for the electronic-signature tests: a PKCS#12 file made in
the test, and a SoftHSM token (Debian's ``softhsm2``) standing in for a smart card."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from calcert_desktop.documents.throwaway_key import throwaway_p12

P12_PASSWORD = "hasło do certyfikatu"
PIN = "1234"
SO_PIN = "87654321"
SOFTHSM_LIBRARIES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


def certificate(
    name: str, key: object | None = None, *, issuer: tuple[object, x509.Certificate] | None = None,
    timestamping: bool = False,
) -> tuple[object, x509.Certificate]:
    """A key (P-256 unless given) and a certificate for ``name``: self-signed, or signed by
    ``issuer`` (its key and certificate); for a time-stamping server when ``timestamping``."""
    private = key or ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
    ])  # fmt: skip
    now = datetime.datetime.now(datetime.UTC)
    signing_key, issuer_name = (
        (private, subject) if issuer is None else (issuer[0], issuer[1].subject)
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(private.public_key())  # type: ignore[attr-defined]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
    )
    if timestamping:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    else:
        builder = builder.add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
    return private, builder.sign(signing_key, hashes.SHA256())  # type: ignore[arg-type]


def p12_file(folder: Path, name: str = "Anna Żółkiewska", password: str = P12_PASSWORD) -> Path:
    """A PKCS#12 file with ``name``'s self-signed certificate and key."""
    path = folder / f"{name.split()[0].lower()}.p12"
    path.write_bytes(throwaway_p12(name, password, days=365))
    return path


def softhsm_library() -> str:
    """SoftHSM's PKCS#11 library: on CI it must be there (.ci/run installs softhsm2);
    elsewhere a test without it is skipped, saying how to get it."""
    for path in SOFTHSM_LIBRARIES:
        if Path(path).exists():
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("softhsm2 is not installed: .ci/run installs Debian's softhsm2 package")
    pytest.skip("SoftHSM (Debian's softhsm2) is not installed: apt install softhsm2")


class SoftCard:
    """SoftHSM tokens in a folder of the test's (``SOFTHSM2_CONF`` points there)."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.library = softhsm_library()
        if shutil.which("softhsm2-util") is None:
            pytest.fail("softhsm2-util is missing beside SoftHSM's library")
        self.folder = folder
        (folder / "tokens").mkdir(parents=True, exist_ok=True)
        conf = folder / "softhsm2.conf"
        conf.write_text(
            f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
            "log.level = ERROR\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("SOFTHSM2_CONF", str(conf))

    def card(self, label: str, holder: str, key_label: str = "podpis", key_id: str = "01") -> None:
        """A token ``label`` holding ``holder``'s RSA key and certificate (as a signature
        card holds its qualified certificate)."""
        import pkcs11
        from pkcs11 import Attribute, CertificateType, ObjectClass

        self._util("--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", PIN)
        key, cert = certificate(holder, rsa.generate_private_key(65537, 2048))
        pem = self.folder / f"{label}-{key_id}.pem"
        pem.write_bytes(key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ))  # fmt: skip
        self._util("--import", str(pem), "--token", label, "--label", key_label, "--id", key_id,
                   "--pin", PIN)  # fmt: skip
        pem.unlink()
        library = pkcs11.lib(self.library)
        library.reinitialize()  # loaded once a process: see the token just made
        token = library.get_token(token_label=label)
        with token.open(rw=True, user_pin=PIN) as session:
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.LABEL: key_label, Attribute.ID: bytes.fromhex(key_id),
                Attribute.TOKEN: True,
            })  # fmt: skip

    def _util(self, *args: str) -> None:
        done = subprocess.run(["softhsm2-util", *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            pytest.fail(f"softhsm2-util {' '.join(args[:2])}: {done.stderr or done.stdout}")

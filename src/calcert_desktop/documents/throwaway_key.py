"""A throwaway signing certificate: a P-256 key and a self-signed certificate for a name, as
a PKCS#12 file's bytes (encrypted with the password, as cryptography's best available
encryption does, which is what an exported .p12 commonly is). The self-test signs with one;
the benchmarks, the screenshots and the tests do too. Never a real person's certificate."""

from __future__ import annotations

import datetime


def throwaway_p12(holder: str, password: str, days: int = 30) -> bytes:
    """A PKCS#12 file's bytes holding a new key and a certificate of ``holder``, valid from
    yesterday for ``days`` days."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, holder)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    encryption = serialization.BestAvailableEncryption(password.encode("utf-8"))
    return pkcs12.serialize_key_and_certificates(
        holder.encode("utf-8"), key, cert, None, encryption
    )

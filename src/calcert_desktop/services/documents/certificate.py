"""The certificate of a case as a PDF: the certificate's number and dates, the institution
and its model of work from the declaration (field labels from the form version it was
filed on), the Board's signature lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calcert_desktop.documents import certificate
from calcert_desktop.documents.certificate import Address, CertificateData, SealPrint
from calcert_desktop.domain import seal
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.signature_slots import Signature
from calcert_desktop.services import office
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.documents.kind import DocumentKind
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts, resolutions
from calcert_desktop.services.seals import sealing
from calcert_desktop.storage.case_columns import declaration_of

KIND = "certificate"


def _text(data: object, *path: str) -> str:
    node = data
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node.strip() if isinstance(node, str) else ""


def certificate_data(ctx: AppContext, reference: str) -> CertificateData:
    """What the certificate of case ``reference`` prints; refused when it has none.

    A certificate issued before seals existed is sealed now (once: later copies print the
    same seal)."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        issued = case_facts.current_certificate(session, case)
        if issued is None:
            raise ValidationError(
                "document.not_applicable", "kind", kind="Certyfikat",
                reference=display_reference(case), why="w sprawie nie wydano certyfikatu.",
            )  # fmt: skip
        declaration = declaration_of(case)
        form = load_form(case.form_version)
        # Two members of the Board sign, as the association is represented: the signers of
        # the settings (a function alone when nobody is set, to sign by hand).
        settings = office.stored(session)
        chosen = declaration.get("model_of_work", {}).get("fields", []) or []
        labels = tuple(
            choice.label for choice in form.fields_of_activity if choice.code in set(chosen)
        )
        issuing = resolutions.for_certificate(session, issued)
        stored = sealing.stored_seal(session, issued.id)
        certificate_id = issued.id
        data = CertificateData(
            number=issued.number,
            case_reference=display_reference(case),
            institution=_text(declaration, "institution", "name"),
            address=Address(
                street=_text(declaration, "institution", "address", "street"),
                postal_code=_text(declaration, "institution", "address", "postal_code"),
                town=_text(declaration, "institution", "address", "town"),
                voivodeship=_text(declaration, "institution", "address", "voivodeship"),
            ),
            issued_on=issued.issued_on,
            valid_until=issued.valid_until,
            signatories=settings.signatures(KIND),
            fields_of_activity=labels,
            model_of_work=_text(declaration, "model_of_work", "description"),
            office=settings.details,
            resolution=issuing.number if issuing else "",
        )
    if stored is None:
        stored = sealing.ensure_sealed(ctx, certificate_id)
    return replace(data, seal=SealPrint(stored.payload, stored.code, stored.matrix))


def extreme_data() -> CertificateData:
    """A certificate at the limits: a 250-character name, a long address, every field of
    activity and a 400-word annex in several paragraphs."""
    name = (
        "Stowarzyszenie na Rzecz Rozwoju Społeczności Lokalnej, Wspierania Inicjatyw "
        "Obywatelskich, Ekonomii Społecznej i Aktywizacji Zawodowej Mieszkańców Gminy "
        "Świętochłowice-Źródła i Okolicznych Sołectw „Razem dla Przyszłości” "
        "— Centrum Aktywności Lokalnej"
    )  # 250 characters
    sentences = (
        "Organizatorzy społeczności lokalnej diagnozują potrzeby i zasoby mieszkańców "
        "osiedli i sołectw, zwłaszcza osób zagrożonych wykluczeniem.",
        "Wspieramy grupy obywatelskie i samopomocowe, sieci współpracy oraz lokalne "
        "partnerstwa, w których zasiadają szkoły, parafie, przedsiębiorcy i samorząd.",
        "Praca jest długofalowa: każdy projekt wyrasta z diagnozy, a jego efekty służą "
        "wzmacnianiu podmiotowości mieszkańców, a nie jednorazowej akcji.",
        "Prowadzimy wolontariat, kampanie społeczne i spotkania sąsiedzkie; zespół zna "
        "metodę OSL i stosuje ją w każdym dziale instytucji.",
        "Co roku oceniamy rezultaty pracy z udziałem mieszkańców i partnerów, a wnioski "
        "z ewaluacji przedstawiamy społeczności na otwartym zebraniu.",
    )
    paragraphs = [" ".join(sentences[(start + i) % 5] for i in range(8)) for start in range(2)]
    paragraphs += [" ".join(sentences)] * 2  # 420 words in all
    form = load_form()
    from calcert_desktop.services.documents.letters import EXTREME_OFFICE  # the letters' only

    return CertificateData(
        number="CJ-999/2026",
        case_reference="CAL/2026/9999",
        institution=name,
        address=Address(
            street="ul. Księdza Kardynała Stefana Wyszyńskiego Prymasa Tysiąclecia 128/256 "
            "lok. 12, budynek B, wejście od podwórza, III piętro",
            postal_code="41-605",
            town="Świętochłowice-Źródła Wielkopolskie Górne",
            voivodeship="warmińsko-mazurskie",
        ),
        issued_on=date(2026, 3, 14),
        valid_until=date(2031, 3, 13),
        signatories=(
            Signature("Maria Konstancja Żółkiewska-Wierzbicka-Grzegorzewska", "Prezeska Zarządu"),
            Signature("", "Członek Zarządu"),
            Signature("Jan Kowalski", "Wiceprezes Zarządu"),
        ),
        fields_of_activity=tuple(choice.label for choice in form.fields_of_activity),
        model_of_work="\n\n".join(paragraphs),
        seal=_example_seal("CJ-999/2026", name, date(2026, 3, 14), date(2031, 3, 13)),
        office=EXTREME_OFFICE,
    )


def _example_seal(number: str, name: str, issued: date, valid: date) -> SealPrint:
    """A seal at its longest (the name cut to its limit), signed by a fixed example key so
    that the preview is the same on every run; it verifies nowhere (an unknown key)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from calcert_desktop.services.seals.signing_keys import Signer, key_id_of

    private = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    signer = Signer(key_id_of(private.public_key().public_bytes_raw()), private)
    fields = seal.SealFields(signer.key_id, number, seal.seal_name(name), issued, valid)
    signature = signer.sign(seal.signed_message(fields))
    return SealPrint(seal.encode(fields, signature), seal.grouped(seal.short_code(signature)))


def render_extreme() -> bytes:
    """The extreme certificate as PDF bytes (for the previews)."""
    return certificate.render(extreme_data())


def build(ctx: AppContext, reference: str) -> bytes:
    """The certificate of case ``reference`` with its annex."""
    return certificate.render(certificate_data(ctx, reference))


# The kinds of document this module builds, in the order they are offered.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        KIND, "Certyfikat", build, source=case_facts.current_certificate, extreme=render_extreme
    ),
)

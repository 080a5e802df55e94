"""The demo office: CAL's name from the regulations, a made-up address and contact, and the
demo's own people signing the documents, each in the form of their function."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.demo.people import StaffMember
from calcert_desktop.domain import office
from calcert_desktop.domain.signature_slots import SignerSetting, setting_key
from calcert_desktop.storage.models import Setting

DETAILS: dict[str, str] = {
    office.ADDRESS_1: "ul. Marszałkowska 87 lok. 12",
    office.ADDRESS_2: "00-683 Warszawa",
    office.PHONE: "22 123 45 67",
    office.EMAIL: "certyfikat@cal.org.pl",
}


def _signer(person: StaffMember | None, function: str) -> SignerSetting:
    if person is None:
        return SignerSetting("", function, "")
    return SignerSetting(person.full_name, function, "f" if person.female else "m")


def demo_settings(team: tuple[StaffMember, ...]) -> dict[str, str]:
    """The office's details and signers as settings rows (key -> stored text)."""
    by_login = {person.login: person for person in team}
    chair = by_login.get("przewodniczaca")
    board = [p for p in team if "board_member" in p.roles]
    president = by_login.get("zarzad") or (board[0] if board else None)
    second = next((p for p in board if p is not president), None)
    recorder = by_login.get("biuro")
    signers = {
        ("certificate", "1"): _signer(president, "board_president"),
        ("certificate", "2"): _signer(second, "board_member"),
        ("refusal", "1"): _signer(chair, ""),
        ("charges", "1"): _signer(chair, ""),
        ("revocation", "1"): _signer(chair, ""),
        ("appeal-decision", "1"): _signer(president, ""),
        ("decision-record", "1"): _signer(chair, ""),
        ("decision-record", "2"): _signer(recorder, ""),
        ("discontinuation", "1"): _signer(chair, ""),
        # The office's own letters: signed by its clerk as the head of the office.
        ("acknowledgement", "1"): _signer(recorder, ""),
        ("completion-request", "1"): _signer(recorder, ""),
        ("renewal-reminder", "1"): _signer(recorder, ""),
    }
    rows = dict(DETAILS)
    rows.update({setting_key(*slot): signer.to_text() for slot, signer in signers.items()})
    return rows


def write_office(session: Session, team: tuple[StaffMember, ...]) -> None:
    """Add the demo office's settings where the installation has none of its own."""
    wanted = demo_settings(team)
    taken = set(session.scalars(select(Setting.key).where(Setting.key.in_(list(wanted)))))
    for key, value in wanted.items():
        if key not in taken:
            session.add(Setting(key=key, value=value))

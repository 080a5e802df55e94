"""The tables, as SQLAlchemy 2 typed ORM classes.

UUID primary keys, because records will travel between laptops and the office. Every class
listed in ``AUDITED`` has each insert, update and delete written to ``audit_log`` by
:mod:`calcert_desktop.storage.audit`. Denormalised columns (``name_sort``, ``search_text``)
are written here so SQL can sort in Polish order and search without diacritics.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    case,
    false,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import Uuid

from calcert_desktop.domain.states import CLOSED_STATES, CaseState
from calcert_desktop.storage.ids import new_id


class Base(DeclarativeBase):
    """Base of every table."""

    # Named constraints, so Alembic's batch mode can alter them on SQLite later.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=new_id)


def _row_version() -> Mapped[int]:
    # Counts a record's updates (SQLAlchemy's version_id_col): an UPDATE names the version
    # it read, so a second writer working from an older one changes nothing and is told
    # (services/conflicts.py); never a silent overwrite of what another person saved.
    return mapped_column(Integer, default=1, server_default="1")


class User(Base):
    """A person who uses the app: office, Commission, expert, Board, administrator."""

    __tablename__ = "users"

    id: Mapped[uuid.UUID] = _uuid_pk()
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_sort: Mapped[str] = mapped_column(String(400))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated Role codes
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = _row_version()
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": row_version}


class Credential(Base):
    """A person's password (an Argon2id hash: never the password itself) and the count of
    failed sign-ins that makes the next attempt wait (domain.accounts.delay_after).

    One row per person who has a password; a person without one cannot sign in. On a server
    every PC signs in against the same rows."""

    __tablename__ = "credentials"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # Set by an administrator (a temporary password): the person must choose their own.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    set_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive like audit_log.at
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)


class Case(Base):
    """One certification case: a declaration and everything that happens to it."""

    __tablename__ = "cases"

    id: Mapped[uuid.UUID] = _uuid_pk()
    draft_code: Mapped[str] = mapped_column(String(16), unique=True)
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    state_since: Mapped[date | None] = mapped_column(Date)
    last_event_on: Mapped[date | None] = mapped_column(Date)
    form_version: Mapped[str] = mapped_column(String(16))
    institution_name: Mapped[str] = mapped_column(String(300))
    name_sort: Mapped[str] = mapped_column(String(600), index=True)
    town: Mapped[str] = mapped_column(String(120))
    town_sort: Mapped[str] = mapped_column(String(240))
    voivodeship: Mapped[str] = mapped_column(String(40), index=True)
    institution_type: Mapped[str] = mapped_column(String(16), index=True)
    search_text: Mapped[str] = mapped_column(Text)  # folded: name, town, reference, NIP...
    signed_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date, index=True)
    next_deadline: Mapped[date | None] = mapped_column(Date, index=True)
    renews_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    rapporteur_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The institution's NIP as ten digits (derived from the declaration; None when absent
    # or malformed): filing looks up the institution's other open cases by it.
    nip: Mapped[str | None] = mapped_column(String(10), index=True)
    # A draft's share (0..1) of the filing requirements met, derived from its declaration
    # when it is saved (migration 0022). The list reads it for drafts only: a filed case
    # keeps its last draft's value (or none), and is complete by definition.
    completeness: Mapped[float | None] = mapped_column(Float)
    row_version: Mapped[int] = _row_version()
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": row_version}

    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="case", order_by="Assignment.assigned_on"
    )
    declaration_text: Mapped[DeclarationText] = relationship(back_populates="case")


def case_number(case: type[Case] = Case) -> ColumnElement[str]:
    """What the case list shows as a case's number: its reference, or its draft's code
    before filing ("ROB-..." sorts after every "CAL/...")."""
    return func.coalesce(case.reference, case.draft_code)


# The case list's orders, read from the index alone (no visit to the wide case rows):
# by number, and by name or town with the number breaking ties. The number's columns are
# there too: SQLite (3.40) counts an index as covering only if it holds every column used.
# On PostgreSQL they carry the search text as well, so that a search's first page can walk
# them in order testing each case (SQLite reads its FTS5 index's copy of the text instead).
_NUMBER_COLUMNS = (Case.id, Case.reference, Case.draft_code)
_WITH_TEXT = {"postgresql_include": ["search_text"]}
Index("ix_cases_list_number", case_number(), *_NUMBER_COLUMNS, **_WITH_TEXT)
Index("ix_cases_list_name", Case.name_sort, case_number(), *_NUMBER_COLUMNS, **_WITH_TEXT)
Index("ix_cases_list_town", Case.town_sort, case_number(), *_NUMBER_COLUMNS, **_WITH_TEXT)

# The "needs action first" order's groups: 0 a case in the process (a decision, a visit, an
# answer to come), 1 a valid certificate (nothing due before its end of validity), 2 closed.
WAITING_FOR_END = (CaseState.CERTIFIED,)


def _states_sql(states: frozenset[CaseState] | tuple[CaseState, ...]) -> list[Any]:
    # Literals, sorted: a bound parameter, or another order of the same states, would make
    # the query's expression differ from the index's, and SQLite would not use the index.
    return [literal_column(f"'{state.value}'") for state in sorted(states)]


def attention_group(case_: type[Case] = Case) -> ColumnElement[int]:
    """A case's group in the "needs action first" order (0 in the process, 1 a valid
    certificate, 2 closed), written as migration 0019's index has it."""
    return case(
        (case_.state.in_(_states_sql(CLOSED_STATES)), literal_column("2")),
        (case_.state.in_(_states_sql(WAITING_FOR_END)), literal_column("1")),
        else_=literal_column("0"),
    ).self_group()  # parenthesised: PostgreSQL's CREATE INDEX takes a CASE only so


def attention_keys(case_: type[Case] = Case) -> list[ColumnElement[Any]]:
    """The "needs action first" order, ascending: the group, then the nearest deadline (an
    overdue one first, none last), then the number. "IS NULL" rather than NULLS LAST: the
    same order on SQLite and PostgreSQL, and an index can hold it."""
    return [attention_group(case_), case_.next_deadline.is_(None), case_.next_deadline,
            case_number(case_)]  # fmt: skip


# That order's first page read from one index, as the other orders' (the state too: the
# state filter is then answered from the index alone).
ATTENTION_INDEX = "ix_cases_list_attention"
Index(ATTENTION_INDEX, *attention_keys(), *_NUMBER_COLUMNS, Case.state, **_WITH_TEXT)


class DeclarationText(Base):
    """The declaration of a case as JSON, as filed: kept apart from ``cases`` so that the
    case list, scanned on every keystroke of a search, stays narrow."""

    __tablename__ = "declarations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="declaration_text")


class CompletionRequest(Base):
    """The office's request to complete a filed application."""

    __tablename__ = "completion_requests"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)


class Amendment(Base):
    """A change to a filed application's declaration and its reason, written in the same
    transaction as the change, so the case's history shows the reason beside it."""

    __tablename__ = "amendments"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    amended_on: Mapped[date] = mapped_column(Date)  # the date of the act that changed it
    reason: Mapped[str] = mapped_column(Text)


class Assignment(Base):
    """A Commission member assigned to a case (a conflict of interest is a :class:`Conflict`)."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("case_id", "member_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_on: Mapped[date] = mapped_column(Date)
    is_rapporteur: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="assignments")
    member: Mapped[User] = relationship()


class Conflict(Base):
    """A conflict of interest a person declared in a case: the one record of it, for anyone
    who could act in the case (an assigned member, the chair, an expert, a Board member).
    The person then takes no part in the case (domain/impartiality.py); the declaration
    stays when they are taken off the case."""

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    declared_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class Assessment(Base):
    """One member's assessment of one standard in one case."""

    __tablename__ = "assessments"
    __table_args__ = (UniqueConstraint("case_id", "member_id", "standard"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    standard: Mapped[str] = mapped_column(String(8))
    rating: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date] = mapped_column(Date)
    row_version: Mapped[int] = _row_version()
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": row_version}


class SiteVisit(Base):
    """An expert's visit to the institution: planned, then done or cancelled."""

    __tablename__ = "site_visits"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    scheduled_on: Mapped[date] = mapped_column(Date)
    planned_for: Mapped[date] = mapped_column(Date)
    visited_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # scheduled / done / cancelled
    summary: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The institution's representative on site (name, position), whether they acknowledged
    # the protocol there, and their remarks (issue 19).
    representative: Mapped[str] = mapped_column(String(200), default="", server_default="")
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    remarks: Mapped[str] = mapped_column(Text, default="", server_default="")
    row_version: Mapped[int] = _row_version()
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": row_version}


class VisitFinding(Base):
    """The expert's finding on one standard during a site visit."""

    __tablename__ = "visit_findings"
    __table_args__ = (UniqueConstraint("visit_id", "standard"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_visits.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    standard: Mapped[str] = mapped_column(String(8))
    rating: Mapped[str] = mapped_column(String(16))
    finding: Mapped[str] = mapped_column(Text, default="")
    # What the expert saw, and the files and photos taken as evidence (JSON list of
    # {"sha256", "name"}; the files are blobs).
    observations: Mapped[str] = mapped_column(Text, default="", server_default="")
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")


class VisitProtocolDraft(Base):
    """The protocol of a visit being written (on a laptop, on site): its fields as JSON,
    saved as they are typed, so a crash loses nothing; removed when the visit's results are
    recorded. Not audited: a draft; what is recorded is."""

    __tablename__ = "visit_protocol_drafts"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_visits.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    saved_by: Mapped[str] = mapped_column(String(64))


class Decision(Base):
    """A decision of the Commission (grant, refuse, revoke, discontinue) or the Board (appeal)."""

    __tablename__ = "decisions"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(String(16))  # commission / board
    decided_on: Mapped[date] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(Text, default="")
    delivered_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Vote(Base):
    """How one member voted on a decision."""

    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("decision_id", "member_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    vote: Mapped[str] = mapped_column(String(16))


class Certificate(Base):
    """A certificate issued by the Board: its number and its five years."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16))  # valid / revoked / expired
    issued_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Appeal(Base):
    """An appeal to the Board against a refusal or a revocation."""

    __tablename__ = "appeals"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    against_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"))
    received_on: Mapped[date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))  # upheld / overturned
    outcome_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"))


class Revocation(Base):
    """Proceedings to revoke a certificate: examination, written charges, response, outcome."""

    __tablename__ = "revocations"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificates.id"))
    opened_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    charges: Mapped[str] = mapped_column(Text, default="")
    charged_on: Mapped[date | None] = mapped_column(Date)
    response_due: Mapped[date | None] = mapped_column(Date)
    response_received_on: Mapped[date | None] = mapped_column(Date)
    response_text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(16))  # revoked / discontinued
    outcome_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"))


class Resolution(Base):
    """A resolution (uchwała) of the Board: its yearly number, date, subject, the case it
    decides in (issue, uphold, overturn) and the result of its vote."""

    __tablename__ = "resolutions"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    number: Mapped[str] = mapped_column(String(20), unique=True)  # "3/2026"
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    adopted_on: Mapped[date] = mapped_column(Date, index=True)
    subject: Mapped[str] = mapped_column(String(16))  # domain.board.Subject
    summary: Mapped[str] = mapped_column(Text)  # what it resolved, in Polish
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"))
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))
    result: Mapped[str] = mapped_column(String(16))  # adopted / rejected
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class ResolutionVote(Base):
    """How one Board member taking part voted on a resolution."""

    __tablename__ = "resolution_votes"
    __table_args__ = (UniqueConstraint("resolution_id", "member_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    resolution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("resolutions.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    vote: Mapped[str] = mapped_column(String(16))


class Appointment(Base):
    """A person appointed by the Board: to the Commission (a member or its chair) or as the
    person responsible for certification, from a day to a day (or open-ended).

    ``basis`` says where it comes from: ``resolution`` (``resolution_id`` names it) or
    ``migration``: a Commission role held before appointments existed, carried over by
    migration 0007 as an open-ended appointment from 2000-01-01 with no resolution."""

    __tablename__ = "appointments"

    id: Mapped[uuid.UUID] = _uuid_pk()
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    function: Mapped[str] = mapped_column(String(16))  # domain.appointments.Function
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(16))  # resolution / migration
    resolution_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resolutions.id"))
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("resolutions.id"))


class Counter(Base):
    """The last number given in a yearly sequence (case references, certificates)."""

    __tablename__ = "counters"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """A setting where the regulations are silent (appeal days, reminder months...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = _row_version()
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": row_version}


class GeneratedDocument(Base):
    """A document generated from a case (a letter, the certificate, a protocol): its PDF is
    the blob ``sha256`` (:class:`Blob`, written in the same transaction as this row); the row
    says which document, under which file name, when, by whom and of which content."""

    __tablename__ = "generated_documents"

    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    generated_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive like audit_log.at
    generated_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    # The name it is saved and opened under, by year (earlier versions' file in dokumenty/).
    file_name: Mapped[str] = mapped_column(String(255))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # the blob holding the PDF
    # The version of the letter's wording used ("0" the built-in one); None for documents
    # without editable wording (the certificate, the protocol, the register...).
    template_version: Mapped[str | None] = mapped_column(Text)
    # A document signed electronically (services/documents/signing.py) is stored beside the
    # one it signs: that one's id (no foreign key: a copy between engines writes a table's
    # rows in any order), the certificate's holder, the signing time (UTC; the time stamp's
    # when there is one) and whether a time-stamping server stamped it. None when unsigned.
    signed_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    signer: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    timestamped: Mapped[bool | None] = mapped_column(Boolean)


class LetterTemplate(Base):
    """One saved version of the fixed wording of a kind of letter (a refusal, the charges...):
    every part's text with its ``{placeholders}``, as a JSON object. Versions of a kind count
    from 1 and are never changed; the newest is the one in use, and version 0 is the wording
    built into the program (never stored)."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    kind: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    texts: Mapped[str] = mapped_column(Text)  # JSON: {part: text}
    saved_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive like audit_log.at
    saved_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)  # what changed, in the saver's words


class SigningKey(Base):
    """A public Ed25519 key that seals certificates: the office's own (origin "local", one in
    use per database: every PC on the office's server seals with it; its private half is a
    :class:`SealPrivateKey`) or one imported from another installation, so that its
    certificates can be checked here too."""

    __tablename__ = "signing_keys"

    id: Mapped[uuid.UUID] = _uuid_pk()
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # hex, from the key's hash
    public_key: Mapped[str] = mapped_column(String(64))  # the 32 raw bytes, hex
    origin: Mapped[str] = mapped_column(String(10))  # "local" or "imported"
    label: Mapped[str] = mapped_column(Text)  # whose key, in words
    added_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)  # no longer signs


class SealPrivateKey(Base):
    """The private half of a local signing key, as an unencrypted PKCS#8 PEM: readable by
    whoever can read the database (the data folder's owner, the server's database users),
    as the ``klucze/`` file was before; sign-in and its encryption come with issue 18. Not
    audited: the audit log must not copy a secret (the key's ``signing_keys`` row is). A
    retired key's row is overwritten, then deleted."""

    __tablename__ = "seal_private_keys"

    key_id: Mapped[str] = mapped_column(ForeignKey("signing_keys.key_id"), primary_key=True)
    pem: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive


class Blob(Base):
    """A file kept in the database by content (an attachment, a generated document): its
    SHA-256 names it, its bytes are its :class:`BlobChunk` rows (storage/blobs.py).

    ``staged``: taken in before any row names it (the wizard stores a file as soon as it is
    picked, before the draft is saved): removed after a grace period when still named by
    nothing, kept (and no longer staged) when a declaration or a document names it."""

    __tablename__ = "blobs"
    __table_args__ = (Index("ix_blobs_staged", "staged", "created_at"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)  # hex, lower case
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    staged: Mapped[bool] = mapped_column(Boolean, default=False)


class BlobChunk(Base):
    """One piece of a blob's content, ``n`` counting from 0, at most 1 MiB each."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CertificateSeal(Base):
    """The signed payload a certificate's QR code carries and its short code, made once (by
    the installation that sealed it) and printed the same on every copy of the certificate."""

    __tablename__ = "certificate_seals"

    id: Mapped[uuid.UUID] = _uuid_pk()
    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificates.id"), unique=True)
    key_id: Mapped[str] = mapped_column(String(16))  # signing_keys.key_id
    payload: Mapped[str] = mapped_column(Text)  # the QR code's text, signature included
    code: Mapped[str] = mapped_column(String(32), index=True)  # the short code, as printed
    sealed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    # The payload's QR code as its modules ("N:hex", documents/certificate.pack_qr), made
    # with the seal so that printing never encodes it; None for a seal made before.
    qr_matrix: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what and when: one row per inserted, updated or deleted record."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_case", "case_id", "at"),
        Index("ix_audit_chain_pos", "chain_pos", unique=True),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    at: Mapped[datetime] = mapped_column(DateTime)
    seq: Mapped[int] = mapped_column(Integer)  # order within one transaction
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    operation: Mapped[str] = mapped_column(String(8))  # insert / update / delete
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # The hash chain (storage/audit_chain.py): the entry's place in the log (1, 2, 3, … in
    # the order the transactions committed), the hash of the entry before it, and its own
    # hash over every field above and ``prev_hash``. NULL only in a database being upgraded.
    chain_pos: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The head of the audit log's hash chain: one row, rewritten by each transaction that
    appends entries (under its row lock, so entries are chained in commit order), with the
    office's signature over the last entry's place and hash (storage/audit_chain.py). Not
    audited: it is the log's own seal."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # always 1
    position: Mapped[int] = mapped_column(BigInteger)  # entries in the chain (0: none yet)
    hash: Mapped[str] = mapped_column(String(64))  # the last entry's hash (64 zeros: none)
    key_id: Mapped[str | None] = mapped_column(String(16))  # the office key that signed it
    signature: Mapped[str | None] = mapped_column(String(128))  # Ed25519, hex
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, naive


class Erasure(Base):
    """A person's data erased (on request, or at the end of its retention period:
    services/privacy): who did it, when, and what it reached. Its own audit entry is what
    every erased value of the log names (storage/audit_chain.py); it says nothing of the
    person."""

    __tablename__ = "erasures"

    id: Mapped[uuid.UUID] = _uuid_pk()
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive like audit_log.at
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(20))  # "request" or "retention"
    subject_kind: Mapped[str] = mapped_column(String(20))  # "account" or "contact"
    cases: Mapped[int] = mapped_column(Integer, default=0)  # cases whose data it reached
    entries: Mapped[int] = mapped_column(Integer, default=0)  # audit entries it erased in


class PersonalDataView(Base):
    """Who saw a case's personal data, when, and how (its case file, a document, an
    attachment, an export of a person's data): the record RODO asks for. Not audited: it is
    a log itself; the retention period removes old rows (services/privacy/retention.py)."""

    __tablename__ = "personal_data_views"
    __table_args__ = (
        Index("ix_personal_data_views_case", "case_id", "at"),
        Index("ix_personal_data_views_user", "user_id", "at"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # none: a person's export
    what: Mapped[str] = mapped_column(String(40))  # domain/personal_data.VIEW_KINDS


class Installation(Base):
    """An installation that exchanges packages with this one (issue 19): the office, or a
    laptop taking cases to site visits and reviews; ``own`` marks this installation itself
    (one row, made when first needed). Its public exchange key (exchange/identity.py) checks
    what it signs; a revoked key is trusted no more. Audited: who registered or revoked
    which installation is a security record."""

    __tablename__ = "installations"

    id: Mapped[uuid.UUID] = _uuid_pk()
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # hex, from the key's hash
    public_key: Mapped[str] = mapped_column(String(64))  # the 32 raw bytes, hex
    # The public X25519 key packages to it are encrypted to (32 raw bytes, hex); None for
    # one registered before packages existed (it must be registered again).
    box_key: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))  # "office" or "laptop"
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class InstallationPrivateKey(Base):
    """The private half of this installation's exchange key (PKCS#8 PEM). Not audited: the
    log must not copy a secret. Inside the encrypted database on an encrypted installation."""

    __tablename__ = "installation_private_keys"

    key_id: Mapped[str] = mapped_column(ForeignKey("installations.key_id"), primary_key=True)
    pem: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive


class Package(Base):
    """A package this installation made (``direction`` "out") or read ("in") (issue 19):
    numbered per pair of installations, so a package read again is recognised by its id and
    an older one (a replay) by its sequence number. Audited: the history says who handed
    which cases to which laptop, and what came back."""

    __tablename__ = "packages"
    __table_args__ = (UniqueConstraint("direction", "peer_key_id", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # the package's own id
    direction: Mapped[str] = mapped_column(String(4))  # "out" / "in"
    peer_key_id: Mapped[str] = mapped_column(String(16))  # the recipient's or the sender's
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # "handover" / "return"
    made_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive, by the sender's clock
    person_login: Mapped[str] = mapped_column(String(64))  # who made it
    cases: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive, here


class PackageCase(Base):
    """One case a package handed over, to whom, for what work (``visit`` / ``review``), and
    the state of that work when handed (``base``, JSON: the row versions of the visit and
    of the person's assessments). The office checks returned work against it; a laptop
    records only the work handed to it."""

    __tablename__ = "package_cases"

    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True,
                                               index=True)  # fmt: skip
    person_login: Mapped[str] = mapped_column(String(64))
    work: Mapped[str] = mapped_column(String(10))
    base: Mapped[str] = mapped_column(Text)


class RegisterImport(Base):
    """A file of the paper-era register brought in (issue 23): its name and SHA-256 (a file
    imported again is recognised by it), who imported it and when, how many data rows it had
    and how many became cases, and the mapping of its columns used (JSON: heading → field)."""

    __tablename__ = "register_imports"

    id: Mapped[uuid.UUID] = _uuid_pk()
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    imported_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    rows: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer)
    mapping: Mapped[str] = mapped_column(Text)


class RegisterImportCase(Base):
    """A case made from one row of an imported register file: the file (by its name and
    hash, so that the case's own history says where it came from) and the row."""

    __tablename__ = "register_import_cases"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("register_imports.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    row_number: Mapped[int] = mapped_column(Integer)
    # The row gave the date the request was received (else the decision's was taken, and
    # the yearly statistics leave the case out of "received" and the median of days).
    received_given: Mapped[bool] = mapped_column(Boolean, default=True)


# Columns derived from others (sort keys, folded search text): rewritten with their source,
# so the audit log records the source only. A record's row version counts its updates, which
# the log lists anyway.
AUDIT_EXCLUDED: dict[str, frozenset[str]] = {
    "cases": frozenset(
        {"name_sort", "town_sort", "search_text", "nip", "completeness", "row_version"}
    ),
    "users": frozenset({"name_sort", "row_version"}),
    # The hash never goes into the log (a copy would outlive a changed password); failed
    # attempts are counted outside any person's transaction.
    "credentials": frozenset({"password_hash", "failed_count", "last_failure_at"}),
    "assessments": frozenset({"row_version"}),
    "site_visits": frozenset({"row_version"}),
    "settings": frozenset({"row_version"}),
}

def _compare_by_bytes_on_server(metadata: MetaData) -> None:
    """Give every text column the "C" collation on PostgreSQL (SQLite is unchanged).

    SQLite compares text by its bytes; PostgreSQL by the database's locale (pl_PL, en_US,
    ICU...), which would reorder our sort keys and numbers ("0a" and "0A" equal at first).
    Byte order on both engines gives identical lists; the Polish order itself comes from
    the stored sort keys. Done here for every column, present and future, so that no text
    column can be forgotten (migration 0012 did the same to the databases already there).
    """
    for table in metadata.tables.values():
        for column in table.columns:
            kind = column.type
            if isinstance(kind, String) and kind.collation is None:
                on_server = kind.copy()
                on_server.collation = "C"
                column.type = kind.with_variant(on_server, "postgresql")


_compare_by_bytes_on_server(Base.metadata)

AUDITED: tuple[type[Base], ...] = (
    User,
    Credential,
    Case,
    DeclarationText,
    CompletionRequest,
    Amendment,
    Assignment,
    Conflict,
    Assessment,
    SiteVisit,
    VisitFinding,
    Decision,
    Vote,
    Certificate,
    Appeal,
    Revocation,
    Counter,
    Setting,
    GeneratedDocument,
    LetterTemplate,
    SigningKey,
    CertificateSeal,
    Resolution,
    ResolutionVote,
    Appointment,
    Erasure,
    Installation,
    Package,
    RegisterImport,
    RegisterImportCase,
)

"""The renewal reminder: which certificates are due for one on a given day, and the letter
for one case. A certificate is due when it is valid, its last day of validity falls within
the reminder period (setting ``reminder_months``, 6 by default) from that day, and no
application to renew it is under way. Generating every due reminder in one go is
:mod:`reminder_batch`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.documents import renewal_reminder
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.domain.case_labels import CERTIFICATE_STATUSES
from calcert_desktop.domain.dates import add_months
from calcert_desktop.domain.dates import renewal_reminder as reminder_from
from calcert_desktop.services import access, config
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.documents.kind import DocumentKind, Rendered
from calcert_desktop.services.documents.letters import (
    EXTREME_ADDRESS,
    EXTREME_NAME,
    addressee,
    office_of,
)
from calcert_desktop.services.documents.notices import not_applicable
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.storage.models import Case, Certificate, GeneratedDocument

KIND = renewal_reminder.KIND
LABEL = "Przypomnienie o upływie ważności certyfikatu"


def why_not_due(session: Session, case: Case, today: date) -> str | None:
    """Why the case's certificate is not due for a reminder on ``today`` (Polish, for
    ``document.not_applicable``), or None when it is."""
    certificate = case_facts.current_certificate(session, case)
    if certificate is None:
        return "Nie wydano w niej certyfikatu."
    number = certificate.number
    if certificate.status != "valid":
        status = CERTIFICATE_STATUSES.get(certificate.status, certificate.status)
        return f"Certyfikat nr {number} jest {status} – przypomina się tylko o ważnym."
    last = long_date(certificate.valid_until)  # a sentence ending in "r." takes no second dot
    if certificate.valid_until < today:
        return f"Certyfikat nr {number} był ważny do {last}"
    start = reminder_from(certificate.valid_until, config.get_int(session, "reminder_months"))
    if today < start:
        return (f"Certyfikat nr {number} jest ważny do {last}; o upływie ważności "
                f"przypomina się od {long_date(start)}")  # fmt: skip
    if case_facts.has_open_renewal(session, case):
        return f"Instytucja wystąpiła już o odnowienie certyfikatu nr {number}."
    return None


def due_certificate(session: Session, case: Case, today: date) -> Certificate | None:
    """The case's certificate if it is due for a reminder on ``today``: what the letter is
    made from."""
    if why_not_due(session, case, today) is not None:
        return None
    return case_facts.current_certificate(session, case)


def reminder_data(
    session: Session, case: Case, certificate: Certificate, on: date
) -> renewal_reminder.RenewalReminderData:
    """The plain data of the reminder about ``certificate``, dated ``on``."""
    name, address = addressee(case)
    return renewal_reminder.RenewalReminderData(
        reference=display_reference(case),
        institution=name,
        address_lines=address,
        certificate=certificate.number,
        issued_on=certificate.issued_on,
        valid_until=certificate.valid_until,
        dated=on,
        **office_of(session, renewal_reminder.KIND, on),
    )


def build(ctx: AppContext, reference: str) -> Rendered:
    """The renewal reminder of the case, dated today; refused unless due today."""
    today = ctx.today()
    with reading(ctx) as session:
        case = find_case(session, reference)
        why = why_not_due(session, case, today)
        if why is not None:
            raise not_applicable(LABEL, case, why)
        certificate = case_facts.current_certificate(session, case)
        assert certificate is not None  # why_not_due says so otherwise
        version, texts = letter_templates.in_use(session, KIND)
        data = reminder_data(session, case, certificate, today)
    return Rendered(renewal_reminder.render(data, texts), version)


# --- every certificate due on a day --------------------------------------------------------
@dataclass(frozen=True)
class DueReminder:
    """A certificate due for a reminder: its case, institution, number, last day, and when
    a reminder about it was last generated (None: never)."""

    reference: str
    institution: str
    certificate: str
    valid_until: date
    reminded_at: datetime | None = None  # UTC, naive as stored


@dataclass(frozen=True)
class ReminderPlan:
    """What a batch of reminders on ``on`` covers: certificates valid at most until
    ``until`` (``months`` after ``on``), those to remind now, and those skipped because a
    reminder about them was generated already."""

    on: date
    months: int
    until: date
    due: tuple[DueReminder, ...]
    skipped: tuple[DueReminder, ...]


def last_reminders(session: Session, case_ids: list[object]) -> dict[object, datetime]:
    """When each of the cases ``case_ids`` last had a renewal reminder generated."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(GeneratedDocument.case_id, func.max(GeneratedDocument.generated_at))
        .where(GeneratedDocument.kind == KIND, GeneratedDocument.case_id.in_(case_ids))
        .group_by(GeneratedDocument.case_id)
    )
    return {case_id: at for case_id, at in rows}


def due_cases(
    session: Session, actor: Actor, on: date
) -> tuple[int, date, list[tuple[Case, Certificate]]]:
    """The reminder period in months, the last day of validity it reaches from ``on``, and
    the cases ``actor`` may read whose certificate is due then, soonest expiring first."""
    months = config.get_int(session, "reminder_months")
    until = add_months(on, months)
    query = access.visible_to(
        select(Case, Certificate)
        .join(Certificate, Certificate.case_id == Case.id)
        .where(Certificate.status == "valid", Certificate.valid_until >= on,
               Certificate.valid_until <= until)
        .order_by(Certificate.valid_until, Certificate.number),
        actor,
    )  # fmt: skip
    found = [(case, certificate) for case, certificate in session.execute(query).tuples()]
    # The rule of an application to renew lives in case_facts; few certificates are due.
    return months, until, [
        (case, certificate) for case, certificate in found
        if not case_facts.has_open_renewal(session, case)
    ]  # fmt: skip


def plan_with_cases(
    session: Session, actor: Actor, on: date, *, again: bool = False
) -> tuple[ReminderPlan, list[tuple[Case, Certificate]]]:
    """:func:`plan` within an open session, with the case and certificate of each item of
    its ``due``, in the same order (what the batch renders)."""
    months, until, found = due_cases(session, actor, on)
    reminded = last_reminders(session, [case.id for case, _ in found])
    due: list[DueReminder] = []
    skipped: list[DueReminder] = []
    records: list[tuple[Case, Certificate]] = []
    for case, certificate in found:
        item = DueReminder(display_reference(case), case.institution_name, certificate.number,
                           certificate.valid_until, reminded.get(case.id))  # fmt: skip
        if item.reminded_at is not None and not again:
            skipped.append(item)
        else:
            due.append(item)
            records.append((case, certificate))
    return ReminderPlan(on, months, until, tuple(due), tuple(skipped)), records


def plan(
    ctx: AppContext, actor: Actor, on: date | None = None, *, again: bool = False
) -> ReminderPlan:
    """The certificates due for a renewal reminder on ``on`` (today by default). Those a
    reminder was generated about already are skipped, unless ``again``."""
    with reading(ctx) as session:
        return plan_with_cases(session, actor, on or ctx.today(), again=again)[0]


def extreme_reminder() -> renewal_reminder.RenewalReminderData:
    """A reminder to the longest institution name."""
    return renewal_reminder.RenewalReminderData(
        reference="CAL/2021/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        certificate="CJ-999/2021", issued_on=date(2021, 12, 31),
        valid_until=date(2026, 12, 30), dated=date(2026, 7, 1),
    )  # fmt: skip


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        KIND,
        LABEL,
        build,
        dated_source=due_certificate,
        extreme=lambda: renewal_reminder.render(extreme_reminder()),
        file_title="Przypomnienie o ważności",
    ),
)

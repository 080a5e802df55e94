"""Every renewal reminder due on a day, in one go: each letter rendered, then all of them
stored with their cases (in the database, a ``generated_documents`` row each, as any
generated document) in one audited transaction, and copied to a folder if asked.

All or nothing: the letters are rendered before anything is written (the slow part, with
progress, which may cancel); if any write or the transaction fails, no document nor row
stays, and every copy this batch wrote in the folder is removed again. A day with nothing
due writes nothing and says so (:attr:`BatchResult.plan` has no ``due``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from calcert_desktop.documents import renewal_reminder
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services import access
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents import generate, letter_templates, reminders
from calcert_desktop.services.documents.generate import GeneratedInfo
from calcert_desktop.services.documents.kind import Rendered
from calcert_desktop.services.documents.reminders import ReminderPlan
from calcert_desktop.services.lookup import find_case
from calcert_desktop.storage.files import write_atomically

# (done, total) after each letter rendered; returning False cancels the batch.
Progress = Callable[[int, int], "bool | None"]


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: its plan, the documents stored, and the copies written."""

    plan: ReminderPlan
    documents: tuple[GeneratedInfo, ...] = ()
    copies: tuple[Path, ...] = ()
    changes: Changes = field(default=NOTHING, compare=False)


def _render_all(
    ctx: AppContext, actor: Actor, on: date, again: bool, progress: Progress | None
) -> tuple[ReminderPlan, list[tuple[str, Rendered]]]:
    """The plan, and each due reminder rendered (case reference, PDF): the plan and the
    letters' data read in one session, the letters rendered after it, outside any
    transaction."""
    with reading(ctx) as session:
        plan, records = reminders.plan_with_cases(session, actor, on, again=again)
        if not plan.due:
            return plan, []
        version, texts = letter_templates.in_use(session, reminders.KIND)
        data = [reminders.reminder_data(session, case, certificate, on)
                for case, certificate in records]  # fmt: skip
    rendered: list[tuple[str, Rendered]] = []
    total = len(data)
    for done, item in enumerate(data, start=1):
        rendered.append((item.reference, Rendered(renewal_reminder.render(item, texts), version)))
        if progress is not None and progress(done, total) is False:
            raise DomainError("document.batch_cancelled")
    return plan, rendered


def generate_all(
    ctx: AppContext,
    actor: Actor,
    on: date | None = None,
    *,
    again: bool = False,
    folder: Path | str | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Generate every renewal reminder due on ``on`` (today by default), each stored with
    its case; with ``folder``, a copy of each there too (the folder is made if missing).

    Only the office or an administrator sends them. Reminders generated before are skipped
    unless ``again``. Nothing is written when nothing is due, when ``progress`` cancels, or
    when any write fails (the files written so far are removed)."""
    actor.require(*access.REMINDER_SENDERS)
    plan, rendered = _render_all(ctx, actor, on or ctx.today(), again, progress)
    if not rendered:
        return BatchResult(plan)
    at = datetime.now(UTC).replace(tzinfo=None)
    target = Path(folder).expanduser() if folder is not None else None
    written: list[Path] = []
    copies: list[Path] = []
    documents: list[GeneratedInfo] = []
    try:
        with writing(ctx, actor, generate.ACTION) as session:
            for reference, document in rendered:
                # Locked, and asked again: another PC may have sent this reminder since the
                # plan was read (both would send it otherwise); it is then left out.
                case = find_case(session, reference, for_update=True)
                if not again and reminders.last_reminders(session, [case.id]):
                    continue
                documents.append(generate.store(
                    session, actor, case, reminders.KIND, document, at, plan.on
                ))  # fmt: skip
                if target is not None:
                    copy = target / documents[-1].name  # as in the case file
                    existed = copy.exists()
                    write_atomically(copy, document.pdf, private_parent=True)
                    copies.append(copy)
                    if not existed:  # a copy made earlier the same day stays, complete
                        written.append(copy)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    references = [reference for reference, _ in rendered]
    changes = Changes.of(Kind.DOCUMENTS, Kind.HISTORY, references=references)
    return BatchResult(plan, tuple(documents), tuple(copies), changes)

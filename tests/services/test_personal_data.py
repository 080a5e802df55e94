"""Personal data (RODO, issue 18 part 5) on both engines: views of a case's personal data
logged; everything held about a person exported; a person's data erased where the law
allows, from the records and from the audit log, whose chain still verifies and records the
erasure; retention periods with a purge that can be tried first."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from calcert_desktop.domain.errors import PermissionDenied, ValidationError
from calcert_desktop.domain.personal_data import ERASED
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.privacy import erasure, export, retention, views
from calcert_desktop.services.privacy.subjects import Subject
from calcert_desktop.services.views import case_file
from calcert_desktop.storage import audit_chain
from calcert_desktop.storage.models import AuditEntry, Case, Credential, PersonalDataView, User
from cli_support import PASSWORD

SUBMITTER = {"name": "Urszula Żółtowska-Kłos", "email": "U.Zoltowska@Przyklad.pl",
             "phone": "601 202 303", "position": "animatorka"}  # fmt: skip


def _with_submitter(data: dict) -> None:
    data["submitter"] = dict(SUBMITTER)


@pytest.fixture
def filed(cli, declaration_file) -> str:
    """A filed case whose submitter is :data:`SUBMITTER`."""
    return cli.file_case(declaration_file(edit=_with_submitter), "2024-02-20")


def _log_text(ctx) -> str:
    with reading(ctx) as session:
        rows = session.execute(select(AuditEntry.old, AuditEntry.new)).all()
    return "\n".join(f"{old}\n{new}" for old, new in rows)


def _chain_intact(ctx) -> audit_chain.ChainReport:
    with reading(ctx) as session:
        report = audit_chain.verify(session)
    assert report.intact, report.broken
    return report


def test_a_case_files_view_is_recorded_once_in_a_while(ctx, filed):
    biuro, admin = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "admin")
    case_file.load(ctx, biuro, filed)
    case_file.load(ctx, biuro, filed)  # read again after an action: the same view
    seen = views.list_views(ctx, admin, reference=filed)
    assert [(v.login, v.reference, v.what) for v in seen] == [("biuro", filed, "akta sprawy")]
    later = ctx.now() + timedelta(minutes=16)
    ctx.now = lambda: later
    case_file.load(ctx, biuro, filed)
    assert len(views.list_views(ctx, admin, login="biuro")) == 2
    with pytest.raises(PermissionDenied):
        views.list_views(ctx, biuro)


def test_everything_about_a_person_is_exported(ctx, filed, tmp_path):
    admin = resolve_actor(ctx, "admin")
    case_file.load(ctx, resolve_actor(ctx, "biuro"), filed)
    by_mail = Subject.of(None, "u.zoltowska@przyklad.pl ", None)  # as people type it
    data = export.collect(ctx, admin, by_mail)
    [case] = data["cases"]
    assert case["case"] == filed
    assert case["as"]["osoba zgłaszająca"]["telefon"] == SUBMITTER["phone"]
    assert {v["login"] for v in data["views"]} == {"biuro"}
    by_name = export.collect(ctx, admin, Subject.of(None, None, "urszula zoltowska-klos"))
    assert [c["case"] for c in by_name["cases"]] == [filed]
    written = export.write(ctx, admin, by_mail, tmp_path / "wykaz.pdf")
    from pypdf import PdfReader

    assert "Żółtowska-Kłos" in "".join(p.extract_text() for p in PdfReader(written).pages)
    assert json.loads(export.write(ctx, admin, by_mail, tmp_path / "w.json").read_text(
        encoding="utf-8"))["format"] == "calcert-personal-data/1"  # fmt: skip
    with pytest.raises(ValidationError, match="jedną osobę"):
        Subject.of("biuro", "a@b.pl", None)
    account = export.collect(ctx, admin, Subject.of("biuro", None, None))
    assert account["account"]["login"] == "biuro" and account["acts"]


def test_a_contact_is_erased_only_once_their_cases_are_closed(ctx, cli, filed):
    admin = resolve_actor(ctx, "admin")
    subject = Subject.of(None, SUBMITTER["email"], None)
    plan = erasure.plan_erasure(ctx, admin, subject)
    assert not plan.allowed and filed in plan.refusals[0]
    with pytest.raises(ValidationError, match="Sprawy w toku"):
        erasure.erase(ctx, admin, subject)
    cli.ok("act", filed, "withdraw", "--date", "2024-03-01", user="biuro")
    assert SUBMITTER["phone"] in _log_text(ctx)
    done = erasure.erase(ctx, admin, subject)
    assert "ze spraw: 1" in str(done)
    with reading(ctx) as session:
        case = session.scalar(select(Case).where(Case.reference == filed))
        body = json.loads(case.declaration_text.body)
        assert body["submitter"] == {k: ERASED for k in SUBMITTER}
        assert "zoltowska" not in case.search_text
        assert body["institution"]["name"] == case.institution_name  # the institution stays
    log = _log_text(ctx)
    for value in SUBMITTER.values():  # nowhere in the log, old values included
        assert value not in log and value.lower() not in log.lower()
    report = _chain_intact(ctx)
    assert report.entries > 0
    assert "Baza danych jest w porządku" in cli.ok("check", user="admin")
    history = case_file.load(ctx, admin, filed).history
    assert history[-1].action == "erase-personal-data"
    assert all(audit_chain.ERASED_KEY not in (h.old or {}) for h in history)


def test_the_log_refuses_changes_but_an_erasure_and_names_one_unrecorded(ctx, filed):
    with reading(ctx) as session:
        entry_id = session.scalar(select(AuditEntry.id).where(AuditEntry.new.is_not(None)))
    for statement in (update(AuditEntry).where(AuditEntry.id == entry_id)
                      .values(user_login="ktos-inny"),
                      update(AuditEntry).where(AuditEntry.id == entry_id).values(new="{}")):
        with pytest.raises(Exception, match="append-only"), ctx.db.writer_sessions() as s:
            with s.begin():
                s.execute(statement)  # fmt: skip
    # a forged "erasure": let through by the database, named by the check
    with ctx.db.writer_sessions() as session, session.begin():
        new = session.scalar(select(AuditEntry.new).where(AuditEntry.id == entry_id))
        forged = audit_chain.erased_value(new, {"x": 1}, "0" * 32)
        session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(new=forged))
    with reading(ctx) as session:
        report = audit_chain.verify(session)
    assert report.broken is not None and report.broken.reason == "audit.chain.unrecorded_erasure"
    with pytest.raises(Exception, match="append-only"), ctx.db.writer_sessions() as s:
        with s.begin():
            s.execute(text("DELETE FROM audit_log"))


def test_an_account_is_erased_once_deactivated(ctx, cli):
    from calcert_desktop.services.admin import people

    admin = resolve_actor(ctx, "admin")
    cli.add_person("nowak", "Janina Nowak-Źdźbło", "office")
    subject = Subject.of("nowak", None, None)
    plan = erasure.plan_erasure(ctx, admin, subject)
    assert plan.account == "Janina Nowak-Źdźbło" and "dezaktywuj" in plan.refusals[0]
    people.set_active(ctx, admin, "nowak", False)
    done = erasure.erase(ctx, admin, subject)
    assert "Osoba usunięta nr 1" in str(done)
    with reading(ctx) as session:
        user = session.scalar(select(User).where(User.login == "nowak"))
        assert user.full_name == "Osoba usunięta nr 1"
        assert session.get(Credential, user.id) is None
    assert "Źdźbło" not in _log_text(ctx)
    _chain_intact(ctx)
    with pytest.raises(ValidationError, match="własnego konta"):
        erasure.erase(ctx, admin, Subject.of("admin", None, None))


def test_retention_tries_then_purges(ctx, cli, filed, declaration_file):
    admin = resolve_actor(ctx, "admin")
    draft = cli.ok("declare", str(declaration_file(edit=_with_submitter, name="szkic.json")),
                   user="biuro").strip()  # fmt: skip
    cli.ok("act", filed, "withdraw", "--date", "2024-03-01", user="biuro")
    case_file.load(ctx, resolve_actor(ctx, "biuro"), filed)
    assert retention.plan(ctx, admin).empty  # nothing is past its period today
    far = ctx.today() + timedelta(days=365 * 11)
    ctx.today = lambda: far
    plan = retention.plan(ctx, admin)
    assert [d.reference for d in plan.drafts] == [draft]
    assert [d.reference for d in plan.closed] == [filed]
    assert plan.views == 1
    assert SUBMITTER["email"] in _log_text(ctx)  # a dry run changed nothing
    done = retention.purge(ctx, admin)
    assert "Usunięto szkice: 1" in str(done)
    with reading(ctx) as session:
        assert session.scalar(select(Case).where(Case.draft_code == draft)) is None
        assert session.scalar(select(PersonalDataView.id)) is None
    assert SUBMITTER["email"] not in _log_text(ctx)
    _chain_intact(ctx)
    assert retention.plan(ctx, admin).empty
    assert "Baza danych jest w porządku" in cli.ok("check", user="admin")


def test_the_commands(cli, filed, tmp_path):
    code, out, _ = cli("erase-person", "--email", SUBMITTER["email"], "--dry-run", user="admin")
    assert code == 1 and filed in out and "w toku" in out and "Nie można teraz" in out
    cli.ok("show", filed, user="biuro")
    assert "biuro" in cli.ok("data-views", "--case", filed, user="admin")
    target = tmp_path / "osoba.json"
    cli.ok("export-person", "--name", SUBMITTER["name"], "-o", str(target), user="admin")
    assert json.loads(target.read_text(encoding="utf-8"))["cases"][0]["case"] == filed
    code, _, err = cli("export-person", "--login", "biuro", "-o", str(tmp_path / "x.txt"),
                       user="admin")  # fmt: skip
    assert code == 1 and ".json albo .pdf" in err
    assert "Próba" in cli.ok("purge", "--dry-run", user="admin")
    code, _, err = cli("purge", user="biuro", password=PASSWORD)
    assert code == 1 and "administrator" in err
    assert "nieaktywna" in cli.ok("deactivate", "biuro", user="admin")


def test_a_database_from_before_gains_the_erasure_on_upgrade(cli, filed):
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context
    from downgrades import downgrade

    cli.ok("act", filed, "withdraw", "--date", "2024-03-01", user="biuro")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    downgrade(ctx, "0014")  # its triggers refuse every change of the log
    with pytest.raises(Exception, match="append-only"), ctx.db.engine.begin() as connection:
        connection.execute(update(AuditEntry).values(new='{"_erased":{"sha256":"0"}}'))
    ctx.close()
    ctx = open_context(DataPaths(cli.data_dir), create=False)  # upgraded on opening
    try:
        erasure.erase(ctx, resolve_actor(ctx, "admin"), Subject.of(None, SUBMITTER["email"], None))
        assert SUBMITTER["email"] not in _log_text(ctx)
        _chain_intact(ctx)
    finally:
        ctx.close()

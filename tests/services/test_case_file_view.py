"""The case file as the case window reads it: names, labels, attachments, and the rule that
a member with a conflict of interest sees nobody's assessment."""

from __future__ import annotations

import hashlib
import json

import pytest

from calcert_desktop.domain.errors import NotFound
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import AppContext, reading, resolve_actor, writing
from calcert_desktop.services.views import case_file
from calcert_desktop.services.views.assessments import is_conflicted, matrix_for
from case_scenarios import SCAN, revoked_case


def test_matrix_has_every_standard_and_member_with_the_conflicted_column_empty(ctx, granted):
    matrix = matrix_for(ctx, resolve_actor(ctx, "biuro"), granted)
    assert not matrix.withheld
    assert [s.code for s in matrix.standards] == [f"S{n}" for n in range(1, 10)]
    assert matrix.standards[3].title == "Diagnoza"
    members = {m.login: m for m in matrix.members}
    assert members["czlonek1"].rapporteur and members["czlonek1"].full_name == "Tomasz Wróbel"
    assert members["czlonek3"].conflicted and not members["czlonek2"].conflicted
    cell = matrix.cell("S4", "czlonek1")
    assert cell is not None
    assert (cell.rating, cell.rating_label) == ("partly", "spełnia częściowo")
    assert cell.comment == "Diagnoza sprzed pięciu lat." and cell.evidence == "raport.pdf, s. 12"
    assert matrix.cell("S4", "czlonek2").rating_label == "spełnia"
    assert len(matrix.cells) == 18  # 9 standards x 2 members without conflict
    assert not any(login == "czlonek3" for _, login in matrix.cells)


def test_conflicted_member_gets_no_assessment_from_the_service(ctx, granted):
    conflicted = resolve_actor(ctx, "czlonek3")
    assert is_conflicted(ctx, conflicted, granted)
    matrix = matrix_for(ctx, conflicted, granted)
    assert matrix.withheld and matrix.cells == {}
    view = case_file.load(ctx, conflicted, granted)
    assert view.matrix.withheld
    assert view.assessments == ()
    # Not even through the history's old and new values.
    logged = [e for e in view.history if e.record == "assessments"]
    assert logged and all(e.new is None and e.old is None for e in logged)
    assert "Diagnoza sprzed" not in json.dumps(view.to_json(), ensure_ascii=False)
    # Anyone else, including another member, sees them.
    member = case_file.load(ctx, resolve_actor(ctx, "czlonek2"), granted)
    assert not member.matrix.withheld and len(member.assessments) == 18
    assert not is_conflicted(ctx, resolve_actor(ctx, "czlonek2"), granted)


def test_view_carries_names_attachments_and_the_whole_file(ctx, granted):
    view = case_file.load(ctx, resolve_actor(ctx, "biuro"), granted)
    assert view.reference == granted
    assert view.institution and view.town
    assert view.name("ekspert") == "Marta Żak" and view.name("nieznany") == "nieznany"
    assert view.standard_title("S4") == "S4 Diagnoza"
    assert view.certificate is not None and view.certificate.number == "CJ-001/2024"
    report, statute = view.attachments
    assert (report.kind_label, report.file_name, report.size_bytes) == (
        "Raport z realizacji standardów", "raport.pdf", len(SCAN)
    )
    assert report.stored and report.stored_on is not None
    assert statute.kind_label == "Statut" and not statute.stored and statute.size_bytes is None


def test_attachment_file_is_a_named_copy_or_a_polish_refusal(ctx: AppContext, granted, tmp_path):
    office = resolve_actor(ctx, "biuro")
    path = attachments.attachment_file(ctx, office, granted, 0)
    assert path.name == "raport.pdf" and path.read_bytes() == SCAN
    assert attachments.attachment_file(ctx, office, granted, 0) == path  # reused, not copied
    with pytest.raises(NotFound) as missing:
        attachments.attachment_file(ctx, office, granted, 1)
    assert "statut.pdf" in missing.value.message and "bazie danych" in missing.value.message
    with pytest.raises(NotFound):
        attachments.attachment_file(ctx, office, granted, 5)


def test_stored_blob_refuses_a_lost_file(ctx: AppContext):
    item = {"file_name": "a.pdf", "sha256": hashlib.sha256(b"x").hexdigest()}
    with reading(ctx) as session, pytest.raises(NotFound) as lost:
        attachments.stored_blob(session, item)
    assert lost.value.code == "attachment.not_stored"
    with writing(ctx, None, "test") as session:
        attachments.store_content(session, b"x")
    with reading(ctx) as session:
        assert attachments.stored_blob(session, item) == item["sha256"]
        with pytest.raises(NotFound):
            attachments.stored_blob(session, {"file_name": "b.pdf", "sha256": "../../etc/passwd"})


def test_revoked_case_reads_through(ctx, cli, declaration_file):
    ref = revoked_case(cli, declaration_file)
    view = case_file.load(ctx, resolve_actor(ctx, "zarzad"), ref)
    assert [d.kind for d in view.decisions] == ["refuse", "overturn", "revoke"]
    assert view.revocations[0].response_text == "Praca trwa, przedstawiamy dowody."
    assert view.certificate is not None and view.certificate.status == "revoked"
    assert view.attachments  # the example declaration names its files, none stored
    assert not any(a.stored for a in view.attachments)

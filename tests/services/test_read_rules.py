"""The read rules hold in the services, so in every front end: a member with a declared
conflict of interest reads no assessment (the command line's ``show`` included), an expert
reads only the cases of their site visits, and nobody reads a case without being named."""

from __future__ import annotations

import json

import pytest

from assessment_traces import ASSESSMENT_TEXTS, assessment_traces
from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.documents import generate
from calcert_desktop.services.views import case_file, dashboard, queries
from calcert_desktop.services.views.assessments import matrix_for
from case_scenarios import revoked_case

FULL_READERS = ("biuro", "przewodniczaca", "czlonek1", "czlonek2", "zarzad", "admin")


def test_conflicted_member_show_json_has_no_assessment_anywhere(cli, granted):
    shown = cli.ok("show", granted, "--json", user="czlonek3")
    assert assessment_traces(shown) == []
    data = json.loads(shown)
    assert data["assessments"] == []
    withheld = [e for e in data["history"] if e["record"] == "assessments"]
    assert len(withheld) == 18 and all(e.get("withheld") for e in withheld)
    # The rest of the file is theirs to read: the Commission, the visit, the decision.
    assert [m["login"] for m in data["members"]] == ["czlonek1", "czlonek2", "czlonek3"]
    assert data["site_visits"][0]["findings"]["S4"]["rating"] == "partly"
    assert data["decisions"][0]["votes"] == {"czlonek1": "for", "czlonek2": "for"}
    text = cli.ok("show", granted, user="czlonek3")
    assert "Oceny standardów" not in text and not any(t in text for t in ASSESSMENT_TEXTS)
    assert "oceny niewidoczne" in text


def test_everyone_else_reads_every_assessment_as_before(cli, granted):
    files = {login: cli.ok("show", granted, "--json", user=login) for login in FULL_READERS}
    assert len(set(files.values())) == 1  # the same file for each of them
    shown = files["biuro"]
    assert all(text in shown for text in ASSESSMENT_TEXTS)
    data = json.loads(shown)
    assert len(data["assessments"]) == 18
    logged = [e for e in data["history"] if e["record"] == "assessments"]
    assert len(logged) == 18 and all(e["new"] and "withheld" not in e for e in logged)
    assert assessment_traces(shown)  # the search does find assessments when they are there


def test_expert_reads_the_case_of_their_visit(cli, ctx, granted):
    expert = resolve_actor(ctx, "ekspert")
    view = case_file.load(ctx, expert, granted)
    assert view.reference == granted and view.site_visits[0].expert == "ekspert"
    assert json.loads(cli.ok("show", granted, "--json", user="ekspert"))["reference"] == granted
    assert [k.code for k in generate.applicable_kinds(ctx, expert, granted)]
    assert generate.list_generated(ctx, expert, granted) == []
    assert attachments.attachment_file(ctx, expert, granted, 0).name == "raport.pdf"


def test_expert_is_refused_a_case_that_is_not_theirs(cli, ctx, granted, declaration_file, tmp_path):
    other = revoked_case(cli, declaration_file)
    expert = resolve_actor(ctx, "ekspert")
    reads = (
        lambda: case_file.load(ctx, expert, other),
        lambda: matrix_for(ctx, expert, other),
        lambda: generate.applicable_kinds(ctx, expert, other),
        lambda: generate.list_generated(ctx, expert, other),
        lambda: generate.render(ctx, expert, "application", other),
        lambda: attachments.case_attachments(ctx, expert, other),
        lambda: attachments.attachment_file(ctx, expert, other, 0),
    )
    for read in reads:
        with pytest.raises(PermissionDenied) as refused:
            read()
        assert refused.value.code == "permission.not_your_case"
        assert f"Sprawa „{other}” nie należy do Twoich wizytacji" in refused.value.message
    line = cli.refused("show", other, "--json", user="ekspert", expect="nie należy do Twoich")
    assert other in line
    target = tmp_path / "zgloszenie.pdf"
    cli.refused("pdf", "application", other, "-o", str(target), user="ekspert",
                expect="nie należy do Twoich")  # fmt: skip
    assert not target.exists()
    # The lists agree: only the visited case, in the command line as in the dashboard.
    listed = json.loads(cli.ok("cases", "--json", user="ekspert"))
    assert [row["reference"] for row in listed] == [granted]
    rows = queries.list_cases(ctx, expert, queries.CaseFilter())
    assert [row["reference"] for row in rows] == [granted]
    assert len(dashboard.case_ids(ctx, expert, dashboard.DashboardQuery())) == 1
    # The office reads both.
    office = resolve_actor(ctx, "biuro")
    assert len(queries.list_cases(ctx, office, queries.CaseFilter())) == 2
    assert case_file.load(ctx, office, other).reference == other


def test_no_case_is_read_without_a_person(cli, granted):
    cli.refused("show", granted, "--json", expect="wymaga wskazania osoby")
    cli.refused("cases", "--json", expect="wymaga wskazania osoby")

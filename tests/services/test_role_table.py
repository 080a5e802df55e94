"""Every role against every action and every read (issue 18): who may do what is written
here from the regulations and the README's table of actions, not read from the code, and
each cell is tried through the services on a demo database (on both engines: the suite
runs on each).

A person is refused by their roles before anything else: the refused cells end in
PermissionDenied, write nothing, and their actions are not offered (the GUI hides what the
service would refuse). An allowed cell gets past the role check and is stopped by the next
rule on purpose (an act dated two months ahead, an invalid value), so that the table writes
nothing either: the database is byte for byte the same at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.domain.roles import Role
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import maintenance, people, settings
from calcert_desktop.services.auth import passwords
from calcert_desktop.services.auth.sign_in import sign_in
from calcert_desktop.services.context import Actor, AppContext, open_context
from calcert_desktop.services.exchange import installations, transfer
from calcert_desktop.services.privacy import erasure, export, retention, views
from calcert_desktop.services.privacy.subjects import Subject
from calcert_desktop.services.process import available
from calcert_desktop.services.process.perform import perform
from calcert_desktop.services.seals import signing_keys, verification
from calcert_desktop.services.views import case_file, queries, register
from cli_support import PASSWORD, Cli

# The people of the demo, one per role, and one with no role at all.
PEOPLE = {
    "office": "biuro",
    "chair": "przewodniczaca",
    "member": "czlonek1",
    "expert": "ekspert",
    "board": "zarzad",
    "admin": "admin",
    "nobody": "nikt",
}
OF, CH, ME, EX = Role.OFFICE, Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER, Role.EXPERT
BO, AD = Role.BOARD_MEMBER, Role.ADMIN

# Who takes each action (README, "Command line": the table of actions; regulations 5-19).
ACTIONS: dict[Action, frozenset[Role]] = {
    Action.FILE: frozenset({OF}),
    # The formal check's two outcomes belong to whoever makes it: the office or the chair.
    Action.REQUEST_COMPLETION: frozenset({OF, CH}),
    Action.COMPLETE: frozenset({OF}),
    Action.ACCEPT: frozenset({OF, CH}),
    Action.ASSIGN: frozenset({CH}),
    Action.UNASSIGN: frozenset({CH}),
    Action.DECLARE_CONFLICT: frozenset({ME, CH, EX, BO}),
    Action.ASSESS: frozenset({ME}),
    Action.SCHEDULE_VISIT: frozenset({CH}),
    Action.RECORD_VISIT: frozenset({EX, OF}),
    Action.CANCEL_VISIT: frozenset({CH}),
    Action.GRANT: frozenset({CH}),
    Action.REFUSE: frozenset({CH}),
    Action.DELIVER: frozenset({OF}),
    Action.ISSUE: frozenset({BO}),
    Action.APPEAL: frozenset({OF}),
    Action.UPHOLD: frozenset({BO}),
    Action.OVERTURN: frozenset({BO}),
    Action.OPEN_REVOCATION: frozenset({CH}),
    Action.CHARGE: frozenset({CH}),
    Action.RESPOND: frozenset({OF}),
    Action.REVOKE: frozenset({CH}),
    Action.DISCONTINUE: frozenset({CH}),
    Action.EXPIRE: frozenset({OF}),
    Action.WITHDRAW: frozenset({OF}),
    Action.RENEW: frozenset({OF}),
}
FOLLOWERS = frozenset({OF, CH, ME, BO, AD})  # everyone who follows the process
ANYONE = FOLLOWERS | {EX}

ROLE_REFUSALS = ("permission.role_required", "permission.role_required_plain",
                 "permission.system_only")  # fmt: skip


@pytest.fixture
def demo(cli_in) -> tuple[Cli, AppContext, dict[str, Actor]]:
    cli = cli_in("tabela")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "200", "--seed", "7", user="admin")
    cli.add_person("nikt", "Nikt Bezrólny")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    actors = {role: sign_in(ctx, login, PASSWORD).actor for role, login in PEOPLE.items()}
    yield cli, ctx, actors
    ctx.close()


def _allowed(actor: Actor, roles: frozenset[Role]) -> bool:
    return bool(actor.roles & roles)


def _outcome(call: Callable[..., Any], *args: Any) -> str:
    """How ``call(*args)`` ended: "refused" (by the person's roles), "stopped:CODE" (by
    another rule), or "done"."""
    try:
        call(*args)
    except PermissionDenied as error:
        return "refused" if error.code in ROLE_REFUSALS else f"stopped:{error.code}"
    except DomainError as error:
        return f"stopped:{error.code}"
    return "done"


def _case_in(rows: list[dict[str, Any]], states: set[str], avoid: set[str]) -> str:
    """A case in one of ``states`` (one whose file the expert is not on, when possible)."""
    found = [r for r in rows if r["state"] in states]
    assert found, f"the demo has no case in {states}"
    chosen = next((r for r in found if r["reference"] not in avoid), found[0])
    return chosen["reference"] or chosen["draft"]


def test_every_role_against_every_action(demo) -> None:
    cli, ctx, actors = demo
    rows = json.loads(cli.ok("cases", "--json", user="admin"))
    visits = {r["reference"] for r in json.loads(cli.ok("cases", "--json", user="ekspert"))}
    before = cli.fingerprint()
    wrong: list[str] = []
    ahead = ctx.today() + timedelta(days=60)  # past the role check, stopped by the date
    for action, roles in ACTIONS.items():
        states = {s.value for s in workflow.TABLE[action].moves}
        reference = _case_in(rows, states, visits)
        for role, actor in actors.items():
            expected = _allowed(actor, roles)
            got = _outcome(perform, ctx, actor, reference, action, ahead, {})
            offered = action in available.available_actions(ctx, actor, reference)
            if expected and got == "refused":
                wrong.append(f"{action.value} by {role}: refused, the table allows it")
            if not expected and got != "refused":
                wrong.append(f"{action.value} by {role}: {got}, the table refuses it")
            if not expected and offered:
                wrong.append(f"{action.value} by {role}: offered, but refused")
            assert got != "done", f"{action.value} by {role} on {reference} was written"
    assert wrong == []
    assert cli.fingerprint() == before


def _cases(ctx: AppContext, actor: Actor, _: str) -> Any:
    return queries.list_cases(ctx, actor, queries.CaseFilter())


def _check_a_certificate(ctx: AppContext, actor: Actor, _: str) -> Any:
    return verification.verify(ctx, actor, "CJ-999/2020 ABCD-EFGH")


READS: dict[str, tuple[frozenset[Role], Callable[[AppContext, Actor, str], Any]]] = {
    "the list of cases": (ANYONE, _cases),
    "a case file (not an expert's visit)": (FOLLOWERS, case_file.load),
    "the register": (ANYONE, lambda ctx, a, _: register.load_register(ctx, a)),
    "a certificate's check": (ANYONE, _check_a_certificate),
    "the people": (frozenset({AD, OF, CH, BO}), lambda ctx, a, _: people.list_users(ctx, a)),
    "the settings": (FOLLOWERS, lambda ctx, a, _: settings.list_settings(ctx, a)),
    "the office's details": (FOLLOWERS, lambda ctx, a, _: settings.list_text_settings(ctx, a)),
    "the check of the database": (frozenset({AD}), lambda ctx, a, _: maintenance.check(ctx, a)),
    "the public signing keys": (ANYONE, lambda ctx, a, _: signing_keys.list_keys(ctx, a)),
    # RODO (issue 18, part 5): the administrator's alone.
    "who viewed personal data": (frozenset({AD}), lambda ctx, a, _: views.list_views(ctx, a)),
    "a person's data export": (frozenset({AD}), lambda ctx, a, _: export.collect(
        ctx, a, Subject.of("biuro", None, None))),
    "what a purge would remove": (frozenset({AD}), lambda ctx, a, _: retention.plan(ctx, a)),
    # Installations exchanging packages (issue 19): the administrator's alone.
    "the installations": (frozenset({AD}),
                          lambda ctx, a, _: installations.list_installations(ctx, a)),
    # Packages (issue 19) at the office: its staff and the administrator (a missing file, an
    # installation without an identity: stopped after the check of the role).
    "where a package can go": (frozenset({AD, OF}),
                               lambda ctx, a, _: transfer.recipients(ctx, a)),
    "whose work can go": (frozenset({AD, OF}),
                          lambda ctx, a, ref: transfer.people_for(ctx, a, [ref])),
    "handing cases to a laptop": (frozenset({AD, OF}), lambda ctx, a, ref: transfer.export(
        ctx, a, [ref], "Laptop", Path("/nieistniejacy/x.calpack"))),
    "reading a package": (frozenset({AD, OF}), lambda ctx, a, _: transfer.import_package(
        ctx, a, Path("/nieistniejacy/x.calpack"))),
}  # fmt: skip


def test_every_role_against_every_read(demo) -> None:
    cli, ctx, actors = demo
    rows = json.loads(cli.ok("cases", "--json", user="admin"))
    visits = {r["reference"] for r in json.loads(cli.ok("cases", "--json", user="ekspert"))}
    elsewhere = next(r["reference"] for r in rows
                     if r["reference"] and r["reference"] not in visits)  # fmt: skip
    wrong = []
    for what, (roles, read) in READS.items():
        for role, actor in actors.items():
            expected = _allowed(actor, roles)
            got = _outcome(read, ctx, actor, elsewhere)
            refused = got == "refused" or got == "stopped:permission.not_your_case"
            if expected and refused:
                wrong.append(f"{what} for {role}: refused, the table allows it")
            if not expected and not refused:
                wrong.append(f"{what} for {role}: {got}, the table refuses it")
    assert wrong == []
    # The expert reads the cases of their own visits, and only those.
    expert = actors["expert"]
    assert visits and {r["reference"] for r in queries.list_cases(
        ctx, expert, queries.CaseFilter())} == visits  # fmt: skip


def test_every_role_against_every_administration(demo, tmp_path: Path) -> None:
    """The administrator's acts: each allowed one is stopped by a bad value on purpose."""
    cli, ctx, actors = demo
    before = cli.fingerprint()
    existing = tmp_path / "istnieje.sqlite3"
    existing.write_bytes(b"")
    acts: dict[str, Callable[[Actor], Any]] = {
        "add a person": lambda a: people.add_user(ctx, a, "zły login", "Jan Nowak", "office"),
        "give roles": lambda a: people.set_roles(ctx, a, "biuro", "nieznana"),
        "give a password": lambda a: passwords.set_password(ctx, a, "biuro", "krótkie"),
        "change a setting": lambda a: settings.set_value(ctx, a, "appeal_days", "0"),
        "back up": lambda a: maintenance.backup(ctx, a, existing),
        # the administrator may not erase their own account: stopped there
        "erase a person's data": lambda a: erasure.erase(ctx, a, Subject.of("admin", None, None)),
        "register an installation": lambda a: installations.add(ctx, a, "CALINST1:zły"),
        "revoke an installation": lambda a: installations.revoke(ctx, a, "0" * 16),
    }
    wrong = []
    for what, act in acts.items():
        for role, actor in actors.items():
            got = _outcome(act, actor)
            expected = Role.ADMIN in actor.roles
            if expected == (got == "refused"):
                wrong.append(f"{what} by {role}: {got}")
            assert got != "done", f"{what} by {role} was done"
    assert wrong == []
    assert cli.fingerprint() == before

"""The rules of the regulations that an action must satisfy, one small function each.

A guard takes the case's facts and the request, and raises a DomainError when the rule does
not hold. Parameterised guards are built by the small factories below.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.appointments import seat_problem
from calcert_desktop.domain.assessment_rules import RATINGS, comment_problem
from calcert_desktop.domain.dates import add_years
from calcert_desktop.domain.eligibility import (
    Standing,
    ballot_problem,
    eligible_members,
    standing,
)
from calcert_desktop.domain.errors import (
    DomainError,
    TransitionRefused,
    ValidationError,
    ValidationErrors,
)
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, MemberFacts, Person
from calcert_desktop.domain.impartiality import impartiality_problem
from calcert_desktop.domain.limits import DATE_WINDOWS, MAX_ACTION_TEXT_CHARS
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.text_rules import check_text

Guard = Callable[[CaseFacts, ActionRequest], None]


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "—"


# --- dates --------------------------------------------------------------------------------


def future_date(on: date, today: date) -> ValidationError | None:
    """The error when an act is dated after today (the guard's rule and the dialogs')."""
    if on > today:
        return ValidationError("date.future", "date", value=on.isoformat())
    return None


def not_in_future(facts: CaseFacts, request: ActionRequest) -> None:
    """An act cannot be dated after today."""
    error = future_date(request.on, facts.today)
    if error is not None:
        raise error


def not_too_early(facts: CaseFacts, request: ActionRequest) -> None:
    """An act dated before the window's start (2000) is a typo: the certificate is younger."""
    earliest = DATE_WINDOWS["date"].earliest
    if earliest is not None and request.on < earliest:
        raise ValidationError(
            "date.too_early", "date", value=request.on.isoformat(), earliest=earliest.isoformat()
        )


def _not_too_far(name: str, due: date, on: date) -> None:
    """A deadline or a planned date at most its window's years after the act (limits.py)."""
    latest = add_years(on, DATE_WINDOWS[name].years_ahead)
    if due > latest:
        raise ValidationError(
            "date.too_far", name, value=due.isoformat(), latest=latest.isoformat()
        )


def not_before_last_event(facts: CaseFacts, request: ActionRequest) -> None:
    """Acts happen in order: none dated before the case's previous act."""
    if facts.last_event_on and request.on < facts.last_event_on:
        raise ValidationError(
            "date.before_previous",
            "date",
            value=request.on.isoformat(),
            previous=facts.last_event_on.isoformat(),
        )


def not_before_signature(facts: CaseFacts, request: ActionRequest) -> None:
    """A written request cannot be received before it was signed."""
    if facts.signed_on and request.on < facts.signed_on:
        raise ValidationError(
            "date.before_signature",
            "date",
            value=request.on.isoformat(),
            signed=facts.signed_on.isoformat(),
        )


def due_after(name: str) -> Guard:
    """A deadline parameter, required and later than the act's date."""

    def guard(facts: CaseFacts, request: ActionRequest) -> None:
        due = request.params.get(name)
        if not isinstance(due, date):
            raise ValidationError("required", name)
        if due <= request.on:
            raise ValidationError(
                "date.due_not_after", name, value=due.isoformat(), on=request.on.isoformat()
            )
        _not_too_far(name, due, request.on)

    return guard


def due_not_before(name: str) -> Guard:
    """A planned date parameter, required and not before the act's date."""

    def guard(facts: CaseFacts, request: ActionRequest) -> None:
        due = request.params.get(name)
        if not isinstance(due, date):
            raise ValidationError("required", name)
        if due < request.on:
            raise ValidationError(
                "date.planned_in_past", name, value=due.isoformat(), on=request.on.isoformat()
            )
        _not_too_far(name, due, request.on)

    return guard


# --- texts and the declaration ------------------------------------------------------------


def texts_are_safe(facts: CaseFacts, request: ActionRequest) -> None:
    """Every text parameter within its length and free of control characters (line breaks
    and tabs allowed: reasons and charges are letters)."""
    for name, value in sorted(request.params.items()):
        texts = [value] if isinstance(value, str) else []
        if isinstance(value, dict):  # findings: standard -> (rating, text); votes: login -> vote
            for key, item in value.items():
                texts.append(str(key))
                texts.extend(part for part in _parts(item) if isinstance(part, str))
        for text in texts:
            error = check_text(text, name, max_length=MAX_ACTION_TEXT_CHARS, multi_line=True)
            if error is not None:
                raise error


def _parts(item: object) -> tuple[object, ...]:
    return item if isinstance(item, tuple) else (item,)


def requires_text(name: str) -> Guard:
    """A written text (reasons, charges, grounds) must be given: the regulations want writing."""

    def guard(facts: CaseFacts, request: ActionRequest) -> None:
        if not request.text(name):
            raise ValidationError(f"text.required.{name}", name)

    return guard


def filing_complete(facts: CaseFacts, request: ActionRequest) -> None:
    """The declaration meets every filing requirement (all nine standards and the rest)."""
    if facts.filing_errors:
        raise ValidationErrors(facts.filing_errors)


# --- impartiality -------------------------------------------------------------------------


def actor_impartial(facts: CaseFacts, request: ActionRequest) -> None:
    """Whoever acts in a case has declared no conflict of interest in it (declaring one, and
    the system's own acts, excepted): a conflicted person records, votes on, issues and
    decides nothing in the case."""
    if request.actor.system or request.action == Action.DECLARE_CONFLICT:
        return
    problem = impartiality_problem(facts, request.actor.login)
    if problem is not None:
        raise problem


def actor_impartial_on_appeal(facts: CaseFacts, request: ActionRequest) -> None:
    """Nobody who took part in the Commission's decision (assessed, voted, was rapporteur or
    the visiting expert) decides the appeal against it."""
    problem = impartiality_problem(facts, request.actor.login, deciding_appeal=True)
    if problem is not None:
        raise problem


# People who can have a part in a case's decisions, and so a conflict of interest in it.
DECLARING_ROLES = frozenset(
    {Role.COMMISSION_MEMBER, Role.COMMISSION_CHAIR, Role.EXPERT, Role.BOARD_MEMBER}
)


def conflict_declaration_problem(
    members: tuple[MemberFacts, ...],
    conflicted: frozenset[str],
    actor: Person,
    person: Person,
) -> DomainError | None:
    """Why ``actor`` may not record a conflict of interest of ``person`` in the case (None
    when they may): a person declares their own; the chair may record the conflict of a
    member assigned to the case; once per person. The guard's rule and the dialog's list."""
    if not person.roles & DECLARING_ROLES:
        return TransitionRefused("conflict.no_role", "person", login=person.login)
    if person.login != actor.login:
        assigned = standing(members, person.login) != Standing.NOT_ASSIGNED
        if Role.COMMISSION_CHAIR not in actor.roles or not assigned:
            return TransitionRefused("conflict.only_self", "person", login=person.login)
    if person.login in conflicted:
        return TransitionRefused("conflict.already_declared", "person", login=person.login)
    return None


def can_declare_conflict(facts: CaseFacts, request: ActionRequest) -> None:
    """A person declares their own conflict (the chair may record an assigned member's),
    once: a Board member, an expert or the chair as well as an assigned member."""
    person = request.params.get("person")
    if person is None:
        raise ValidationError("required", "person")
    problem = conflict_declaration_problem(facts.members, facts.conflicted, request.actor, person)
    if problem is not None:
        raise problem


def has_conflict_to_declare(facts: CaseFacts, request: ActionRequest) -> None:
    """Someone is left whose conflict the actor could record: themself, or (the chair) an
    assigned member; otherwise the action is not offered."""
    actor = request.actor
    if actor.login not in facts.conflicted:
        return
    if Role.COMMISSION_CHAIR in actor.roles and any(
        m.login not in facts.conflicted for m in facts.members
    ):
        return
    raise TransitionRefused("conflict.nothing_to_declare", "person", login=actor.login)


# --- the Commission -----------------------------------------------------------------------


def _person_param(request: ActionRequest, name: str) -> tuple[str, frozenset[Role]]:
    person = request.params.get(name)
    if person is None:
        raise ValidationError("required", name)
    return person.login, person.roles


def can_be_assigned(facts: CaseFacts, request: ActionRequest) -> None:
    """Only a member of the Commission on the day of the act (appointed by the Board, the
    appointment started and not ended), not yet assigned and without a conflict."""
    login, _ = _person_param(request, "member")
    seat = seat_problem(request.params["member"].appointments, request.on, login)
    if seat is not None:
        raise seat
    member = facts.member(login)
    if login in facts.conflicted or (member and member.conflicted):
        raise TransitionRefused("conflict.cannot_assign", "member", login=login)
    if member:
        raise TransitionRefused("member.already_assigned", "member", login=login)


def can_be_unassigned(facts: CaseFacts, request: ActionRequest) -> None:
    """A member can be taken off a case only if assigned and with no assessment given."""
    login, _ = _person_param(request, "member")
    member = facts.member(login)
    if member is None:
        raise TransitionRefused("member.not_assigned", "member", login=login)
    if member.assessed:
        raise TransitionRefused("member.has_assessments", "member", login=login)


def is_eligible_assessor(facts: CaseFacts, request: ActionRequest) -> None:
    """The actor is a member assigned to the case, without a conflict of interest."""
    found = standing(facts.members, request.actor.login)
    if found == Standing.NOT_ASSIGNED:
        raise TransitionRefused("member.not_assigned", "member", login=request.actor.login)
    if found == Standing.CONFLICTED:
        raise TransitionRefused("conflict.cannot_assess", "member", login=request.actor.login)


def assessment_valid(facts: CaseFacts, request: ActionRequest) -> None:
    """The standard is one of the form's, the rating one of the scale, a non-"meets" has a
    comment."""
    standard = request.text("standard").upper()
    if standard not in facts.standard_codes:
        raise ValidationError(
            "standard.unknown", "standard", value=standard, known=", ".join(facts.standard_codes)
        )
    rating = request.text("rating")
    if rating not in RATINGS:
        raise ValidationError("rating.unknown", "rating", value=rating)
    problem = comment_problem(standard, rating, request.text("comment"))
    if problem is not None:
        raise problem


def is_expert(name: str) -> Guard:
    """The person named in parameter ``name`` is a CAL expert without a conflict of interest
    in the case."""

    def guard(facts: CaseFacts, request: ActionRequest) -> None:
        login, roles = _person_param(request, name)
        if Role.EXPERT not in roles:
            raise TransitionRefused("expert.not_expert", name, login=login)
        if login in facts.conflicted:
            raise TransitionRefused("conflict.cannot_visit", name, login=login)

    return guard


def is_visit_expert_or_office(facts: CaseFacts, request: ActionRequest) -> None:
    """The visit's results come from its expert, or from the office typing in the protocol;
    never those of an expert who has since declared a conflict of interest."""
    if facts.visit_expert is not None and facts.visit_expert in facts.conflicted:
        raise TransitionRefused("conflict.visit_expert", "expert", login=facts.visit_expert)
    if Role.OFFICE in request.actor.roles:
        return
    if request.actor.login != facts.visit_expert:
        raise TransitionRefused(
            "visit.other_expert", "expert", login=request.actor.login, expert=facts.visit_expert
        )


def findings_valid(facts: CaseFacts, request: ActionRequest) -> None:
    """Each finding of a visit names a standard of the form and a rating of the scale."""
    findings = dict(request.params.get("findings") or {})
    for standard, value in findings.items():
        if standard not in facts.standard_codes:
            raise ValidationError(
                "standard.unknown",
                "findings",
                value=standard,
                known=", ".join(facts.standard_codes),
            )
        rating = value[0] if isinstance(value, tuple | list) and value else None
        if rating not in RATINGS:
            raise ValidationError("rating.unknown", "findings", value=str(rating))
        if len(value) not in (2, 4) or not all(isinstance(part, str) for part in value):
            raise ValidationError("visit.finding_malformed", "findings", value=standard)


def assessments_complete(facts: CaseFacts, request: ActionRequest) -> None:
    """Before deciding, every member without conflict has assessed every standard."""
    eligible = eligible_members(facts.members)
    if not eligible:
        raise TransitionRefused("decision.no_members", "members")
    gaps = []
    for member in eligible:
        missing = [code for code in facts.standard_codes if code not in member.assessed]
        if missing:
            gaps.append(f"{member.login} ({', '.join(missing)})")
    if gaps:
        raise TransitionRefused("assessment.incomplete", "assessments", missing="; ".join(gaps))


def votes_valid(facts: CaseFacts, request: ActionRequest) -> None:
    """Every member without conflict votes (the visiting expert only if the setting says
    so), nobody else does, each vote is for/against/abstain."""
    votes: dict[str, str] = dict(request.params.get("votes") or {})
    problem = ballot_problem(facts.members, votes, visit_expert_votes=facts.visit_expert_votes)
    if problem is not None:
        raise problem


def _tally(request: ActionRequest) -> tuple[int, int]:
    votes = dict(request.params.get("votes") or {})
    return (
        sum(1 for v in votes.values() if v == "for"),
        sum(1 for v in votes.values() if v == "against"),
    )


def majority_for(facts: CaseFacts, request: ActionRequest) -> None:
    """The motion passes only with more votes for than against."""
    pro, contra = _tally(request)
    if pro <= contra:
        raise TransitionRefused("vote.no_majority", "votes", pro=pro, contra=contra)


def no_majority_for(facts: CaseFacts, request: ActionRequest) -> None:
    """A refusal cannot be recorded when the majority voted to grant."""
    pro, contra = _tally(request)
    if pro > contra:
        raise TransitionRefused("vote.majority_for_grant", "votes", pro=pro, contra=contra)


# --- decisions, appeals, revocation, expiry, renewal --------------------------------------


def not_yet_delivered(facts: CaseFacts, request: ActionRequest) -> None:
    """Delivery of a decision is recorded once."""
    if facts.decision_delivered_on:
        raise TransitionRefused(
            "decision.already_delivered", "date", delivered=_iso(facts.decision_delivered_on)
        )


def within_appeal_deadline(facts: CaseFacts, request: ActionRequest) -> None:
    """An appeal must reach the Board within the appeal period from delivery."""
    from calcert_desktop.domain.dates import appeal_deadline

    if facts.decision_on is None:
        raise TransitionRefused("appeal.no_decision", None)
    deadline = appeal_deadline(facts.decision_on, facts.decision_delivered_on, facts.appeal_days)
    if request.on > deadline:
        raise TransitionRefused(
            "appeal.too_late",
            "date",
            value=request.on.isoformat(),
            deadline=deadline.isoformat(),
            days=facts.appeal_days,
        )


def becomes_final_on(facts: CaseFacts) -> date | None:
    """The day a refusal or revocation becomes final when nobody appeals: the day after the
    appeal period counted from the recorded delivery (None while no delivery is recorded)."""
    from calcert_desktop.domain.dates import final_on

    return final_on(facts.decision_delivered_on, facts.appeal_days)


def appeal_period_over(facts: CaseFacts, request: ActionRequest) -> None:
    """A decision becomes final only from the day after the appeal period, counted from its
    recorded delivery (never while no delivery is recorded)."""
    final = becomes_final_on(facts)
    if final is None:
        raise TransitionRefused("finality.not_delivered", None)
    if request.on < final:
        raise TransitionRefused(
            "finality.appeal_period", "date", value=request.on.isoformat(),
            final=final.isoformat(),
        )  # fmt: skip


def not_yet_responded(facts: CaseFacts, request: ActionRequest) -> None:
    """The institution's response to the charges is recorded once."""
    if facts.response_received:
        raise TransitionRefused("charges.already_answered", None)


def response_heard(facts: CaseFacts, request: ActionRequest) -> None:
    """Revocation waits for the institution's response, or for its deadline to pass."""
    if facts.response_received:
        return
    if facts.response_due is None or request.on <= facts.response_due:
        raise TransitionRefused("charges.response_pending", "date", due=_iso(facts.response_due))


def validity_over(facts: CaseFacts, request: ActionRequest) -> None:
    """A certificate expires only after its last day of validity."""
    if facts.valid_until is None or request.on <= facts.valid_until:
        raise TransitionRefused(
            "certificate.still_valid", "date", valid_until=_iso(facts.valid_until)
        )


def can_renew(facts: CaseFacts, request: ActionRequest) -> None:
    """One renewal at a time, and not before the reminder period before expiry."""
    if facts.has_open_renewal:
        raise TransitionRefused("renewal.exists", None)
    if facts.renewal_from and request.on < facts.renewal_from:
        raise TransitionRefused(
            "renewal.too_early",
            "date",
            valid_until=_iso(facts.valid_until),
            start=facts.renewal_from.isoformat(),
        )

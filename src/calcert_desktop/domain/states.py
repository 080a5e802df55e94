"""The states a certification case passes through."""

from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    """Where a case stands; the transition table in :mod:`workflow` moves it."""

    DRAFT = "draft"
    FILED = "filed"
    INCOMPLETE = "incomplete"
    REVIEW = "review"
    SITE_VISIT = "site_visit"
    GRANTED = "granted"
    REFUSED = "refused"
    REFUSAL_APPEALED = "refusal_appealed"
    REFUSED_FINAL = "refused_final"
    CERTIFIED = "certified"
    REVOCATION = "revocation"
    CHARGED = "charged"
    REVOKED = "revoked"
    REVOCATION_APPEALED = "revocation_appealed"
    REVOKED_FINAL = "revoked_final"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        """Polish name of the state, as users see it."""
        return STATE_LABELS[self]

    @property
    def is_closed(self) -> bool:
        """True when nothing more will happen to the case."""
        return self in CLOSED_STATES


STATE_LABELS: dict[CaseState, str] = {
    CaseState.DRAFT: "szkic zgłoszenia",
    CaseState.FILED: "złożone – kontrola formalna",
    CaseState.INCOMPLETE: "wezwano do uzupełnienia",
    CaseState.REVIEW: "ocena Komisji",
    CaseState.SITE_VISIT: "wizytacja eksperta",
    CaseState.GRANTED: "przyznano – czeka na wydanie",
    CaseState.REFUSED: "odmowa przyznania",
    CaseState.REFUSAL_APPEALED: "odwołanie od odmowy",
    CaseState.REFUSED_FINAL: "odmowa ostateczna",
    CaseState.CERTIFIED: "certyfikat ważny",
    CaseState.REVOCATION: "postępowanie wyjaśniające",
    CaseState.CHARGED: "zarzuty na piśmie – czeka na odpowiedź",
    CaseState.REVOKED: "certyfikat odebrany",
    CaseState.REVOCATION_APPEALED: "odwołanie od odebrania",
    CaseState.REVOKED_FINAL: "odebranie ostateczne",
    CaseState.EXPIRED: "certyfikat wygasł",
    CaseState.WITHDRAWN: "wycofane",
}

CLOSED_STATES = frozenset(
    {CaseState.REFUSED_FINAL, CaseState.REVOKED_FINAL, CaseState.EXPIRED, CaseState.WITHDRAWN}
)

# The applications list: what the office is still writing, and what awaits the formal check.
APPLICATION_STATES: tuple[CaseState, ...] = (CaseState.DRAFT, CaseState.FILED)

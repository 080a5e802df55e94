"""The roles people have in the certification process."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A role; a person may hold several."""

    OFFICE = "office"
    COMMISSION_MEMBER = "commission_member"
    COMMISSION_CHAIR = "commission_chair"
    EXPERT = "expert"
    BOARD_MEMBER = "board_member"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Polish name of the role."""
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.OFFICE: "biuro",
    Role.COMMISSION_MEMBER: "członek Komisji Certyfikacyjnej",
    Role.COMMISSION_CHAIR: "przewodniczący Komisji Certyfikacyjnej",
    Role.EXPERT: "ekspert CAL",
    Role.BOARD_MEMBER: "członek Zarządu CAL",
    Role.ADMIN: "administrator",
}


def parse_roles(codes: str | list[str] | tuple[str, ...]) -> frozenset[Role]:
    """Roles from codes (a comma-separated string or a sequence); unknown codes raise ValueError."""
    items = codes.split(",") if isinstance(codes, str) else list(codes)
    return frozenset(Role(item.strip()) for item in items if item.strip())

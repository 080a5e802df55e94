"""The rules of one assessment that a dialog checks while the member types, and the guard
checks again when the assessment is saved: the one place these rules are written."""

from __future__ import annotations

from calcert_desktop.domain.errors import ValidationError

RATINGS = ("meets", "partly", "not")
MEETS = "meets"


def comment_required(rating: str) -> bool:
    """A rating other than "meets" needs a comment giving the reasons."""
    return rating != MEETS


def comment_problem(standard: str, rating: str, comment: str) -> ValidationError | None:
    """The error when ``rating`` of ``standard`` needs a comment and ``comment`` is blank."""
    if comment_required(rating) and not comment.strip():
        return ValidationError("assessment.comment_required", "comment", standard=standard)
    return None

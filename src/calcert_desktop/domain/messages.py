"""Polish messages for every error code, and the Polish labels of fields.

One catalogue, so the command line and the GUI say the same thing. Codes are grouped by the
module that raises them; the validation codes live in :mod:`messages_validation`.
"""

from __future__ import annotations

from typing import Any

from calcert_desktop.domain.messages_accounts import ACCOUNT_MESSAGES
from calcert_desktop.domain.messages_attachments import ATTACHMENT_MESSAGES
from calcert_desktop.domain.messages_audit import AUDIT_MESSAGES
from calcert_desktop.domain.messages_board import BOARD_FIELD_LABELS, BOARD_MESSAGES
from calcert_desktop.domain.messages_encryption import ENCRYPTION_MESSAGES
from calcert_desktop.domain.messages_exchange import EXCHANGE_MESSAGES
from calcert_desktop.domain.messages_files import FILE_MESSAGES
from calcert_desktop.domain.messages_office import OFFICE_FIELD_LABELS, OFFICE_MESSAGES
from calcert_desktop.domain.messages_privacy import PRIVACY_MESSAGES
from calcert_desktop.domain.messages_reasons import REASON_MESSAGES
from calcert_desktop.domain.messages_register import REGISTER_FIELD_LABELS, REGISTER_MESSAGES
from calcert_desktop.domain.messages_seals import SEAL_MESSAGES
from calcert_desktop.domain.messages_server import SERVER_MESSAGES
from calcert_desktop.domain.messages_server_search import SERVER_SEARCH_MESSAGES
from calcert_desktop.domain.messages_sheets import SHEET_MESSAGES
from calcert_desktop.domain.messages_signatures import SIGNATURE_MESSAGES
from calcert_desktop.domain.messages_statistics import STATISTICS_MESSAGES
from calcert_desktop.domain.messages_storage import STORAGE_MESSAGES
from calcert_desktop.domain.messages_templates import TEMPLATE_MESSAGES
from calcert_desktop.domain.messages_validation import FIELD_LABELS, VALIDATION_MESSAGES
from calcert_desktop.domain.messages_workflow import WORKFLOW_FIELD_LABELS, WORKFLOW_MESSAGES

MESSAGES: dict[str, str] = {
    "validation.multiple": "Dane zawierają błędy ({count}).",
    **VALIDATION_MESSAGES,
    **WORKFLOW_MESSAGES,
    **BOARD_MESSAGES,
    **TEMPLATE_MESSAGES,
    **SEAL_MESSAGES,
    **ATTACHMENT_MESSAGES,
    **STORAGE_MESSAGES,
    **SERVER_MESSAGES,
    **FILE_MESSAGES,
    **SERVER_SEARCH_MESSAGES,
    **OFFICE_MESSAGES,
    **REASON_MESSAGES,
    **ACCOUNT_MESSAGES,
    **AUDIT_MESSAGES,
    **ENCRYPTION_MESSAGES,
    **PRIVACY_MESSAGES,
    **EXCHANGE_MESSAGES,
    **SIGNATURE_MESSAGES,
    **REGISTER_MESSAGES,
    **SHEET_MESSAGES,
    **STATISTICS_MESSAGES,
}


LABELS: dict[str, str] = {
    **WORKFLOW_FIELD_LABELS, **BOARD_FIELD_LABELS, **FIELD_LABELS, **OFFICE_FIELD_LABELS,
    **REGISTER_FIELD_LABELS,
}


def field_label(field: str | None) -> str | None:
    """Polish label of a dotted field path, falling back to its most specific known prefix."""
    if field is None:
        return None
    probe = field
    while probe:
        if probe in LABELS:
            return LABELS[probe]
        if "." not in probe:
            break
        probe = probe.rsplit(".", 1)[0]
    return field


def _record_field_label(field: str | None) -> str | None:
    """A Polish name for a field no label names: its last dotted part as a known field or a
    database column's name (capitalised); ``None`` rather than a schema identifier."""
    from calcert_desktop.domain.case_labels import FIELD_LABELS as COLUMN_LABELS

    last = (field or "").rsplit(".", 1)[-1]
    if last in LABELS:
        return LABELS[last]
    name = COLUMN_LABELS.get(last)
    return name[0].upper() + name[1:] if name else None


def render(code: str, field: str | None, params: dict[str, Any]) -> str:
    """The Polish sentence for an error; unknown codes still say something useful."""
    template = MESSAGES.get(code)
    if template is None:
        text = f"Błąd {code}"
    else:
        try:
            text = template.format(**params)
        except (KeyError, IndexError, ValueError):
            text = template
    label = field_label(field)
    if label == field:  # no Polish name: a schema identifier is never shown as a prefix
        label = _record_field_label(field)
    if label and "{field}" not in (template or "") and not text.startswith(label):
        return f"{label}: {text}"
    return text

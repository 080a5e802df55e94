"""Applications before they are cases: drafts, their attachments, declaring."""

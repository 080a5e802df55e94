"""What the letters the office writes share (the acknowledgement of receipt, the request to
complete, the renewal reminder): the office as the sender under the body's name, and the
formula it signs with. The Commission and the Board are in :mod:`letter`."""

from __future__ import annotations

# The sender line under the body's name (``letter.ORGANISATION``) on the office's letters.
OFFICE = "Biuro Certyfikatu Jakości CAL"
SIGNED_FOR = "W imieniu Biura Certyfikatu Jakości CAL"

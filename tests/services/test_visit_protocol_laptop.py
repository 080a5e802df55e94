"""The site-visit protocol written on a laptop (issue 19, point 3): saved as it is typed and
back after a crash, photos kept as evidence, the visit's results recorded from it, sent back
with the photos; the office sees every field. Only the visit's expert writes it, only in a
case handed to the laptop for that visit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.exchange import protocol
from cli_support import Cli
from exchange_support import handed_visit

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def handed(cli: Cli, declaration_file, tmp_path: Path, capsys) -> tuple[Cli, Cli, str]:
    """An office, the expert's laptop, and a case whose visit was handed to it."""
    return cli, *handed_visit(cli, declaration_file, tmp_path, capsys)


def test_the_protocol_survives_a_crash_and_comes_back_with_its_photos(handed, tmp_path):
    cli, laptop, reference = handed
    photo = tmp_path / "sala.png"
    photo.write_bytes(PHOTO)
    ctx = open_context(DataPaths(laptop.data_dir), create=False)
    expert = resolve_actor(ctx, "ekspert")
    draft = protocol.open_draft(ctx, expert, reference)
    assert [s.code for s in draft.standards][:2] == ["S1", "S2"] and draft.saved_at is None
    draft.standards[0].rating = "meets"
    draft.standards[0].observations = "Sala dostępna dla osób z niepełnosprawnościami."
    draft.standards[0].finding = "Standard spełniony."
    draft.standards[0].evidence.append(protocol.add_evidence(ctx, expert, reference, photo))
    draft.summary = "Wizytacja potwierdziła zgłoszenie."
    draft.representative = "Anna Nowak, dyrektor"
    draft.acknowledged = True
    protocol.save(ctx, expert, draft)
    ctx.close()  # the laptop's program ends here without finishing: a crash

    ctx = open_context(DataPaths(laptop.data_dir), create=False)
    try:
        expert = resolve_actor(ctx, "ekspert")
        again = protocol.open_draft(ctx, expert, reference)
        assert again.saved_at is not None and again.summary == draft.summary
        assert again.standards[0].evidence == draft.standards[0].evidence
        with pytest.raises(PermissionDenied, match="ekspert"):
            protocol.open_draft(ctx, resolve_actor(ctx, "admin"), reference)
        protocol.finish(ctx, expert, again)
    finally:
        ctx.close()
    back = tmp_path / "zwrot.calpack"
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(back), user="ekspert")
    cli.ok("import", str(back), user="biuro")
    visit = json.loads(cli.ok("show", reference, "--json", user="biuro"))["site_visits"][0]
    assert visit["status"] == "done" and visit["representative"] == "Anna Nowak, dyrektor"
    assert visit["acknowledged"] is True
    s1 = visit["findings"]["S1"]
    assert s1["observations"].startswith("Sala dostępna") and s1["rating"] == "meets"
    assert [e["name"] for e in s1["evidence"]] == ["sala.png"]
    office = open_context(DataPaths(cli.data_dir), create=False)
    try:
        digest = s1["evidence"][0]["sha256"]
        from calcert_desktop.services.context import reading
        from calcert_desktop.storage import blobs

        with reading(office) as session:
            assert blobs.read(session, digest) == PHOTO
    finally:
        office.close()

"""``calcert self-test`` in a child process, as the frozen program runs it in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "calcert_desktop", "self-test", "--report",
         str(tmp_path / "raport.txt")],
        capture_output=True, text=True, encoding="utf-8", env=environment, timeout=300,
    )  # fmt: skip


def test_self_test_passes_every_check_and_writes_its_report(tmp_path):
    done = _self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report = (tmp_path / "raport.txt").read_text(encoding="utf-8")
    assert report == done.stdout
    for check in ("zasoby programu", "baza danych", "dane przykładowe", "certyfikat (PDF)",
                  "pieczęć certyfikatu", "podpis elektroniczny", "szyfrowanie bazy",
                  "pismo o odmowie (PDF)",
                  "tłumaczenia", "okno główne", "drukowanie"):
        assert f"✓ {check}: " in report
    assert "nr CJ-" in report
    assert report.rstrip().endswith("s.") and "Samotest udany: 11 sprawdzeń" in report


def test_self_test_stops_at_the_first_failure_with_a_polish_line(tmp_path):
    done = _self_test(tmp_path, CALCERT_FORMS_DIR=str(tmp_path / "nie-ma"))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("✗ zasoby programu: ")
    assert lines[-1] == "Samotest NIEUDANY."
    assert "Traceback" not in done.stdout + done.stderr
    assert "baza danych" not in done.stdout  # nothing after the first failure


def test_a_check_that_hangs_ends_the_self_test_with_its_stacks():
    # The frozen build's self-test must fail, not stall CI: a check that never returns is
    # ended by faulthandler after CHECK_TIMEOUT with every thread's stack in the output.
    script = (
        "import sys, time\n"
        "from calcert_desktop import selftest\n"
        "selftest.CHECK_TIMEOUT = 1\n"
        "selftest.SelfTest.resources = lambda self: time.sleep(60) or ''\n"
        "sys.exit(selftest.run(sys.stdout))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          encoding="utf-8", env=environment, timeout=120)  # fmt: skip
    assert done.returncode != 0
    assert "Timeout" in done.stdout
    assert "<lambda>" in done.stdout
    assert "Samotest udany" not in done.stdout

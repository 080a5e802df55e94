"""Pure helpers of dev.py, the set-up script at the repository root (no venv is created)."""

import importlib.util
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_dev_script():
    spec = importlib.util.spec_from_file_location("calcert_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclass/annotation lookups expect the module there
    spec.loader.exec_module(module)
    return module


dev = _load_dev_script()


def _fake_repo(root: Path) -> Path:
    (root / "requirements").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (root / "requirements" / "lock.txt").write_text("a==1 \\\n    --hash=sha256:00\n")
    (root / "requirements" / "lock-test.txt").write_text("b==2 \\\n    --hash=sha256:11\n")
    return root


def test_venv_python_on_windows_and_elsewhere(tmp_path):
    venv_dir = tmp_path / ".venv"
    assert dev.venv_python(venv_dir, windows=True) == venv_dir / "Scripts" / "python.exe"
    assert dev.venv_python(venv_dir, windows=False) == venv_dir / "bin" / "python"


def test_venv_python_defaults_to_this_platform(tmp_path):
    expected = "python.exe" if sys.platform == "win32" else "python"
    assert dev.venv_python(tmp_path).name == expected


def test_python_version_tag():
    assert dev.python_version_tag((3, 12, 4, "final", 0), "cpython") == "cpython-3.12.4"
    assert dev.python_version_tag().startswith(sys.implementation.name + "-3.")


def test_stamp_is_stable_for_unchanged_inputs(tmp_path):
    root = _fake_repo(tmp_path)
    first = dev.compute_stamp(root, "cpython-3.11.7")
    assert first == dev.compute_stamp(root, "cpython-3.11.7")
    assert len(first) == 64


@pytest.mark.parametrize("changed", ["requirements/lock.txt", "requirements/lock-test.txt"])
def test_stamp_changes_when_a_lock_file_changes(tmp_path, changed):
    root = _fake_repo(tmp_path)
    before = dev.compute_stamp(root, "cpython-3.11.7")
    with (root / changed).open("a", encoding="utf-8") as handle:
        handle.write("c==3 \\\n    --hash=sha256:22\n")
    assert dev.compute_stamp(root, "cpython-3.11.7") != before


def test_stamp_changes_with_pyproject_python_and_missing_file(tmp_path):
    root = _fake_repo(tmp_path)
    before = dev.compute_stamp(root, "cpython-3.11.7")
    assert dev.compute_stamp(root, "cpython-3.12.0") != before
    (root / "pyproject.toml").write_text("[project]\nname = 'y'\n", encoding="utf-8")
    after_pyproject = dev.compute_stamp(root, "cpython-3.11.7")
    assert after_pyproject != before
    (root / "requirements" / "lock-test.txt").write_text("")
    emptied = dev.compute_stamp(root, "cpython-3.11.7")
    (root / "requirements" / "lock-test.txt").unlink()
    assert dev.compute_stamp(root, "cpython-3.11.7") not in (after_pyproject, emptied)


def test_stamp_ignores_line_endings(tmp_path):
    root = _fake_repo(tmp_path)
    before = dev.compute_stamp(root, "cpython-3.11.7")
    lock = root / "requirements" / "lock.txt"
    lock.write_bytes(lock.read_bytes().replace(b"\n", b"\r\n"))
    assert dev.compute_stamp(root, "cpython-3.11.7") == before


def test_stamp_satisfies_profiles():
    stamp = "ab" * 32
    run_text = dev.format_stamp(stamp, dev.PROFILE_RUN)
    test_text = dev.format_stamp(stamp, dev.PROFILE_TEST)
    assert dev.stamp_satisfies(run_text, stamp, with_test=False)
    assert not dev.stamp_satisfies(run_text, stamp, with_test=True)
    assert dev.stamp_satisfies(test_text, stamp, with_test=True)
    assert dev.stamp_satisfies(test_text, stamp, with_test=False)
    assert not dev.stamp_satisfies(test_text, "cd" * 32, with_test=False)
    assert not dev.stamp_satisfies(None, stamp, with_test=False)
    assert not dev.stamp_satisfies("garbage", stamp, with_test=False)


def test_venv_version_reads_pyvenv_cfg(tmp_path):
    assert dev.venv_version(tmp_path) is None
    (tmp_path / "pyvenv.cfg").write_text(
        "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.3\n"
    )
    assert dev.venv_version(tmp_path) == (3, 12)


def test_exit_code_of_maps_interrupts_and_signals():
    assert dev.exit_code_of(0) == 0
    assert dev.exit_code_of(3) == 3
    assert dev.exit_code_of(0, interrupted=True) == 130
    assert dev.exit_code_of(-2) == 130  # SIGINT on POSIX
    assert dev.exit_code_of(0xC000013A) == 130  # Ctrl-C on Windows
    assert dev.exit_code_of(-15) == 143


def test_lint_targets_skip_missing_folders(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "dev.py").write_text("")
    assert dev.lint_targets(tmp_path) == ["src", "dev.py"]


def test_requirement_name():
    assert dev.requirement_name("SQLAlchemy>=2.0,<2.1  # the 2.0 series") == "sqlalchemy"
    assert dev.requirement_name("PySide6_Essentials>=6.7") == "pyside6-essentials"
    assert dev.requirement_name("-c lock.txt") is None
    assert dev.requirement_name("# comment") is None
    assert dev.requirement_name("   ") is None


def test_foreign_lines_catch_local_indexes():
    assert dev.foreign_lines("a==1 \\\n    --hash=sha256:00\n") == []
    assert dev.foreign_lines("--extra-index-url file:///opt/pypi/simple\na==1\n")
    assert dev.foreign_lines("-f /opt/wheels\n")


def _names(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {name for name in map(dev.requirement_name, lines) if name}


def test_requirement_inputs_follow_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {dev.requirement_name(spec) for spec in project["dependencies"]}
    tests = {dev.requirement_name(spec) for spec in project["optional-dependencies"]["test"]}
    assert runtime <= _names(ROOT / "requirements" / "in.txt")
    assert tests <= _names(ROOT / "requirements" / "in-test.txt")
    build = {dev.requirement_name(spec) for spec in project["optional-dependencies"]["build"]}
    assert build <= _names(ROOT / "requirements" / "in-build.txt")


def test_lock_files_are_hashed_and_free_of_local_paths():
    for name in ("lock.txt", "lock-test.txt", "lock-build.txt"):
        text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
        assert "--hash=sha256:" in text
        assert dev.foreign_lines(text) == []


def test_old_python_is_refused_with_exit_2(monkeypatch, capsys):
    monkeypatch.setattr(dev.sys, "version_info", (3, 10, 12, "final", 0))
    assert dev.main(["run"]) == 2
    assert "3.11" in capsys.readouterr().err


def test_usage_and_unknown_commands_create_nothing(capsys):
    assert dev.main(["--help"]) == 0
    assert "dev.py" in capsys.readouterr().out
    assert dev.main([]) == 2
    assert dev.main(["bogus"]) == 2
    assert "bogus" in capsys.readouterr().err


def test_frozen_executable_is_named_per_platform(tmp_path):
    assert dev.frozen_executable(tmp_path, windows=True) == tmp_path / "CALcert" / "CALcert.exe"
    assert dev.frozen_executable(tmp_path, windows=False) == tmp_path / "CALcert" / "CALcert"


def test_the_console_program_sits_beside_the_window_under_another_name(tmp_path):
    console = dev.frozen_executable(tmp_path, windows=True, console=True)
    window = dev.frozen_executable(tmp_path, windows=True)
    assert console == tmp_path / "CALcert" / "calcert-cli.exe"
    assert console.parent == window.parent
    assert console.name.lower() != window.name.lower()  # Windows' names ignore case
    linux = dev.frozen_executable(tmp_path, windows=False, console=True)
    assert linux == tmp_path / "CALcert" / "calcert-cli"


def test_project_version_is_read_from_the_package_source(tmp_path):
    package = tmp_path / "src" / "calcert_desktop"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""x"""\n\n__version__ = "2.3.4"\n', encoding="utf-8")
    assert dev.project_version(tmp_path) == "2.3.4"
    (package / "__init__.py").write_text('"""nothing"""\n', encoding="utf-8")
    with pytest.raises(dev.DevError):
        dev.project_version(tmp_path)


def test_makensis_command_passes_the_version_folder_and_output(tmp_path):
    script = tmp_path / "calcert.nsi"
    full = dev.makensis_command("1.2.0", tmp_path / "dist", tmp_path / "i.exe", script)
    assert full[:4] == ["-V2", "-WX", "-INPUTCHARSET", "UTF8"]  # warnings fail the build
    assert "-DVERSION=1.2.0" in full and f"-DSOURCE_DIR={tmp_path / 'dist'}" in full
    assert full[-1] == str(script) and "-DUNCOMPRESSED" not in full
    quick = dev.makensis_command("1.2.0", tmp_path, tmp_path / "i.exe", script, compress=False)
    assert "-DUNCOMPRESSED" in quick


def test_a_comment_naming_a_requirements_file_is_not_a_local_path():
    lock = "# The following packages are considered to be unsafe in a requirements file:\n"
    assert dev.foreign_lines(lock) == []
    assert dev.foreign_lines("pkg @ file:///opt/wheels/pkg.whl\n") != []


def test_missing_xcb_libraries_become_one_apt_line():
    present = {"xcb-icccm", "xcb-image", "xcb-keysyms", "xcb-randr", "xcb-render-util",
               "xcb-shape", "xcb-xinerama", "xcb-xkb"}  # fmt: skip
    missing = dev.missing_xcb_packages(lambda name: f"lib{name}.so" if name in present else None)
    assert missing == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    advice = dev.xcb_advice(missing)
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0\n" in advice
    assert dev.missing_xcb_packages(lambda name: f"lib{name}.so") == []


def test_the_xcb_check_applies_only_to_x11_on_linux():
    assert dev.needs_xcb({}, "linux")
    assert dev.needs_xcb({"XDG_SESSION_TYPE": "x11"}, "linux")
    assert not dev.needs_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not dev.needs_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert dev.needs_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert not dev.needs_xcb({}, "win32") and not dev.needs_xcb({}, "darwin")


def test_a_child_that_hangs_is_killed_and_named(tmp_path):
    # A build step that stalls (CI once ran out its 90 minutes in silence after the tests)
    # fails with the step's name instead.
    started = time.monotonic()
    with pytest.raises(dev.DevError) as caught:
        dev.run_child([sys.executable, "-c", "import time; time.sleep(60)"], timeout=1)
    assert time.monotonic() - started < 30
    assert "nie zakończył się w ciągu 1 s" in str(caught.value)
    assert dev.run_child([sys.executable, "-c", "raise SystemExit(3)"], timeout=30) == 3

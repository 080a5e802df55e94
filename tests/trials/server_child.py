"""A child process of the trials of several people at once (tests/trials/test_server_trials.py):
one PC of an office. It opens the data folder, does what it must read first, prints
``ready``, and waits for the agreed moment (epoch seconds on stdin) so that every child
writes at the same time. Each outcome is one line: ``ok <code> <result>`` after the commit,
``fail <code> <Polish message>`` for a refusal or a failure (never a traceback).

    python server_child.py DATA_DIR act LOGIN STEP CODE     one step of case_steps.STEPS
    python server_child.py DATA_DIR save-draft LOGIN CODE NAME   re-save a draft read first
    python server_child.py DATA_DIR file-loop CODE [CODE...]     file each, one after another
"""

from __future__ import annotations

import copy
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trials`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import AppContext, open_context, resolve_actor
from calcert_desktop.services.data_folder import as_domain_error
from calcert_desktop.services.process import perform
from trials.case_steps import DAY, STEPS


def _outcome(code: str, work: Callable[[], str]) -> bool:
    """Run ``work`` and print its line; whether it succeeded."""
    try:
        result = work()
    except DomainError as error:
        print("fail", code, json.dumps(error.message, ensure_ascii=False), flush=True)
        return False
    except Exception as error:  # as the front ends say it: Polish, or the bare type
        known = as_domain_error(error)
        text = known.message if known is not None else f"{type(error).__name__}: {error}"
        print("fail", code, json.dumps(text, ensure_ascii=False), flush=True)
        return False
    print("ok", code, result, flush=True)
    return True


def _await_start() -> None:
    print("ready", flush=True)
    start = float(sys.stdin.readline())
    time.sleep(max(0.0, start - time.time()))


def _act(ctx: AppContext, login: str, step: int, code: str) -> None:
    actor = resolve_actor(ctx, login)
    _, action, params = STEPS[step]
    _await_start()

    def act() -> str:
        result = perform.perform(ctx, actor, code, action, DAY, params)
        return json.dumps({"reference": result.reference, **result.extra}, ensure_ascii=False)

    _outcome(code, act)


def _save_draft(ctx: AppContext, login: str, code: str, name: str) -> None:
    actor = resolve_actor(ctx, login)
    info, data = drafts.load_draft(ctx, actor, code)  # as the wizard opens it
    changed = copy.deepcopy(data)
    changed.setdefault("institution", {})["name"] = name
    _await_start()
    _outcome(code, lambda: str(drafts.save_draft(ctx, actor, changed, code, info.version).version))


def _file_loop(ctx: AppContext, codes: list[str]) -> None:
    actor = resolve_actor(ctx, "biuro")
    _await_start()
    for code in codes:
        _outcome(code, lambda code=code: perform.perform(ctx, actor, code, "file", DAY).reference)


def main(data_dir: Path, mode: str, args: list[str]) -> None:
    ctx = open_context(DataPaths(data_dir), create=False)
    try:
        if mode == "act":
            _act(ctx, args[0], int(args[1]), args[2])
        elif mode == "save-draft":
            _save_draft(ctx, args[0], args[1], args[2])
        elif mode == "file-loop":
            _file_loop(ctx, args)
        else:
            raise SystemExit(f"unknown mode {mode}")
    finally:
        ctx.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3:])

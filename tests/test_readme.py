"""Every command in the README's code blocks runs as written after the set-up command (issue 12):
each `.venv/bin/beschlussarchiv …` line, in order, in a scratch copy of the repository's layout
(`serve` is started and asked for its front page, then stopped)."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)```", text, flags=re.S)
    lines = [re.split(r"\s#\s", line)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith(".venv/bin/beschlussarchiv ")]


def test_the_readme_shows_the_main_commands():
    commands = " ".join(readme_commands())
    for sub in ("ingest", "status", "export", "publish", "serve", "review"):
        assert f"beschlussarchiv {sub}" in commands


def test_every_readme_command_runs_as_written(tmp_path):
    for name in (".venv", "examples"):
        (tmp_path / name).symlink_to(ROOT / name)
    for command in readme_commands():
        if " serve " in f"{command} ":
            _serve(command, tmp_path)
            continue
        if ".. " in command or "…" in command:
            continue
        result = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert result.returncode in (0, 1), (command, result.stderr[-500:])
        assert "Traceback" not in result.stderr, command
    assert (tmp_path / "records.jsonl").stat().st_size > 0
    assert (tmp_path / "public.db").exists()


def _serve(command: str, cwd: Path) -> None:
    from tests.publishing import free_port

    port = free_port()
    args = shlex.split(command) + ["--port", str(port)]
    args = [a for a in args if a != "0.0.0.0"]
    if "--host" in args:
        args.remove("--host")
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    assert r.status == 200
                    return
            except OSError:
                assert proc.poll() is None, (command, proc.stderr.read()[-500:])
                time.sleep(0.2)
        raise AssertionError(f"{command} did not answer within 30 s")
    finally:
        proc.terminate()
        proc.wait(10)

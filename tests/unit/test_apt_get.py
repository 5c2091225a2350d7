"""tools/apt-get.sh (the Makefile's apt-get) waits for a held apt lock instead of failing at once; driven here with a
stand-in apt-get on PATH that reports the lock as held a given number of times."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STAND_IN = """#!/bin/sh
echo "$*" >> "$CALLS"
n=$(wc -l < "$CALLS")
if [ "$n" -le "$HELD" ]; then
  echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 1 (apt-get)" >&2
  exit 100
fi
echo done
"""


def run(tmp_path: Path, args: list[str], held: int, wait: int = 30) -> tuple[subprocess.CompletedProcess, list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "apt-get").write_text(STAND_IN)
    (bin_dir / "apt-get").chmod(0o755)
    calls = tmp_path / "calls"
    calls.write_text("")
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", CALLS=str(calls), HELD=str(held),
               KD_APT_WAIT=str(wait), KD_APT_PAUSE="0")
    result = subprocess.run(["sh", str(ROOT / "tools/apt-get.sh"), *args], env=env, capture_output=True, text=True)
    return result, calls.read_text().splitlines()


def test_update_is_tried_again_while_the_lists_lock_is_held(tmp_path):
    result, calls = run(tmp_path, ["update", "-qq"], held=2)
    assert result.returncode == 0, result.stderr
    assert calls == ["-o DPkg::Lock::Timeout=30 update -qq"] * 3
    assert result.stdout.strip() == "done" and "waiting" in result.stderr


def test_update_gives_up_when_the_wait_is_over(tmp_path):
    result, calls = run(tmp_path, ["update"], held=5, wait=0)
    assert result.returncode == 100 and len(calls) == 1
    assert "Could not get lock" in result.stdout


def test_install_leaves_the_waiting_to_dpkgs_lock_timeout(tmp_path):
    result, calls = run(tmp_path, ["install", "-y", "chromium"], held=0)
    assert result.returncode == 0 and calls == ["-o DPkg::Lock::Timeout=30 install -y chromium"]


def test_the_makefile_installs_through_it():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    apt_lines = [line for line in makefile.splitlines() if "apt-get" in line and not line.lstrip().startswith("#")]
    assert apt_lines == ["APT_GET := $(SUDO) sh tools/apt-get.sh"]

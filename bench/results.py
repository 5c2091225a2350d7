"""Writes a benchmark's figures to bench/results/<name>.json with the date, the machine's nproc and its load average."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict:
    """The conditions of a run: when, how many cores, and how loaded they were (1/5/15-minute load average)."""
    return {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "nproc": os.cpu_count(),
            "loadavg": [round(x, 2) for x in os.getloadavg()]}


def write_result(name: str, figures: dict, started: dict, label: str = "latest") -> Path:
    """Save figures under label (other labels' runs are kept), with the machine's conditions at the start
    (started, from machine()) and the load average at the end of the run."""
    path = RESULTS / f"{name}.json"
    RESULTS.mkdir(exist_ok=True)
    runs = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    runs[label] = {**started, "loadavg_end": machine()["loadavg"], **figures}
    path.write_text(json.dumps(runs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {path.relative_to(RESULTS.parents[1])}")
    return path

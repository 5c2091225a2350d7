"""Times the full strict build for the real library and for 1k / 5k / 10k synthetic papers, and prints how it grows."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import machine, write_result  # noqa: E402
from synthetic import ROOT, make_project, write_data_dir  # noqa: E402


def build(project: Path, site: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak memory (MiB, the largest max RSS) of the build process and
    the children it waited for, building a project with `mkdocs build --strict` into site (kd imported from the
    project's hooks/); raises if the build fails. CPU seconds depend far less than wall seconds on other load."""
    env = {**os.environ, "PYTHONPATH": str(Path(project).resolve() / "hooks")}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                                   cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            raise SystemExit(f"build of {project} failed:\n{errors.read().decode()[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def projects(sizes: str, work: Path):
    """(name, papers, project folder) of the real library, then of a synthetic library of each size."""
    from kd.data.library import load_library
    yield "real", len(load_library(ROOT / "data").papers), ROOT
    for n in (int(s) for s in sizes.split(",")):
        yield f"{n // 1000}k", n, make_project(write_data_dir(n, work / f"data-{n}"), work / f"project-{n}")


def arguments(description: str) -> argparse.Namespace:
    """The options build_time.py and build_memory.py share: library sizes and where to keep the builds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sizes", default="1000,5000,10000", help="synthetic library sizes")
    parser.add_argument("--keep", type=Path, help="keep the synthetic projects and sites under this folder")
    args = parser.parse_args()
    args.work = args.keep or Path(tempfile.mkdtemp(prefix="kd-bench-"))
    return args


def main() -> None:
    args = arguments(__doc__)
    started = machine()
    rows = []
    print(f"{'library':>8} {'papers':>7} {'seconds':>8} {'CPU s':>8}", flush=True)
    for name, n, project in projects(args.sizes, args.work):
        seconds, cpu, _ = build(project, args.work / f"site-{name}")
        rows.append((name, n, seconds, cpu))
        print(f"{name:>8} {n:>7} {seconds:>8.1f} {cpu:>8.1f}", flush=True)
    base_n, base_s, base_cpu = rows[1][1:]
    print("\ngrowth against the smallest synthetic library (time ratio vs paper ratio):")
    for name, n, seconds, cpu in rows[1:]:
        print(f"{name:>8}: papers x{n / base_n:.1f}, time x{seconds / base_s:.2f}, CPU x{cpu / base_cpu:.2f}, "
              f"{1000 * seconds / n:.1f} ms/paper ({1000 * cpu / n:.1f} ms CPU)")
    print(f"real library: {1000 * rows[0][2] / rows[0][1]:.1f} ms/paper ({1000 * rows[0][3] / rows[0][1]:.1f} ms CPU)")
    write_result("build_time", {"builds": [
        {"library": name, "papers": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
         "ms_per_paper": round(1000 * seconds / n, 2), "papers_ratio": round(n / base_n, 2) if name != "real" else None,
         "time_ratio": round(seconds / base_s, 3) if name != "real" else None,
         "cpu_ratio": round(cpu / base_cpu, 3) if name != "real" else None}
        for name, n, seconds, cpu in rows]}, started)


if __name__ == "__main__":
    main()

"""Times the site's two build engines on one copy of the project, interleaved: MkDocs (`mkdocs build --strict`, its
post-build writing the site files), and Zensical (`zensical-i18n build --strict`, from a clean cache and again warm,
each followed by `kd site-files`); prints wall and CPU seconds and the ratios to MkDocs, and saves them to
bench/results/build_engines.json. Needs .venv-zensical (make build-zensical installs it)."""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_overhead import snapshot  # noqa: E402
from results import machine, write_result  # noqa: E402
from synthetic import ROOT  # noqa: E402

# the Zensical venv (make exports its path as KD_ZENSICAL_VENV), also used by tests/engines
ZENSICAL_BIN = Path(os.environ.get("KD_ZENSICAL_VENV") or ROOT / ".venv-zensical") / "bin"


def timed(command: list, cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, with the children waited for) of one command; raises if it fails."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen([str(c) for c in command], cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            errors.seek(0)
            raise SystemExit(f"{' '.join(map(str, command))} failed:\n{errors.read().decode()[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def steps(project: Path, work: Path) -> dict[str, list]:
    """The commands of each way of building, by name."""
    kd_site_files = [ZENSICAL_BIN / "kd", "--data", project / "data", "site-files", project / "site"]
    return {
        "mkdocs": [[sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", work / "site-mkdocs"]],
        "zensical_clean": [[ZENSICAL_BIN / "zensical-i18n", "build", "--clean", "--strict"], kd_site_files],
        "zensical_warm": [[ZENSICAL_BIN / "zensical-i18n", "build", "--strict"], kd_site_files],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind, interleaved")
    parser.add_argument("--label", default="latest", help="name of this run in bench/results/engines.json")
    args = parser.parse_args()
    if not (ZENSICAL_BIN / "zensical-i18n").is_file():
        raise SystemExit(f"no Zensical in {ZENSICAL_BIN.parent}: run `make build-zensical` first")
    work = Path(tempfile.mkdtemp(prefix="kd-engines-"))
    project = snapshot(ROOT, work / "project")
    started = machine()
    wall: dict[str, list] = {name: [] for name in steps(project, work)}
    cpu: dict[str, list] = {name: [] for name in wall}
    site_files: dict[str, list] = {"wall": [], "cpu": []}
    for run in range(args.runs):
        for name, commands in steps(project, work).items():
            times = [timed(command, project) for command in commands]
            wall[name].append(sum(t[0] for t in times))
            cpu[name].append(sum(t[1] for t in times))
            if name.startswith("zensical"):
                site_files["wall"].append(times[-1][0])
                site_files["cpu"].append(times[-1][1])
            print(f"run {run + 1}: {name:<15} {wall[name][-1]:6.1f} s ({cpu[name][-1]:.1f} s CPU)", flush=True)
    medians = {name: round(statistics.median(t), 1) for name, t in wall.items()}
    cpu_medians = {name: round(statistics.median(t), 1) for name, t in cpu.items()}
    for name in wall:
        print(f"{name:<15} median {medians[name]:6.1f} s wall, {cpu_medians[name]:6.1f} s CPU; "
              f"{medians[name] / medians['mkdocs']:.2f}x MkDocs' wall, "
              f"{cpu_medians[name] / cpu_medians['mkdocs']:.2f}x its CPU")
    site_files_medians = {kind: round(statistics.median(t), 1) for kind, t in site_files.items()}
    print(f"kd site-files alone (in both Zensical builds): median {site_files_medians['wall']:.1f} s wall, "
          f"{site_files_medians['cpu']:.1f} s CPU")
    write_result("build_engines", {
        "runs": args.runs, "wall_seconds": wall, "cpu_seconds": cpu, "median_wall_seconds": medians,
        "median_cpu_seconds": cpu_medians, "kd_site_files_median_seconds": site_files_medians,
    }, started, args.label)


if __name__ == "__main__":
    main()

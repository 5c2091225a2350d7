"""Peak memory (max RSS) of the full strict build for the real library and for 1k / 5k / 10k synthetic papers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import arguments, build, projects  # noqa: E402
from results import machine, write_result  # noqa: E402


def main() -> None:
    args = arguments(__doc__)
    started = machine()
    rows = []
    print(f"{'library':>8} {'papers':>7} {'peak MiB':>9} {'seconds':>8}", flush=True)
    for name, n, project in projects(args.sizes, args.work):
        seconds, _, peak = build(project, args.work / f"site-{name}")
        rows.append({"library": name, "papers": n, "peak_mib": round(peak, 1), "seconds": round(seconds, 2)})
        print(f"{name:>8} {n:>7} {peak:>9.0f} {seconds:>8.1f}", flush=True)
    base = rows[1]
    print("\ngrowth against the smallest synthetic library:")
    for row in rows[1:]:
        print(f"{row['library']:>8}: papers x{row['papers'] / base['papers']:.1f}, "
              f"peak memory x{row['peak_mib'] / base['peak_mib']:.2f}")
    write_result("build_memory", {"builds": rows}, started)


if __name__ == "__main__":
    main()

"""Overhead of the data pipeline: our build against the same pages pre-rendered as plain Markdown, as a ratio in one run."""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import jinja2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import build  # noqa: E402
from results import machine, write_result  # noqa: E402
from synthetic import ROOT  # noqa: E402
from kd.pages.rawhtml import strip_marks  # noqa: E402

TARGET = 1.15  # issue 17: at most 1.15x plain Markdown at the library's size
PLAIN_WITHOUT_HOOK = "hooks/material_search.py"
LANGS = ("en",)  # the suffixed languages of mkdocs.yml's i18n plugin (zh is the unsuffixed default)


def page_language(src_uri: str) -> str:
    """The language of a Markdown file: its locale suffix (index.en.md), else the default, zh."""
    return next((lang for lang in LANGS if src_uri.endswith(f".{lang}.md")), "zh")


def page_url(src_uri: str) -> str:
    """The URL MkDocs (use_directory_urls) and mkdocs-static-i18n (suffix structure) give a Markdown file."""
    stem, lang = src_uri[:-len(".md")], ""
    for suffix in LANGS:
        if stem.endswith("." + suffix):
            stem, lang = stem[:-len(suffix) - 1], suffix
    path = stem[:-len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return f"{lang}/{path}" if lang else path


def macros_env(project: Path) -> SimpleNamespace:
    """The hooks/macros.py module's macros, defined over the project's library as mkdocs-macros would."""
    sys.path.insert(0, str(project / "hooks"))
    import macros

    env = SimpleNamespace(project_dir=str(project), variables={}, macros={}, page=None, conf={})
    env.macro = lambda f, name="": env.macros.setdefault(name or f.__name__, f)
    macros.define_env(env)
    return env


def snapshot(project: Path, out: Path) -> Path:
    """A copy of the files a build reads, so edits made to project while the benchmark runs change neither build."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("data", "docs", "hooks", "overrides"):
        shutil.copytree(project / name, out / name, ignore=ignore)
    shutil.copy(project / "mkdocs.yml", out / "mkdocs.yml")
    return out


def rendered_page(env: SimpleNamespace, source: Path, src_uri: str) -> str:
    """A page's Markdown with its macro calls replaced by their output, as the macros see that page (its finished HTML
    blocks as plain raw HTML, without the marks that let our build skip parsing them)."""
    env.page = SimpleNamespace(url=page_url(src_uri), file=SimpleNamespace(src_uri=src_uri, dest_uri=src_uri))
    env.conf = {"theme": {"language": page_language(src_uri)}}
    template = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(source.read_text(encoding="utf-8"))
    return strip_marks(template.render(**env.macros)) + "\n"


def prerender(project: Path, out: Path) -> Path:
    """A copy of project whose docs/ hold every page with its macro calls replaced by their output (its finished
    HTML blocks as plain raw HTML, without the marks that let our build skip parsing them), and whose mkdocs.yml is
    the same without the macros plugin and with Material's search index (data/, hooks/ and overrides/ linked in)."""
    env = macros_env(project)
    for path in sorted((project / "docs").rglob("*")):
        target = out / "docs" / path.relative_to(project / "docs")
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        src_uri = path.relative_to(project / "docs").as_posix()
        if path.suffix != ".md" or src_uri.startswith("dev/"):
            shutil.copy(path, target)
            continue
        target.write_text(rendered_page(env, path, src_uri), encoding="utf-8")
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    # a Markdown site's search is Material's, which indexes every page; ours (search/kd.<lang>.json) is written by
    # the pipeline measured here, and hooks/material_search.py spares our build Material's index, which it does not read
    config["hooks"] = [hook for hook in config["hooks"] if hook != PLAIN_WITHOUT_HOOK]
    (out / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name in ("data", "hooks", "overrides"):
        (out / name).symlink_to(project / name)
    return out


def pages(site: Path) -> dict[str, bytes]:
    """Every built HTML page of a site by its path."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="builds of each project, interleaved")
    parser.add_argument("--keep", type=Path, help="keep the plain project and the sites under this folder")
    parser.add_argument("--project", type=Path, default=ROOT, help="the project to measure (default: this one)")
    parser.add_argument("--label", default="latest", help="name of this run in bench/results/pipeline_overhead.json")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kd-overhead-"))
    started = machine()
    ours = snapshot(args.project.resolve(), work / "ours")
    plain = prerender(ours, work / "plain")
    times, cpu = {"ours": [], "plain": []}, {"ours": [], "plain": []}
    for run in range(args.runs):
        for name, project in (("ours", ours), ("plain", plain)):
            wall, cpu_seconds, _ = build(project, work / f"site-{name}")
            times[name].append(wall)
            cpu[name].append(cpu_seconds)
            print(f"run {run + 1}: {name:<5} {wall:6.1f} s ({cpu_seconds:.1f} s CPU)", flush=True)
    built = {name: pages(work / f"site-{name}") for name in times}
    if built["ours"].keys() != built["plain"].keys():
        raise SystemExit(f"the builds differ in pages: {sorted(built['ours'].keys() ^ built['plain'].keys())}")
    differ = sorted(k for k in built["ours"] if built["ours"][k] != built["plain"][k])
    print(f"{len(built['ours'])} pages in each build; {len(differ)} differ: {', '.join(differ) or 'none'}")
    medians = {name: statistics.median(t) for name, t in times.items()}
    ratio = medians["ours"] / medians["plain"]
    paired = statistics.median(o / p for o, p in zip(times["ours"], times["plain"]))
    cpu_ratio = statistics.median(cpu["ours"]) / statistics.median(cpu["plain"])
    print(f"median of {args.runs}: ours {medians['ours']:.1f} s, plain Markdown {medians['plain']:.1f} s; "
          f"ratio ours/plain {ratio:.2f}x (target: at most {TARGET}x); median of the runs' ratios {paired:.2f}x; "
          f"CPU seconds ours/plain {cpu_ratio:.2f}x")
    write_result("pipeline_overhead", {
        "runs": args.runs, "pages": len(built["ours"]), "pages_differing": differ,
        "seconds": {k: [round(x, 2) for x in v] for k, v in times.items()},
        "cpu_seconds": {k: [round(x, 2) for x in v] for k, v in cpu.items()},
        "median_seconds": {k: round(v, 2) for k, v in medians.items()}, "ratio": round(ratio, 3),
        "cpu_ratio": round(cpu_ratio, 3),
        "median_run_ratio": round(paired, 3), "target": TARGET,
    }, started, args.label)


if __name__ == "__main__":
    main()

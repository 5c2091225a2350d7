"""Building the library from all source lists: parse, correct, merge, filter, classify, assign ids, write."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kd.text import normalise_title
from kd.writer import format_papers

from . import curation as curation_module
from .candidate import Candidate
from .classify import classify
from .ids import assign_ids
from .merge import MergedPaper, merge
from .parsers import format_of, parse_file
from .parsers.flhonker import reference_links

ADDED = dt.date(2026, 11, 27).isoformat()
KD_TITLE = re.compile(
    r"distil|teach|student|knowledge|mimic|imitat|born[- ]again|privileged|\bhints?\b|mutual learning|"
    r"collaborative learning|compress|apprentice|mentor|tutor|\bkd\b|fitnets?|amalgamat", re.I)
# IPL-sharif files and headings whose every entry is a distillation method
_KD_METHOD_SECTIONS = {"sources", "schemes", "algorithms", "distillation with no labels (dino)", "diffusion models"}
_SURVEY_SECTIONS = {"survey", "📚 existing surveys on knowledge distillation"}


@dataclass
class BuildResult:
    """Papers ready to write, what was left out, and counts for the report."""

    papers: list[dict]
    excluded: list[dict]
    candidates: int
    merged_away: int
    notes: list[str] = field(default_factory=list)


def read_sources(source_dir: Path) -> tuple[list[Candidate], list[str]]:
    """All candidates of the known files in a folder, and reports of duplicate reference links."""
    candidates: list[Candidate] = []
    notes: list[str] = []
    for path in sorted(source_dir.glob("*__*.md")):
        fmt = format_of(path.name)
        if fmt is None:
            continue
        candidates += parse_file(path, fmt)
        if fmt == "flhonker":
            _, duplicates = reference_links(path.read_text(encoding="utf-8").splitlines())
            notes += [f"{path.name}: {d}" for d in duplicates]
    return candidates, notes


def exclusion_reason(paper: MergedPaper, cur: curation_module.Curation) -> str | None:
    """Why a merged paper stays out of the library, or None to keep it."""
    key = normalise_title(paper.title)
    sections = {h.casefold() for c in paper.candidates for h in c.section}
    if key in cur.exclude:
        return cur.exclude[key]
    if sections & _SURVEY_SECTIONS or re.search(r"\bsurvey\b", paper.title, re.I):
        return "survey of the field: belongs with the resources (kind: survey), not among method papers"
    if "other data-free model compression" in sections and len(paper.sources) == 1:
        return "data-free pruning/quantisation without distillation (listed apart from KD by the source)"
    if paper.year is None:
        return "no source gives a year (tool repositories, and papers whose year no list states)"
    if (not KD_TITLE.search(paper.title) and paper.sources == ["ipl-sharif"] and key not in cur.keep
            and not sections & _KD_METHOD_SECTIONS):
        return ("listed by IPL-sharif as context for an application area (foundation model, backbone or task "
                "method); the title names no distillation and title review found no KD contribution")
    return None


def to_record(paper: MergedPaper, cur: curation_module.Curation) -> dict:
    """The library mapping of a kept paper (without its id)."""
    families, domains, tags = classify(paper)
    manual = cur.classify.get(normalise_title(paper.title))
    if manual:
        families = manual.get("families", families)
        domains = manual.get("domains", domains)
    if not families and not domains:
        domains = ["other"]  # general KD work with no method family or application evidence
    links: dict = {}
    if paper.paper_url:
        links["paper"] = paper.paper_url
    if paper.arxiv:
        links["arxiv"] = paper.arxiv
    if paper.doi:
        links["doi"] = paper.doi
    if paper.code_urls:
        links["code"] = paper.code_urls
    record = {"title": paper.title, "authors": paper.authors, "year": paper.year,
              "venue": paper.venue or ("arXiv" if paper.arxiv else "unknown"),
              "families": families, "domains": domains}
    if tags:
        record["tags"] = tags
    if links:
        record["links"] = links
    record["sources"] = paper.sources
    record["added"] = ADDED
    return record


def with_manual_papers(papers: list[dict], manual: list[dict]) -> list[dict]:
    """Imported papers with hand-reviewed entries in place of the same paper (their sources and code merged)."""
    def keys(paper: dict) -> set[str]:
        arxiv = paper.get("links", {}).get("arxiv")
        return {"t:" + normalise_title(paper["title"])} | ({"a:" + str(arxiv)} if arxiv else set())

    result = []
    reviewed = [dict(entry, added=str(entry["added"])) for entry in manual]
    for paper in papers:
        match = next((entry for entry in reviewed if keys(entry) & keys(paper)), None)
        if match is None:
            result.append(paper)
            continue
        match["sources"] = sorted(set(match.get("sources", [])) | set(paper["sources"]))
        codes = match.setdefault("links", {}).get("code", []) + paper.get("links", {}).get("code", [])
        if codes:
            match["links"]["code"] = list(dict.fromkeys(codes))
    return result + reviewed


def build(source_dir: Path, cur: curation_module.Curation | None = None) -> BuildResult:
    """The whole import of a folder of source lists."""
    cur = cur or curation_module.load()
    candidates, notes = read_sources(source_dir)
    candidates = [cur.fix(c) for c in candidates]
    merged, unmatched = merge(candidates)
    papers, excluded = [], []
    for paper in merged:
        cur.apply_checked(paper)
        notes += [f"{paper.title}: {note}" for note in paper.notes]
        reason = exclusion_reason(paper, cur)
        first = paper.candidates[0]
        if reason:
            excluded.append({"title": paper.title, "source": first.source, "line": first.line, "reason": reason})
        else:
            papers.append(to_record(paper, cur))
    for c in unmatched:
        excluded.append({"title": c.title, "source": c.source, "line": c.line,
                         "reason": "implementation repository without a matching paper in any list"})
    papers = with_manual_papers(papers, cur.manual_papers)
    papers.sort(key=lambda p: (p["year"], normalise_title(p["title"])))
    assign_ids(papers)
    paper_count = sum(not c.code_only for c in candidates)
    return BuildResult(papers=papers, excluded=excluded, candidates=paper_count,
                       merged_away=paper_count - len(merged), notes=notes)


def file_of(paper: dict) -> str:
    """The papers file a paper lives in: its first family, else its first domain."""
    return (paper.get("families") or paper.get("domains") or ["other"])[0]


def write(result: BuildResult, out_dir: Path, excluded_file: Path) -> dict[str, int]:
    """Write one YAML file per family/domain and the exclusion list; the number of papers per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    by_file: dict[str, list[dict]] = {}
    for paper in result.papers:
        by_file.setdefault(file_of(paper), []).append(paper)
    for old in out_dir.glob("*.yml"):
        if old.stem not in by_file:
            old.unlink()
    for name, papers in sorted(by_file.items()):
        (out_dir / f"{name}.yml").write_text(format_papers(papers), encoding="utf-8")
    entries = sorted(result.excluded, key=lambda e: (e["reason"], normalise_title(e["title"])))
    header = "# Entries of the source lists left out of the library, and why.\n"
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    excluded_file.write_text(header + body, encoding="utf-8")
    return {name: len(papers) for name, papers in sorted(by_file.items())}


def summary(result: BuildResult) -> str:
    """A short report of the build: counts per family and domain, link coverage."""
    papers = result.papers
    families = Counter(f for p in papers for f in p.get("families", []))
    domains = Counter(d for p in papers for d in p.get("domains", []))
    with_link = sum(bool(p.get("links", {}).get("paper")) for p in papers)
    with_code = sum(bool(p.get("links", {}).get("code")) for p in papers)
    no_authors = sum(not p["authors"] for p in papers)
    rows = [f"candidates: {result.candidates}", f"merged as duplicates: {result.merged_away}",
            f"left out: {len(result.excluded)}", f"papers: {len(papers)}",
            f"with paper link: {with_link} ({with_link / len(papers):.0%})",
            f"with code: {with_code} ({with_code / len(papers):.0%})", f"without authors: {no_authors}",
            "families: " + ", ".join(f"{k} {v}" for k, v in families.most_common()),
            "domains: " + ", ".join(f"{k} {v}" for k, v in domains.most_common())]
    return "\n".join(rows)

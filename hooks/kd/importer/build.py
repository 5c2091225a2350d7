"""Building the library from all source lists: parse, correct, merge, filter, classify, assign ids, write."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kd.data.text import normalise_title
from kd.data.venues import canonical
from kd.data.writer import format_papers

from . import curation as curation_module
from .candidate import Candidate
from .classify import classify
from .ids import assign_ids
from .merge import MergedPaper, merge
from .parsers import extracted, format_of, parse_file, paperlists
from .parsers.flhonker import reference_links

KD_TITLE = re.compile(
    r"distil|teach|student|knowledge|mimic|imitat|born[- ]again|privileged|\bhints?\b|mutual learning|"
    r"collaborative learning|compress|apprentice|mentor|tutor|\bkd\b|fitnets?|amalgamat", re.I)
# IPL-sharif files and headings whose every entry is a distillation method
_KD_METHOD_SECTIONS = {"sources", "schemes", "algorithms", "distillation with no labels (dino)", "diffusion models"}
_SURVEY_SECTIONS = {"survey", "📚 existing surveys on knowledge distillation"}
_DATASET_DISTILLATION = re.compile(
    r"\b(?:dataset|data set)s? (?:distillation|condensation|distilling|condensing)|\bdata condensation|"
    r"\bdistill(?:ing|ed)? (?:the |a |large[- ]scale |image |video |text )?datasets?\b", re.I)
# why an entry is left out: the category printed in the import report, and written to data/excluded.yml
CATEGORIES = {
    "not-kd": "no distillation from a teacher model (the word is used in another sense, or the paper is context)",
    "dataset-distillation": "dataset distillation / condensation: a training set is condensed, no teacher model",
    "survey": "a survey of the field: listed among the resources, not among method papers",
    "no-paper": "a repository or model without a paper",
    "no-year": "no source gives a year",
    "unverified": "no published paper with this title could be found",
}


@dataclass
class BuildResult:
    """Papers ready to write, what was left out, the accepted-paper files read, and counts for the report."""

    papers: list[dict]
    excluded: list[dict]
    candidates: int
    merged_away: int
    notes: list[str] = field(default_factory=list)
    listed: list[ListedFile] = field(default_factory=list)


PAPERLISTS_MANIFEST = "manifest.tsv"


@dataclass
class ListedFile:
    """One accepted-paper list file that was read: where it came from and its distillation candidates."""

    file: str
    commit: str
    venue: str
    year: int
    candidates: list[Candidate]


def read_paperlists(folder: Path) -> list[ListedFile]:
    """The candidates of every papercopilot/paperlists file named in the folder's manifest (path, tab, commit)."""
    listed = []
    for row in (folder / PAPERLISTS_MANIFEST).read_text(encoding="utf-8").splitlines():
        file, commit = row.split("\t")
        if commit == "MISSING":
            continue
        venue, year = paperlists.venue_year(file)
        found = paperlists.parse((folder / file).read_text(encoding="utf-8"), file)
        listed.append(ListedFile(file=file, commit=commit, venue=venue, year=year, candidates=found))
    return listed


def read_extracted(folder: Path) -> list[ListedFile]:
    """The candidates of every extracted accepted-paper list (*.yml) in a folder, grouped by the file read."""
    listed: dict[tuple[str, str], ListedFile] = {}
    for path in sorted(folder.glob("*.yml")):
        for read_in, candidate in extracted.parse(path.read_text(encoding="utf-8")):
            key = (read_in["file"], read_in["commit"])
            if key not in listed:
                listed[key] = ListedFile(candidates=[], **read_in)
            listed[key].candidates.append(candidate)
    return list(listed.values())


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


def exclusion_reason(paper: MergedPaper, cur: curation_module.Curation) -> tuple[str, str] | None:
    """Why a merged paper stays out of the library (category, reason), or None to keep it."""
    key = normalise_title(paper.title)
    sections = {h.casefold() for c in paper.candidates for h in c.section}
    if key in cur.exclude:
        return cur.exclude[key]
    if key not in cur.keep and _DATASET_DISTILLATION.search(paper.title):
        return "dataset-distillation", "dataset distillation (condensing a training set), not knowledge distillation"
    if sections & _SURVEY_SECTIONS or re.search(r"\bsurvey\b", paper.title, re.I):
        return "survey", "survey of the field: belongs with the resources (kind: survey), not among method papers"
    if "other data-free model compression" in sections and len(paper.sources) == 1:
        return "not-kd", "data-free pruning/quantisation without distillation (listed apart from KD by the source)"
    if paper.year is None:
        return "no-year", "no source gives a year (tool repositories, and papers whose year no list states)"
    if (not KD_TITLE.search(paper.title) and paper.sources == ["ipl-sharif"] and key not in cur.keep
            and not sections & _KD_METHOD_SECTIONS):
        return "not-kd", ("listed by IPL-sharif as context for an application area (foundation model, backbone or "
                          "task method); the title names no distillation and title review found no KD contribution")
    return None


# the publisher a paper link names, for a paper no source gives a venue for (the venue table's "venue not recorded")
_PUBLISHERS = {"ieeexplore.ieee.org": "IEEE", "dl.acm.org": "ACM", "link.springer.com": "Springer Nature",
               "sciencedirect.com": "Elsevier", "openreview.net": "OpenReview"}
_DOI_PUBLISHERS = {"10.1145": "ACM", "10.1109": "IEEE", "10.1007": "Springer Nature", "10.1016": "Elsevier"}


def publisher_of(url: str | None) -> str | None:
    """The publisher (or OpenReview) whose site a paper link is on, or whose DOI prefix a doi.org link has."""
    host, _, path = re.sub(r"^https?://(www\.)?", "", url or "").partition("/")
    if host in ("doi.org", "dx.doi.org"):
        return _DOI_PUBLISHERS.get(path.split("/", 1)[0])
    return _PUBLISHERS.get(host)


def to_record(paper: MergedPaper, cur: curation_module.Curation) -> dict:
    """The library mapping of a kept paper (without its id)."""
    families, domains, tags = classify(paper)
    manual = cur.classify.get(normalise_title(paper.title))
    if manual:
        families = manual.get("families", families)
        domains = manual.get("domains", domains)
    review = cur.reviewed.get(normalise_title(paper.title))
    kind = "method"
    if review:
        families, kind = list(review["families"]), review.get("kind", "method")
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
    venue = paper.venue or ("arXiv" if paper.arxiv else publisher_of(paper.paper_url) or "unknown")
    record = {"title": paper.title, "authors": paper.authors}
    if paper.authors and not paper.authors_complete:
        record["more_authors"] = True
    record |= {"year": paper.year, "venue": canonical(venue) or venue, "families": families, "domains": domains}
    if kind != "method":
        record["kind"] = kind
    if tags:
        record["tags"] = tags
    if links:
        record["links"] = links
    record["sources"] = paper.sources
    return record


def with_manual_papers(papers: list[dict], manual: list[dict]) -> list[dict]:
    """Imported papers with hand-reviewed entries in place of the same paper (their sources and code merged)."""
    def keys(paper: dict) -> set[str]:
        arxiv = paper.get("links", {}).get("arxiv")
        return {"t:" + normalise_title(paper["title"])} | ({"a:" + str(arxiv)} if arxiv else set())

    result = []
    reviewed = [{key: value for key, value in entry.items() if key != "seen_at"} | {"added": str(entry["added"])}
                for entry in manual]
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


def build(source_dirs: list[Path], cur: curation_module.Curation | None = None,
          added: dict[str, str] | None = None, today: dt.date | None = None) -> BuildResult:
    """The whole import of folders of source lists (Markdown lists, paperlists JSON files with a manifest, or
    extracted YAML lists); added: when each paper already in the library entered it, by normalised title."""
    cur = cur or curation_module.load()
    candidates, notes, listed = [], [], []
    for folder in source_dirs:
        if (folder / PAPERLISTS_MANIFEST).is_file():
            files = read_paperlists(folder)
        elif any(folder.glob("*.yml")):
            files = read_extracted(folder)
        else:
            found, found_notes = read_sources(folder)
            candidates += found
            notes += found_notes
            continue
        listed += files
        candidates += [c for f in files for c in f.candidates]
    candidates = [cur.fix(c) for c in candidates]
    merged, unmatched = merge(candidates)
    papers, excluded = [], []
    for paper in merged:
        cur.apply_checked(paper)
        notes += [f"{paper.title}: {note}" for note in paper.notes]
        why = exclusion_reason(paper, cur)
        if why:
            excluded.append(excluded_entry(paper.title, paper.candidates[0], *why))
        else:
            papers.append(to_record(paper, cur))
    for c in unmatched:
        excluded.append(excluded_entry(c.title, c, "no-paper",
                                       "implementation repository without a matching paper in any list"))
    today_text = (today or dt.date.today()).isoformat()
    for paper in papers:  # a paper keeps the date it entered the library; a new one enters today
        paper["added"] = (added or {}).get(normalise_title(paper["title"]), today_text)
    papers = with_manual_papers(papers, cur.manual_papers)
    papers.sort(key=lambda p: (p["year"], normalise_title(p["title"])))
    assign_ids(papers)
    paper_count = sum(not c.code_only for c in candidates)
    return BuildResult(papers=papers, excluded=excluded, candidates=paper_count,
                       merged_away=paper_count - len(merged), notes=notes, listed=listed)


def excluded_entry(title: str, where: Candidate, category: str, reason: str) -> dict:
    """The excluded.yml record of a left-out entry: where a source lists it, its category and the reason."""
    if category not in CATEGORIES:
        raise ValueError(f"{title!r}: exclusion category {category!r} is not one of {', '.join(CATEGORIES)}")
    entry = {"title": title, "source": where.source}
    if where.file:
        entry["file"] = where.file
    return entry | {"line": where.line, "category": category, "reason": reason}


def file_of(paper: dict) -> str:
    """The papers file a paper lives in: its first family, else its first domain."""
    return (paper.get("families") or paper.get("domains") or ["other"])[0]


def listed_record(listed: list[ListedFile]) -> str:
    """data/accepted.yml: each accepted-paper file read, its commit, and the title and line of each candidate."""
    header = ("# Written by `kd import-all`: the accepted-paper lists read (papercopilot/paperlists files, and lists taken\n"
              "# from the proceedings or decision tables named below where paperlists lacks a venue-year), the commit\n"
              "# each was read at, and every accepted title about distillation from a teacher in it (with its line).\n"
              "# tests/data checks that each title is in the library or in data/excluded.yml.\n")
    files = [{"file": f.file, "commit": f.commit, "venue": f.venue, "year": f.year,
              "candidates": [{"title": c.title, "line": c.line} for c in f.candidates]}
             for f in sorted(listed, key=lambda f: f.file)]
    return header + yaml.safe_dump(files, allow_unicode=True, sort_keys=False, width=1000)


def write(result: BuildResult, out_dir: Path, excluded_file: Path, listed_file: Path | None = None) -> dict[str, int]:
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
    entries = sorted(result.excluded, key=lambda e: (e["category"], e["reason"], normalise_title(e["title"])))
    header = "# Entries of the source lists left out of the library, and why.\n"
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    excluded_file.write_text(header + body, encoding="utf-8")
    if listed_file and result.listed:
        listed_file.write_text(listed_record(result.listed), encoding="utf-8")
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
            "left out by category: " + ", ".join(
                f"{k} {v}" for k, v in Counter(e["category"] for e in result.excluded).most_common()),
            "families: " + ", ".join(f"{k} {v}" for k, v in families.most_common()),
            "domains: " + ", ".join(f"{k} {v}" for k, v in domains.most_common())]
    return "\n".join(rows)

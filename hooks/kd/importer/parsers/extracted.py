"""Parser for accepted-paper lists extracted from other public sources (official proceedings, decision tables) where
papercopilot/paperlists lacks a venue-year: one YAML file per venue-year naming its source repository, commit and
path, with each accepted title about distillation, its line there, and the authors and links the source gives."""
from __future__ import annotations

import yaml

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, bare_arxiv_id, clean_name, clean_title, clean_url, split_names

# the repositories such lists come from -> our source ids (data/resources.yml)
SOURCES = {
    "Bhavyashah20/acl-anthology": "acl-anthology",
    "DmitryRyumin/AAAI-2024-Papers": "aaai-2024-papers",
    "whitney-house/ICLR2025-OpenReview": "iclr2025-openreview",
    "arivero/NeurIPS2025_AcceptedPapers": "neurips2025-accepted",
    "euisuk-chung/vlm-paper-search": "vlm-paper-search",
    "firetix/awesome-cvpr-2026-papers": "cvpr2026-papers",
    "juyoungml/icml2026": "icml2026-events",
    "acl-org/acl-2026": "acl-2026-site",
    "acl-org/eacl-2026": "eacl-2026-site",
    "LexaNagiBator228/ECCV_2026_papers_auto_classified_by_topic": "eccv2026-papers",
    "chpark-ML/neurips2026-medical-llm-rag": "neurips2026-opd-selection",
}
# sources whose author lists are not the papers' bylines (e.g. found by profile search, alphabetical, partial)
UNRELIABLE_AUTHORS = {"whitney-house/ICLR2025-OpenReview"}
_TRACKS = {"Findings": "Findings of {}", "Workshop": "{} Workshops"}


def _venue(venue: str, track: str | None) -> str:
    return _TRACKS[track].format(venue) if track in _TRACKS else venue


def _authors(raw) -> list[str]:
    if isinstance(raw, str):
        return split_names(raw)
    return [name for name in (clean_name(str(n)) for n in raw or []) if name]


def parse(text: str) -> list[tuple[dict, Candidate]]:
    """Each candidate of one venue-year, with the file it was read in: repository, commit, path, venue, year."""
    raw = yaml.safe_load(text)
    source = raw["source"]
    findings = raw.get("findings_source") or source
    repository = source["repository"]
    if repository not in SOURCES:
        raise ValueError(f"{repository}: not a known source of accepted-paper lists ({', '.join(SOURCES)})")
    candidates = []
    for paper in raw["papers"]:
        links = paper.get("links") or {}
        track = paper.get("track")
        where = findings if track == "Findings" else source
        path = paper.get("path") or where["path"]
        paper_url = clean_url(links.get("paper"))
        arxiv = bare_arxiv_id(str(links["arxiv"])) if links.get("arxiv") else arxiv_id_from_url(paper_url)
        authors = [] if repository in UNRELIABLE_AUTHORS else _authors(paper.get("authors"))
        read_in = {"file": f"{repository}:{path}", "commit": where["commit"], "venue": raw["venue"],
                   "year": int(raw["year"])}
        candidates.append((read_in, Candidate(
            title=clean_title(paper["title"]), source=SOURCES[repository], line=int(paper["line"]),
            file=read_in["file"], authors=authors, authors_complete=bool(authors) and not paper.get("authors_partial"),
            year=int(raw["year"]),
            venue=_venue(raw["venue"], track), arxiv=arxiv, paper_url=paper_url,
            code_urls=[u for u in (clean_url(c) for c in links.get("code") or []) if u])))
    return candidates

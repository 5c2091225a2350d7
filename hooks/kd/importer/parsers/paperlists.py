"""Parser for papercopilot/paperlists: accepted papers of one venue-year (`<venue>/<venue><year>.json`) whose title
names distillation or a teacher and student."""
from __future__ import annotations

import json
import re
from collections import Counter

from ..candidate import Candidate
from ..normalise import bare_arxiv_id, clean_title, clean_url, split_names

SOURCE = "paperlists"
# a title about distillation from a teacher: every such title is a candidate (kept or excluded with a reason)
KD_TITLE = re.compile(r"distil|teacher|student|knowledge transfer", re.I)
NOT_ACCEPTED = re.compile(r"reject|withdraw|desk", re.I)
# the list's folder names -> canonical venue short names
VENUES = {
    "3dv": "3DV", "aaai": "AAAI", "acl": "ACL", "acmmm": "ACM MM", "acml": "ACML", "ai4x": "AI4X",
    "aistats": "AISTATS", "alt": "ALT", "automl": "AutoML", "coling": "COLING", "colm": "COLM", "colt": "COLT",
    "corl": "CoRL", "cvpr": "CVPR", "eccv": "ECCV", "emnlp": "EMNLP", "iccv": "ICCV", "iclr": "ICLR",
    "icml": "ICML", "icra": "ICRA", "ijcai": "IJCAI", "iros": "IROS", "kdd": "KDD", "naacl": "NAACL",
    "nips": "NeurIPS", "rss": "RSS", "siggraph": "SIGGRAPH", "siggraphasia": "SIGGRAPH Asia", "uai": "UAI",
    "wacv": "WACV", "www": "WWW",
}
_FINDINGS = ("ACL", "EMNLP", "NAACL")
_FILE = re.compile(r"(?:^|/)(?P<venue>[a-z0-9]+)/(?P=venue)(?P<year>\d{4})\.json$")
_TITLE_LINE = re.compile(r'^\s*"title":\s')
_CODE = re.compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com)/[^\s)\]\"']+", re.I)
_PAGE_KEYS = ("oa", "proceeding", "site", "openreview", "doi", "pdf")
# conference "virtual" pages list a session, not the paper: used only when nothing else is given
_VIRTUAL = re.compile(r"\.(?:cc|org|com)/virtual/", re.I)


def venue_year(path: str) -> tuple[str, int]:
    """The venue and year a list file holds, from its path ("cvpr/cvpr2025.json" -> ("CVPR", 2025))."""
    match = _FILE.search(path)
    if not match or match.group("venue") not in VENUES:
        raise ValueError(f"{path}: not a paperlists file <venue>/<venue><year>.json of a known venue")
    return VENUES[match.group("venue")], int(match.group("year"))


def _title(raw: str) -> str:
    """A title with the list's LaTeX markup ("D$^2$TV") turned into plain text ("D2TV")."""
    text = re.sub(r"\$\s*[\^_]\s*\{?([^${}]*)\}?\s*\$", r"\1", raw)
    text = re.sub(r"\\(?:textbf|emph|textit|mathrm|text)\{([^{}]*)\}", r"\1", text)
    return clean_title(text.replace("$", "").replace("{", "").replace("}", ""))


def _authors(entry: dict) -> list[str]:
    raw = entry.get("author") or entry.get("authors") or ""
    return split_names(raw.replace(";", ",")) if isinstance(raw, str) else []


def _venue(entry: dict, venue: str) -> str:
    status, site = str(entry.get("status") or ""), str(entry.get("site") or "")
    if venue in _FINDINGS and ("findings" in status.casefold() or "findings-" in site):
        return f"Findings of {venue}"
    if "workshop" in str(entry.get("track") or "").casefold():
        return f"{venue} Workshops"
    return venue


def _paper_url(entry: dict) -> str | None:
    urls = [clean_url(str(entry.get(key) or "")) for key in _PAGE_KEYS]
    urls = [url for url in urls if url]
    direct = [url for url in urls if not _VIRTUAL.search(url)]
    return (direct or urls or [None])[0]


def _doi(entry: dict) -> str | None:
    match = re.search(r"\b(10\.\d{4,9}/\S+)", str(entry.get("doi") or ""))
    return match.group(1).rstrip(".,;") if match else None


def _arxiv(entry: dict) -> str | None:
    raw = re.sub(r"(?i)^arxiv:\s*", "", str(entry.get("arxiv") or "").strip())
    return bare_arxiv_id(raw) if raw else None


def title_lines(text: str) -> list[int]:
    """The 1-based line of each entry's title in a pretty-printed list file, in entry order."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if _TITLE_LINE.match(line)]


def accepted(entry: dict) -> bool:
    """Whether the list records the paper as accepted (not rejected, withdrawn or desk-rejected)."""
    return not NOT_ACCEPTED.search(str(entry.get("status") or ""))


def parse(text: str, path: str) -> list[Candidate]:
    """Candidates: the accepted entries of one list file whose title is about distillation from a teacher."""
    venue, year = venue_year(path)
    entries = json.loads(text)
    lines = title_lines(text)
    if len(lines) != len(entries):
        raise ValueError(f"{path}: {len(entries)} entries but {len(lines)} title lines (not pretty-printed?)")
    # a DOI the list gives to several papers names their proceedings volume, not one paper
    shared_dois = {doi for doi, n in Counter(_doi(e) for e in entries if isinstance(e, dict)).items() if n > 1}
    candidates = []
    for entry, line in zip(entries, lines):
        title = _title(str(entry.get("title") or ""))
        if not title or not KD_TITLE.search(title) or not accepted(entry):
            continue
        codes = [clean_url(url.rstrip(".,")) for url in _CODE.findall(str(entry.get("github") or ""))]
        doi = _doi(entry)
        candidates.append(Candidate(
            title=title, source=SOURCE, line=line, file=path, authors=_authors(entry), year=year,
            venue=_venue(entry, venue), arxiv=_arxiv(entry), paper_url=_paper_url(entry),
            code_urls=list(dict.fromkeys(url for url in codes if url)), doi=None if doi in shared_dois else doi))
    return candidates

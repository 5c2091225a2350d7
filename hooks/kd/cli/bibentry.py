"""Reads the fields of a new paper from one BibTeX entry (parsed with pybtex)."""
from __future__ import annotations

import re

from pybtex.database import parse_string
from pybtex.richtext import Text
from pybtex.scanner import PybtexError

ARXIV_IN_TEXT = re.compile(r"arXiv[:\s]*(\d{4}\.\d{4,5})", re.IGNORECASE)


class BibtexError(ValueError):
    """The text holds no usable BibTeX entry."""


def _plain(latex: str) -> str:
    return " ".join(Text.from_latex(latex).render_as("text").split())


def _name(person) -> str:
    parts = person.first_names + person.middle_names + person.prelast_names + person.last_names + person.lineage_names
    return _plain(" ".join(parts))


def paper_fields(text: str) -> dict:
    """title, authors, year, venue and links of the single entry in text; values as written (unvalidated)."""
    try:
        entries = list(parse_string(text, "bibtex").entries.values())
    except PybtexError as error:
        raise BibtexError(f"not valid BibTeX: {error}") from error
    if len(entries) != 1:
        raise BibtexError(f"expected exactly one BibTeX entry, found {len(entries)}")
    entry = entries[0]
    fields = {key.lower(): value for key, value in entry.fields.items()}
    found: dict = {"authors": [_name(p) for p in entry.persons.get("author", [])]}
    if "title" in fields:
        found["title"] = _plain(fields["title"])
    if "year" in fields:
        found["year"] = fields["year"].strip()
    venue = fields.get("booktitle") or fields.get("journal") or ""
    arxiv = fields.get("eprint", "") if fields.get("archiveprefix", "").lower() == "arxiv" else ""
    if not arxiv and (match := ARXIV_IN_TEXT.search(venue + " " + fields.get("url", ""))):
        arxiv = match.group(1)
    if venue and not ARXIV_IN_TEXT.search(venue):
        found["venue"] = _plain(venue)
    elif arxiv or venue:
        found["venue"] = "arXiv"
    links = {"paper": fields.get("url", ""), "arxiv": arxiv, "doi": fields.get("doi", "")}
    found["links"] = {kind: value.strip() for kind, value in links.items() if value.strip()}
    return found

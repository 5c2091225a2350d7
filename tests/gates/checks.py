"""Assertions shared by the gates: each output lists every expected paper exactly once, with its text as written."""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import bibtexparser
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from kd.exports.bibtex import _LATEX_SPECIAL
from kd.exports.downloads import spreadsheet_safe

_LATEX_BACK = {command: char for char, command in _LATEX_SPECIAL.items()}
_LATEX_RE = re.compile("|".join(re.escape(c) for c in _LATEX_BACK) + r"|[{}]")


def norm(text: str) -> str:
    """Whitespace collapsed, as every output shows it."""
    return " ".join(text.split())


def latex_plain(value: str) -> str:
    """A BibTeX field as plain text: the exporter's commands undone, case-protecting braces dropped."""
    return norm(_LATEX_RE.sub(lambda m: _LATEX_BACK.get(m.group(0), ""), value))


def cards(page_html: str) -> list[tuple[str, str]]:
    """(id, visible title) of every paper card of a built page."""
    tree = lxml_html.fromstring(page_html)
    return [(article.get("data-id"), norm(article.find(".//h3").text_content()).removesuffix("¶").rstrip())
            for article in tree.xpath('//article[contains(concat(" ", @class, " "), " kd-paper ")]')]


def assert_cards(page_html: str, expected: list[dict], where: str) -> None:
    """The page's cards are exactly the expected papers, each once, each titled as written."""
    shown = cards(page_html)
    assert Counter(pid for pid, _ in shown) == Counter(p["id"] for p in expected), where
    titles = {p["id"]: norm(p["title"]) for p in expected}
    assert all(title == titles[pid] for pid, title in shown), (where, shown)


def assert_papers_json(text: str, papers: list[dict]) -> None:
    """papers.json holds every paper once, with title, authors and venue exactly as written."""
    records = json.loads(text)["papers"]
    assert Counter(r["id"] for r in records) == Counter(p["id"] for p in papers)
    by_id = {p["id"]: p for p in papers}
    for record in records:
        raw = by_id[record["id"]]
        assert (record["title"], record["authors"], record["venue"]) == (raw["title"], raw.get("authors", []), raw["venue"])


def assert_papers_csv(text: str, papers: list[dict]) -> None:
    """papers.csv has one row per paper, with the title and venue as written (made spreadsheet-safe)."""
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert Counter(r["id"] for r in rows) == Counter(p["id"] for p in papers)
    by_id = {p["id"]: p for p in papers}
    assert all((r["title"], r["venue"]) == (spreadsheet_safe(by_id[r["id"]]["title"]), spreadsheet_safe(by_id[r["id"]]["venue"]))
               for r in rows)


def bib_entries(text: str) -> list[dict]:
    """The entries of a .bib file, parsed by bibtexparser with nothing converted."""
    parser = bibtexparser.bparser.BibTexParser(common_strings=False, ignore_nonstandard_types=False)
    return bibtexparser.loads(text, parser=parser).entries


def assert_bib(text: str, papers: list[dict]) -> None:
    """A .bib file has one entry per paper, keyed by id, whose title and author names read back as written."""
    entries = bib_entries(text)
    assert Counter(e["ID"] for e in entries) == Counter(p["id"] for p in papers)
    by_id = {p["id"]: p for p in papers}
    for entry in entries:
        raw = by_id[entry["ID"]]
        assert latex_plain(entry["title"]) == norm(raw["title"]), entry
        names = [latex_plain(n) for n in re.split(r"\s+and\s+", entry["author"])] if "author" in entry else []
        assert len(names) == len(raw.get("authors", [])), entry
        for name, written in zip(names, raw.get("authors", [])):
            assert sorted(name.replace(",", " ").split()) == sorted(written.replace(",", " ").split()), (name, written)


def list_items(markdown: str) -> list[str]:
    """The visible text of every list item of a Markdown file, rendered as CommonMark."""
    tree = lxml_html.fromstring(MarkdownIt("commonmark").render(markdown) or "<p></p>")
    return [norm(li.text_content()) for li in tree.xpath("//ul/li")]


def assert_readme(files: dict[str, str], papers: list[dict]) -> None:
    """The files `kd readme` writes (README.md and lists/): each family's and domain's list shows each of its papers
    once, its title first, and no other list file exists."""
    members: dict[str, list[dict]] = {}
    for paper in papers:
        for section, ids in (("families", paper.get("families", [])), ("applications", paper.get("domains", []))):
            for group in ids:
                members.setdefault(f"lists/{section}/{group}", []).append(paper)
    assert {path.removesuffix(".md") for path in files if path.count("/") == 2} == set(members)
    for stem, expected in members.items():
        items = [item for path, text in files.items() if path == stem + ".md" or path.startswith(stem + "/")
                 for item in list_items(text)]
        assert len(items) == len(expected), (stem, items)
        for paper in expected:
            start = f"{norm(paper['title'])} - {paper['year']}, {norm(paper['venue'])}."
            assert sum(item.startswith(start) for item in items) == 1, (start, items)

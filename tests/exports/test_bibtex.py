"""The BibTeX writer: entry types by venue kind, keys, escaping, arXiv fields, read back with bibtexparser."""
from __future__ import annotations

import re

import bibtexparser
import pytest
from bibtexparser.bparser import BibTexParser

from kd.exports import bibtex
from kd.data.model import Links
from kd.data.venues import CONFERENCE, JOURNAL, OTHER, PREPRINT, venue_kind


def parse(text: str) -> list[dict]:
    parser = BibTexParser(common_strings=False, interpolate_strings=False)
    parser.ignore_nonstandard_types = False
    return bibtexparser.loads(text, parser=parser).entries


@pytest.mark.parametrize("venue, kind", [
    ("CVPR", CONFERENCE), ("NeurIPS", CONFERENCE), ("CVPR Workshops", CONFERENCE), ("Findings of ACL", CONFERENCE),
    ("TPAMI", JOURNAL), ("IEEE Transactions on Geoscience and Remote Sensing", JOURNAL), ("T-GRS", JOURNAL),
    ("arXiv", PREPRINT), ("Tech Report", OTHER),
])
def test_venue_kind_from_table_then_words(venue, kind):
    assert venue_kind(venue) == kind


@pytest.mark.parametrize("venue, entry_type, venue_field", [
    ("CVPR", "inproceedings", "booktitle"), ("TPAMI", "article", "journal"), ("arXiv", "misc", None),
    ("Tech Report", "misc", "howpublished"), ("unknown", "misc", None),
])
def test_entry_type_and_venue_field_follow_the_venue_kind(make_paper, venue, entry_type, venue_field):
    [entry] = parse(bibtex.entry_text(make_paper("hinton2015distilling", venue=venue)))
    assert entry["ENTRYTYPE"] == entry_type and entry["ID"] == "hinton2015distilling"
    for field in ("booktitle", "journal", "howpublished"):
        assert (field in entry) == (field == venue_field)


def test_arxiv_papers_carry_eprint_and_archive_prefix(make_paper):
    [entry] = parse(bibtex.entry_text(make_paper("hinton2015distilling")))
    assert entry["eprint"] == "1503.02531" and entry["archiveprefix"] == "arXiv"
    assert entry["url"] == "https://arxiv.org/abs/1503.02531" and entry["year"] == "2015"
    [no_arxiv] = parse(bibtex.entry_text(make_paper("a2015b", links=Links(paper="https://x.org/p"))))
    assert "eprint" not in no_arxiv and "archiveprefix" not in no_arxiv


def test_special_characters_are_escaped_and_read_back(tricky, plain_text):
    text = bibtex.entry_text(tricky)
    [entry] = parse(text)
    unescaped = re.findall(r"(?<!\\)[%&_#$~^]|\\(?![a-zA-Z%&_#$])", entry["title"])
    assert unescaped == []
    assert plain_text(entry["title"]) == " ".join(tricky.title.split())
    assert "{BERT}" in entry["title"] and "{3D}" in entry["title"]
    assert entry["booktitle"] == "IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert entry["doi"] == r"10.1000/x\_y"


def test_authors_are_last_first_with_lineage_and_particles(tricky):
    [entry] = parse(bibtex.entry_text(tricky))
    assert entry["author"] == "Müller, José and King, Jr., Martin Luther and van der Berg, Jean-Luc and 伟, 李"


def test_entry_without_authors_has_no_author_field(make_paper):
    [entry] = parse(bibtex.entry_text(make_paper("anon2020x", authors=())))
    assert "author" not in entry


def test_bibliography_keeps_order_and_keys(make_paper):
    papers = [make_paper(f"p{year}x", year=year) for year in (2019, 2017, 2018)]
    assert [e["ID"] for e in parse(bibtex.bibliography_text(papers))] == ["p2019x", "p2017x", "p2018x"]


@pytest.mark.parametrize("title", ["Plain title", "{", "}}{{", "a\\b", "~~^^"])
def test_any_title_gives_balanced_braces(make_paper, plain_text, title):
    text = bibtex.entry_text(make_paper("x2020y", title=title))
    [entry] = parse(text)
    assert plain_text(entry["title"]) == title


def test_the_word_and_inside_a_name_does_not_split_it(make_paper, plain_text):
    [entry] = parse(bibtex.entry_text(make_paper("x2020y", authors=("Tom and Jerry", "Ann AND Bo", "Andrea Sand"))))
    names = re.split(r"\s+and\s+", entry["author"])
    assert [plain_text(n) for n in names] == ["Jerry, Tom and", "Bo, Ann AND", "Sand, Andrea"]


@pytest.mark.parametrize("value, balanced", [
    ("{BERT} and {\\textbraceleft{}}", True), ("a{b", False), ("}{", False), ("end}", True), ("{test}}", True),
    ("{{test}", False),
])
def test_the_writers_brace_check_agrees_with_pybtex(value, balanced):
    from pybtex.bibtex.exceptions import BibTeXError
    from pybtex.database.output.bibtex import Writer

    def rejects(writer) -> bool:
        try:
            writer.check_braces(value)
        except BibTeXError:
            return True
        return False

    assert rejects(bibtex._PreEscapedWriter()) is (not balanced)
    assert rejects(Writer()) is (not balanced)

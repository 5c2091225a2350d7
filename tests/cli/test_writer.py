"""Unit tests of kd.data.writer: canonical text, ordering, quoting, header comments and insertion."""
from __future__ import annotations

import yaml

from kd.data.writer import comment_lines, format_file, format_paper, format_papers, insert_paper, scalar, split_header
from kd.data.yamlsource import read_yaml

HINTON = {
    "added": "2026-11-27", "sources": ["dkozlov", "flhonker"], "id": "hinton2015distilling",
    "links": {"code": ["https://github.com/a/b"], "arxiv": "1503.02531", "paper": "https://arxiv.org/abs/1503.02531"},
    "title": "Distilling the Knowledge in a Neural Network", "year": 2015, "venue": "arXiv",
    "authors": ["Geoffrey Hinton", "Oriol Vinyals"], "families": ["logits"], "domains": ["speech"], "tags": [],
}
HINTON_TEXT = """\
- id: hinton2015distilling
  title: Distilling the Knowledge in a Neural Network
  authors:
    - Geoffrey Hinton
    - Oriol Vinyals
  year: 2015
  venue: arXiv
  families: [logits]
  domains: [speech]
  links:
    paper: https://arxiv.org/abs/1503.02531
    arxiv: '1503.02531'
    code:
      - https://github.com/a/b
  sources: [dkozlov, flhonker]
  added: 2026-11-27
"""


def paper(pid: str, year: int, title: str) -> dict:
    return {"id": pid, "title": title, "authors": [], "year": year, "venue": "CVPR", "families": ["logits"],
            "added": "2026-11-27"}


def load(text: str, tmp_path) -> object:
    path = tmp_path / "papers.yml"
    path.write_text(text, encoding="utf-8")
    doc, problems = read_yaml(path, "papers.yml")
    assert not problems
    return doc.data


def test_format_paper_is_canonical_whatever_the_key_order():
    assert format_paper(HINTON) == HINTON_TEXT


def test_empty_optional_lists_are_left_out_but_authors_stay():
    assert format_paper(paper("a2020x", 2020, "X")) == (
        "- id: a2020x\n  title: X\n  authors: []\n  year: 2020\n  venue: CVPR\n  families: [logits]\n"
        "  added: 2026-11-27\n")


def test_scalars_are_plain_only_when_they_read_back_unchanged():
    assert scalar("Deep Mutual Learning") == "Deep Mutual Learning"
    assert scalar("Don't Stop") == "Don't Stop"
    assert scalar("C# and F#") == "C# and F#"
    assert scalar("PoPS: Policy Pruning") == "'PoPS: Policy Pruning'"
    assert scalar("It's: a test") == "'It''s: a test'"
    assert scalar("a #comment") == "'a #comment'"
    for value in ("true", "null", "2015", "1.5", "- x", "@x", "[x]", " padded", "", "*ref"):
        assert scalar(value).startswith("'"), value
    assert scalar("tab\there") == '"tab\\there"'
    assert scalar("a, b", flow=True) == "'a, b'"
    assert scalar(2015) == "2015"


def test_text_reads_back_as_the_same_data(tmp_path):
    tricky = ["x: y", "#hash", "'quoted'", '"double"', "trailing ", "ünïcödé", "line\nbreak", "a\u2028b", "yes",
              "2026-11-27", "{brace}", "50% off", "!tag", "|pipe", ">fold", "?", "~", "--- doc"]
    papers = [paper(f"t{2000 + i}x", 2000 + i, title) for i, title in enumerate(tricky)]
    for item, value in zip(papers, tricky):
        item["authors"] = [value]
    assert sorted(load(format_papers(papers), tmp_path), key=lambda p: p["id"]) == sorted(papers, key=lambda p: p["id"])


def test_papers_are_ordered_by_year_descending_then_title_then_id():
    papers = [paper("b2019x", 2019, "beta"), paper("a2021x", 2021, "Zeta"), paper("c2019x", 2019, "Alpha"),
              paper("a2019x", 2019, "alpha")]
    text = format_papers(papers)
    assert [line[6:] for line in text.splitlines() if line.startswith("- id:")] == [
        "a2021x", "a2019x", "c2019x", "b2019x"]


def test_format_file_keeps_top_comments_and_is_idempotent(tmp_path):
    text = "# Papers of one family.\n# Second line.\n\n" + format_paper(paper("b2019x", 2019, "B")) + \
        format_paper(paper("a2021x", 2021, "A"))
    once = format_file(text, load(text, tmp_path))
    assert once.startswith("# Papers of one family.\n# Second line.\n\n- id: a2021x\n")
    assert format_file(once, load(once, tmp_path)) == once


def test_split_header_and_comments_below_it():
    text = "# top\n- id: a2020x\n  title: 'C# #1' # note\n# between\n"
    assert split_header(text) == ("# top\n", text[6:])
    assert comment_lines(text) == [3, 4]
    assert comment_lines(HINTON_TEXT) == []


def test_insert_paper_keeps_every_other_byte(tmp_path):
    first, last = paper("a2021x", 2021, "A"), paper("a2015x", 2015, "A")
    text = "# header\n" + format_paper(first) + "# about the 2015 paper\n" + format_paper(last)
    path = tmp_path / "papers.yml"
    path.write_text(text, encoding="utf-8")
    doc, _ = read_yaml(path, "papers.yml")
    starts = [(item, doc.line_of((i,))) for i, item in enumerate(doc.data)]
    assert [line for _, line in starts] == [2, 10]
    new = paper("n2018x", 2018, "New")
    result = insert_paper(text, starts, new)
    assert result == "# header\n" + format_paper(first) + format_paper(new) + "# about the 2015 paper\n" + \
        format_paper(last)
    assert insert_paper(text, starts, paper("z2024x", 2024, "Z")).startswith("# header\n- id: z2024x\n")
    assert insert_paper(text.rstrip("\n"), starts, paper("o2001x", 2001, "O")) == text + format_paper(
        paper("o2001x", 2001, "O"))
    assert yaml.safe_load(result)[1]["id"] == "n2018x"

"""Fuzzed hostile data: whatever `kd check` accepts, every page renderer and every export (CSV, JSON, BibTeX, feeds,
README list) accepts too; whatever it refuses, it names by file:line and leaves the data as it was."""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from kd.exports import feeds
from kd.pages import news
from kd.pages import render
from kd.pages import taxonomy
from kd.exports.awesome import generated_list
from kd.cli.main import main as kd_main
from kd.pages.explorer import explorer_data_text, explorer_page
from kd.exports.downloads import BIB_NAME, CSV_NAME, EXPORT_DIR, JSON_NAME, export_files
from kd.data.library import load_library
from kd.data.model import newest_first
from kd.exports.searchindex import index_text, papers_file, search_index
from kd.data.writer import format_papers

from .checks import bib_entries
from .project import write_data
from .strategies import libraries

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOSTILE_CHARACTERS = (
    "\x00\x07\x1b\x7f\x85\x9f\ufffe\uffff\r\n\t"  # controls and noncharacters
    "\u200b\u200d\u2060\u202e\u00ad\u3164\u2800\ufeff\u2028"  # invisible and bidi
    "аеорсхАЕОРС αορ ＡＢＣ ﬁ"  # look-alikes and compatibility forms
    ",;=+-@&*!|{}[]#%:'\"\\<>` "  # YAML, CSV, BibTeX and HTML syntax
)
hostile_text = st.text(st.sampled_from(HOSTILE_CHARACTERS) | st.characters(codec="utf-8"), max_size=12)
FIELDS = ("title", "venue", "authors", "id", "arxiv", "doi", "paper", "added", "tags")
RAW_INSERTS = (b"\x00", b"&a ", b"*a", b"\xc2\x85", b"\xef\xbf\xbf", b"[", b"{", b"\t", b"\xff", b"\n  - ", b": ",
               b"\"\\u0000\"", b"<<: *a\n", b"\n- id: x2020y\n")


def _mutate_field(paper: dict, field: str, value: str) -> None:
    if field in {"arxiv", "doi", "paper"}:
        paper.setdefault("links", {})[field] = value
    elif field in {"authors", "tags"}:
        paper[field] = [value, *paper.get(field, [])]
    else:
        paper[field] = value


@st.composite
def hostile_data(draw) -> tuple[list[dict], list[tuple[int, bytes]]]:
    """Valid papers with one field made hostile, and raw byte insertions into the written file."""
    papers = draw(libraries(min_size=1, max_size=3))
    if draw(st.booleans()):
        paper = papers[draw(st.integers(0, len(papers) - 1))]
        _mutate_field(paper, draw(st.sampled_from(FIELDS)),
                      draw(hostile_text | hostile_text.map(lambda t: (paper.get("title") or "x") + t)))
    inserts = draw(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(RAW_INSERTS)), max_size=2))
    return papers, inserts


def _snapshot(data: Path) -> dict[str, bytes]:
    return {p.as_posix(): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def _every_output(data: Path) -> None:
    """Render every page kind and write every export of the library in data (each raises on bad input)."""
    library = load_library(data)
    for lang in ("zh", "en"):
        for family in library.families:
            render.family_page(library, family.id, lang, "../", "../")
        for domain in library.domains:
            render.domain_page(library, domain.id, lang, "../", "../")
        explorer_page(library, lang, "", "")
        news.recent_list(library, lang, "")
        news.changelog_page(library, lang, "")
        taxonomy.taxonomy_map(library, lang, "")
        etree.fromstring(feeds.atom_feed(library, lang, "https://example.org/"))
        json.loads(feeds.json_feed(library, lang, "https://example.org/"))
        assert json.loads(index_text(search_index(library, lang, [])))["lang"] == lang
    assert len(json.loads(gzip.decompress(papers_file(library)))["title"]) == len(library.papers)
    assert json.loads(explorer_data_text(library))["id"] == [p.id for p in newest_first(library.papers)]
    files = export_files(library)
    assert json.loads(files[f"{EXPORT_DIR}/{JSON_NAME}"])["count"] == len(library.papers)
    assert files[f"{EXPORT_DIR}/{CSV_NAME}"].count("\r\n") >= len(library.papers) + 1
    assert len(bib_entries(files[f"{EXPORT_DIR}/{BIB_NAME}"])) == len(library.papers)
    generated_list(library, "https://example.org/")


@FUZZ
@given(case=hostile_data())
def test_check_decides_and_the_outputs_follow(tmp_path_factory, case):
    papers, inserts = case
    data = tmp_path_factory.mktemp("fuzz") / "data"
    try:
        write_data(data, papers)
    except (TypeError, ValueError):
        event("not writable")
        return  # the writer refuses what is no paper field value; nothing to check
    for position, raw in inserts:
        path = sorted((data / "papers").glob("*.yml"))[0]
        text = path.read_bytes()
        path.write_bytes(text[: position % (len(text) + 1)] + raw + text[position % (len(text) + 1):])
    before = _snapshot(data)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = kd_main(["--data", str(data), "check"])
    event("accepted" if status == 0 else "refused")
    if status == 0:
        _every_output(data)
    else:
        problems = [line for line in stderr.getvalue().splitlines() if line.startswith("  - ")]
        assert status == 1 and problems, stderr.getvalue()
        assert all(re.match(r"  - data/\S+?(:\d+)?(, |: )", line) for line in problems), stderr.getvalue()
        assert "Traceback" not in stderr.getvalue()
    assert _snapshot(data) == before

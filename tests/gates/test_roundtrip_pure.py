"""Round trip without MkDocs: generated libraries survive kd.data.writer, the exports, the README and lists/."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from kd.exports.awesome import generated_list
from kd.exports.awesomelists import list_files
from kd.exports.downloads import BIB_NAME, CSV_NAME, EXPORT_DIR, JSON_NAME, PAPER_BIB_DIR, export_files, family_bib_path, paper_bib_path
from kd.data.library import load_library
from kd.data.writer import format_papers, sort_key
from kd.data.yamlsource import read_yaml

from .checks import assert_bib, assert_papers_csv, assert_papers_json, assert_readme
from .project import write_data
from .strategies import FAMILIES, libraries

CHEAP = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@CHEAP
@given(papers=libraries(max_size=8))
def test_writer_text_loads_back_as_the_same_entries(tmp_path_factory, papers):
    path = tmp_path_factory.mktemp("writer") / "papers.yml"
    text = format_papers(papers)
    path.write_text(text, encoding="utf-8")
    doc, problems = read_yaml(path, "papers.yml")
    assert not problems
    assert doc.data == sorted(papers, key=sort_key)
    assert format_papers(doc.data) == text


@CHEAP
@given(papers=libraries(max_size=8))
def test_exports_and_readme_list_every_paper_once(tmp_path_factory, papers):
    library = load_library(write_data(tmp_path_factory.mktemp("lib") / "data", papers))
    files = export_files(library)
    assert_papers_json(files[f"{EXPORT_DIR}/{JSON_NAME}"], papers)
    assert_papers_csv(files[f"{EXPORT_DIR}/{CSV_NAME}"], papers)
    assert_bib(files[f"{EXPORT_DIR}/{BIB_NAME}"], papers)
    for family in FAMILIES:
        assert_bib(files[family_bib_path(family)], [p for p in papers if family in p.get("families", [])])
    for paper in papers:
        assert_bib(files[paper_bib_path(paper["id"])], [paper])
    assert len([f for f in files if f.startswith(f"{EXPORT_DIR}/{PAPER_BIB_DIR}/")]) == len(papers)
    assert_readme({"README.md": generated_list(library, "https://example.org/"), **list_files(library, "https://example.org/")},
                  papers)

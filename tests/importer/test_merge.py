"""Merging candidates into papers, curation fixes, and citation-key ids."""
from pathlib import Path

import pytest

from kd.importer.candidate import Candidate
from kd.importer.curation import Curation, merged_checked_facts
from kd.importer.ids import assign_ids, base_id
from kd.importer.merge import merge
from kd.importer.parsers import parse_file
from kd.data.text import normalise_title

FIXTURES = Path(__file__).parent / "fixtures"


def test_duplicates_by_arxiv_id_and_title_merge_with_richest_facts():
    candidates = parse_file(FIXTURES / "flhonker.md", "flhonker") + parse_file(FIXTURES / "dkozlov.md", "dkozlov") \
        + parse_file(FIXTURES / "ipl.md", "ipl")
    papers, _ = merge(candidates)
    hinton = next(p for p in papers if p.arxiv == "1503.02531")
    assert hinton.authors == ["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"]  # full list over "Hinton et al."
    assert hinton.sources == ["dkozlov", "flhonker", "ipl-sharif"]
    assert hinton.title == "Distilling the Knowledge in a Neural Network"
    assert hinton.code_urls == ["https://github.com/shriramsb/Distilling-the-Knowledge-in-a-Neural-Network"]
    assert len({normalise_title(p.title) for p in papers}) == len(papers)


def test_published_venue_wins_over_arxiv_and_code_links_are_united():
    ipl = parse_file(FIXTURES / "ipl.md", "ipl")
    lhyfst = parse_file(FIXTURES / "lhyfst.md", "lhyfst")
    papers, _ = merge(ipl + lhyfst)
    dkd = next(p for p in papers if p.arxiv == "2203.08679")
    assert (dkd.venue, dkd.year) == ("CVPR", 2022)
    assert dkd.code_urls == ["https://github.com/megvii-research/mdistiller"]
    assert dkd.authors[0] == "Borui Zhao"


def test_same_title_in_different_case_merges():
    a = Candidate(title="Deep Mutual Learning", source="dkozlov", line=1, year=2017, arxiv="1706.00384")
    b = Candidate(title="deep mutual learning.", source="danielmcpark", line=2, year=2018, venue="CVPR")
    papers, _ = merge([a, b])
    assert len(papers) == 1 and (papers[0].venue, papers[0].year) == ("CVPR", 2018)


def test_code_only_implementation_attaches_to_the_paper_of_that_title():
    paper = Candidate(title="Relational Knowledge Distillation", source="danielmcpark", line=1, year=2019)
    code = Candidate(title="Relational Knowledge Distillation", source="dkozlov", line=9,
                     code_urls=["https://github.com/lenscloth/RKD"], code_only=True)
    lonely = Candidate(title="Knowledge Distillation on SSD", source="dkozlov", line=10, code_only=True)
    papers, unmatched = merge([paper, code, lonely])
    assert papers[0].code_urls == ["https://github.com/lenscloth/RKD"] and papers[0].sources == [
        "danielmcpark", "dkozlov"]
    assert unmatched == [lonely]


def test_curation_drops_wrong_arxiv_ids_copied_authors_and_non_names():
    cur = Curation(wrong_arxiv={normalise_title("Distilling Spikes"): "2005.00727"}, not_authors={"Am Campus"},
                   wrong_authors={("lhyfst", normalise_title("TinyViT"))})
    spikes = cur.fix(Candidate(title="Distilling Spikes", source="flhonker", line=1, arxiv="2005.00727",
                               paper_url="https://arxiv.org/abs/2005.00727"))
    assert spikes.arxiv is None and spikes.paper_url is None
    tiny = cur.fix(Candidate(title="TinyViT", source="lhyfst", line=2, authors=["Zhiwei Hao"]))
    assert tiny.authors == []
    multi = cur.fix(Candidate(title="X", source="dkozlov", line=3, authors=["Mary Phuong", "Am Campus"]))
    assert multi.authors == ["Mary Phuong"]


def test_ids_follow_citation_key_rule_with_suffixes():
    assert base_id(["Geoffrey Hinton"], 2015, "Distilling the Knowledge in a Neural Network") == (
        "hinton2015distilling")
    assert base_id(["Léon Bottou"], 2015, "On the Use of Things") == "bottou2015use"
    assert base_id([], 2020, "Noisy Collaboration in Knowledge Distillation") == "noisy2020collaboration"
    papers = [{"authors": ["Wei Zhang"], "year": 2020, "title": "Distilling A"},
              {"authors": ["Wei Zhang"], "year": 2020, "title": "Distilling B"},
              {"id": "zhang2020distilling", "authors": [], "year": 2020, "title": "Distilling C"}]
    assign_ids(papers)
    assert [p["id"] for p in papers] == ["zhang2020distillingb", "zhang2020distillingc", "zhang2020distilling"]


def test_checked_facts_for_one_paper_add_up_and_must_agree():
    first = {"title": "A Paper", "arxiv": 2101.00001, "seen_at": "https://a.example/1"}
    second = {"title": "a paper", "authors": ["Ann Lee"], "seen_at": "https://b.example/2"}
    [facts] = merged_checked_facts([first, second]).values()
    assert facts["arxiv"] == "2101.00001" and facts["authors"] == ["Ann Lee"]
    with pytest.raises(ValueError, match="two values for year"):
        merged_checked_facts([{**first, "year": 2020}, {**second, "year": 2021}])

"""Normalisation of venues, arXiv ids, URLs and names."""
import pytest

from kd.importer.normalise import (bare_arxiv_id, canonical_venue, clean_title, clean_url, split_names,
                                   valid_arxiv_id, venue_from_url)


@pytest.mark.parametrize("raw, venue", [
    ("cvpr 2021", "CVPR"), ("CPVR 2021", "CVPR"), ("CVPR 2020(pre)", "CVPR"), ("NIPS 2018", "NeurIPS"),
    ("NeurlPS 2022", "NeurIPS"), ("CVPRW 2021", "CVPR Workshops"), ("CVPR Workshop 2020", "CVPR Workshops"),
    ("ACL 2019,short", "ACL"), ("SIGKDD 2018", "KDD"), ("ACM-MM 2020", "ACM MM"), ("IEEE TIP 2021", "TIP"),
    ("T-PAMI 2021", "TPAMI"), ("RecSys 22", "RecSys"), ("Findings of ACL", "Findings of ACL"),
    ("arxive 2024", "arXiv"), ("Preprint", "arXiv"), ("Neurocomputing 2020", "Neurocomputing"), ("-", None),
])
def test_canonical_venue(raw, venue):
    assert canonical_venue(raw) == venue


@pytest.mark.parametrize("text, arxiv", [
    ("1503.02531", "1503.02531"), ("1911.12491v1", "1911.12491"), ("2014.10510", None),
    ("2011.0142", None), ("1412.6550", "1412.6550"), ("cs/0601001", "cs/0601001"),
])
def test_bare_arxiv_id(text, arxiv):
    assert bare_arxiv_id(text) == arxiv


def test_valid_arxiv_id_checks_month_and_digits():
    assert valid_arxiv_id("2104.10510") and not valid_arxiv_id("2113.00001") and not valid_arxiv_id("1412.65501")


def test_clean_url_turns_arxiv_pdf_into_abstract_page():
    assert clean_url("https://arxiv.org/pdf/1503.02531.pdf") == "https://arxiv.org/abs/1503.02531"
    assert clean_url("https://github.com/AnTuo1998/AE-KD.") == "https://github.com/AnTuo1998/AE-KD"
    assert clean_url("Correlation Congruence for Knowledge Distillation") is None


def test_clean_url_drops_web_searches_for_the_title():
    assert clean_url("https://www.google.com/search?q=Strategies+to+Leverage&ie=UTF-8") is None
    assert clean_url("https://scholar.google.com/scholar?q=distillation") is None
    assert clean_url("https://www.bing.com/search?q=distillation") is None
    assert clean_url("https://sites.google.com/view/kd-paper") == "https://sites.google.com/view/kd-paper"


def test_clean_url_undoes_markdown_escapes():
    assert clean_url(r"https://github.com/someone/neurips\_2020\_code") == "https://github.com/someone/neurips_2020_code"


def test_venue_from_publisher_url():
    assert venue_from_url("http://openaccess.thecvf.com/content_ICCV_2019/papers/x.pdf") == "ICCV"
    assert venue_from_url("https://aclanthology.org/2023.findings-acl.876.pdf") == "Findings of ACL"
    assert venue_from_url("https://arxiv.org/abs/1503.02531") is None


def test_titles_and_names():
    assert clean_title("Distilled Person _Re-identification_: Towars a More Scalable System.") == (
        "Distilled Person Re-identification: Towars a More Scalable System")
    assert clean_title("Knowledge Flow:Improve Upon Your Teachers") == "Knowledge Flow: Improve Upon Your Teachers"
    assert clean_title("back arrowGo to ICLR 2025 Conference homepage Single Teacher, Multiple Perspectives") == (
        "Single Teacher, Multiple Perspectives")
    assert clean_title("Self-\u00ad\u2010Knowledge Distillation") == "Self-Knowledge Distillation"
    assert split_names("Jiasen Lu1, Anitha Kannan and Anonymous") == ["Jiasen Lu", "Anitha Kannan"]


def test_clean_title_drops_a_trailing_footnote_mark():
    from kd.importer.normalise import clean_title

    assert clean_title("Knowledge Distillation: Emerging Trends ∗") == "Knowledge Distillation: Emerging Trends"
    assert clean_title("A*B Search Distillation") == "A*B Search Distillation"

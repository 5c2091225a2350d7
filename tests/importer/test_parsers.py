"""Parsers over small hand-written fixtures, one per source format, and one test per known defect."""
from pathlib import Path

import pytest

from kd.importer.parsers import parse_file
from kd.importer.parsers.flhonker import reference_links

FIXTURES = Path(__file__).parent / "fixtures"


def parsed(fmt: str) -> dict:
    return {c.title: c for c in parse_file(FIXTURES / f"{fmt}.md", fmt)}


@pytest.fixture(scope="module")
def flhonker():
    return parsed("flhonker")


def test_flhonker_entry_facts(flhonker):
    cho = flhonker["On the Efficacy of Knowledge Distillation"]
    assert cho.authors == ["Jang Hyun Cho", "Bharath Hariharan"] and cho.authors_complete
    assert (cho.arxiv, cho.venue, cho.year) == ("1910.01348", "ICCV", 2019)
    assert cho.section == ("Different forms of knowledge", "Knowledge from logits")
    hinton = flhonker["Distilling the knowledge in a neural network"]
    assert hinton.authors == ["Hinton"] and not hinton.authors_complete
    assert (hinton.venue, hinton.year, hinton.paper_url) == ("arXiv", 2015, "https://arxiv.org/abs/1503.02531")


@pytest.mark.parametrize("title, arxiv", [
    ("Distilled Hierarchical Neural Ensembles with Adaptive Inference Cost", "2003.01474"),  # arXv:
    ("Knowledge Adaptation: Teaching to Adapt", "1702.02052"),  # Arxiv:
    ("Weakly Supervised Dense Video Captioning via Jointly Usage of Knowledge Distillation and Cross-modal "
     "Matching", "2105.08252"),  # arViv:
])
def test_arxiv_prefix_typos(flhonker, title, arxiv):
    assert flhonker[title].arxiv == arxiv
    assert flhonker[title].paper_url == f"https://arxiv.org/abs/{arxiv}"


def test_invalid_arxiv_id_is_dropped_but_paper_kept(flhonker):
    paper = flhonker["Balanced Knowledge Distillation for Long-tailed Learning"]
    assert paper.arxiv is None and paper.paper_url is None
    assert paper.authors == ["Shaoyu Zhang"]


@pytest.mark.parametrize("title, venue, year", [
    ("Wasserstein Contrastive Representation Distillation", "CVPR", 2021),  # "cvpr 2021"
    ("Semi-Supervised Semantic Segmentation with Cross Pseudo Supervision", "CVPR", 2021),  # "CPVR"
    ("LaTeS: Latent Space Distillation for Teacher-Student Driving Policy Learning", "CVPR", 2020),  # (pre)
    ("Topology Distillation for Recommender System", "KDD", 2021),  # "[KDD 2021]"
    ("Learning What and Where to Transfer", "ICML", 2019),  # "Jang, Yunhun et al, ICML 2019": a comma after "et al"
])
def test_lowercase_and_misspelled_venues(flhonker, title, venue, year):
    assert (flhonker[title].venue, flhonker[title].year) == (venue, year)


def test_reference_link_defined_twice_keeps_first_and_reports():
    lines = (FIXTURES / "flhonker.md").read_text().splitlines()
    links, duplicates = reference_links(lines)
    assert links["15.64"] == "https://github.com/vinthony/depth-distillation"
    assert len(duplicates) == 1 and "[15.64]" in duplicates[0]


def test_reference_and_inline_code_links(flhonker):
    assert flhonker["Defocus Blur Detection via Depth Distillation"].code_urls == [
        "https://github.com/vinthony/depth-distillation"]
    assert flhonker["Unbiased Knowledge Distillation for Recommendation"].code_urls == [
        "https://github.com/chengang95/UnKD"]


def test_entry_wrapped_over_two_lines_is_joined(flhonker):
    title = ("Weakly Supervised Dense Video Captioning via Jointly Usage of Knowledge Distillation and "
             "Cross-modal Matching")
    assert flhonker[title].authors == ["Bofeng Wu"]


def test_entries_without_authors(flhonker):
    paper = flhonker["Ensemble Distribution Distillation"]
    assert paper.authors == [] and (paper.venue, paper.year) == ("ICLR", 2020)


def test_ipl_items_and_bold_subheadings():
    ipl = parsed("ipl")
    assert "CLIP" not in ipl
    vild = ipl["Open-vocabulary Object Detection via Vision and Language Knowledge Distillation"]
    assert vild.section == ("Applications", "Foundation Models", "CLIP", "Open-Vocabulary Object Detection")
    assert (vild.venue, vild.year, vild.arxiv) == ("ICLR", 2021, "2104.13921")
    dkd = ipl["Decoupled knowledge distillation"]
    assert dkd.code_urls == ["https://github.com/megvii-research/mdistiller"]
    assert ipl["Boosting Knowledge Distillation via Intra-Class Logit Distribution Smoothing"].venue == "TCSVT"


def test_dkozlov_papers_and_implementations():
    dk = parsed("dkozlov")
    seq = dk["Sequence-Level Knowledge Distillation"]
    assert seq.authors == ["Yoon Kim", "Alexander M. Rush"] and seq.year == 2016
    assert seq.arxiv == "1606.07947" and seq.paper_url == "https://arxiv.org/abs/1606.07947"
    makd = dk["MaKD: Multi-aspect Knowledge Distillation with Large Language Model"]
    assert makd.authors == ["Taegyeong Lee"] and not makd.authors_complete and makd.year == 2025
    rkd = dk["Relational Knowledge Distillation"]
    assert rkd.code_only and rkd.code_urls == ["https://github.com/lenscloth/RKD"]


def test_lhyfst_venue_year_and_heading_year():
    lh = parsed("lhyfst")
    factor = lh["Paraphrasing Complex Network: Network Compression via Factor Transfer"]
    assert (factor.venue, factor.year) == ("NeurIPS", 2018)  # "NIPS, 2018"
    assert factor.authors == ["Jangho Kim", "SeongUk Park", "Nojun Kwak"]
    manifold = lh["Learning Efficient Vision Transformers via Fine-Grained Manifold Distillation"]
    assert (manifold.venue, manifold.year) == (None, 2022)  # from the "## 2022" heading
    assert lh["Decoupled Knowledge Distillation"].code_urls == ["https://github.com/megvii-research/mdistiller"]


def test_tebmer_rows():
    tb = parsed("tebmer")
    step = tb["Distilling Step-by-Step! Outperforming Larger Language Models with Less Training Data and "
              "Smaller Model Sizes"]
    assert (step.venue, step.year, step.arxiv) == ("ACL", 2023, "2305.02301")
    assert step.code_urls == ["https://github.com/google-research/distilling-step-by-step"]
    assert step.section[-1] == "Divergence and Similarity"
    assert tb["Fuzi"].venue is None


def test_danielmcpark_rows():
    dp = parsed("danielmcpark")
    assert (dp["Relational Knowledge Distillation"].venue, dp["Relational Knowledge Distillation"].year) == (
        "CVPR", 2019)
    refinery = dp["Label Refinery: Improving ImageNet Classification through Label Progression"]
    assert (refinery.venue, refinery.year) == ("arXiv", 2018)  # "Preprint"


def test_paperlists_accepted_distillation_titles():
    from kd.importer.build import read_paperlists

    listed = read_paperlists(FIXTURES / "paperlists")
    assert [(f.file, f.venue, f.year) for f in listed] == [("cvpr/cvpr2022.json", "CVPR", 2022),
                                                            ("emnlp/emnlp2023.json", "EMNLP", 2023)]
    found = {c.title: c for f in listed for c in f.candidates}
    # not about distillation, rejected, withdrawn: not candidates
    assert set(found) == {"Decoupled Knowledge Distillation",
                          "D2TV: Dual Knowledge Distillation and Target-oriented Vision Modeling for Many-to-Many "
                          "Multimodal Summarization",
                          "Text Representation Distillation via Information Bottleneck Principle"}
    dkd = found["Decoupled Knowledge Distillation"]
    assert dkd.authors == ["Borui Zhao", "Quan Cui", "Renjie Song", "Yiyu Qiu", "Jiajun Liang"]
    assert (dkd.venue, dkd.year, dkd.arxiv, dkd.line, dkd.file) == ("CVPR", 2022, "2203.08679", 4, "cvpr/cvpr2022.json")
    assert dkd.paper_url.startswith("https://openaccess.thecvf.com/content/CVPR2022/html/")
    assert dkd.code_urls == ["https://github.com/megvii-research/mdistiller"]
    d2tv = found[next(t for t in found if t.startswith("D2TV"))]
    assert d2tv.venue == "Findings of EMNLP" and d2tv.authors[0] == "Yunlong Liang" and len(d2tv.authors) == 6
    assert d2tv.code_urls == ["https://github.com/example/fixture-code"]
    assert found["Text Representation Distillation via Information Bottleneck Principle"].venue == "EMNLP"


def test_paperlists_file_names_and_layout():
    from kd.importer.parsers import paperlists

    assert paperlists.venue_year("nips/nips2024.json") == ("NeurIPS", 2024)
    with pytest.raises(ValueError, match="not a paperlists file"):
        paperlists.venue_year("nips/iclr2024.json")
    with pytest.raises(ValueError, match="title lines"):
        paperlists.parse('[{"title": "Distillation"}]', "cvpr/cvpr2020.json")


def test_hoangtran_items_badges_and_bold_subheadings():
    ht = parsed("hoangtran")
    prompt = ht["PromptKD: Unsupervised Prompt Distillation for Vision-Language Models"]
    assert prompt.section == ("Section I: Response-based Distillation", "Logit Distillation")
    assert (prompt.year, prompt.venue, prompt.arxiv) == (2024, None, None)  # the CVF link names the venue for merge
    mod = ht["LLaVA-MoD: Making LLaVA Tiny via MoE Knowledge Distillation"]
    assert (mod.arxiv, mod.paper_url) == ("2408.15881", "https://arxiv.org/abs/2408.15881")
    assert ht["TinyCLIP: CLIP Distillation via Affinity Mimicking and Weight Inheritance"].section == (
        "Section III: Relation-based Distillation",)
    cake = ht["CAKE: Category Aware Knowledge Extraction for Open-Vocabulary Object Detection"]
    assert cake.year is None and cake.paper_url == "https://ojs.aaai.org/index.php/AAAI/article/view/32639"
    plug = ht["Plug-and-Play, Dense-Label-Free Extraction of Open-Vocabulary Semantic Segmentation from "
              "Vision-Language Models"]
    assert (plug.arxiv, plug.year) == ("2311.17095", 2023)  # an arXiv DOI


def test_lutingwang_multiline_entries():
    lw = parsed("lutingwang")
    assert len(lw) == 4  # the table of contents is not read as entries
    fgd = lw["Focal and Global Knowledge Distillation for Detectors"]
    assert (fgd.venue, fgd.year, fgd.arxiv) == ("CVPR", 2022, "2111.11837")
    assert fgd.authors[:2] == ["Zhendong Yang", "Zhe Li"] and len(fgd.authors) == 7
    assert fgd.paper_url.startswith("https://openaccess.thecvf.com/content/CVPR2022/")
    assert fgd.code_urls == ["https://github.com/yzd-v/FGD"]
    assert fgd.section == ("Knowledge Distillation for General Object Detectors", "Feature Distillation")
    tbd = lw["Task-balanced distillation for object detection"]
    assert (tbd.venue, tbd.year) == ("PR", None)
    tadf = lw["Distilling Object Detectors with Task Adaptive Regularization"]
    assert (tadf.venue, tadf.year, tadf.arxiv) == (None, None, "2006.13108")
    cross = lw["CrossKD: Cross-Head Knowledge Distillation for Dense Object Detection"]
    assert (cross.venue, cross.year) == ("CVPR", 2024)  # venue without emphasis
    assert cross.section[-1] == "Balancing between Tasks"


def test_extracted_lists_keep_track_file_and_commit():
    from kd.importer.build import read_extracted

    listed = {(f.file, f.commit): f for f in read_extracted(FIXTURES / "extracted")}
    main = listed[("Bhavyashah20/acl-anthology:data/xml/2024.acl.xml", "0123456789abcdef0123456789abcdef01234567")]
    findings = listed[("Bhavyashah20/acl-anthology:data/xml/2024.findings.xml",
                       "89abcdef0123456789abcdef0123456789abcdef")]
    paper = main.candidates[0]
    assert (paper.source, paper.venue, paper.year, paper.line) == ("acl-anthology", "ACL", 2024, 120)
    assert (paper.authors, paper.arxiv, paper.code_urls) == (["Ada Example", "Bo Sample"], "2401.99999",
                                                             ["https://github.com/example/fixture-code"])
    assert findings.candidates[0].venue == "Findings of ACL" and findings.candidates[0].line == 40
    iclr = next(f for f in listed.values() if f.venue == "ICLR")
    # that table's author lists are not bylines: left out rather than cited in the wrong order
    assert iclr.year == 2025 and iclr.candidates[0].authors == [] and not iclr.candidates[0].authors_complete


def test_extracted_list_from_an_unknown_repository_is_refused():
    from kd.importer.parsers import extracted

    with pytest.raises(ValueError, match="not a known source"):
        extracted.parse("source: {repository: someone/else, commit: x, path: y}\nvenue: ACL\nyear: 2024\npapers: []\n")

"""The library against its yardsticks: the venues' accepted-paper lists, Gou et al.'s survey, the venue table, and
the share of papers with a family and with complete author lists."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kd.importer.build import CATEGORIES
from kd.importer.merge import ACCEPTED_LISTS
from kd.importer.parsers.extracted import SOURCES, UNRELIABLE_AUTHORS
from kd.data.text import normalise_title
from kd.data.venues import is_known

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
KNOWLEDGE_TYPES = {"logits", "feature", "relation"}
MAX_WITHOUT_FAMILY = 0.10
MAX_SINGLE_AUTHOR = 0.03
MAX_VENUES_SHOWN = 90
MIN_PAPERS, MIN_FROM_2024, MIN_FROM_2025 = 2500, 500, 250


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


@pytest.fixture(scope="module")
def papers() -> list[dict]:
    return [p for path in sorted((DATA / "papers").glob("*.yml")) for p in _yaml(path)]


@pytest.fixture(scope="module")
def excluded() -> list[dict]:
    return _yaml(DATA / "excluded.yml")


@pytest.fixture(scope="module")
def aliases() -> dict[str, str]:
    raw = _yaml(ROOT / "hooks" / "kd" / "importer" / "curation.yml")
    return {normalise_title(k): normalise_title(v) for k, v in (raw.get("title_aliases") or {}).items()}


def test_library_size_and_recency(papers):
    years = Counter(p["year"] for p in papers)
    assert len(papers) >= MIN_PAPERS
    assert sum(n for y, n in years.items() if y >= 2025) >= MIN_FROM_2025
    assert years[2024] >= MIN_FROM_2024


def test_every_accepted_paper_list_candidate_is_kept_or_excluded(papers, excluded, aliases):
    """Each title about distillation in a venue's accepted-paper list (data/accepted.yml) is a paper of the
    library or an entry of data/excluded.yml: nothing the import read is silently lost."""
    known = {normalise_title(p["title"]) for p in papers} | {normalise_title(e["title"]) for e in excluded}
    listed = _yaml(DATA / "accepted.yml")
    missing = [(f["file"], c["line"], c["title"]) for f in listed for c in f["candidates"]
               if aliases.get(normalise_title(c["title"]), normalise_title(c["title"])) not in known]
    assert len(listed) >= 100 and missing == []


def test_excluded_entries_have_a_known_category(excluded):
    assert {e["category"] for e in excluded} <= set(CATEGORIES)
    assert all(e["reason"].strip() for e in excluded)


def test_every_paper_the_survey_places_in_a_family_carries_it(papers):
    """Gou et al. cite these papers as instances of a family (tests/data/gou_survey.yml): the library agrees."""
    by_title = {normalise_title(p["title"]): p for p in papers}
    by_arxiv = {str(p["links"]["arxiv"]): p for p in papers if p.get("links", {}).get("arxiv")}
    matched, wrong = 0, []
    for cited in _yaml(Path(__file__).with_name("gou_survey.yml")):
        paper = (by_title.get(normalise_title(cited.get("library_title", cited["title"])))
                 or by_arxiv.get(str(cited.get("arxiv"))))
        if paper is None:
            continue
        matched += 1
        if cited["family"] not in paper.get("families", []):
            wrong.append((cited["section"], cited["family"], paper["id"]))
    assert matched >= 120 and wrong == []


def test_method_papers_have_a_knowledge_type(papers):
    """Every method paper is response-, feature- or relation-based (a paper applying plain KD is response-based)."""
    lacking = [p["id"] for p in papers if p.get("kind", "method") == "method"
               and not KNOWLEDGE_TYPES & set(p.get("families", []))]
    assert lacking == []


def test_few_papers_without_a_family(papers):
    without = [p["id"] for p in papers if not p.get("families")]
    assert all(p.get("kind", "method") != "method" for p in papers if not p.get("families"))
    assert len(without) <= MAX_WITHOUT_FAMILY * len(papers)


def test_venues_are_in_the_venue_table(papers):
    unknown = sorted({p["venue"] for p in papers if not is_known(p["venue"])})
    assert unknown == []


def test_few_single_author_papers(papers):
    single = [p["id"] for p in papers if len(p["authors"]) == 1]
    assert len(single) <= MAX_SINGLE_AUTHOR * len(papers), len(single)


def test_every_paper_was_classified_by_the_review(papers):
    """Families are judged paper by paper (reviewed.yml, or a hand-checked manual paper), never left to a list's
    section names or title keywords."""
    importer = ROOT / "hooks" / "kd" / "importer"
    reviewed = {normalise_title(e["title"]) for e in _yaml(importer / "reviewed.yml") if "exclude" not in e}
    manual = {normalise_title(e["title"]) for e in _yaml(importer / "curation.yml")["manual_papers"]}
    assert [p["id"] for p in papers if normalise_title(p["title"]) not in reviewed | manual] == []


def test_every_source_of_a_paper_is_recorded_with_what_was_read(papers):
    """A paper's sources are lists recorded in data/lists.yml or accepted-paper lists in data/accepted.yml."""

    recorded = {entry["source"] for entry in _yaml(DATA / "lists.yml")} | ACCEPTED_LISTS
    used = {source for p in papers for source in p.get("sources", [])}
    assert used <= recorded, used - recorded
    assert all(entry.get("commit") or entry.get("date") for entry in _yaml(DATA / "lists.yml"))


# single-author entries no look-up could check: may only go down
MAX_UNCHECKED_SINGLE_AUTHOR = 0


def test_single_author_entries_are_checked(papers):
    """A paper with one author claims that one author: the claim has a checked fact (curation.yml) naming exactly
    that author, or the paper is hand-added with its pages, or its names are the byline of a venue's accepted list.
    A list the source cut short (a first author and "et al.") says so with more_authors and claims nothing."""
    curation = _yaml(ROOT / "hooks" / "kd" / "importer" / "curation.yml")
    checked = {normalise_title(f["title"]): f["authors"] for f in curation["checked_facts"] if "authors" in f}
    manual = {normalise_title(e["title"]) for e in curation["manual_papers"]}
    bylines = ACCEPTED_LISTS - {SOURCES[repository] for repository in UNRELIABLE_AUTHORS}
    unchecked = [p["id"] for p in papers if len(p["authors"]) == 1 and not p.get("more_authors")
                 and normalise_title(p["title"]) not in manual and not bylines & set(p["sources"])
                 and checked.get(normalise_title(p["title"])) != p["authors"]]
    assert len(unchecked) <= MAX_UNCHECKED_SINGLE_AUTHOR, unchecked

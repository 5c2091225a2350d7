"""Round trip through the real build: any valid generated library builds with --strict and every output lists each paper once."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from .checks import assert_bib, assert_cards, assert_papers_csv, assert_papers_json, assert_readme, norm
from .project import build
from .strategies import DOMAINS, FAMILIES, libraries

LANGS = ("", "en/")


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@settings(max_examples=4, deadline=None, derandomize=True, database=None, print_blob=True,
          phases=[Phase.explicit, Phase.generate],  # a shrink step costs a whole build: report the example as found
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(papers=libraries(min_size=3, max_size=12))
def test_generated_library_builds_and_lists_each_paper_once(tmp_path_factory, papers):
    site, generated = build(tmp_path_factory.mktemp("roundtrip"), papers)
    for lang in LANGS:
        for family in FAMILIES:
            members = [p for p in papers if family in p.get("families", [])]
            assert_cards(page(site, f"{lang}families/{family}"), members, f"{lang}families/{family}")
        for domain in DOMAINS:
            members = [p for p in papers if domain in p.get("domains", [])]
            assert_cards(page(site, f"{lang}applications/{domain}"), members, f"{lang}applications/{domain}")
    # the explorer's cards are made in the browser from its data file, shared by both languages
    explorer = json.loads((site / "explorer" / "papers.json").read_text(encoding="utf-8"))
    assert Counter(explorer["id"]) == Counter(p["id"] for p in papers)
    titles = {p["id"]: norm(p["title"]) for p in papers}
    assert all(title == titles[pid] for pid, title in zip(explorer["id"], explorer["title"]))
    exports = site / "exports"
    assert_papers_json((exports / "papers.json").read_text(encoding="utf-8"), papers)
    assert_papers_csv((exports / "papers.csv").read_text(encoding="utf-8"), papers)
    assert_bib((exports / "kd.bib").read_text(encoding="utf-8"), papers)
    for family in FAMILIES:
        members = [p for p in papers if family in p.get("families", [])]
        assert_bib((exports / "bib" / f"{family}.bib").read_text(encoding="utf-8"), members)
    assert_readme(generated, papers)

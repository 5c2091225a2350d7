"""Lighthouse (mobile preset) on the home, a family, the explorer and the statistics page in both languages:
accessibility, best practices and SEO 100. (Performance is a speed figure: bench/lighthouse.py measures it, on the
largest family too; Lighthouse's accessibility audit times out on that page, 1,900 cards, at this library's size.)"""
from __future__ import annotations

import sys

import pytest

from conftest import FULL_SWEEP

from .conftest import ROOT, node_tool

sys.path.insert(0, str(ROOT / "bench"))
from gzip_serve import serve  # noqa: E402
from lighthouse import PAGES, TARGETS, lighthouse, scores  # noqa: E402

GATED = tuple(c for c in TARGETS if c != "performance")
# the family page template on a middle-sized family (as in the axe gate); a Lighthouse run takes 30-60 s here, so
# `make test` runs one page of each language (axe checks every page type's accessibility) and `make gates` all eight
GATE_PAGES = ([page.replace("families/logits/", "families/attention/") for page in PAGES] if FULL_SWEEP
              else ["families/attention/", "en/"])


@pytest.fixture(scope="module")
def site_url_gzip(built_site):
    """The built site served gzipped, as GitHub Pages serves it."""
    with serve(built_site) as url:
        yield url


def test_the_benchmark_measures_the_largest_family(library):
    largest = max(library.families, key=lambda f: len(library.papers_in_family(f.id)))
    assert f"families/{largest.id}/" in PAGES and f"en/families/{largest.id}/" in PAGES


@pytest.mark.parametrize("page", GATE_PAGES)
def test_lighthouse_accessibility_best_practices_and_seo(site_url_gzip, page, tmp_path):
    node_tool("lighthouse/cli/index.js")
    result = scores(lighthouse(site_url_gzip + page, tmp_path / "report.json", categories=GATED))
    misses = {c: result[c] for c in GATED if result[c] < TARGETS[c]}
    assert misses == {}, f"{page or '(home)'}: {misses}"

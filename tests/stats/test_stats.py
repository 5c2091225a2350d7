"""The numbers behind the charts equal counts computed here, independently, from the papers."""
from __future__ import annotations

from collections import Counter

from kd.pages import stats

from .factory import FAMILIES, library, paper, sample


def test_papers_per_year_by_family_counts_each_paper_once_under_its_first_family():
    lib = sample()
    table = stats.papers_per_year_by_family(lib)
    assert table.years == (2015, 2016, 2017, 2018, 2019)
    expected = Counter((p.families[0] if p.families else "", p.year) for p in lib.papers)
    for series in table.series:
        assert series.counts == tuple(expected[(series.key, y)] for y in table.years)
    assert {s.key for s in table.series} == {k for k, _ in expected}
    assert table.totals == tuple(sum(1 for p in lib.papers if p.year == y) for y in table.years)
    assert sum(table.totals) == len(lib.papers)


def test_series_follow_family_order_then_application_only():
    keys = [s.key for s in stats.papers_per_year_by_family(sample()).series]
    assert keys == ["logits", "feature", "online", stats.NO_FAMILY]


def test_papers_per_family_counts_every_family_a_paper_lists():
    lib = sample()
    counts = dict(stats.papers_per_family(lib))
    for family in FAMILIES:
        assert counts[family.id] == sum(1 for p in lib.papers if family.id in p.families)
        assert counts[family.id] == len(lib.papers_in_family(family.id))
    values = [n for _, n in stats.papers_per_family(lib)]
    assert values == sorted(values, reverse=True)


def test_top_venues_most_first_ties_by_name():
    lib = sample()
    counted = Counter(p.venue for p in lib.papers)
    top = stats.top_venues(lib, limit=3)
    assert top[0] == ("CVPR", counted["CVPR"])
    assert top[1] == ("ICML", counted["ICML"])
    assert top[2][1] == 1 and top[2][0] == min((v for v, n in counted.items() if n == 1), key=str.casefold)


def test_code_share_by_year():
    lib = sample()
    for row in stats.code_share_by_year(lib):
        year_papers = [p for p in lib.papers if p.year == row.year]
        assert row.papers == len(year_papers)
        assert row.with_code == sum(1 for p in year_papers if p.links.code)
    gap = [r for r in stats.code_share_by_year(lib) if r.year == 2016][0]
    assert gap.papers == 0 and gap.share == 0.0


def test_fold_years_sums_early_years_into_one_bin():
    years = list(range(2000, 2010))
    columns = [(y - 2000, 1) for y in years]
    labels, folded = stats.fold_years(years, columns, shown=4)
    assert labels == ["≤2006", "2007", "2008", "2009"]
    assert folded[0] == (sum(range(7)), 7)
    assert [sum(c[1] for c in folded)] == [len(years)]
    assert stats.fold_years([2001, 2002], [(1,), (2,)], shown=4) == (["2001", "2002"], [(1,), (2,)])


def test_bins_keep_every_paper():
    lib = library([paper(f"p{y}x", y, ["logits"], code=y % 2 == 0) for y in range(1990, 2027)])
    labels, series = stats.per_year_bins(lib)
    assert len(labels) == stats.SHOWN_YEARS and labels[0] == "≤2012" and labels[-1] == "2026"
    assert sum(sum(s.counts) for s in series) == len(lib.papers)
    bins = stats.code_share_bins(lib)
    assert sum(b[1] for b in bins) == len(lib.papers)
    assert sum(b[2] for b in bins) == sum(1 for p in lib.papers if p.links.code)
    labels, counts = stats.family_year_bins(lib, "logits")
    assert sum(counts) == len(lib.papers_in_family("logits"))


def test_family_per_year_and_earliest_papers():
    lib = sample()
    years, counts = stats.family_per_year(lib, "logits")
    assert years == (2015, 2016, 2017, 2018, 2019)
    assert counts == tuple(sum(1 for p in lib.papers if "logits" in p.families and p.year == y) for y in years)
    earliest = stats.earliest_papers(lib, "logits", limit=2)
    assert [p.id for p in earliest] == ["a2015x", "b2015x"]


def test_real_library_counts(library):
    table = stats.papers_per_year_by_family(library)
    assert sum(table.totals) == len(library.papers)
    assert dict(stats.papers_per_family(library)) == {
        f.id: len(library.papers_in_family(f.id)) for f in library.families
    }
    labels, series = stats.per_year_bins(library)
    assert sum(sum(s.counts) for s in series) == len(library.papers)

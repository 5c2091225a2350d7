"""Small hand-made libraries for the statistics, taxonomy and feed tests (no YAML, no MkDocs)."""
from __future__ import annotations

import datetime as dt

from kd.data.model import Domain, Family, Library, Links, Names, Paper

FAMILIES = (
    Family("logits", Names("基于响应的蒸馏", "Logits"), 1, "knowledge", "§2.1"),
    Family("feature", Names("基于特征的蒸馏", "Feature <b>&</b>"), 2, "knowledge", "§2.2"),
    Family("online", Names("在线蒸馏", "Online"), 3, "scheme", "§3.2"),
    Family("nas", Names("基于 NAS 的蒸馏", "NAS"), 4, "algorithm", "§5.9"),
)
DOMAINS = (Domain("rl", Names("强化学习", "RL"), 1), Domain("nlp", Names("自然语言处理", "NLP"), 2))


def paper(pid: str, year: int, families=(), domains=(), venue="CVPR", code=False, added="2026-11-27",
          title: str | None = None, arxiv: str = "") -> Paper:
    return Paper(
        id=pid, title=title or f"Paper {pid}", authors=("Ada Lovelace", "Alan Turing"), year=year, venue=venue,
        families=tuple(families), domains=tuple(domains) or (() if families else ("rl",)), tags=(),
        links=Links(paper=f"https://example.org/{pid}", arxiv=arxiv,
                    code=(f"https://github.com/x/{pid}",) if code else ()),
        sources=(), added=dt.date.fromisoformat(added),
    )


def library(papers) -> Library:
    return Library(families=FAMILIES, domains=DOMAINS, resources=(), papers=tuple(papers))


def sample() -> Library:
    """Years with a gap, multi-family papers, application-only papers, tied venues, a hostile venue name."""
    return library([
        paper("a2015x", 2015, ["logits"], venue="arXiv", code=True),
        paper("b2015x", 2015, ["feature", "logits"], venue="NeurIPS"),
        paper("c2017x", 2017, ["logits", "online"], venue="CVPR", code=True),
        paper("d2017x", 2017, [], ["rl"], venue="ICML", code=True),
        paper("e2018x", 2018, ["online"], venue="CVPR"),
        paper("f2018x", 2018, ["feature"], venue="<script>x</script>", code=True),
        paper("g2018x", 2018, ["feature", "online"], venue="CVPR"),
        paper("h2019x", 2019, [], ["nlp"], venue="ACL"),
        paper("i2019x", 2019, ["logits"], venue="ICML", title="Old & <new>"),
    ])

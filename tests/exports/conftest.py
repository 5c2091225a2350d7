"""Fixtures of the export tests: small in-memory libraries and a reader that turns BibTeX field text back into plain text."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from kd.data.model import Domain, Family, Library, Links, Names, Paper

_COMMANDS = {
    r"\textbackslash{}": "\\", r"\textbraceleft{}": "{", r"\textbraceright{}": "}",
    r"\textasciitilde{}": "~", r"\textasciicircum{}": "^",
    r"\$": "$", r"\&": "&", r"\%": "%", r"\#": "#", r"\_": "_",
}
_COMMAND_RE = re.compile("|".join(re.escape(c) for c in _COMMANDS) + r"|[{}]")


def plain(latex: str) -> str:
    """BibTeX field text as plain text: escapes undone, case-protecting braces dropped, spaces collapsed."""
    text = _COMMAND_RE.sub(lambda m: _COMMANDS.get(m.group(0), ""), latex)
    return " ".join(text.split())


def _paper(pid: str, **changes) -> Paper:
    fields = dict(
        id=pid, title="A Study of Distillation", authors=("Geoffrey Hinton", "Oriol Vinyals"), year=2015,
        venue="arXiv", families=("logits",), domains=(), tags=(), links=Links(arxiv="1503.02531"),
        sources=(), added=dt.date(2026, 11, 27),
    )
    fields.update(changes)
    return Paper(**fields)


def _library(*papers: Paper) -> Library:
    return Library(
        families=(Family("logits", Names("基于响应的蒸馏", "Logits"), 1, "knowledge", "§2.1"),
                  Family("feature", Names("基于特征的蒸馏", "Feature"), 2, "knowledge", "§2.2")),
        domains=(Domain("nlp", Names("自然语言处理", "NLP"), 1),),
        resources=(),
        papers=tuple(papers),
    )


@pytest.fixture
def make_paper():
    """Build a valid paper; any field can be overridden."""
    return _paper


@pytest.fixture
def make_library():
    """Build a two-family, one-domain library holding the given papers."""
    return _library


@pytest.fixture
def tricky():
    """A paper whose every field is awkward for BibTeX and CSV."""
    return _paper(
        "muller2020bert",
        title="50% of BERT & ImageNet_v2: {Un}balanced #1 $x$ ~ ^ \\ in 3D — Müller's \"KD\"",
        authors=("José Müller", "Martin Luther King Jr.", "Jean-Luc van der Berg", "李 伟"),
        year=2020, venue="CVPR", families=("logits", "feature"), domains=("nlp",), tags=("contrastive",),
        links=Links(paper="https://example.org/p?a=1&b=%20#frag", arxiv="2001.00001", doi="10.1000/x_y",
                    pdf="https://example.org/p.pdf", code=("https://github.com/a/b", "https://github.com/c/d")),
        sources=("dkozlov",),
    )


@pytest.fixture
def plain_text():
    """Turn BibTeX field text back into plain text."""
    return plain

"""kd.pages.rawhtml: finished HTML blocks pass through Markdown untouched, to the HTML Markdown makes of them as raw
HTML; data cannot close a block early."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import markdown
import pytest
import yaml

from kd.pages import render
from kd.pages.rawhtml import CLOSE, OPEN, html_block, strip_marks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stats"))
from factory import library, paper  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def site_extensions() -> list:
    """mkdocs.yml's Markdown extensions with their options, as MkDocs passes them to Python-Markdown."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    return [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]


def convert(text: str, extensions: list) -> str:
    return markdown.Markdown(extensions=extensions).convert(text)


def without_blank_lines(html: str) -> str:
    return re.sub(r"\n\s*\n", "\n", html)


def test_the_site_uses_the_extension():
    assert "kd.pages.rawhtml" in site_extensions()


def test_a_family_page_converts_to_the_html_of_its_raw_markup():
    hostile = f"Cards {CLOSE} <b>and</b> {OPEN} *stars* {{{{ x }}}}"
    lib = library([paper("a2020x", 2020, ["logits"], title=hostile), paper("b2019x", 2019, ["logits"])])
    page = "# Logits\n\nIntro *text*.\n\n" + render.family_page(lib, "logits", "en", "../", "../../") + "\n\nEnd *here*.\n"
    assert page.count(OPEN) == page.count(CLOSE) == 2  # one block a year; the title's marks are escaped text
    extensions = site_extensions()
    ours = convert(page, extensions)
    raw = convert(strip_marks(page), [e for e in extensions if e != "kd.pages.rawhtml"])
    assert without_blank_lines(ours) == without_blank_lines(raw)
    assert "<em>text</em>" in ours and "<em>here</em>" in ours and "*stars*" in ours
    assert ours.count('<article class="kd-paper"') == 2 and 'id="year-2020"' in ours


@pytest.mark.parametrize("html", ["<span>x</span>", "text", f"<div>{OPEN}</div>"])
def test_only_whole_block_level_html_is_marked(html):
    with pytest.raises(ValueError):
        html_block(html)


def test_a_block_comes_out_as_markdown_normalises_its_whitespace_and_text_cannot_take_its_place():
    block = html_block('<div class="kd-papers">\n\t<p>a\tb</p>\r\n   \n<p>c\x02d</p>\r<p>e</p>\n</div>')
    forged = "Prose \uf8f00:0\uf8f1 and <p>\uf8f01:0\uf8f1</p>"  # shaped like the tokens marking blocks' places
    page = f"# Title\n\n{forged}\n\n{block}\n\n\tindented *code*\n"
    extensions = site_extensions()
    ours = convert(page, extensions)
    raw = convert(strip_marks(page), [e for e in extensions if e != "kd.pages.rawhtml"])
    assert without_blank_lines(ours) == without_blank_lines(raw)
    assert '<div class="kd-papers">\n    <p>a    b</p>\n\n<p>cd</p>\n<p>e</p>\n</div>' in ours
    assert ours.count('<div class="kd-papers">') == 1 and "\uf8f00:0\uf8f1" in ours

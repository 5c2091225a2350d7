"""commonmark_text: README text renders (as CommonMark) exactly as written."""
from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from kd.pages.escape import commonmark_text


def rendered_item(text: str) -> str:
    """The HTML of a one-item list whose text is commonmark_text(text)."""
    return MarkdownIt("commonmark").render(f"- {commonmark_text(text)}\n")


@pytest.mark.parametrize("text", [
    "- nested", "+ nested", "# heading", "> quote", "1. ordered", "12) ordered", "0 &amp; 1", "&#123;",
    "*em* _em_ `code`", "[x](javascript:alert(1))", "<script>alert(1)</script>", "a \\ b", "Q&A ~~no~~",
])
def test_text_is_shown_as_written(text):
    html = rendered_item(text)
    assert html.count("<li>") == 1 and "<ul>\n<li>" in html
    inner = html.split("<li>", 1)[1].rsplit("</li>", 1)[0]
    assert inner == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def test_ordinary_titles_are_left_alone():
    assert commonmark_text("Self-Distillation: 3.0 Q&A (v2)!") == "Self-Distillation: 3.0 Q&A (v2)!"

"""Finished HTML blocks that Markdown passes through without parsing them again (a Markdown extension)."""
from __future__ import annotations

import re

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

OPEN, CLOSE = "<!--kd-html-->", "<!--/kd-html-->"
_BLOCK = re.compile(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE), re.S)
_FIRST_TAG = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
# the block-level elements our renderers start a finished block with (Markdown would wrap anything else in a <p>)
BLOCK_TAGS = frozenset("article details div figure h2 nav noscript ol p section table ul".split())


def html_block(html: str) -> str:
    """Mark a finished block of HTML (made by our renderers, every data value escaped) for Markdown to keep as it is:
    the extension below stores it at once, where Markdown would parse its every tag twice as raw HTML (md_in_html,
    then MkDocs' anchor check), which on a page of 2,000 cards was most of its build. The HTML is the same as
    Markdown makes of the block without the marks (strip_marks), blank lines between blocks aside."""
    match = _FIRST_TAG.match(html)
    if not match or match.group(1) not in BLOCK_TAGS:
        raise ValueError(f"a finished HTML block must start with one of {sorted(BLOCK_TAGS)}: {html[:60]!r}")
    if OPEN in html or CLOSE in html:
        raise ValueError("finished HTML blocks do not nest")
    return f"\n\n{OPEN}{html}{CLOSE}\n\n"


def strip_marks(markdown: str) -> str:
    """The same Markdown without the marks (its blocks then parsed as any raw HTML)."""
    return markdown.replace(OPEN, "").replace(CLOSE, "")


class _StoreBlocks(Preprocessor):
    """Moves each marked block into Markdown's store of raw HTML, leaving its placeholder as a paragraph of its own
    (which Markdown's last step replaces with the block, unwrapped)."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if OPEN not in text:
            return lines
        stored = _BLOCK.sub(lambda m: "\n\n" + self.md.htmlStash.store(m.group(1)) + "\n\n", text)
        return stored.split("\n")


class RawHtmlExtension(Extension):
    """Registers the preprocessor after whitespace normalising (which would remove the placeholders' marker
    characters) and before fenced code, raw HTML and MkDocs' own HTML pass."""

    def extendMarkdown(self, md):
        md.preprocessors.register(_StoreBlocks(md), "kd_html_blocks", 29)


def makeExtension(**kwargs):
    return RawHtmlExtension(**kwargs)

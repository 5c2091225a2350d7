"""Finished HTML blocks that Markdown passes through without parsing them again (a Markdown extension)."""
from __future__ import annotations

import re
import secrets

from markdown import util
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

OPEN, CLOSE = "<!--kd-html-->", "<!--/kd-html-->"
_FIRST_TAG = re.compile(r"<([a-z][a-z0-9]*)[\s>]")
_SPACES_LINE = re.compile(r"(?<=\n) +\n")  # NormalizeWhitespace's
_ANY_SPACES_LINE = re.compile(r"\n +\n")  # the same test, found by its first character: 300 times as fast
# the block-level elements our renderers start a finished block with (Markdown would wrap anything else in a <p>)
BLOCK_TAGS = frozenset("article details div figure h2 nav noscript ol p section table ul".split())


def html_block(html: str) -> str:
    """Mark a finished block of HTML (made by our renderers, every data value escaped) for Markdown to keep as it is:
    the extension below takes it out before Markdown reads the page and puts it back after, where Markdown would
    parse its every tag twice as raw HTML (md_in_html, then MkDocs' anchor check), which on a page of 2,000 cards
    was most of its build, and scan its text in three steps more. The HTML is the same as
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


class _Kept:
    """The blocks taken out of the page being converted, and the token marking their places: private-use characters
    (which Markdown leaves as text) around a number new for each page, which no text can foresee."""

    def __init__(self):
        self.blocks: list[str] = []
        self.start(0)

    def start(self, nonce: int) -> None:
        self.blocks.clear()
        self.token = f"\uf8f0{nonce:x}:%d\uf8f1"
        self.places = re.compile(f"<p>\uf8f0{nonce:x}:([0-9]+)\uf8f1</p>|\uf8f0{nonce:x}:([0-9]+)\uf8f1")


class _KeepBlocks(Preprocessor):
    """Before Markdown reads the page, moves each marked block out of it, leaving a token as a paragraph of its own;
    each block is first made what Markdown's whitespace step would have made it (tabs expanded as in its lines,
    carriage returns turned into newlines, lines of spaces emptied), which on our renderers' HTML changes nothing
    and costs no scan of the block's text."""

    def __init__(self, md, kept: _Kept):
        super().__init__(md)
        self.kept = kept

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        self.kept.start(secrets.randbits(64))
        if OPEN not in text:
            return lines
        parts, at = [], 0
        while (start := text.find(OPEN, at)) >= 0:
            end = text.index(CLOSE, start)  # html_block's marks pair up: data cannot hold them unescaped
            parts += [text[at:start], f"\n\n{self.kept.token % len(self.kept.blocks)}\n\n"]
            self.kept.blocks.append(self.normalised(text[start + len(OPEN):end]))
            at = end + len(CLOSE)
        parts.append(text[at:])
        return "".join(parts).split("\n")

    def normalised(self, html: str) -> str:
        """The block as Markdown's NormalizeWhitespace leaves it (it starts a line, after OPEN)."""
        html = html.replace(util.STX, "").replace(util.ETX, "")
        if "\r" in html:
            html = html.replace("\r\n", "\n").replace("\r", "\n")
        if "\t" in html:
            html = (OPEN + html).expandtabs(self.md.tab_length)[len(OPEN):]
        if _ANY_SPACES_LINE.search(html):
            html = _SPACES_LINE.sub("\n", html)
        return html


class _PutBlocksBack(Postprocessor):
    """After Markdown's last step, puts each kept block where its token is (unwrapped from its paragraph, as
    Markdown does with a block of raw HTML)."""

    def __init__(self, md, kept: _Kept):
        super().__init__(md)
        self.kept = kept

    def run(self, text: str) -> str:
        """(Also run on heading texts by the toc extension, which hold no token.)"""
        if not self.kept.blocks:
            return text
        return self.kept.places.sub(lambda match: self.kept.blocks[int(match.group(1) or match.group(2))], text)


class RawHtmlExtension(Extension):
    """Registers the preprocessor before Markdown's first step (whitespace normalising) and the postprocessor after
    its last, so Markdown never reads a block's text."""

    def extendMarkdown(self, md):
        kept = _Kept()
        md.preprocessors.register(_KeepBlocks(md, kept), "kd_html_blocks", 40)
        md.postprocessors.register(_PutBlocksBack(md, kept), "kd_html_blocks", 0)


def makeExtension(**kwargs):
    return RawHtmlExtension(**kwargs)

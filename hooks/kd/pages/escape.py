"""Escaping of data-derived text for HTML, Markdown and Jinja contexts."""
from __future__ import annotations

import html
import json
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()#+\-.!|~])")
_COMMONMARK_INLINE = re.compile(r"([\\`*_\[\]<>~]|&(?=#?[0-9A-Za-z]+;))")
_COMMONMARK_LINE_START = re.compile(r"^([#>+-])|^(\d+)([.)])")


def html_text(value: object) -> str:
    """Text safe inside HTML elements and attribute values; Jinja braces become entities too."""
    return html.escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def markdown_text(value: object) -> str:
    """Text safe inside a Markdown line such as a heading: HTML-escaped, Markdown punctuation backslashed."""
    return html_text(_MARKDOWN_SPECIAL.sub(r"\\\1", str(value)))


def commonmark_text(value: object) -> str:
    """Text that GitHub's Markdown shows as written inside one line: whitespace collapsed, inline markup,
    entity references and block markers at the start (#, >, +, -, 1.) backslashed."""
    text = _COMMONMARK_INLINE.sub(r"\\\1", " ".join(str(value).split()))
    return _COMMONMARK_LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


def safe_url(url: str) -> str:
    """An http(s) URL ready for an href, or '' for anything else (javascript:, data:, ...)."""
    if not re.match(r"^https?://", url or "", re.IGNORECASE):
        return ""
    return html_text(url)


def script_json(value: object) -> str:
    """JSON safe inside an HTML <script> element: '</' and '<!--' are written so they cannot end or confuse it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")

"""MkDocs hook: our stylesheet (overrides/partials/kd.css) without its comments and spare spaces, in config.extra,
for overrides/main.html to inline in every page's head."""
from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "overrides" / "partials" / "kd.css"
# comments and strings, found left to right, so a quote inside a comment or a comment mark inside a string is not
# taken for the other
TOKEN = re.compile(r'/\*.*?\*/|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'', re.S)
AROUND = re.compile(r"\s*([{};,>])\s*")
AFTER_COLON = re.compile(r":\s+")  # not before one: `.a :is(p)` (a descendant) differs from `.a:is(p)`


def _squeezed(code: str) -> str:
    return AFTER_COLON.sub(":", AROUND.sub(r"\1", " ".join(code.split())))


def minified(css: str) -> str:
    """CSS without comments, with runs of white space made one and none around { } ; , > or after a colon; strings
    kept as written."""
    out, end = [], 0
    for token in TOKEN.finditer(css):
        out.append(_squeezed(css[end:token.start()]))
        if not token.group().startswith("/*"):
            out.append(token.group())
        end = token.end()
    out.append(_squeezed(css[end:]))
    return "".join(out).strip()


def on_config(config):
    config.extra["kd_css"] = minified(SOURCE.read_text(encoding="utf-8"))
    return config

"""hooks/inline_css.py: our stylesheet loses its comments and spare spaces, and nothing that changes what it means."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("inline_css", ROOT / "hooks" / "inline_css.py")
inline_css = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inline_css)


def test_comments_and_spaces_go_strings_and_descendant_combinators_stay():
    css = """/* the card's "label" */
    .a  >  b , .c :is(p, li) { color:  red ;  margin: 0 .2rem; }
    .d::before { content: "Copy failed; open\\a0"; }  /* a /* in a comment */
    .e::after { content: '\\a0 copied'; }
    @media (scripting: enabled) { .f { width: calc(100% - 2rem); } }"""
    assert inline_css.minified(css) == (
        '.a>b,.c :is(p,li){color:red;margin:0 .2rem;}.d::before{content:"Copy failed; open\\a0";}'
        ".e::after{content:'\\a0 copied';}@media (scripting:enabled){.f{width:calc(100% - 2rem);}}")


def test_the_stylesheet_keeps_its_rules():
    css = inline_css.SOURCE.read_text(encoding="utf-8")
    small = inline_css.minified(css)
    assert len(small) < 0.8 * len(css) and "/*" not in small
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert small.count("{") == small.count("}") == rules.count("{")

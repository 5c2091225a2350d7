"""The Nu Html Checker finds no error in any page of the built site, save two documented ones in Material's own markup."""
from __future__ import annotations

import json
import re
import subprocess

from conftest import FULL_SWEEP

from .conftest import node_tool
from .test_axe import PAGE_TYPES

# Markup Material's templates emit on every page, which our overrides do not replace:
# base.html's drawer and search toggles are checkboxes with autocomplete="off" (kept by Material so Firefox
# does not restore their state), and partials/nav-item.html writes tabindex="" on section labels.
MATERIAL_MARKUP = [
    (re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
     re.compile(r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">')),
    (re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"),
     re.compile(r'<label class="md-nav__link[ a-z_-]*" for="__nav_\d+" id="__nav_\d+_label" tabindex="">')),
]


def from_material(message: dict) -> bool:
    """True for an error in the documented markup of Material's templates."""
    return any(text.search(message["message"]) and markup.search(message.get("extract", ""))
               for text, markup in MATERIAL_MARKUP)


def validate(files: list) -> list[dict]:
    """Every error the checker reports for these HTML files (one Java run for all)."""
    result = subprocess.run(
        ["java", "-jar", str(node_tool("vnu-jar/build/dist/vnu.jar")), "--errors-only", "--format", "json", "--stdout",
         *map(str, files)], capture_output=True, text=True)
    assert result.stdout, result.stderr
    return [m for m in json.loads(result.stdout)["messages"] if m["type"] != "info"]


# `make test` validates one page of each type in each language (the axe gate's pages), `make gates` every page
SAMPLE = [f"{lang}{path}index.html" for lang in ("", "en/") for path in PAGE_TYPES] + ["404.html", "en/404.html"]


def test_every_page_is_valid_html(built_site):
    pages = sorted(built_site.rglob("*.html")) if FULL_SWEEP else [built_site / page for page in SAMPLE]
    assert len(pages) > (70 if FULL_SWEEP else 20) and all(page.is_file() for page in pages)
    errors = [m for m in validate(pages) if not from_material(m)]
    shown = [f'{m["url"].split(built_site.name, 1)[-1]}:{m.get("lastLine")}: {m["message"]}' for m in errors[:40]]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(shown)


def test_the_checker_and_the_filter_catch_errors(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="en"><title>t</title><input class="md-toggle" data-md-toggle="drawer" '
                    'type="checkbox" id="__drawer" autocomplete="off"><p><div>x</div><a href="a\\b">y</a></p>',
                    encoding="utf-8")
    errors = validate([page])
    kept = [m for m in errors if not from_material(m)]
    assert len(kept) == len(errors) - 1 and len(kept) >= 2

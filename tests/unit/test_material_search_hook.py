"""hooks/material_search.py: Material's search plugin stays enabled (its header holds our search box) but indexes no
page, and what it would remove from a page is still removed."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import material_search  # noqa: E402
from mkdocs.config import load_config  # noqa: E402


def owners(config, event: str) -> list[str]:
    return [type(getattr(method, "__self__", method)).__name__ for method in config.plugins.events[event]]


def test_material_search_is_enabled_but_indexes_nothing():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert "SearchPlugin" in owners(config, "page_context") and "SearchPlugin" in owners(config, "post_build")
    others = {event: [o for o in owners(config, event) if o != "SearchPlugin"] for event in ("page_context", "post_build")}
    config = material_search.on_config(config)
    assert config.plugins["material/search"].config.enabled is True
    for event in material_search.INDEXING_EVENTS:
        assert owners(config, event) == others[event], event
    assert "SearchPlugin" in owners(config, "config")


def test_what_material_search_removes_is_removed():
    page = SimpleNamespace(content='<p data-search-exclude>a</p><div data-search-boost="2" class="x">b</div>')
    material_search.on_page_context({}, page, None, None)
    assert page.content == '<p data-search-exclude>a</p><div class="x">b</div>'

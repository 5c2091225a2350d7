"""kd.pages.preview: which built pages a changed library changes, found by replaying their macro calls; the card memo."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from kd.pages import render
from kd.pages.preview import Place, Recorder, RECORDER

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stats"))
from factory import sample  # noqa: E402

HERE = Place("en", "../", "../../", "../")


def family(lib, at, family_id):
    return render.family_page(lib, family_id, at.lang, at.root, at.site_root)


def count(lib, at):
    return len(lib.papers)


@pytest.fixture
def recorder():
    recorder = Recorder()
    recorder.active = True
    return recorder


def built(recorder, lib):
    """Record two pages as a build would: the logits family page and a page showing the paper count."""
    for page, macro, args in (("families/logits/index.html", family, ("logits",)), ("index.html", count, ())):
        recorder.start(page, lib)
        recorder.call(page, macro, lib, HERE, args)


def retitled(lib, paper_id, title):
    return dataclasses.replace(lib, papers=tuple(dataclasses.replace(p, title=title) if p.id == paper_id else p
                                                 for p in lib.papers))


def test_an_edit_changes_the_pages_that_show_it(recorder):
    lib = sample()
    built(recorder, lib)
    logits = next(p for p in lib.papers if "logits" in p.families)
    other = next(p for p in lib.papers if "logits" not in p.families)
    assert recorder.changed("families/logits/index.html", retitled(lib, logits.id, "New title"))
    assert not recorder.changed("index.html", retitled(lib, logits.id, "New title"))
    assert not recorder.changed("families/logits/index.html", retitled(lib, other.id, "New title"))
    grown = dataclasses.replace(lib, papers=lib.papers[:-1])
    assert recorder.changed("index.html", grown)


def test_pages_never_built_or_built_with_this_library_are_unchanged(recorder):
    lib = sample()
    built(recorder, lib)
    assert not recorder.changed("families/logits/index.html", lib)
    assert not recorder.changed("never/index.html", retitled(lib, lib.papers[0].id, "x"))


def test_nothing_is_recorded_outside_previews():
    recorder, lib = Recorder(), sample()
    built(recorder, lib)
    assert recorder.pages == {}
    assert not recorder.changed("families/logits/index.html", retitled(lib, lib.papers[0].id, "x"))


def test_cards_are_rendered_again_when_their_paper_or_the_family_names_change(monkeypatch):
    monkeypatch.setattr(RECORDER, "active", True)
    lib = sample()
    paper = lib.papers[0]
    first = render.paper_card(paper, lib, "en", "../", "../../")
    assert render.paper_card(paper, lib, "en", "../", "../../") is first
    changed = dataclasses.replace(paper, title="Another title")
    assert "Another title" in render.paper_card(changed, lib, "en", "../", "../../")
    renamed = dataclasses.replace(lib, families=tuple(dataclasses.replace(f, name=dataclasses.replace(f.name, en="Renamed"))
                                                      for f in lib.families))
    assert "Renamed" in render.paper_card(paper, renamed, "en", "../", "../../")
    monkeypatch.setattr(RECORDER, "active", False)
    assert render.paper_card(paper, lib, "en", "../", "../../") == first


def test_a_changed_pages_rebuild_takes_the_replayed_outputs(recorder):
    lib = sample()
    built(recorder, lib)
    edited = retitled(lib, next(p for p in lib.papers if "logits" in p.families).id, "New title")
    assert recorder.changed("families/logits/index.html", edited)
    calls = []
    counted = lambda library, at, family_id: calls.append(family_id) or family(library, at, family_id)  # noqa: E731
    recorder.start("families/logits/index.html", edited)
    key = ("families/logits/index.html", family, ("logits",), HERE)
    assert "New title" in recorder.call(*key[:2], edited, HERE, key[2])
    assert key not in recorder.made and not calls
    assert "New title" in recorder.call("families/logits/index.html", counted, edited, HERE, ("logits",))
    assert calls == ["logits"]  # nothing replayed for that call: made afresh

"""Unit tests of kd.pages.editurl: a family page's "Edit this page" opens its data file."""
from __future__ import annotations

from kd.pages.editurl import family_edit_url

REPO = "https://github.com/awesome-kd/awesome-knowledge-distillation"


def test_family_pages_edit_their_data_file():
    ids = {"logits", "multi-teacher"}
    assert family_edit_url(REPO, "families/logits.md", ids) == f"{REPO}/edit/main/data/papers/logits.yml"
    assert family_edit_url(REPO + "/", "families/multi-teacher.en.md", ids) == \
        f"{REPO}/edit/main/data/papers/multi-teacher.yml"
    assert family_edit_url(REPO, "families/index.md", ids) is None
    assert family_edit_url(REPO, "index.md", ids) is None
    assert family_edit_url("", "families/logits.md", ids) is None

"""A paper added with `kd add` appears on its family page after a real `mkdocs build --strict`."""
from __future__ import annotations

import subprocess
import sys

from .conftest import kd, make_project
from .test_add import VALID


def test_added_paper_is_on_its_family_pages(tmp_path):
    project = make_project(tmp_path / "project", with_site=True)
    assert kd(project, "add", *VALID).returncode == 0
    out = tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                           cwd=project, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    for page in ("families/logits/index.html", "families/self/index.html", "en/families/logits/index.html"):
        html = (out / page).read_text(encoding="utf-8")
        assert 'id="furlanello2018born"' in html and "Born-Again Neural Networks" in html, page
    edit = "https://github.com/awesome-kd/awesome-knowledge-distillation/edit/main/data/papers/logits.yml"
    assert edit in (out / "families/logits/index.html").read_text(encoding="utf-8")

"""A family page's "Edit this page" opens its data file: the edit_url of its front matter names
data/papers/<id>.yml whenever that file exists (both engines show the front matter's link)."""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
REPO = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["repo_url"].rstrip("/")


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1]) if text.startswith("---\n") else {}


def test_family_pages_with_a_data_file_edit_it():
    pages = sorted((ROOT / "docs" / "families").glob("*.md"))
    assert len(pages) > 20
    wrong = []
    for page in pages:
        family = page.name.split(".")[0]
        data_file = ROOT / "data" / "papers" / f"{family}.yml"
        expected = f"{REPO}/edit/main/data/papers/{family}.yml" if data_file.is_file() else None
        if front_matter(page).get("edit_url") != expected:
            wrong.append(f"{page.relative_to(ROOT)}: its front matter's edit_url should be {expected} (CONTRIBUTING.md)")
    assert wrong == [], "\n".join(wrong)


def test_built_family_page_links_its_data_file(built_site):
    for page in ("families/logits/index.html", "en/families/logits/index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        assert f'href="{REPO}/edit/main/data/papers/logits.yml"' in html and 'rel="edit"' in html, page
    html = (built_site / "families/self/index.html").read_text(encoding="utf-8")
    assert f'href="{REPO}/edit/main/docs/families/self.md"' in html

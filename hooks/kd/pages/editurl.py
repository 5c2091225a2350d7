"""Where "Edit this page" leads: a family page's data file rather than its generated Markdown."""
from __future__ import annotations

from pathlib import PurePosixPath


def family_edit_url(repo_url: str, src_uri: str, family_ids: set[str]) -> str | None:
    """repo_url/edit/main/data/papers/<id>.yml for the page families/<id>[.lang].md, else None."""
    path = PurePosixPath(src_uri)
    family = path.name.split(".")[0]
    if path.parent.name != "families" or family not in family_ids or not repo_url:
        return None
    return f"{repo_url.rstrip('/')}/edit/main/data/papers/{family}.yml"

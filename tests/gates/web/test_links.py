"""Every internal link, asset and #anchor of the built site resolves; the crawler itself is checked on small sites."""
from __future__ import annotations

from .linkcheck import check_site


def test_every_internal_link_and_anchor_resolves(built_site, deployed_url):
    broken = check_site(built_site, deployed_url)
    assert broken == [], "\n".join(f"{b.page}: {b.link} ({b.reason})" for b in broken[:40])


def write(folder, files: dict[str, str]):
    """Write a small site: {relative path: HTML}."""
    for name, html in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    return folder


def test_crawler_accepts_files_folders_ids_and_external_links(tmp_path):
    site = write(tmp_path, {
        "index.html": '<a href="a/">a</a><a href="a/#x">x</a><a href="#top" id="top">t</a><a href="https://x.org/">o</a>'
                      '<a href="mailto:a@b.c">m</a><link rel="stylesheet" href="s.css"><img src="/root/i.png" alt="">',
        "a/index.html": '<h2 id="x">x</h2><a href="../index.html#top">back</a><a name="old"></a><a href="#old">o</a>',
        "s.css": "", "i.png": "",
    })
    assert check_site(site, "https://example.org/root/") == []


def test_crawler_reports_missing_files_anchors_and_escapes(tmp_path):
    site = write(tmp_path, {
        "index.html": '<a href="missing/">1</a><a href="a/#nope">2</a><a href="#gone">3</a><script src="x.js"></script>'
                      '<a href="/elsewhere/">4</a><a href="https://example.org/root/a/#nope">5</a><a href="/root//a/">6</a>',
        "a/index.html": "<p>a</p>",
    })
    found = [(b.link, b.reason) for b in check_site(site, "https://example.org/root/")]
    assert found == [
        ("missing/", "no such file"), ("a/#nope", "no id 'nope' in a/index.html"),
        ("#gone", "no id 'gone' in index.html"), ("x.js", "no such file"), ("/elsewhere/", "outside the site"),
        ("https://example.org/root/a/#nope", "no id 'nope' in a/index.html"), ("/root//a/", "no such file"),
    ]

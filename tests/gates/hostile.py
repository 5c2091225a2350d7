"""A library whose titles, authors and venues carry markup, template and Markdown attacks, and how to spot one that worked."""
from __future__ import annotations

from lxml import html as lxml_html

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% raw %}",
    "*bold* | cell | [x](javascript:alert(1))",
    '</script><script>alert("json")</script>',
    "<!-- open comment",
)
TEMPLATE = "{{ 7*7 }}"


def hostile_papers() -> list[dict]:
    """One paper per payload (in its title, an author and the venue), spread over families and a domain, added lately;
    in an author's name '|' becomes '/', since validation refuses '|' there (the header search's index separates
    names with it): titles and venues keep it."""
    papers = []
    for n, payload in enumerate(PAYLOADS):
        papers.append({
            "id": f"evil{2020 + n}p{n}", "title": f"Paper {n} {payload}", "authors": [payload.replace("|", "/"), f"Ada {n} Lovelace"],
            "year": 2020 + n, "venue": f"V{n} {payload}", "families": ["logits", "feature"][: 1 + n % 2],
            "domains": ["nlp"] if n % 3 == 0 else [], "links": {"paper": f"https://example.org/{n}"},
            "added": f"2025-01-{10 + n:02d}",
        })
    papers.append({"id": "plain2019app", "title": "Application only {{ 7*7 }}", "authors": [], "year": 2019,
                   "venue": "{% raw %}", "domains": ["rl"], "added": "2024-12-01"})
    return papers


def injected(markup: str) -> list[str]:
    """Elements that only a payload that escaped its text could have made (live images, handlers, script URLs, scripts)."""
    if not markup.strip():
        return []
    tree = lxml_html.fromstring(markup)
    found = tree.xpath('//img[@src="x"] | //*[@onerror] | //a[starts-with(normalize-space(@href), "javascript")]'
                       ' | //script[contains(., "alert(")]')
    return [lxml_html.tostring(el, encoding="unicode")[:200] for el in found]

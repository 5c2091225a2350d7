"""The catalogue of malformed data: each case's file content and the problem it must produce."""
from __future__ import annotations

from dataclasses import dataclass

ENTRY = """\
- id: romero2015fitnets
  title: "FitNets: Hints for Thin Deep Nets"
  authors: [Adriana Romero, Nicolas Ballas]
  year: 2015
  venue: ICLR
  families: [feature]
  added: 2026-11-05
"""


def entry(**changes: str) -> str:
    """ENTRY with whole lines replaced: changes map a field name to its new line(s), '' deletes it."""
    lines = []
    for line in ENTRY.splitlines(keepends=True):
        key = line.strip().lstrip("- ").split(":")[0]
        lines.append(changes[key] if key in changes else line)
    return "".join(lines)


@dataclass(frozen=True)
class BadCase:
    """A malformed papers file (papers/bad.yml unless `file` says otherwise) and its expected problem."""

    name: str
    content: bytes
    line: int
    entry: str
    field: str
    fragment: str
    file: str = "papers/bad.yml"


E = "romero2015fitnets"
CASES = [
    BadCase("yaml-syntax", b"- id: x2015y\n  title: [unclosed\n  year: 2015\n", 3, "", "", "YAML syntax error"),
    BadCase("tab-indentation", b"- id: x2015y\n\ttitle: Tabbed\n", 2, "", "", "tab characters cannot indent"),
    BadCase("empty-file", b"", 1, "", "", "file is empty"),
    BadCase("comments-only", b"# nothing here\n", 1, "", "", "file is empty"),
    BadCase("not-a-list", b"id: x2015y\ntitle: A mapping\n", 1, "", "", "wrong type (expected array)"),
    BadCase("entry-is-string", b"- Just a title\n", 1, "#1", "", "wrong type (expected object)"),
    BadCase("missing-title", entry(title="").encode(), 1, E, "title", "'title' is missing"),
    BadCase("empty-title", entry(title='  title: ""\n').encode(), 2, E, "title", "the paper's title"),
    BadCase("blank-title", entry(title='  title: "   "\n').encode(), 2, E, "title", "is not valid"),
    BadCase("title-too-long", entry(title=f"  title: {'x' * 500}\n").encode(), 2, E, "title", "too long"),
    BadCase("ten-megabyte-field", entry(title=f"  title: {'y' * 10_000_000}\n").encode(), 1, "", "", "allowed: at most"),
    BadCase("year-20x5", entry(year="  year: 20x5\n").encode(), 4, E, "year", "wrong type (expected integer)"),
    BadCase("year-2099", entry(year="  year: 2099\n").encode(), 4, E, "year", "out of range"),
    BadCase("year-1900", entry(year="  year: 1900\n").encode(), 4, E, "year", "out of range"),
    BadCase("year-quoted", entry(year="  year: '2015'\n").encode(), 4, E, "year", "wrong type (expected integer)"),
    BadCase("missing-venue", entry(venue="").encode(), 1, E, "venue", "'venue' is missing"),
    BadCase("unknown-family", entry(families="  families: [logit]\n").encode(), 6, E, "families", "unknown id 'logit'"),
    BadCase("families-not-list", entry(families="  families: logits\n").encode(), 6, E, "families", "wrong type (expected array)"),
    BadCase("family-repeated", entry(families="  families: [feature, feature]\n").encode(), 6, E, "families", "repeats an item"),
    BadCase("unknown-domain", entry(families="  domains: [robotics]\n").encode(), 6, E, "domains", "unknown id 'robotics'"),
    BadCase("unknown-source", entry(added="  sources: [nowhere]\n  added: 2026-11-05\n").encode(), 7, E, "sources", "unknown id 'nowhere'"),
    BadCase("no-family-no-domain", entry(families="  families: []\n").encode(), 6, E, "families", "no family and no domain"),
    BadCase("unknown-field-tittle", entry(title="  tittle: FitNets\n").encode(), 2, E, "tittle", "unknown field 'tittle'"),
    BadCase("unknown-link-key", entry(added="  links: {github: 'https://github.com/x/y'}\n  added: 2026-11-05\n").encode(), 7, E, "links.github", "unknown field 'github'"),
    BadCase("repeated-key", entry(venue="  venue: ICLR\n  venue: CVPR\n").encode(), 6, E, "venue", "appears twice"),
    BadCase("duplicate-id", (ENTRY + entry(title="  title: Another Paper\n")).encode(), 8, E, "id", "the same paper as"),
    BadCase("same-arxiv-twice",
            (entry(added="  links: {arxiv: '1412.6550'}\n  added: 2026-11-05\n")
             + entry(id="- id: other2015paper\n", title="  title: Other\n",
                     added="  links: {arxiv: '1412.6550'}\n  added: 2026-11-05\n")).encode(),
            15, "other2015paper", "links.arxiv", "the same paper as 'romero2015fitnets'"),
    BadCase("same-doi-twice",
            (entry(added="  links: {doi: '10.1000/xyz123'}\n  added: 2026-11-05\n")
             + entry(id="- id: other2015paper\n", title="  title: Other\n",
                     added="  links: {doi: '10.1000/XYZ123'}\n  added: 2026-11-05\n")).encode(),
            15, "other2015paper", "links.doi", "the same paper as 'romero2015fitnets'"),
    BadCase("same-title-other-case", entry(id="- id: hinton2015again\n", title="  title: 'distilling the knowledge in a neural-network!'\n").encode(),
            2, "hinton2015again", "title", "the same paper as 'hinton2015distilling'", file="papers/self.yml"),
    BadCase("id-not-citation-key", entry(id="- id: Romero 2015\n").encode(), 1, "Romero 2015", "id", "a citation key"),
    BadCase("malformed-url", entry(added="  links: {paper: 'htp://arxiv.org/abs/1412.6550'}\n  added: 2026-11-05\n").encode(), 7, E, "links.paper", "an http(s) URL"),
    BadCase("javascript-url", entry(added="  links: {paper: 'javascript:alert(1)'}\n  added: 2026-11-05\n").encode(), 7, E, "links.paper", "an http(s) URL"),
    BadCase("ftp-code-url", entry(added="  links: {code: ['ftp://example.org/code']}\n  added: 2026-11-05\n").encode(), 7, E, "links.code.0", "an http(s) URL"),
    BadCase("url-with-space", entry(added="  links: {pdf: 'https://exa mple.org/a.pdf'}\n  added: 2026-11-05\n").encode(), 7, E, "links.pdf", "an http(s) URL"),
    BadCase("invalid-arxiv-month", entry(added="  links: {arxiv: '2014.10510'}\n  added: 2026-11-05\n").encode(), 7, E, "links.arxiv", "month 01-12"),
    BadCase("arxiv-unquoted-number", entry(added="  links: {arxiv: 1412.6550}\n  added: 2026-11-05\n").encode(), 7, E, "links.arxiv", "wrong type (expected string)"),
    BadCase("malformed-doi", entry(added="  links: {doi: 'doi:10.1/x'}\n  added: 2026-11-05\n").encode(), 7, E, "links.doi", "a bare DOI"),
    BadCase("authors-not-list", entry(authors="  authors: Adriana Romero\n").encode(), 3, E, "authors", "wrong type (expected array)"),
    BadCase("author-empty", entry(authors="  authors: ['']\n").encode(), 3, E, "authors.0", "an author's full name"),
    BadCase("added-impossible-date", entry(added="  added: 2026-13-45\n").encode(), 7, E, "added", "not a calendar date"),
    BadCase("added-not-date", entry(added="  added: yesterday\n").encode(), 7, E, "added", "YYYY-MM-DD"),
    BadCase("tag-uppercase", entry(added="  tags: [Contrastive]\n  added: 2026-11-05\n").encode(), 7, E, "tags.0", "a lowercase tag"),
    BadCase("non-utf8-bytes", b"- id: x2015y\n  title: caf\xe9\n", 2, "", "", "not UTF-8"),
    BadCase("resource-bad-kind",
            b"- id: dkozlov\n  kind: blog\n  title: A list\n  url: https://github.com/dkozlov/awesome-knowledge-distillation\n"
            b"  description: {zh: x, en: x}\n",
            2, "dkozlov", "kind", "one of survey, article, repository", file="resources.yml"),
    BadCase("family-missing-name", b"- id: logits\n  order: 1\n  group: knowledge\n  survey_section: x\n",
            1, "logits", "name", "'name' is missing", file="families.yml"),
]

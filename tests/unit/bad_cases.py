"""The catalogue of malformed data: each case's file content, the problem it must produce and the category of
failure it guards against (security, data loss, validation, traceback)."""
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


def links(text: str) -> dict[str, str]:
    """entry() changes adding a links line before `added` (line 7)."""
    return {"added": f"  links: {text}\n  added: 2026-11-05\n"}


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
    category: str = "validation"


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

    # security: an alias can blow a 645-byte file up to gigabytes ("billion laughs"); anchors are refused
    BadCase("billion-laughs", b"- &a [x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n- [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
            1, "", "", "YAML anchor", category="security"),
    BadCase("alias-of-a-field", (entry() + entry(id="- id: other2015paper\n", title="  title: &t Other\n",
                                                 venue="  venue: *t\n")).encode(),
            9, "", "", "YAML anchor", category="security"),
    BadCase("merge-key-alias", (b"- &base {id: a2015b, title: A, authors: [], year: 2015, venue: X, added: 2026-11-05}\n"
                                b"- <<: *base\n  id: c2015d\n"), 1, "", "", "alias", category="security"),
    BadCase("non-scalar-key", b"- {[a, b]: 1}\n", 1, "", "", "mapping key is a list", category="security"),
    # validation: patterns match whole strings, so a trailing newline is refused
    BadCase("id-trailing-newline", entry(id='- id: "romero2015fitnets\\n"\n').encode(), 1, "romero2015fitnets\n", "id", "a citation key"),
    BadCase("arxiv-trailing-newline", entry(**links("{arxiv: \"1412.6550\\n\"}")).encode(), 7, E, "links.arxiv", "month 01-12"),
    BadCase("doi-trailing-newline", entry(**links("{doi: \"10.1000/xyz\\n\"}")).encode(), 7, E, "links.doi", "a bare DOI"),
    BadCase("url-trailing-newline", entry(**links("{paper: \"https://arxiv.org/abs/1412.6550\\n\"}")).encode(), 7, E, "links.paper", "http(s) URL"),
    BadCase("code-url-trailing-newline", entry(**links("{code: [\"https://github.com/a/b\\n\"]}")).encode(), 7, E, "links.code.0", "http(s) URL"),
    BadCase("tag-trailing-newline", entry(added="  tags: [\"kd\\n\"]\n  added: 2026-11-05\n").encode(), 7, E, "tags.0", "a lowercase tag"),
    BadCase("added-trailing-newline", entry(added='  added: "2026-11-05\\n"\n').encode(), 7, E, "added", "YYYY-MM-DD"),
    BadCase("family-id-trailing-newline", b'- id: "logits\\n"\n  name: {zh: x, en: x}\n  order: 1\n  group: knowledge\n  survey_section: x\n',
            1, "logits\n", "id", "a lowercase id", file="families.yml"),
    BadCase("resource-url-trailing-newline",
            b'- id: dkozlov\n  kind: repository\n  title: A list\n  url: "https://github.com/dkozlov/x\\n"\n'
            b"  description: {zh: x, en: x}\n", 4, "dkozlov", "url", "an http(s) URL", file="resources.yml"),
    # validation: control characters, raw or escaped, are refused on their own line
    BadCase("raw-nul-on-line-2", b"- id: x2015y\n  title: a\x00b\n", 2, "", "", "control character U+0000"),
    BadCase("raw-c1-on-line-3", b"- id: x2015y\n  title: ab\n  venue: \xc2\x80\n", 3, "", "", "control character U+0080"),
    BadCase("raw-uffff-in-venue", entry().replace("  venue: ICLR", "  venue: IC\uffffLR").encode(), 5, "", "", "control character U+FFFF"),
    BadCase("raw-bell", entry().replace("FitNets:", "Fit\x07Nets:").encode(), 2, "", "", "control character U+0007"),
    BadCase("escaped-nul-title", entry(title='  title: "Fit\\0Nets"\n').encode(), 2, E, "title", "control character U+0000"),
    BadCase("escaped-nel-title", entry(title='  title: "Fit\\NNets"\n').encode(), 2, E, "title", "control character U+0085"),
    BadCase("escaped-ufffe-venue", entry(venue='  venue: "IC\\uFFFELR"\n').encode(), 5, E, "venue", "control character U+FFFE"),
    BadCase("escaped-bell-author", entry(authors='  authors: ["Adriana\\aRomero"]\n').encode(), 3, E, "authors.0", "control character U+0007"),
    BadCase("escaped-cr-venue", entry(venue='  venue: "IC\\rLR"\n').encode(), 5, E, "venue", "control character U+000D"),
    BadCase("escaped-escape-in-family-name", b'- id: logits\n  name: {zh: x, en: "L\\eogits"}\n  order: 1\n  group: knowledge\n'
            b"  survey_section: x\n", 2, "logits", "name.en", "control character U+001B", file="families.yml"),
    # validation: names the BibTeX writer cannot take apart
    BadCase("author-many-commas", entry(authors='  authors: ["Smith, John, Jr., III"]\n').encode(), 3, E, "authors.0", "has a comma"),
    BadCase("author-last-first", entry(authors='  authors: ["Romero, Adriana"]\n').encode(), 3, E, "authors.0", "has a comma"),
    BadCase("author-with-bar", entry(authors='  authors: ["Adriana | Romero"]\n').encode(), 3, E, "authors.0", "has a '|'"),
    # validation: nesting deep enough to exhaust a recursive reader
    BadCase("nested-990-lists", b"- " + b"[" * 990 + b"]" * 990 + b"\n", 1, "", "", "nested more than"),
    BadCase("nested-links-mapping", entry(**links("{paper: " + "{a: " * 30 + "x" + "}" * 31)).encode(), 7, "", "", "nested more than"),
    # validation: accepted but wrong
    BadCase("added-in-the-future", entry(added="  added: 2999-01-01\n").encode(), 7, E, "added", "in the future"),
    BadCase("title-zero-width-only", entry(title='  title: "\\u200b\\u200d\\u2060"\n').encode(), 2, E, "title", "shows nothing"),
    BadCase("title-hangul-filler-only", entry(title="  title: \u3164\u3164\n").encode(), 2, E, "title", "shows nothing"),
    BadCase("title-bidi-marks-only", entry(title='  title: "\\u202e\\u200f"\n').encode(), 2, E, "title", "shows nothing"),
    BadCase("venue-invisible-only", entry(venue='  venue: "\\u00ad"\n').encode(), 5, E, "venue", "shows nothing"),
    BadCase("author-invisible-only", entry(authors='  authors: ["\\u200b"]\n').encode(), 3, E, "authors.0", "shows nothing"),
    BadCase("cyrillic-look-alike-title", entry(id="- id: hinton2015lookalike\n", title="  title: Distilling the Кnоwlеdgе in а Neural Network\n").encode(),
            2, "hinton2015lookalike", "title", "the same paper as 'hinton2015distilling'", file="papers/self.yml"),
    BadCase("greek-look-alike-title", entry(id="- id: cho2019greek\n", title="  title: Οn the Εfficacy of Knοwledge Distillatiοn\n").encode(),
            2, "cho2019greek", "title", "the same paper as 'cho2019efficacy'", file="papers/self.yml"),
    BadCase("zero-width-inside-known-title", entry(id="- id: zhang2018zw\n", title='  title: "Deep Mu\\u200btual Learning"\n').encode(),
            2, "zhang2018zw", "title", "the same paper as 'zhang2018deep'", file="papers/self.yml"),
    BadCase("fullwidth-known-title", entry(id="- id: zhang2018fw\n", title="  title: Ｄｅｅｐ Ｍｕｔｕａｌ Ｌｅａｒｎｉｎｇ\n").encode(),
            2, "zhang2018fw", "title", "the same paper as 'zhang2018deep'", file="papers/self.yml"),
    BadCase("known-arxiv-in-paper-link", entry(**links("{paper: 'https://arxiv.org/abs/1503.02531v2'}")).encode(),
            7, E, "links.arxiv", "the same paper as 'hinton2015distilling'", file="papers/self.yml"),
    BadCase("known-arxiv-in-pdf-link", entry(**links("{pdf: 'https://arxiv.org/pdf/1706.00384.pdf'}")).encode(),
            7, E, "links.arxiv", "the same paper as 'zhang2018deep'", file="papers/self.yml"),
    BadCase("same-doi-in-link-and-field",
            (entry(**links("{doi: '10.1000/xyz123'}"))
             + entry(id="- id: other2015paper\n", title="  title: Other\n", **links("{paper: 'https://doi.org/10.1000/XYZ123'}"))).encode(),
            15, "other2015paper", "links.doi", "the same paper as 'romero2015fitnets'"),
    # validation: files that would be skipped silently
    BadCase("papers-file-named-dot-yaml", ENTRY.encode(), 0, "", "", "this is not read", file="papers/.yaml"),
    BadCase("papers-file-yaml-extension", ENTRY.encode(), 0, "", "", "not .yaml", file="papers/feature.yaml"),
    BadCase("papers-file-uppercase-extension", ENTRY.encode(), 0, "", "", "this is not read", file="papers/feature.YML"),
    BadCase("papers-notes-file", b"notes\n", 0, "", "", "this is not read", file="papers/notes.txt"),
]

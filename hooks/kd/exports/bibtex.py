"""BibTeX entries of papers, built and written with pybtex: escaped fields, entry type from the venue table."""
from __future__ import annotations

import io
import re
from functools import lru_cache

from pybtex.bibtex.exceptions import BibTeXError
from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.output.bibtex import Writer

from kd.data.model import Paper
from kd.data.venues import CONFERENCE, JOURNAL, PREPRINT, is_unknown, venue_full_name, venue_kind

ENTRY_TYPES = {CONFERENCE: "inproceedings", JOURNAL: "article", PREPRINT: "misc"}

_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "$": r"\$", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_LATEX_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _LATEX_SPECIAL))
_LINEAGE = re.compile(r"^(?P<name>.+?),?\s+(?P<lineage>Jr\.?|Sr\.?|II|III|IV)$")
_SPACE_RUNS = re.compile(r"(\s+)")
_BRACES = re.compile(r"[{}]")
_AND_WORD = re.compile(r"(?<!\S)(and)(?!\S)", re.IGNORECASE)


def latex_escape(text: str) -> str:
    """Plain text with every character special to (La)TeX/BibTeX written as a command; Unicode is kept."""
    return _LATEX_SPECIAL_RE.sub(lambda m: _LATEX_SPECIAL[m.group(0)], " ".join(str(text).split()))


def _needs_case_protection(word: str) -> bool:
    return any(ch.isupper() for ch in word[1:]) or (len(word) == 1 and word.isupper() and word != "A")


def bibtex_title(title: str) -> str:
    """An escaped title whose acronyms and mixed-case words (BERT, ImageNet, 3D) are braced against recasing."""
    parts = _SPACE_RUNS.split(" ".join(title.split()))
    out = []
    for part in parts:
        if not part or part.isspace():
            out.append(part)
        elif _needs_case_protection(part):
            out.append("{" + latex_escape(part) + "}")
        else:
            out.append(latex_escape(part))
    return "".join(out)


def name_part(text: str) -> str:
    """latex_escape for a name: a standalone word 'and' is braced, so BibTeX does not split the name there."""
    return _AND_WORD.sub(r"{\1}", latex_escape(text))


def person(name: str) -> Person:
    """A pybtex Person from a full name as written ("Geoffrey Hinton", "Martin Luther King Jr.")."""
    name = " ".join(name.split())
    match = _LINEAGE.match(name)
    if match and "," not in match.group("name"):
        first, _, last = match.group("name").rpartition(" ")
        return Person(f"{name_part(last)}, {name_part(match.group('lineage'))}, {name_part(first)}")
    return Person(name_part(name))


def venue_entry_type(venue: str) -> str:
    """inproceedings, article or misc, by the kind of a venue."""
    if is_unknown(venue):
        return "misc"
    return ENTRY_TYPES.get(venue_kind(venue), "misc")


def entry_type(paper: Paper) -> str:
    """inproceedings, article or misc, by the kind of the paper's venue."""
    return venue_entry_type(paper.venue)


def entry(paper: Paper) -> Entry:
    """The pybtex Entry of one paper; every field value is already LaTeX-escaped."""
    kind = entry_type(paper)
    fields = {"title": bibtex_title(paper.title)}
    full_venue = latex_escape(venue_full_name(paper.venue))
    if kind == "inproceedings":
        fields["booktitle"] = full_venue
    elif kind == "article":
        fields["journal"] = full_venue
    elif not is_unknown(paper.venue) and venue_kind(paper.venue) != PREPRINT:
        fields["howpublished"] = full_venue
    fields["year"] = str(paper.year)
    links = paper.links
    if links.doi:
        fields["doi"] = latex_escape(links.doi)
    if links.arxiv:
        fields["eprint"] = latex_escape(links.arxiv)
        fields["archivePrefix"] = "arXiv"
    url = links.main_url
    if url:
        fields["url"] = url.replace("%", r"\%").replace("#", r"\#").replace("{", "%7B").replace("}", "%7D")
    authors = [person(a) for a in paper.authors] + ([Person("others")] if paper.authors and paper.more_authors else [])
    return Entry(kind, fields=fields, persons={"author": authors} if authors else {})


class _PreEscapedWriter(Writer):
    """pybtex's BibTeX writer for fields that are already escaped (no second LaTeX encoding)."""

    def _encode(self, text):
        return text

    def check_braces(self, s):
        """pybtex's guard against a value with unmatched braces, scanning only the braces (pybtex's tokenizer took
        a third of the time of writing the library's entries)."""
        level = 0
        for brace in _BRACES.findall(s):
            level = level + 1 if brace == "{" else max(level - 1, 0)  # as pybtex: a "}" at level 0 is let through
        if level != 0:
            raise BibTeXError(f"String has unmatched braces: {s}")


@lru_cache(maxsize=None)
def entry_text(paper: Paper) -> str:
    """The BibTeX text of one paper, keyed by its id (memoised: cards on several pages and the exports share it)."""
    stream = io.StringIO()
    _PreEscapedWriter(encoding="UTF-8").write_stream(BibliographyData(entries=[(paper.id, entry(paper))]), stream)
    return stream.getvalue()


def bibliography_text(papers) -> str:
    """A .bib file of the papers, in the order given: their entries one blank line apart, as pybtex writes them."""
    return "\n".join(entry_text(p) for p in papers)

"""COinS: each paper's citation as an OpenURL ContextObject (KEV) in an empty span, which Zotero's connector reads."""
from __future__ import annotations

from urllib.parse import quote

from kd.exports.bibtex import entry_type
from kd.pages.escape import html_text
from kd.data.model import Paper
from kd.data.venues import PREPRINT, is_unknown, venue_full_name, venue_kind

# BibTeX entry type -> OpenURL format; a conference paper is an item of a book (the proceedings), the rest articles.
FORMATS = {"inproceedings": "info:ofi/fmt:kev:mtx:book", "article": "info:ofi/fmt:kev:mtx:journal",
           "misc": "info:ofi/fmt:kev:mtx:journal"}


def _genre(paper: Paper, kind: str) -> str:
    if kind == "inproceedings":
        return "proceeding"
    if kind == "article":
        return "article"
    return "preprint" if venue_kind(paper.venue) == PREPRINT else "unknown"


def coins_fields(paper: Paper) -> list[tuple[str, str]]:
    """The ContextObject's keys and values, in order: the fields of the paper's kd.bib entry, in OpenURL's words."""
    kind = entry_type(paper)
    fields = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", FORMATS[kind]), ("rft.genre", _genre(paper, kind)),
              ("rft.atitle", paper.title)]
    venue = venue_full_name(paper.venue)
    if kind == "inproceedings":
        fields.append(("rft.btitle", venue))
    elif kind == "article" or (not is_unknown(paper.venue) and venue_kind(paper.venue) != PREPRINT):
        fields.append(("rft.jtitle", venue))
    fields += [("rft.au", author) for author in paper.authors]
    fields.append(("rft.date", str(paper.year)))
    links = paper.links
    if links.arxiv:
        fields.append(("rft_id", f"info:arxiv/{links.arxiv}"))
    if links.doi:
        fields.append(("rft_id", f"info:doi/{links.doi}"))
    if links.main_url:
        fields.append(("rft_id", links.main_url))
    return fields


def coins_kev(paper: Paper) -> str:
    """The ContextObject as an OpenURL key/encoded-value string: spaces as %20, reserved characters encoded but
    ':' and '/', which a query string may hold as they are."""
    return "&".join(f"{key}={quote(' '.join(value.split()), safe=':/')}" for key, value in coins_fields(paper))


def coins_span(paper: Paper) -> str:
    """The empty <span class="Z3988"> that carries the ContextObject in its title."""
    return f'<span class="Z3988" title="{html_text(coins_kev(paper))}"></span>'

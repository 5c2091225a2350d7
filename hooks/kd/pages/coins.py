"""COinS: each paper's citation as an OpenURL ContextObject (KEV) in an empty span, which Zotero's connector reads."""
from __future__ import annotations

import re

from kd.exports.bibtex import venue_entry_type
from kd.pages.escape import html_text
from kd.data.model import Paper
from kd.data.venues import PREPRINT, is_unknown, venue_full_name, venue_kind

# BibTeX entry type -> OpenURL format; a conference paper is an item of a book (the proceedings), the rest articles.
FORMATS = {"inproceedings": "info:ofi/fmt:kev:mtx:book", "article": "info:ofi/fmt:kev:mtx:journal",
           "misc": "info:ofi/fmt:kev:mtx:journal"}


def venue_fields(venue: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """What a paper's venue decides in its ContextObject: the format and genre, which come before the title, and
    the venue's title, which follows it (none for a preprint or an unknown venue)."""
    kind = venue_entry_type(venue)
    genre = {"inproceedings": "proceeding", "article": "article"}.get(
        kind, "preprint" if venue_kind(venue) == PREPRINT else "unknown")
    head = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", FORMATS[kind]), ("rft.genre", genre)]
    if kind == "inproceedings":
        return head, [("rft.btitle", venue_full_name(venue))]
    if kind == "article" or (not is_unknown(venue) and venue_kind(venue) != PREPRINT):
        return head, [("rft.jtitle", venue_full_name(venue))]
    return head, []


def coins_fields(paper: Paper) -> list[tuple[str, str]]:
    """The ContextObject's keys and values, in order: the fields of the paper's kd.bib entry, in OpenURL's words."""
    head, venue = venue_fields(paper.venue)
    fields = [*head, ("rft.atitle", paper.title), *venue]
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


# what a COinS reader would misread in a value: it splits the ContextObject at '&' and '=', reads '+' as a space and
# then percent-decodes (Zotero's connector does so, and so does urllib.parse.parse_qsl)
MISREAD = re.compile(r"[%&=+#]")


def kev_value(value: str) -> str:
    """One value of the ContextObject: whitespace collapsed and the characters in MISREAD percent-encoded; the rest as
    written, so a title or name reads as on the card and compresses with it."""
    return MISREAD.sub(lambda m: f"%{ord(m.group()):02X}", " ".join(value.split()))


def kev(fields: list[tuple[str, str]]) -> str:
    """Fields as a key/encoded-value string."""
    return "&".join(f"{key}={kev_value(value)}" for key, value in fields)


def coins_kev(paper: Paper) -> str:
    """The paper's ContextObject as a key/encoded-value string."""
    return kev(coins_fields(paper))


def coins_span(paper: Paper) -> str:
    """The empty <span class="Z3988"> that carries the ContextObject in its title."""
    return f'<span class="Z3988" title="{html_text(coins_kev(paper))}"></span>'

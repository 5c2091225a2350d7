"""The venue table (venues.yml): each venue's short name, full name, kind and other spellings."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CONFERENCE, JOURNAL, PREPRINT, OTHER = "conference", "journal", "preprint", "other"
KINDS = (CONFERENCE, JOURNAL, PREPRINT, OTHER)

TABLE_FILE = Path(__file__).with_name("venues.yml")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Venue:
    """One entry of the venue table."""

    short: str
    full: str
    kind: str
    aliases: tuple[str, ...] = ()


def alias_key(text: str) -> str:
    """How spellings are compared: lowercase letters and digits separated by single spaces."""
    return _NOT_ALNUM.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=1)
def table() -> dict[str, Venue]:
    """The venue table (venues.yml) by short name."""
    entries = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8"))
    venues = {e["short"]: Venue(e["short"], e["full"], e["kind"], tuple(e.get("aliases") or ())) for e in entries}
    bad = [v.short for v in venues.values() if v.kind not in KINDS]
    if bad:
        raise ValueError(f"{TABLE_FILE}: kind of {', '.join(bad)} is not one of {', '.join(KINDS)}")
    return venues


@lru_cache(maxsize=1)
def alias_index() -> dict[str, str]:
    """Every spelling of every venue (its short name, full name and aliases, as alias keys) -> its short name."""
    index: dict[str, str] = {}
    for venue in table().values():
        for spelling in (venue.full, *venue.aliases, venue.short):
            index[alias_key(spelling)] = venue.short
    return index


def _track(venue: str) -> tuple[str, str]:
    """A venue split into its host conference and track ("CVPR Workshops" -> ("CVPR", " Workshops"))."""
    if venue.endswith(" Workshops"):
        return venue[: -len(" Workshops")], " Workshops"
    if venue.startswith("Findings of "):
        return venue[len("Findings of "):], "Findings"
    return venue, ""


def is_known(venue: str) -> bool:
    """Whether a venue is a short name of the table, or a workshop or Findings track of a conference there."""
    host, track = _track(venue)
    entry = table().get(host)
    return entry is not None and (not track or entry.kind == CONFERENCE)


def canonical(venue: str) -> str | None:
    """The table's name for a spelling of a venue (keeping its Workshops / Findings track), or None if unknown."""
    if is_known(venue):
        return venue
    host, track = _track(venue)
    short = alias_index().get(alias_key(host))
    if short is None:
        return None
    name = f"Findings of {short}" if track == "Findings" else short + track
    return name if is_known(name) else None


# Venues the tables do not name are classified by the words in them.
_CONFERENCE_WORDS = re.compile(r"\b(conference|workshops?|symposium|proceedings|findings of|challenge|meeting)\b|W$",
                               re.IGNORECASE)
_JOURNAL_WORDS = re.compile(r"\b(journal|transactions|letters|magazine|review)\b|\btrans\.|^T-[A-Z]+$", re.IGNORECASE)


def venue_kind(venue: str) -> str:
    """conference, journal, preprint or other: from the table first, then from the words of the name."""
    host, track = _track(venue)
    if host in table():
        return CONFERENCE if track else table()[host].kind
    if _CONFERENCE_WORDS.search(venue):
        return CONFERENCE
    if _JOURNAL_WORDS.search(venue):
        return JOURNAL
    return OTHER


def venue_full_name(venue: str) -> str:
    """The venue's full name for a citation (the short name itself when the table does not know it)."""
    host, track = _track(venue)
    if host not in table():
        return venue
    full = table()[host].full
    return f"Findings of {full}" if track == "Findings" else full + track


def is_unknown(venue: str) -> bool:
    """True for placeholder venues such as 'unknown' that should not be cited."""
    return venue.strip().casefold() in {"unknown", "n/a", "-", "?"}

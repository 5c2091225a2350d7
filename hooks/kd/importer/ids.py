"""Citation-key ids: <first author surname><year><first significant title word>, a/b/... on collision."""
from __future__ import annotations

import re
import unicodedata

STOPWORDS = frozenset("""a an the on of for in to with via and by from towards toward is are do does what how why
when can at into your you we our its all not as it be or vs versus using through""".split())


def ascii_word(text: str) -> str:
    """Lowercase ASCII letters and digits of a word (accents dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", decomposed.encode("ascii", "ignore").decode().casefold())


def title_words(title: str) -> list[str]:
    """The significant words of a title, in order."""
    words = (ascii_word(w) for w in re.split(r"[\s\-:/]+", title))
    return [w for w in words if w and w not in STOPWORDS]


def surname(author: str) -> str:
    """The ASCII lowercase surname (last word) of a full name, letters only."""
    words = [re.sub(r"[^a-z]", "", ascii_word(w)) for w in author.split()]
    words = [w for w in words if w]
    return words[-1] if words else ""


def base_id(authors: list[str], year: int, title: str) -> str:
    """The id before collision suffixes; without authors: <word1><year><word2>."""
    words = title_words(title) or ["paper"]
    name = surname(authors[0]) if authors else ""
    if name:
        return f"{name}{year}{words[0]}"
    lead = re.sub(r"^[0-9]+", "", words[0]) or "paper"
    return f"{lead}{year}{words[1] if len(words) > 1 else ''}"


def assign_ids(papers: list[dict]) -> None:
    """Set `id` on each paper without one (in order); later papers with a taken id get b, c, ..."""
    taken = {paper["id"] for paper in papers if paper.get("id")}
    for paper in (p for p in papers if not p.get("id")):
        base = base_id(paper.get("authors", []), paper["year"], paper["title"])
        candidate, suffix = base, ord("b")
        while candidate in taken:
            candidate, suffix = f"{base}{chr(suffix)}", suffix + 1
        taken.add(candidate)
        paper["id"] = candidate

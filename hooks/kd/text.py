"""Text keys used to compare papers: the normalised title."""
from __future__ import annotations

import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_title(title: str) -> str:
    """Lowercase ASCII letters and digits only: equal for titles that differ in case, accents or punctuation."""
    decomposed = unicodedata.normalize("NFKD", title)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", stripped.casefold())

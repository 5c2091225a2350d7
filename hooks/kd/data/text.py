"""Text keys used to compare papers: the normalised title."""
from __future__ import annotations

import functools
import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_title(title: str) -> str:
    """Lowercase ASCII letters and digits only: equal for titles that differ in case, accents or punctuation."""
    decomposed = unicodedata.normalize("NFKD", title)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", stripped.casefold())


# Letters of other scripts that look like Latin ones (after casefolding), as Unicode's confusables.txt maps them.
_LOOK_ALIKES = str.maketrans({
    **dict(zip("авсеһіјкӏморԛѕтуԝхүԁьёї", "abcehijklmopqstywxydbei")),  # Cyrillic
    **dict(zip("αβεηικνορτυχωγ", "abenikvoptuxwy")),  # Greek
})
# Characters that print as nothing although they are neither whitespace nor format controls
BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5"


def is_invisible(ch: str) -> bool:
    """Whether a character shows nothing: whitespace, controls, format characters (zero-width joiners, bidi marks,
    soft hyphen), unassigned or private code points, a combining mark, or a blank letter (Hangul filler)."""
    return (ch.isspace() or ch in BLANK_LETTERS
            or unicodedata.category(ch) in {"Cc", "Cf", "Cn", "Co", "Cs", "Mn", "Me", "Zs", "Zl", "Zp"})


@functools.lru_cache(maxsize=1 << 16)  # every title, at every load (a preview loads the library after each edit)
def skeleton(text: str) -> str:
    """The key under which two titles count as the same: NFKC, invisible characters removed, casefolded,
    look-alike letters of other scripts mapped to Latin, accents dropped, letters and digits of any script kept."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not is_invisible(ch))
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LOOK_ALIKES))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch)).translate(_LOOK_ALIKES)

"""Word codes: texts written as codes of the words and marks they are made of, which kd-search.js indexes without
splitting or hashing most words again (decoded by wordCodes in docs/assets/kd-search.js)."""
from __future__ import annotations

import functools
import itertools
import unicodedata
from collections import Counter

# Printable ASCII that JSON writes as itself, less "~" (which starts a word used only once): word codes end in one of
# WORD_DIGITS, mark codes in one of MARK_DIGITS, longer codes start with MORE_DIGITS.
_ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\~')
WORD_DIGITS, MARK_DIGITS, MORE_DIGITS = _ALPHABET[:64], _ALPHABET[64:74], _ALPHABET[74:]
ONCE = "~"  # after the codes: a word used in only one place, each written out in order (word code 0 stands for it)


def is_word_char(ch: str) -> bool:
    """A letter or digit: what JavaScript's [\\p{L}\\p{N}] matches, and kd-search.js tokenizes as words."""
    return unicodedata.category(ch)[0] in "LN"


@functools.lru_cache(maxsize=1 << 16)  # per text: a preview rebuild after an edit splits only the texts it changed
def pieces(text: str) -> tuple[tuple[bool, str], ...]:
    """The text as alternating (is a word, piece): maximal runs of letters and digits, and the marks between them."""
    return tuple((word, "".join(run)) for word, run in itertools.groupby(text, key=is_word_char))


def _code(value: int, finals: str) -> str:
    """value in bijective numeration: MORE_DIGITS first (most significant first), then one of finals."""
    code = finals[value % len(finals)]
    value //= len(finals)
    while value:
        value -= 1
        code = MORE_DIGITS[value % len(MORE_DIGITS)] + code
        value //= len(MORE_DIGITS)
    return code


def _is_implied(mark: str, at: int, parts: tuple) -> bool:
    """A single space between two words, which codes leave out."""
    return mark == " " and 0 < at < len(parts) - 1


def word_codes(texts: list[str]) -> dict:
    """The texts as {"words": the words used more than once, most used first, "marks": the marks between words other
    than a single space, most used first, "codes": each text's codes}. A text's codes are its pieces in order (word n
    of the list as n + 1, a word used once as 0, mark n of the list as n), then "~" and each word used once."""
    split = [pieces(text) for text in texts]
    word_uses, mark_uses = Counter(), Counter()
    for parts in split:
        for at, (word, piece) in enumerate(parts):
            if word:
                word_uses[piece] += 1
            elif not _is_implied(piece, at, parts):
                mark_uses[piece] += 1
    words = sorted((w for w, n in word_uses.items() if n > 1), key=lambda w: (-word_uses[w], w))
    marks = sorted(mark_uses, key=lambda m: (-mark_uses[m], m))
    word_at = {w: n + 1 for n, w in enumerate(words)}
    mark_at = {m: n for n, m in enumerate(marks)}
    codes = []
    for parts in split:
        code, once = [], []
        for at, (word, piece) in enumerate(parts):
            if word:
                code.append(_code(word_at.get(piece, 0), WORD_DIGITS))
                if piece not in word_at:
                    once.append(ONCE + piece)
            elif not _is_implied(piece, at, parts):
                code.append(_code(mark_at[piece], MARK_DIGITS))
        codes.append("".join(code + once))
    return {"words": words, "marks": marks, "codes": codes}

"""Word codes (kd.exports.wordcodes): texts read back exactly from their codes, short codes for the most used words,
words used once written out, and pieces split where JavaScript's [\\p{L}\\p{N}]+ splits."""
from __future__ import annotations

import pytest

from kd.exports.wordcodes import MARK_DIGITS, MORE_DIGITS, ONCE, WORD_DIGITS, is_word_char, pieces, word_codes


def decode(code: str, words: list[str], marks: list[str]) -> str:
    """What kd-search.js's decode does, written again from the format's description."""
    codes, *once = code.split(ONCE)
    text, more, after_word, once_at = "", 0, False, 0
    for ch in codes:
        if ch in MORE_DIGITS:
            more = more * len(MORE_DIGITS) + MORE_DIGITS.index(ch) + 1
            continue
        if ch in WORD_DIGITS:
            value = WORD_DIGITS.index(ch) + len(WORD_DIGITS) * more
            word = words[value - 1] if value else once[once_at]
            once_at += 0 if value else 1
            text += (" " if after_word else "") + word
            after_word = True
        else:
            text += marks[MARK_DIGITS.index(ch) + len(MARK_DIGITS) * more]
            after_word = False
        more = 0
    assert once_at == len(once)
    return text


TEXTS = [
    "Distilling the Knowledge in a Neural Network",
    "Geoffrey Hinton|Oriol Vinyals|Jeff Dean",
    "PoPS: Policy Pruning and Shrinking for Deep Reinforcement Learning",
    "  two  spaces, a tab\there and a trailing mark?",
    "(Leading mark) and ~tilde~ and | bar",
    "Müller Łukasz Søren Çelik ŽŽ",
    "知识蒸馏的综述：自蒸馏与多教师",
    "Once-for-All: Train One Network",
    "",
    "x",
    "?",
]


def test_every_text_reads_back_as_written():
    coded = word_codes(TEXTS)
    assert [decode(c, coded["words"], coded["marks"]) for c in coded["codes"]] == TEXTS


def test_words_used_more_than_once_are_listed_most_used_first_and_the_others_written_out():
    coded = word_codes(["deep deep learning", "deep nets", "rare"])
    assert coded["words"] == ["deep"]
    assert coded["codes"][2] == WORD_DIGITS[0] + ONCE + "rare"
    assert coded["codes"][0] == WORD_DIGITS[1] * 2 + WORD_DIGITS[0] + ONCE + "learning"


def test_a_single_space_between_words_is_left_out_and_other_marks_are_listed():
    coded = word_codes(["a b", "a-b", "a  b", " a"])
    assert coded["codes"][0] == WORD_DIGITS[1] + WORD_DIGITS[2]
    assert set(coded["marks"]) == {"-", "  ", " "}


W = len(WORD_DIGITS)


@pytest.mark.parametrize("count", [W - 1, W, W + 1, W * len(MORE_DIGITS), W * (len(MORE_DIGITS) + 1) + 5])
def test_long_lists_take_longer_codes_that_read_back(count):
    texts = [f"w{n} w{n}" for n in range(count)] + [" ".join(f"m{n}{'-' * (n % 20 + 1)}x" for n in range(30))] * 2
    coded = word_codes(texts)
    assert [decode(c, coded["words"], coded["marks"]) for c in coded["codes"]] == texts
    assert max(len(c) for c in coded["codes"][:count]) > 2


def test_pieces_split_letters_and_digits_from_everything_else():
    assert pieces("TinyBERT-4L: 2x") == ((True, "TinyBERT"), (False, "-"), (True, "4L"), (False, ": "), (True, "2x"))
    assert all(is_word_char(ch) for ch in "aZ9éł知Ⅻ") and not any(is_word_char(ch) for ch in " -_|~:\u0301")


def test_the_alphabet_is_printable_ascii_that_json_writes_as_itself():
    alphabet = WORD_DIGITS + MARK_DIGITS + MORE_DIGITS
    assert len(set(alphabet)) == len(alphabet) == 92
    assert all(0x20 <= ord(ch) < 0x7F for ch in alphabet) and not set('"\\' + ONCE) & set(alphabet)

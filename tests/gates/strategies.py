"""Hypothesis strategies for valid papers-file entries (raw mappings, as kd.data.writer writes them)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from hypothesis import strategies as st

from kd.data.text import BLANK_LETTERS, skeleton

DATA = Path(__file__).resolve().parents[2] / "data"


def _english_names(name: str) -> dict[str, str]:
    return {item["id"]: item["name"]["en"] for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))}


FAMILIES = list(_english_names("families.yml"))
DOMAINS = list(_english_names("domains.yml"))
VENUES = ["CVPR", "NeurIPS", "ICLR", "TPAMI", "arXiv", "AAAI", "ACL", "Interspeech"]
TRICKY_WORDS = [
    "and", "AND", "{", "}", "{{", "}}", "{%", "%}", "<b>", "</script>", "<!--", "-->", "&amp;", "&", "|", "*",
    "_x_", "`", "\\", "$x$", "%", "#1", "~", "^", "[x](y)", "!", "'", '"', "BERT", "3D", "ImageNet", "Jr.",
]
_CHARACTERS = st.characters(
    codec="utf-8", categories=("L", "N", "P", "S"),
    exclude_characters="\x85\u2028\u2029\ufeff" + BLANK_LETTERS,
) | st.sampled_from("知识蒸馏学生教师网络模型，。：（）《》「」éüßøñçÅ")
_WORD = st.text(_CHARACTERS, min_size=1, max_size=10) | st.sampled_from(TRICKY_WORDS)


def words(max_words: int) -> st.SearchStrategy[str]:
    """Text of 1..max_words non-blank words joined by single spaces (as a trimmed field reads back)."""
    return st.lists(_WORD, min_size=1, max_size=max_words).map(" ".join)


def _bounded(strategy: st.SearchStrategy[str], limit: int) -> st.SearchStrategy[str]:
    return strategy.map(lambda text: text[:limit].strip()).filter(bool)


@st.composite
def paper(draw) -> dict:
    """One schema-valid paper entry with at least one family or domain."""
    year = draw(st.integers(1990, 2025))
    key = draw(st.from_regex(r"[a-z]{1,8}", fullmatch=True)) + str(year) + draw(st.from_regex(r"[a-z0-9]{0,8}", fullmatch=True))
    families = draw(st.lists(st.sampled_from(FAMILIES), unique=True, max_size=3))
    domains = draw(st.lists(st.sampled_from(DOMAINS), unique=True, min_size=0 if families else 1, max_size=2))
    links = {}
    if draw(st.booleans()):
        links["paper"] = f"https://example.org/{key}?q=a&b=%20#x"
    if draw(st.booleans()):
        links["arxiv"] = f"{draw(st.integers(15, 24)):02d}{draw(st.integers(1, 12)):02d}.{draw(st.integers(0, 99999)):05d}"
    if draw(st.booleans()):
        links["doi"] = f"10.{draw(st.integers(1000, 99999))}/{key}_{draw(st.integers(0, 99))}"
    code = draw(st.lists(st.sampled_from(["https://github.com/a/b", "https://gitlab.com/c/d_e"]), unique=True, max_size=2))
    if code:
        links["code"] = code
    entry = {
        "id": key, "title": draw(_bounded(words(8), 400)),
        # names without ',' (BibTeX's name order) and '|' (validation refuses it: the search index's separator)
        "authors": draw(st.lists(_bounded(words(3), 120).map(lambda name: name.replace(",", "").replace("|", ""))
                                 .filter(str.strip),
                                 max_size=6)),
        "year": year, "venue": draw(st.sampled_from(VENUES) | _bounded(words(3), 120)),
        "families": families, "domains": domains, "links": links,
        "added": (dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 700)))).isoformat(),
    }
    return {k: v for k, v in entry.items() if k == "authors" or v not in ([], {})}


def _unique_key(field):
    return lambda raw: field(raw) or ("", raw["id"])


def libraries(min_size: int = 1, max_size: int = 10) -> st.SearchStrategy[list[dict]]:
    """Lists of papers that the loader accepts together: unique ids, arXiv ids, DOIs and title skeletons."""
    return st.lists(
        paper(), min_size=min_size, max_size=max_size,
        unique_by=(
            lambda raw: raw["id"],
            _unique_key(lambda raw: raw.get("links", {}).get("arxiv")),
            _unique_key(lambda raw: raw.get("links", {}).get("doi", "").casefold()),
            _unique_key(lambda raw: skeleton(raw["title"])),
        ),
    )

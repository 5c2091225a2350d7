"""Parser for FLHonker/Awesome-Knowledge-Distillation: `N. Title. Authors et al. VENUE YEAR [[code]][x.y]`."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import (ARXIV_PREFIX, arxiv_abs_url, arxiv_id_from_url, bare_arxiv_id, canonical_venue, clean_name,
                         clean_text, clean_title, clean_url, year_in)
from .common import INLINE_LINK, HeadingPath, is_code_label

SOURCE = "flhonker"
_ENTRY = re.compile(r"^\s*(?:\d+\.|-)\s+(?=\S)")
_REF_DEF = re.compile(r"^\[(\d+\.\d+)\]:\s*(\S+)")
_REF_LINK = re.compile(r"\[\[([^\[\]]+)\]\]\[(\d+\.\d+)\]|\[([^\[\]]+)\]\[(\d+\.\d+)\]")
_DOUBLE_INLINE = re.compile(r"\[\[([^\[\]]+)\]\]\((\S+?)\)")
_ARXIV = re.compile(ARXIV_PREFIX + r"\s*:?\s*([\w./-]*\d)")
_BRACKET_TAIL = re.compile(r"^(?P<head>.*?)\s*\[(?P<tail>[^\[\]]*\d[^\[\]]*)\]\s*$")
_ORGANISATIONS = {"FAIR", "Google", "HIT", "HUAWEI", "HUAWEI-Noah", "iFLYTEK", "Microsoft"}
_YEAR_TAIL = re.compile(r"(?:^|(?<=[\s.,]))((?:19|20)\d{2})[\s.]*$")


def reference_links(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Reference-style link definitions `[x.y]: url`; the first definition wins, later ones are reported."""
    links: dict[str, str] = {}
    duplicates: list[str] = []
    for number, line in enumerate(lines, start=1):
        match = _REF_DEF.match(line)
        if not match:
            continue
        key, url = match.groups()
        if key in links:
            duplicates.append(f"[{key}] defined again on line {number} ({url}); kept {links[key]}")
        else:
            links[key] = url
    return links, duplicates


def _entries(lines: list[str]):
    """(line number, heading path, text) of each list item, joining items wrapped over two lines."""
    headings = HeadingPath()
    current: list | None = None
    for number, line in enumerate(lines, start=1):
        if headings.update(line):
            current = None
            continue
        if _ENTRY.match(line):
            if current:
                yield tuple(current)
            current = [number, headings.path, _ENTRY.sub("", line).strip()]
        elif line.strip() and current and not _REF_DEF.match(line):
            current[2] += " " + line.strip()
        else:
            if current:
                yield tuple(current)
            current = None
            if line.strip() and not line.lstrip().startswith(("-", "[", "!", "<")):
                headings.push(7, line.strip().rstrip(":"))
    if current:
        yield tuple(current)


def _split_title(text: str) -> tuple[str, str]:
    """Title and the rest ("Authors. VENUE YEAR"), cut at the first ". " or at a "? " before names."""
    question = re.search(r"\?\s+(?=[^.]*(?:,|&| et al))", text)
    stop = re.search(r"\.\s+|\.(?=" + ARXIV_PREFIX + ")", text)
    if question and (not stop or question.start() < stop.start()):
        return text[:question.start() + 1], text[question.end():]
    if stop:
        return text[:stop.start()], text[stop.end():]
    return text, ""


def _authors(text: str) -> tuple[list[str], bool]:
    """Names from "Li, Yuncheng et al." / "Cho, Jang Hyun & Hariharan, Bharath"; and whether complete."""
    partial = bool(re.search(r"\bet\.?\s*al\b", text))
    text = re.split(r"\bet\.?\s*al\b", text)[0]
    names: list[str] = []
    for chunk in re.split(r"\s*(?:&|\band\b)\s*", text):
        parts = [part.strip() for part in chunk.split(",") if part.strip()]
        while len(parts) >= 2 and " " not in parts[0] and " " not in parts[1].rstrip("."):
            names.append(f"{parts[1]} {parts[0]}")  # "Surname, Given" -> "Given Surname"
            parts = parts[2:]
        if len(parts) == 2 and " " not in parts[0]:
            names.append(f"{parts[1]} {parts[0]}")
            parts = []
        names.extend(parts)
    cleaned = [name for name in (clean_name(n) for n in names) if name and name not in _ORGANISATIONS]
    return cleaned, not partial and bool(cleaned)


def parse_entry(text: str, refs: dict[str, str]) -> dict:
    """The facts of one item's text: title, authors, venue, year, arXiv id, paper and code links."""
    code: list[str] = []
    paper_url = None
    survey = text.lower().startswith("(survey)")
    text = re.sub(r"^\(survey\)\s*", "", text, flags=re.I)

    def take_ref(match: re.Match) -> str:
        label, key = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        url = refs.get(key)
        if match.group(1):
            if is_code_label(label) and url:
                code.append(url)
            return ""
        if match.start() == 0 and url:  # a tool named by a link to its repository
            code.append(url)
        return label

    def take_inline(match: re.Match) -> str:
        nonlocal paper_url
        label, url = match.group(1), match.group(2)
        if is_code_label(label):
            code.append(url)
        elif label.casefold() == "paper":
            paper_url = url
        return ""

    text = _DOUBLE_INLINE.sub(take_inline, text)
    text = _REF_LINK.sub(take_ref, text)
    text = INLINE_LINK.sub(take_inline, text)
    text = clean_text(text)

    arxiv_id = None
    year = None
    bracket = _BRACKET_TAIL.match(text)
    if bracket:  # RecSys style: "Title [VENUE YEAR]" or "Title. Authors [ArXiv ID]"
        text, tail = bracket.group("head"), bracket.group("tail")
        arxiv = _ARXIV.search(tail)
        if arxiv:
            arxiv_id = bare_arxiv_id(arxiv.group(1))
            venue_text = "arXiv"
        else:
            venue_text = tail
        year = year_in(tail)
        title, rest = _split_title(text)
    else:
        title, rest = _split_title(text)
        rest = re.sub(r"\([^()]*\)", " ", rest)
        rest = re.sub(r",\s*short\b", "", rest)
        arxiv = _ARXIV.search(rest)
        if arxiv:
            token = arxiv.group(1)
            arxiv_id = bare_arxiv_id(token)
            if not arxiv_id and re.fullmatch(r"(19|20)\d{2}", token):
                year = int(token)
            rest = (rest[:arxiv.start()] + ". " + rest[arxiv.end():]).strip()
        rest = re.sub(r"(\.\s*)+", ". ", rest).strip(" .")
        match = _YEAR_TAIL.search(rest)
        venue_text = ""
        if match:
            year = int(match.group(1))
            rest = rest[:match.start()].rstrip(" ,.")
            before, dot, after = rest.rpartition(". ")
            if dot:
                rest, venue_text = before, after
            elif et_al_comma := re.match(r"(.*\bet\.?\s*al)\.?,\s+([^,]+)$", rest):  # "Jang, Yunhun et al, ICML"
                rest, venue_text = et_al_comma.group(1), et_al_comma.group(2)
            elif canonical_venue(rest) != rest or not re.search(r"[,&]|\bet al\b|\band\b", rest):
                rest, venue_text = "", rest
        if not venue_text and arxiv:
            venue_text = "arXiv"
    authors, complete = _authors(rest)
    arxiv_id = arxiv_id or arxiv_id_from_url(paper_url)
    if year is None and bracket:
        short_year = re.search(r"\b(\d{2})$", bracket.group("tail").strip())
        year = 2000 + int(short_year.group(1)) if short_year else None  # "[RecSys 22]"
    if year is None and arxiv_id and "." in arxiv_id:
        year = 2000 + int(arxiv_id[:2])
    return {
        "title": clean_title(title), "authors": authors, "authors_complete": complete,
        "venue": canonical_venue(venue_text), "year": year, "arxiv": arxiv_id,
        "paper_url": clean_url(paper_url) or (arxiv_abs_url(arxiv_id) if arxiv_id else None),
        "code_urls": [url for url in (clean_url(u) for u in code) if url], "survey": survey,
    }


def parse(text: str) -> list[Candidate]:
    """Candidates from the whole README text."""
    lines = text.splitlines()
    refs, _ = reference_links(lines)
    candidates = []
    for number, section, entry in _entries(lines):
        if not section or section[0] != "Awesome Knowledge-Distillation" or len(section) < 2:
            continue
        facts = parse_entry(entry, refs)
        survey = facts.pop("survey")
        if survey:
            section = section + ("survey",)
        candidates.append(Candidate(source=SOURCE, line=number, section=section[1:], **facts))
    return candidates

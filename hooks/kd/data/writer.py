"""The canonical YAML text of papers files: pure functions from paper mappings to text."""
from __future__ import annotations

import datetime as dt
import json
import re

import yaml

FIELDS = ("id", "title", "authors", "more_authors", "year", "venue", "kind", "families", "domains", "tags", "links", "sources", "added")
FLOW_LISTS = ("families", "domains", "tags", "sources")
LINKS = ("paper", "arxiv", "doi", "pdf", "code")


def sort_key(paper: dict) -> tuple:
    """Canonical order inside a file: year descending, then title casefolded, then id (invalid values sort first)."""
    year = paper.get("year")
    return (-year if isinstance(year, int) else 0, str(paper.get("title", "")).strip().casefold(), str(paper.get("id", "")))


def _lines(text: str) -> list[str]:
    """Lines split on newline characters only, each keeping its newline."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _loads_back(text: str, value: str) -> bool:
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    item = loaded.get("k") if isinstance(loaded, dict) else None
    if isinstance(item, list):
        item = item[0] if len(item) == 1 else None
    # the loader keeps dates as the strings they were written as
    return item == value or (isinstance(item, dt.date) and item.isoformat() == value)


def _quoted(value: str) -> str:
    """Single-quoted, or double-quoted with escapes when the text holds characters YAML cannot show."""
    if value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    text = json.dumps(value, ensure_ascii=False)
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def scalar(value, flow: bool = False) -> str:
    """A value as YAML: plain when it reads back unchanged, otherwise quoted."""
    if value is True:
        return "true"
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"cannot write {value!r} as a paper field value")
    if isinstance(value, int):
        return str(value)
    probe = f"k: [{value}]" if flow else f"k: {value}"
    if value and "\n" not in value and _loads_back(probe, value):
        return value
    return _quoted(value)


def _flow(values) -> str:
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


def _block(values, indent: str) -> list[str]:
    return [f"{indent}- {scalar(v)}" for v in values]


def format_paper(paper: dict) -> str:
    """One paper as its canonical block, starting with '- id:' and ending with a newline."""
    unknown = set(paper) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown paper fields: {', '.join(sorted(unknown))}")
    lines = []
    for field in FIELDS:
        value = paper.get(field)
        if field in FLOW_LISTS or field == "links":
            if not value:
                continue
        elif value is None:
            continue
        if field == "authors":
            lines += [f"authors: {_flow(value)}"] if not value else ["authors:", *_block(value, "  ")]
        elif field in FLOW_LISTS:
            lines.append(f"{field}: {_flow(value)}")
        elif field == "links":
            lines += ["links:", *_links(value)]
        else:
            lines.append(f"{field}: {scalar(value)}")
    return "- " + "\n  ".join(lines) + "\n"


def _links(links: dict) -> list[str]:
    unknown = set(links) - set(LINKS)
    if unknown:
        raise ValueError(f"unknown link kinds: {', '.join(sorted(unknown))}")
    lines = []
    for kind in LINKS:
        value = links.get(kind)
        if not value:
            continue
        if kind == "code":
            lines += ["  code:", *_block(value, "    ")]
        elif kind == "arxiv":
            lines.append(f"  arxiv: {_quoted(value)}")
        else:
            lines.append(f"  {kind}: {scalar(value)}")
    return lines


def format_papers(papers: list[dict]) -> str:
    """Papers as canonical text: each entry canonical, entries in canonical order."""
    return "".join(format_paper(p) for p in sorted(papers, key=sort_key))


def split_header(text: str) -> tuple[str, str]:
    """The leading comment and blank lines of a file, and the rest."""
    lines = _lines(text)
    count = 0
    while count < len(lines) and (not lines[count].strip() or lines[count].lstrip().startswith("#")):
        count += 1
    return "".join(lines[:count]), "".join(lines[count:])


def format_file(text: str, papers: list[dict]) -> str:
    """A whole papers file in canonical form, its top comments kept as they are."""
    header, _ = split_header(text)
    if header and not header.endswith("\n"):
        header += "\n"
    return header + format_papers(papers)


def comment_lines(text: str) -> list[int]:
    """1-based lines holding a comment below the header (formatting would drop these)."""
    header, body = split_header(text)
    offset = header.count("\n")
    inside = set()
    for token in yaml.scan(body):
        if isinstance(token, yaml.ScalarToken):
            inside.update(range(token.start_mark.index, token.end_mark.index))
    lines = {body.count("\n", 0, i) + 1 + offset for i, ch in enumerate(body) if ch == "#" and i not in inside}
    return sorted(lines)


def insert_paper(text: str, starts: list[tuple[dict, int]], paper: dict) -> str:
    """text with paper's canonical block inserted before the first entry that sorts after it.

    starts pairs each existing entry with its 1-based first line. Every other byte is kept; comment lines
    directly above the following entry stay with it.
    """
    block = format_paper(paper)
    lines = _lines(text)
    later = [line for raw, line in starts if sort_key(raw) > sort_key(paper)]
    if not later:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        return "".join(lines) + block
    at = min(later) - 1
    first_entry = min(line for _, line in starts) - 1
    while at > first_entry and lines[at - 1].lstrip().startswith("#"):
        at -= 1
    return "".join(lines[:at]) + block + "".join(lines[at:])

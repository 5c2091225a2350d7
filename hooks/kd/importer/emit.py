"""Canonical YAML text of papers as DATA_FORMAT.md shows it: fixed key order, flow lists, quoted arXiv ids."""
from __future__ import annotations

import datetime as dt

import yaml

KEY_ORDER = ("id", "title", "authors", "year", "venue", "families", "domains", "tags", "links", "sources", "added")
LINK_ORDER = ("paper", "arxiv", "doi", "pdf", "code")
_FLOW_KEYS = ("families", "domains", "tags", "sources")


def scalar(value: object) -> str:
    """A YAML scalar: plain when it reads back unchanged as a string, else single-quoted."""
    if isinstance(value, (int, dt.date)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if text and text == text.strip() and not text[0] in "'\"&*!|>%@`#-?:[]{},":
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text} and "#" not in text and ": " not in text:
                return text
        except yaml.YAMLError:
            pass
    return "'" + text.replace("'", "''") + "'"


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


def format_paper(paper: dict) -> str:
    """One paper as a YAML list item."""
    lines: list[str] = []
    for key in KEY_ORDER:
        if key not in paper:
            continue
        value = paper[key]
        prefix = "- " if not lines else "  "
        if key == "authors":
            lines.append(f"{prefix}authors:" + ("" if value else " []"))
            lines += [f"    - {scalar(name)}" for name in value]
        elif key in _FLOW_KEYS:
            lines.append(f"{prefix}{key}: {_flow(value)}")
        elif key == "links":
            lines.append(f"{prefix}links:")
            for link_key in LINK_ORDER:
                if link_key not in value:
                    continue
                if link_key == "code":
                    lines.append("    code:")
                    lines += [f"      - {scalar(url)}" for url in value["code"]]
                elif link_key == "arxiv":
                    lines.append(f"    arxiv: '{value['arxiv']}'")
                else:
                    lines.append(f"    {link_key}: {scalar(value[link_key])}")
        else:
            lines.append(f"{prefix}{key}: {scalar(value)}")
    return "\n".join(lines) + "\n"


def format_papers(papers: list[dict]) -> str:
    """A papers file: the papers one after another."""
    return "".join(format_paper(p) for p in papers)

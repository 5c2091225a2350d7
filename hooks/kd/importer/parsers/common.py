"""Helpers shared by the source parsers: Markdown heading paths and inline links."""
from __future__ import annotations

import re
from collections.abc import Iterator

_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
INLINE_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")


class HeadingPath:
    """The path of Markdown headings above the current line."""

    def __init__(self) -> None:
        self._levels: list[tuple[int, str]] = []

    def update(self, line: str) -> bool:
        """Track a heading line; True when the line was a heading."""
        match = _HEADING.match(line)
        if not match:
            return False
        level, text = len(match.group(1)), match.group(2).strip()
        self._levels = [(lvl, txt) for lvl, txt in self._levels if lvl < level]
        if text:
            self._levels.append((level, text))
        return True

    def push(self, level: int, text: str) -> None:
        """Add a pseudo-heading (e.g. a bold list item used as a sub-heading) at a nesting level."""
        self._levels = [(lvl, txt) for lvl, txt in self._levels if lvl < level]
        self._levels.append((level, text))

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._levels)


def is_code_label(label: str) -> bool:
    """Whether a link label names code (":octocat:", "code", "Github", "GitHub")."""
    return label.strip(" []").casefold() in {":octocat:", "code", "github", "repdistill"}


def matching_lines(text: str, pattern: re.Pattern) -> Iterator[tuple[int, re.Match, HeadingPath]]:
    """Each non-heading line that matches pattern: its 1-based number, the match and the headings above it."""
    headings = HeadingPath()
    for number, line in enumerate(text.splitlines(), start=1):
        if headings.update(line):
            continue
        match = pattern.match(line)
        if match:
            yield number, match, headings

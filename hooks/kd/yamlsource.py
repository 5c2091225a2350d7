"""Reads a YAML data file into plain values plus the line number of every value."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problem

MAX_FILE_BYTES = 5_000_000
YAML_RULES = "valid YAML, indented with spaces, with values containing ': ' or ' #' in quotes"


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's when available) keeping dates as strings, so the schema sees what was written."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: its data and a map from value path to 1-based line."""

    path: str
    data: object
    lines: dict[tuple, int]

    def line_of(self, path: tuple) -> int:
        """Line of the value at path, or of its nearest located parent."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def read_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse one file; on failure return no document and the problem that stopped it."""
    return parse_yaml(path.read_bytes(), display)


def parse_yaml(raw: bytes, display: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse a file's bytes (display names it in problems); on failure no document and the problem that stopped it."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(display, 1, "", "", f"file is {len(raw)} bytes; allowed: at most {MAX_FILE_BYTES}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, "", "", f"bytes are not UTF-8 ({exc.reason}); allowed: UTF-8 text")]
    loader = _PlainLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        detail = exc.problem or str(exc)
        text_lines = text.splitlines()
        if 0 < line <= len(text_lines) and "\t" in text_lines[line - 1]:
            detail += " (tab characters cannot indent YAML; use spaces)"
        return None, [Problem(display, line, "", "", f"YAML syntax error: {detail}; allowed: {YAML_RULES}")]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 1, "", "", f"YAML error: {exc}; allowed: {YAML_RULES}")]
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    repeated: list[tuple[tuple, int]] = []
    if node is not None:
        _index(node, (), lines, repeated)
    problems = [
        Problem(display, line, _entry_of(data, path), ".".join(str(p) for p in path[1:]),
                "this key appears twice in one mapping; allowed: each key once")
        for path, line in repeated
    ]
    return YamlDocument(display, data, lines), problems


def _entry_of(data: object, path: tuple) -> str:
    if path and isinstance(data, list) and isinstance(path[0], int) and isinstance(data[path[0]], dict):
        return str(data[path[0]].get("id", f"#{path[0] + 1}"))
    return ""


def _index(node: yaml.Node, path: tuple, lines: dict[tuple, int], repeated: list) -> None:
    """Record the line of every value under node; note keys repeated within one mapping."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            key_path = path + (key.value,)
            if key_path in lines:
                repeated.append((key_path, key.start_mark.line + 1))
            _index(value, key_path, lines, repeated)
            lines[key_path] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, path + (i,), lines, repeated)

"""Reads a YAML data file into plain values plus the line number of every value."""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from pathlib import Path

import yaml

from kd.data.problems import Problem

MAX_FILE_BYTES = 5_000_000
MAX_DEPTH = 20
# C0 controls but tab, newline and carriage return; DEL and C1 controls; the noncharacters U+FFFE and U+FFFF
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
YAML_RULES = "valid YAML, indented with spaces, with values containing ': ' or ' #' in quotes"


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's when available) keeping dates as strings, so the schema sees what was written."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: its data, a map from value path to 1-based line, and the text of each number as written
    (76.30 stays "76.30", where the float is 76.3)."""

    path: str
    data: object
    lines: dict[tuple, int]
    numbers: dict[tuple, str] = field(default_factory=dict)

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
    if bad := CONTROL.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        return None, [Problem(display, line, "", "", f"control character {control_name(bad.group())} in the text; "
                                                     "allowed: printable characters, tabs and line breaks")]
    if "&" in text and (line := _anchor_line(text)):
        return None, [Problem(display, line, "", "", "a YAML anchor (&name) or alias (*name); allowed: every value "
                                                     "written out (an alias can expand a small file into gigabytes)")]
    loader = _PlainLoader(text)
    lines: dict[tuple, int] = {}
    numbers: dict[tuple, str] = {}
    repeated: list[tuple[tuple, int]] = []
    try:
        node = loader.get_single_node()
        if node is not None and (refused := _index(node, lines, numbers, repeated)):
            return None, [Problem(display, *refused)]
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
    problems = [
        Problem(display, line, _entry_of(data, path), ".".join(str(p) for p in path[1:]),
                "this key appears twice in one mapping; allowed: each key once")
        for path, line in repeated
    ]
    return YamlDocument(display, data, lines, numbers), problems


def _entry_of(data: object, path: tuple) -> str:
    if path and isinstance(data, list) and isinstance(path[0], int) and isinstance(data[path[0]], dict):
        return str(data[path[0]].get("id", f"#{path[0] + 1}"))
    return ""


def _anchor_line(text: str) -> int:
    """The line of the first anchor or alias in text (0 when none, or when the text is no valid YAML)."""
    loader = _PlainLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return event.start_mark.line + 1
    except yaml.YAMLError:
        return 0
    finally:
        loader.dispose()
    return 0


def control_name(ch: str) -> str:
    """A control character as U+XXXX."""
    return f"U+{ord(ch):04X}"


_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


def _index(root: yaml.Node, lines: dict[tuple, int], numbers: dict[tuple, str],
           repeated: list) -> tuple[int, str, str, str] | None:
    """Record the line of every value under root and the text of every number, and note keys repeated within one
    mapping; walked without recursion. Returns (line, entry, field, message) of a value nested too deep (it would exhaust the stack of
    later recursive readers) or of a key that is not a scalar; either refuses the file."""
    stack = [(root, ())]
    while stack:
        node, path = stack.pop()
        line = node.start_mark.line + 1
        if len(path) > MAX_DEPTH:
            return (line, "", "", f"values nested more than {MAX_DEPTH} levels deep; allowed: a list of entries "
                                  "whose fields hold text, numbers, lists and mappings a few levels deep")
        lines.setdefault(path, line)
        if isinstance(node, yaml.ScalarNode) and node.tag in _NUMBER_TAGS:
            numbers[path] = node.value
        elif isinstance(node, yaml.MappingNode):
            children = []
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    return (key.start_mark.line + 1, "", "", "a mapping key is a list or a mapping; "
                                                             "allowed: field names such as title or links")
                key_path = path + (key.value,)
                if key_path in lines:
                    repeated.append((key_path, key.start_mark.line + 1))
                lines[key_path] = key.start_mark.line + 1
                children.append((value, key_path))
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, path + (i,)) for i, item in reversed(list(enumerate(node.value))))
    return None


_ITEM_START = re.compile(r"^- ", re.M)
_HEAD = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*")  # blank and comment lines before the first item


def read_yaml_items(path: Path, display: str, memo: dict) -> tuple[YamlDocument | None, list[Problem]]:
    """read_yaml for a file that is a list whose every entry starts a line with '- ' (as `kd fmt` writes papers
    files), parsing only the entries whose text is not in memo, which is left holding this file's entries (so the
    next read of a file edited in one entry parses that entry alone). The document is the one read_yaml gives
    (data, every line number, every problem): any other file, and any file with an entry that does not parse alone
    as one clean entry (a problem, or an entry cut in two by a quoted text going on at a line's start), is parsed
    whole by read_yaml."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    if not starts or len(raw) > MAX_FILE_BYTES or _HEAD.fullmatch(text, 0, starts[0]) is None:
        return parse_yaml(raw, display)
    data, lines, numbers, kept, line = [], {}, {}, {}, 0
    for index, (start, end) in enumerate(zip(starts, starts[1:] + [len(text)])):
        line += text.count("\n", starts[index - 1] if index else 0, start)
        entry = text[start:end]
        parsed = memo.get(entry) if entry not in kept else None  # a repeated entry is parsed again: its own dict
        if parsed is None:
            doc, problems = parse_yaml(entry.encode("utf-8"), display)
            if problems or doc is None or not isinstance(doc.data, list) or len(doc.data) != 1:
                memo.clear()
                return parse_yaml(raw, display)
            parsed = (doc.data[0], doc.lines, doc.numbers)
        kept[entry] = parsed
        value, entry_lines, entry_numbers = parsed
        data.append(value)
        for value_path, value_line in entry_lines.items():
            lines[(index, *value_path[1:]) if value_path else ()] = value_line + line
        numbers.update(((index, *value_path[1:]), text) for value_path, text in entry_numbers.items())
    lines[()] = lines.get((0,), 1)
    memo.clear()
    memo.update(kept)
    return YamlDocument(display, data, lines, numbers), []

"""Checks data files against their JSON Schemas and the rules a schema cannot express."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import fastjsonschema

from kd.data.problems import Problem
from kd.data.text import is_invisible, skeleton
from kd.data.yamlsource import CONTROL, YamlDocument, control_name

FIRST_YEAR = 1980
_LINEAGE = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III|IV)$")  # as kd.exports.bibtex reads a suffix
VALUE_CONTROL = re.compile(CONTROL.pattern[:-1] + "\r]")  # in a value, a carriage return is a control too
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/((?:[0-9]{4}\.[0-9]{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7}))", re.I)
_DOI_URL = re.compile(r"(?:dx\.)?doi\.org/(10\.[0-9]{4,9}/\S+)", re.I)


@cache
def schema_json(name: str) -> dict:
    """The parsed schemas/<name>.schema.json."""
    return json.loads(resources.files("kd.data").joinpath("schemas", f"{name}.schema.json").read_text(encoding="utf-8"))


def _whole_string(node: object) -> object:
    """The schema with each pattern anchored '^...$' made to match the whole string in Python: a JSON Schema
    pattern is searched, and Python's '$' also matches before a final newline ('1503.02531\\n' would pass)."""
    if isinstance(node, dict):
        return {key: (value[:-1] + "\\Z" if key == "pattern" and isinstance(value, str) and value.startswith("^")
                      and value.endswith("$") else _whole_string(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [_whole_string(item) for item in node]
    return node


@cache
def python_schema(name: str) -> dict:
    """The schema as both validators apply it: patterns anchored as whole-string matches."""
    return _whole_string(schema_json(name))


@cache
def schema_validator(name: str):
    """The jsonschema validator of a schema: slow, but its errors say where and why (imported only when a file is
    invalid: the import alone takes about a tenth of a second)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(python_schema(name))


@cache
def fast_schema_check(name: str):
    """A fastjsonschema function that raises on any violation (a yes/no answer about ten times faster); compiled as
    draft 7, which means the same as 2020-12 for every keyword our data schemas use (tests/unit/test_validate_fast.py).
    """
    return fastjsonschema.compile({**python_schema(name), "$schema": "http://json-schema.org/draft-07/schema#"},
                                  use_default=False)


def schema_valid(data: object, name: str) -> bool:
    """Whether data satisfies the schema, by the fast check."""
    try:
        fast_schema_check(name)(data)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def entry_label(doc: YamlDocument, index: int) -> str:
    """How a problem names an entry: its id, or its position when it has none."""
    item = doc.data[index] if isinstance(doc.data, list) and index < len(doc.data) else None
    if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip():
        return item["id"]
    return f"#{index + 1}"


def _entry_and_field(doc: YamlDocument, path: tuple) -> tuple[str, tuple]:
    """How a problem at path names its entry and field: in a list of entries, the entry's id (or position) and the
    path inside it; in a mapping of lists (results_vocab.yml), the item's id and the list's name with the path
    inside the item (metrics.name)."""
    if path and isinstance(path[0], int):
        return entry_label(doc, path[0]), path[1:]
    if len(path) > 1 and isinstance(path[1], int):
        items = doc.data[path[0]]
        item = items[path[1]] if isinstance(items, list) and path[1] < len(items) else None
        entry = item["id"] if isinstance(item, dict) and isinstance(item.get("id"), str) else f"#{path[1] + 1}"
        return entry, (path[0], *path[2:])
    return "", path


def schema_problems(doc: YamlDocument, name: str) -> tuple[list[Problem], set[int]]:
    """Every schema violation of a file, and the indexes of entries that have one."""
    if doc.data is None:
        return [Problem(doc.path, 1, "", "", "file is empty; allowed: " + _top_description(name))], set()
    problems, bad = [], set()
    if schema_valid(doc.data, name):
        return problems, bad
    for error in schema_validator(name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        entry, field_path = _entry_and_field(doc, path)
        line_path = path
        message = _describe(error)
        if error.validator == "required":
            missing = error.message.split("'")[1]
            field_path += (missing,)
        elif error.validator == "additionalProperties":
            extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
            field_path += (extra[0],) if extra else ()
            line_path += (extra[0],) if extra else ()
        if path:
            bad.add(path[0])
        field = ".".join(str(part) for part in field_path)
        problems.append(Problem(doc.path, doc.line_of(line_path), entry, field, message))
    return problems, bad


def control_problems(doc: YamlDocument) -> tuple[list[Problem], set[int]]:
    """Text values holding a control character (written as an escape such as "\\x00" or "\\u0085"), and the
    indexes of the entries that hold one."""
    problems, bad = [], set()
    stack: list[tuple[object, tuple]] = [(doc.data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            stack += [(item, path + (key,)) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, path + (i,)) for i, item in enumerate(value)]
        elif isinstance(value, str) and (found := VALUE_CONTROL.search(value)):
            entry = entry_label(doc, path[0]) if path and isinstance(path[0], int) else ""
            bad.update(path[:1])
            problems.append(Problem(doc.path, doc.line_of(path), entry, ".".join(str(p) for p in path[1:]),
                                    f"control character {control_name(found.group())} in the value; "
                                    "allowed: printable text (tabs and line breaks are allowed in free text)"))
    return sorted(problems), bad


def _top_description(name: str) -> str:
    return schema_json(name)["description"]


def _describe(error) -> str:
    allowed = error.schema.get("description", "")
    if error.validator == "required":
        return f"{error.message.split(chr(39))[1]!r} is missing; allowed: {allowed}"
    if error.validator == "additionalProperties":
        fields = ", ".join(error.schema.get("properties", {}))
        extra = ", ".join(repr(k) for k in sorted(set(error.instance) - set(error.schema.get("properties", {}))))
        return f"unknown field {extra}; allowed fields: {fields}"
    if error.validator == "uniqueItems":
        return f"the list repeats an item; allowed: {allowed}"
    shown = repr(error.instance)
    if len(shown) > 80:
        shown = shown[:60] + f"... ({len(str(error.instance))} characters)"
    if error.validator == "type":
        return f"{shown} has the wrong type (expected {error.validator_value}); allowed: {allowed}"
    if error.validator in {"maxLength", "maxItems"}:
        return f"{shown} is too long (limit {error.validator_value}); allowed: {allowed}"
    return f"{shown} is not valid; allowed: {allowed}"


def url_problem(url: str) -> str:
    """Why a URL is unusable, or '' when it is a well-formed http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or "." not in parts.hostname:
        return f"{url!r} is not an http(s) URL; allowed: an http(s) URL such as https://arxiv.org/abs/1503.02531"
    return ""


def paper_rule_problems(doc: YamlDocument, index: int, raw: dict, ids: dict) -> list[Problem]:
    """Rules of one schema-valid paper that need other data: known ids, year range, URLs, dates."""
    label = entry_label(doc, index)
    problems = []

    def add(field: str, message: str, path: tuple = ()) -> None:
        line = doc.line_of((index, *(path or field.split("."))))
        problems.append(Problem(doc.path, line, label, field, message))

    last_year = dt.date.today().year + 1
    if not FIRST_YEAR <= raw["year"] <= last_year:
        add("year", f"{raw['year']} is out of range; allowed: a year from {FIRST_YEAR} to {last_year}")
    for field in ("families", "domains", "sources"):
        known = ids[field]
        for pos, value in enumerate(raw.get(field, [])):
            if value not in known:
                add(field, f"unknown id {value!r}; allowed: {', '.join(sorted(known))}", (field, pos))
    if not raw.get("families") and not raw.get("domains"):
        add("families", "no family and no domain; allowed: at least one family id or domain id")
    links = raw.get("links", {})
    for key in ("paper", "pdf"):
        if key in links and (why := url_problem(links[key])):
            add(f"links.{key}", why)
    for pos, url in enumerate(links.get("code", [])):
        if why := url_problem(url):
            add("links.code", why, ("links", "code", pos))
    for field in ("title", "venue"):
        if not any(not is_invisible(ch) for ch in raw[field]):
            add(field, f"{raw[field]!r} shows nothing (only invisible characters); allowed: visible text")
    for pos, name in enumerate(raw["authors"]):
        if not any(not is_invisible(ch) for ch in name):
            add(f"authors.{pos}", f"{name!r} shows nothing (only invisible characters); allowed: an author's full name",
                ("authors", pos))
        elif "," in _LINEAGE.sub("", name):
            add(f"authors.{pos}", f"{name!r} has a comma; allowed: a full name written first name first, such as "
                "'John Smith' or 'John Smith Jr.' (a comma only before Jr., Sr., II, III or IV)", ("authors", pos))
        elif "|" in name:
            add(f"authors.{pos}", f"{name!r} has a '|' (the header search's index separates names with it); allowed: "
                "an author's full name without '|'", ("authors", pos))
    try:
        added = dt.date.fromisoformat(raw["added"])
    except ValueError:
        add("added", f"{raw['added']!r} is not a calendar date; allowed: a date written YYYY-MM-DD")
    else:
        latest = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)
        if added > latest:
            add("added", f"{raw['added']} is in the future; allowed: the day the paper was added, no later than "
                f"{latest.isoformat()} (today, with a day's leeway for time zones)")
    return problems


def identity_keys(raw: dict) -> dict[str, set[str]]:
    """Every key that identifies a paper, by the field it comes from: its id, every arXiv id and DOI it carries
    (in its own field or inside a link), and its title's skeleton."""
    links = raw.get("links") if isinstance(raw.get("links"), dict) else {}
    text = {key: value for key, value in {**links, "id": raw.get("id"), "title": raw.get("title")}.items()
            if isinstance(value, str)}
    urls = [text.get("paper", ""), text.get("pdf", "")]
    arxiv = {text.get("arxiv", "")} | {m.group(1) for url in urls if (m := _ARXIV_URL.search(url))}
    doi = {text.get("doi", "")} | {m.group(1) for url in urls if (m := _DOI_URL.search(url))}
    return {
        "id": {text.get("id", "")} - {""},
        "links.arxiv": arxiv - {""},
        "links.doi": {d.casefold() for d in doi if d},
        "title": {skeleton(text.get("title", ""))} - {""},
    }


def duplicate_problems(entries: list[tuple[YamlDocument, int, dict]]) -> list[Problem]:
    """Papers that repeat another's id, arXiv id or DOI (given in any field) or title skeleton."""
    problems = []
    seen: dict[tuple[str, str], tuple[YamlDocument, int, dict]] = {}
    for doc, index, raw in entries:
        reported = set()
        for field, keys in identity_keys(raw).items():
            for key in sorted(keys):
                first = seen.setdefault((field, key), (doc, index, raw))
                if first[2] is raw or id(first[2]) in reported:
                    continue
                reported.add(id(first[2]))
                first_doc, first_index, first_raw = first
                where = f"{first_doc.path}:{first_doc.line_of((first_index,))}"
                problems.append(Problem(
                    doc.path, doc.line_of((index, *field.split("."))), entry_label(doc, index), field,
                    f"the same paper as {first_raw['id']!r} ({where}); allowed: each paper once, "
                    "with a unique id, arXiv id, DOI and title",
                ))
    return problems


def unique_id_problems(doc: YamlDocument, what: str) -> list[Problem]:
    """Ids repeated inside one definitions file (families, domains, resources)."""
    seen, problems = set(), []
    for index, item in enumerate(doc.data):
        if item["id"] in seen:
            problems.append(Problem(doc.path, doc.line_of((index, "id")), item["id"], "id",
                                    f"this {what} id is defined twice; allowed: each id once"))
        seen.add(item["id"])
    return problems

"""Checks data files against their JSON Schemas and the rules a schema cannot express."""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import fastjsonschema

from .problems import Problem
from .text import normalise_title
from .yamlsource import YamlDocument

FIRST_YEAR = 1980


@cache
def schema_json(name: str) -> dict:
    """The parsed schemas/<name>.schema.json."""
    return json.loads(resources.files("kd").joinpath("schemas", f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def schema_validator(name: str):
    """The jsonschema validator of a schema: slow, but its errors say where and why (imported only when a file is
    invalid: the import alone takes about a tenth of a second)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema_json(name))


@cache
def fast_schema_check(name: str):
    """A fastjsonschema function that raises on any violation (a yes/no answer about ten times faster); compiled as
    draft 7, which means the same as 2020-12 for every keyword our data schemas use (tests/unit/test_validate_fast.py).
    """
    return fastjsonschema.compile({**schema_json(name), "$schema": "http://json-schema.org/draft-07/schema#"},
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


def schema_problems(doc: YamlDocument, name: str) -> tuple[list[Problem], set[int]]:
    """Every schema violation of a file, and the indexes of entries that have one."""
    if doc.data is None:
        return [Problem(doc.path, 1, "", "", "file is empty; allowed: " + _top_description(name))], set()
    problems, bad = [], set()
    if schema_valid(doc.data, name):
        return problems, bad
    for error in schema_validator(name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        field_path = path[1:]
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
            entry = entry_label(doc, path[0])
        else:
            entry = ""
        field = ".".join(str(part) for part in field_path)
        problems.append(Problem(doc.path, doc.line_of(line_path), entry, field, message))
    return problems, bad


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
    try:
        dt.date.fromisoformat(raw["added"])
    except ValueError:
        add("added", f"{raw['added']!r} is not a calendar date; allowed: a date written YYYY-MM-DD")
    return problems


def duplicate_problems(entries: list[tuple[YamlDocument, int, dict]]) -> list[Problem]:
    """Papers that repeat another's id, arXiv id, DOI or normalised title."""
    problems = []
    keys = {
        "id": lambda raw: raw["id"],
        "links.arxiv": lambda raw: raw.get("links", {}).get("arxiv", ""),
        "links.doi": lambda raw: raw.get("links", {}).get("doi", "").casefold(),
        "title": lambda raw: normalise_title(raw["title"]),
    }
    for field, key_of in keys.items():
        seen: dict[str, list[tuple[YamlDocument, int, dict]]] = defaultdict(list)
        for doc, index, raw in entries:
            if key := key_of(raw):
                seen[key].append((doc, index, raw))
        for group in seen.values():
            first_doc, first_index, first = group[0]
            for doc, index, raw in group[1:]:
                where = f"{first_doc.path}:{first_doc.line_of((first_index,))}"
                problems.append(Problem(
                    doc.path, doc.line_of((index, *field.split("."))), entry_label(doc, index), field,
                    f"the same paper as {first['id']!r} ({where}); allowed: each paper once, "
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

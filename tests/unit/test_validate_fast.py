"""The fast schema check (fastjsonschema, draft 7) accepts exactly what the jsonschema validator (2020-12) accepts."""
from __future__ import annotations

from pathlib import Path

import pytest

from kd.data.library import paper_files
from kd.data.validate import schema_json, schema_valid, schema_validator
from kd.data.yamlsource import parse_yaml, read_yaml

from .bad_cases import CASES

ROOT = Path(__file__).resolve().parents[2]
# keywords that mean the same in JSON Schema draft 7 (what fastjsonschema compiles) and 2020-12 (what jsonschema checks)
SHARED_KEYWORDS = frozenset({"$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties",
                             "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
                             "enum", "pattern", "minLength", "maxLength"})
DATA_SCHEMAS = ("papers", "families", "domains", "resources")  # the ones the loader checks data files against


def keywords(schema) -> set[str]:
    """Every keyword a schema uses (the names under `properties` and `$defs` are not keywords)."""
    if isinstance(schema, list):
        return set().union(*(keywords(item) for item in schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key in {"properties", "$defs"}:
            found |= set().union(*(keywords(v) for v in value.values())) if value else set()
        elif key not in {"enum", "required", "description", "title"}:
            found |= keywords(value)
    return found


@pytest.mark.parametrize("name", DATA_SCHEMAS)
def test_schemas_use_only_keywords_both_drafts_share(name):
    assert keywords(schema_json(name)) <= SHARED_KEYWORDS


def test_keyword_walk_sees_a_keyword_outside_the_shared_set():
    assert "unevaluatedProperties" in keywords({"properties": {"x": {"unevaluatedProperties": False}}})


def jsonschema_valid(data, name: str) -> bool:
    return not any(True for _ in schema_validator(name).iter_errors(data))


SCHEMA_CASES = [c for c in CASES if c.file.startswith("papers/") and parse_yaml(c.content, c.file)[0] is not None]


def test_most_bad_cases_reach_the_schema_check():
    assert len(SCHEMA_CASES) >= 30


@pytest.mark.parametrize("case", SCHEMA_CASES, ids=lambda c: c.name)
def test_both_checks_agree_on_every_bad_case(case):
    doc, _ = parse_yaml(case.content, case.file)
    assert schema_valid(doc.data, "papers") == jsonschema_valid(doc.data, "papers")


def test_both_checks_accept_the_real_library():
    for path in paper_files(ROOT / "data"):
        doc, problems = read_yaml(path, str(path))
        assert not problems
        assert schema_valid(doc.data, "papers") and jsonschema_valid(doc.data, "papers"), path


@pytest.mark.parametrize("bad", [
    [{"id": "x2020y", "title": "T", "year": 2020, "venue": "V", "families": ["feature"], "added": "2026-01-01",
      "links": {"paper": "not a url"}}],
    [{"id": "x2020y", "title": "T", "year": 2020, "venue": "V", "families": ["feature"], "added": "2026-01-01",
      "links": {"code": ["https://a.b/c", "https://a.b/c"]}}],
    [{"id": "X", "title": "T", "year": 2020, "venue": "V", "families": ["feature"], "added": "2026-01-01"}],
    [{"id": "x2020y", "title": "T", "year": 2020.5, "venue": "V", "families": ["feature"], "added": "2026-01-01"}],
])
def test_both_checks_reject_refs_uniqueness_patterns_and_types(bad):
    assert not jsonschema_valid(bad, "papers")
    assert not schema_valid(bad, "papers")

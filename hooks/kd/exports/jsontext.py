"""JSON export text with one record per line (readable diffs), and the JSON Schemas shipped with the package."""
from __future__ import annotations

import json
from importlib import resources


def one_record_per_line(document: dict, key: str) -> str:
    """The document as JSON (UTF-8), its list under key written one compact record per line, at the end."""
    document = dict(document)
    records = document.pop(key)
    head = json.dumps(document, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    return f'{head}, "{key}": [\n{lines}\n]}}\n'


def shipped_schema(file_name: str) -> str:
    """The text of a JSON Schema shipped in kd/data/schemas/."""
    return resources.files("kd.data").joinpath("schemas", file_name).read_text(encoding="utf-8")

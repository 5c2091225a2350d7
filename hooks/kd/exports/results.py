"""The results exports: results.json (with its JSON Schema) and results.csv, every number with its source columns."""
from __future__ import annotations

import csv
import io

from kd.data.benchmarks import ArxivSource, Benchmarks, Result
from kd.exports.jsontext import one_record_per_line, shipped_schema
from kd.exports.spreadsheet import spreadsheet_safe

JSON_NAME, SCHEMA_NAME, CSV_NAME = "results.json", "results.schema.json", "results.csv"
CSV_COLUMNS = (
    "method", "method_short", "variant", "dataset", "teacher", "student", "metric", "value", "origin",
    "source_kind", "source_repo", "source_path", "source_commit", "source_line", "source_arxiv", "source_table",
    "source_url",
)


def source_record(result: Result) -> dict:
    """Where a number is printed, as plain JSON data with the link the Benchmarks page uses."""
    source = result.source
    if isinstance(source, ArxivSource):
        return {"kind": "arxiv", "arxiv": source.arxiv, "table": source.table, "url": source.url}
    return {"kind": "repo", "repo": source.repo, "path": source.path, "commit": source.commit, "line": source.line,
            "url": source.url}


def result_record(benchmarks: Benchmarks, result: Result) -> dict:
    """One row: the number (as a JSON number and as printed), what it measures, its origin and its source."""
    short = "" if result.is_baseline else benchmarks.note(result.method).short
    return {
        "method": result.method, "method_short": short, "variant": result.variant, "dataset": result.dataset,
        "teacher": result.teacher, "student": result.student, "metric": result.metric, "value": result.value,
        "value_text": result.text, "origin": result.origin, "source": source_record(result),
    }


def results_document(benchmarks: Benchmarks) -> dict:
    """The results.json document: the vocabulary, the methods' short names and ideas, then every row in data order."""
    return {
        "$schema": f"./{SCHEMA_NAME}",
        "count": len(benchmarks.results),
        "datasets": [{"id": d.id, "name": d.name} for d in benchmarks.datasets],
        "metrics": [{"id": m.id, "name": {"zh": m.name.zh, "en": m.name.en}, "min": m.low, "max": m.high,
                     "higher_is_better": m.higher_is_better} for m in benchmarks.metrics],
        "architectures": [{"id": a.id, "name": a.name} for a in benchmarks.architectures],
        "variants": [{"id": v.id, "name": {"zh": v.name.zh, "en": v.name.en}, "paper": v.paper}
                     for v in benchmarks.variants],
        "methods": [{"id": n.id, "short": n.short, "idea": {"zh": n.idea.zh, "en": n.idea.en}} for n in benchmarks.notes],
        "results": [result_record(benchmarks, r) for r in benchmarks.results],
    }


def results_json(benchmarks: Benchmarks) -> str:
    """results.json text (UTF-8, one row per line for readable diffs)."""
    return one_record_per_line(results_document(benchmarks), "results")


def export_schema_text() -> str:
    """The JSON Schema of results.json, as shipped in kd/data/schemas/results-export.schema.json."""
    return shipped_schema("results-export.schema.json")


def csv_row(benchmarks: Benchmarks, result: Result) -> dict:
    """One CSV row: the source flattened into columns (empty where the kind of source has none), the value as
    printed, every text cell spreadsheet-safe."""
    record = result_record(benchmarks, result)
    source = record.pop("source")
    record["value"] = record.pop("value_text")
    record.update({f"source_{key}": source.get(key, "") for key in
                   ("kind", "repo", "path", "commit", "line", "arxiv", "table", "url")})
    return {key: record[key] if key == "value" else spreadsheet_safe(record[key]) for key in CSV_COLUMNS}


def results_csv(benchmarks: Benchmarks) -> str:
    """results.csv text: a header row and one row per number (RFC 4180 quoting, UTF-8)."""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_row(benchmarks, r) for r in benchmarks.results)
    return stream.getvalue()

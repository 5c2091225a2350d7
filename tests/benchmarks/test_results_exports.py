"""results.json follows its schema and holds every row with its source; results.csv has the same rows and the
source columns, spreadsheet-safe."""
from __future__ import annotations

import csv
import io
import json

from jsonschema import Draft202012Validator

from kd.exports.results import CSV_COLUMNS, export_schema_text, results_csv, results_json

VARIANT_VOCAB = """\
datasets:
  - {id: cifar100, name: CIFAR-100}
metrics:
  - {id: top1, name: {zh: Top-1, en: Top-1}, min: 0, max: 100, higher_is_better: true}
architectures:
  - {id: resnet8x4, name: ResNet8x4}
  - {id: resnet32x4, name: ResNet32x4}
variants:
  - {id: "+LS", name: {zh: "+LS", en: "+LS"}}
  - {id: "=SUM(A1)", name: {zh: x, en: x}}
"""
ROWS = """\
- method: hinton2015distilling
  variant: "+LS"
  dataset: cifar100
  teacher: resnet32x4
  student: resnet8x4
  metric: top1
  value: 76.60
  origin: own
  source: {arxiv: '1503.02531', table: 4}
- method: hinton2015distilling
  variant: "=SUM(A1)"
  dataset: cifar100
  teacher: resnet32x4
  student: resnet8x4
  metric: top1
  value: 70
  origin: reproduction
  source: {repo: a/b, path: docs/résumé.md, commit: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, line: 3}
"""


def test_json_follows_its_schema_and_keeps_every_row(small_library):
    document = json.loads(results_json(small_library.benchmarks))
    Draft202012Validator(json.loads(export_schema_text())).validate(document)
    results = small_library.benchmarks.results
    assert document["count"] == len(document["results"]) == len(results) == 7
    for record, result in zip(document["results"], results):
        assert (record["method"], record["value"], record["value_text"]) == (result.method, result.value, result.text)
        assert record["source"] == {"kind": "repo", "repo": result.source.repo, "path": result.source.path,
                                    "commit": result.source.commit, "line": result.source.line, "url": result.source.url}
    assert document["results"][1]["value_text"] == "72.50" and document["results"][1]["value"] == 72.5
    assert [m["short"] for m in document["methods"]] == ["KD", "DML"]


def test_csv_has_the_source_columns_and_values_as_printed(small_library):
    rows = list(csv.DictReader(io.StringIO(results_csv(small_library.benchmarks))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 7
    assert rows[1]["value"] == "72.50" and rows[1]["method"] == "student" and rows[1]["method_short"] == ""
    assert rows[6]["variant"] == "ResNet-110 peer" and rows[6]["source_line"] == "590"
    assert all(r["source_kind"] == "repo" and r["source_url"].startswith("https://github.com/") for r in rows)


def test_arxiv_source_and_formula_like_text(library_with):
    library = library_with(**{"results.yml": ROWS, "results_vocab.yml": VARIANT_VOCAB})
    document = json.loads(results_json(library.benchmarks))
    Draft202012Validator(json.loads(export_schema_text())).validate(document)
    assert document["results"][0]["source"] == {"kind": "arxiv", "arxiv": "1503.02531", "table": "4",
                                               "url": "https://arxiv.org/abs/1503.02531"}
    assert [r["variant"] for r in document["results"]] == ["+LS", "=SUM(A1)"]  # JSON keeps the text exact
    rows = list(csv.DictReader(io.StringIO(results_csv(library.benchmarks))))
    assert [r["variant"] for r in rows] == ["'+LS", "'=SUM(A1)"]
    assert (rows[0]["source_arxiv"], rows[0]["source_table"], rows[0]["source_repo"]) == ("1503.02531", "4", "")
    assert rows[1]["source_url"].endswith("/blob/" + "b" * 40 + "/docs/r%C3%A9sum%C3%A9.md?plain=1#L3")
    assert [r["value"] for r in rows] == ["76.60", "70"]

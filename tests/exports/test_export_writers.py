"""The export writers on small in-memory libraries: JSON against its schema, CSV round trip, file layout."""
from __future__ import annotations

import csv
import io
import json
import os

from jsonschema import Draft202012Validator

from kd.exports import bibtex
from kd.exports import downloads as exports


def test_json_has_every_field_and_validates(make_library, make_paper, tricky):
    library = make_library(make_paper("b2015x"), tricky)
    document = json.loads(exports.papers_json(library))
    Draft202012Validator(json.loads(exports.export_schema_text())).validate(document)
    assert document["count"] == 2 and [p["id"] for p in document["papers"]] == ["b2015x", "muller2020bert"]
    record = document["papers"][1]
    assert record["title"] == tricky.title and record["authors"] == list(tricky.authors)
    assert record["venue_kind"] == "conference" and record["links"]["code"] == list(tricky.links.code)
    assert record["added"] == "2026-11-27" and record["tags"] == ["contrastive"]
    assert document["families"][0] == {"id": "logits", "name": {"zh": "基于响应的蒸馏", "en": "Logits"}, "group": "knowledge"}


def test_schema_names_every_field_of_paper_record(make_paper):
    schema = json.loads(exports.export_schema_text())
    paper_fields = schema["properties"]["papers"]["items"]["properties"]
    assert set(paper_fields) == set(exports.paper_record(make_paper("a2020b")))


def test_csv_round_trips(make_library, make_paper, tricky):
    library = make_library(make_paper("b2015x", authors=()), tricky)
    rows = list(csv.DictReader(io.StringIO(exports.papers_csv(library), newline="")))
    assert [r["id"] for r in rows] == ["b2015x", "muller2020bert"]
    row = rows[1]
    assert row["title"] == tricky.title
    assert tuple(row["authors"].split("; ")) == tricky.authors
    assert tuple(row["code"].split("; ")) == tricky.links.code
    assert (row["year"], row["venue"], row["doi"], row["paper"]) == ("2020", "CVPR", tricky.links.doi, tricky.links.paper)
    assert rows[0]["authors"] == "" and rows[0]["families"] == "logits"


def test_export_files_include_one_bib_per_family_domain_and_paper(make_library, make_paper, tricky):
    library = make_library(make_paper("b2015x", domains=("nlp",)), tricky)
    files = exports.export_files(library)
    assert set(files) == {
        "exports/papers.json", "exports/papers.schema.json", "exports/papers.csv", "exports/kd.bib",
        "exports/bib/logits.bib", "exports/bib/feature.bib", "exports/bib/applications/nlp.bib",
        "exports/cite/b2015x.bib", f"exports/cite/{tricky.id}.bib",
        "exports/results.json", "exports/results.schema.json", "exports/results.csv",
    }
    assert files["exports/bib/feature.bib"].count("@") == 1 and files["exports/kd.bib"].count("\n@") + 1 == 2
    assert files[f"exports/cite/{tricky.id}.bib"] == bibtex.entry_text(tricky)
    assert files["exports/bib/applications/nlp.bib"] == files["exports/kd.bib"]  # both papers are in nlp


def test_write_exports_writes_under_site_dir(tmp_path, make_library, make_paper):
    written = exports.write_exports(make_library(make_paper("b2015x")), tmp_path)
    assert (tmp_path / "exports" / "kd.bib").read_text(encoding="utf-8").startswith("@misc{b2015x,")
    assert all(path.is_file() for path in written)


def test_writing_again_rewrites_only_the_exports_that_changed(tmp_path, make_library, make_paper):
    import dataclasses

    first, second = make_paper("b2015x"), make_paper("c2016y")
    written = exports.write_exports(make_library(first, second), tmp_path)
    for path in written:
        os.utime(path, ns=(1, 1))
    renamed = dataclasses.replace(second, title=second.title + " (fixed)")
    exports.write_exports(make_library(first, renamed), tmp_path)
    touched = {p.relative_to(tmp_path).as_posix() for p in written if p.stat().st_mtime_ns != 1}
    assert "exports/cite/c2016y.bib" in touched and "exports/kd.bib" in touched and "exports/papers.json" in touched
    assert "exports/cite/b2015x.bib" not in touched and "exports/papers.schema.json" not in touched
    assert "(fixed)" in (tmp_path / "exports/cite/c2016y.bib").read_text(encoding="utf-8")

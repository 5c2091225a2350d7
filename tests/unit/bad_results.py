"""Malformed benchmark results, vocabulary and method notes: each case's file content and the problem it must
produce (run by tests/unit/test_validation.py with the papers cases: loader, `kd check` and `mkdocs build`)."""
from __future__ import annotations

from .bad_cases import BadCase

COMMIT = "dcc043277f2820efafd679ffb82b8e8195b7e222"
SOURCE = f"  source: {{repo: HobbitLong/RepDistiller, path: README.md, commit: {COMMIT}, line: 80}}\n"
ROW = f"""\
- method: hinton2015distilling
  dataset: cifar100
  teacher: resnet32x4
  student: resnet8x4
  metric: top1
  value: 73.33
  origin: reproduction
{SOURCE}"""


def row(**changes: str) -> str:
    """ROW with whole lines replaced: changes map a field name to its new line(s), '' deletes it."""
    lines = []
    for line in ROW.splitlines(keepends=True):
        key = line.strip().lstrip("- ").split(":")[0]
        lines.append(changes[key] if key in changes else line)
    return "".join(lines)


def source(text: str) -> dict[str, str]:
    return {"source": f"  source: {text}\n"}


VOCAB = "results_vocab.yml"
VOCAB_TEXT = """\
datasets:
  - {id: cifar100, name: CIFAR-100}
metrics:
  - {id: top1, name: {zh: Top-1 准确率, en: Top-1 accuracy}, min: 0, max: 100, higher_is_better: true}
architectures:
  - {id: resnet8x4, name: ResNet8x4}
  - {id: resnet32x4, name: ResNet32x4}
variants: []
"""
NOTE = "- id: hinton2015distilling\n  short: KD\n  idea: {zh: 拟合软化的概率, en: Matches softened probabilities}\n"
R = "results.yml"
CASES = [
    BadCase("result-unknown-method-paper", row(method="- method: nobody2020thing\n").encode(), 1, "#1", "method",
            "unknown paper id 'nobody2020thing'", file=R),
    BadCase("result-method-short-name", row(method="- method: DKD\n").encode(), 1, "#1", "method",
            "a paper id from data/papers", file=R),
    BadCase("result-method-without-note", row(method="- method: cho2019efficacy\n").encode(), 1, "#1", "method",
            "'cho2019efficacy' has no entry in data/methods.yml", file=R),
    BadCase("result-teacher-is-student", row(student="  student: resnet32x4\n").encode(), 4, "#1", "student",
            "the student is the teacher", file=R),
    BadCase("result-unknown-architecture", row(teacher="  teacher: resnet999\n").encode(), 3, "#1", "teacher",
            "unknown teacher 'resnet999'", file=R),
    BadCase("result-unknown-dataset", row(dataset="  dataset: cifar1000\n").encode(), 2, "#1", "dataset",
            "unknown dataset 'cifar1000'", file=R),
    BadCase("result-unknown-metric", row(metric="  metric: top3\n").encode(), 5, "#1", "metric",
            "unknown metric 'top3'", file=R),
    BadCase("result-unknown-variant", row(dataset="  variant: +XYZ\n  dataset: cifar100\n").encode(), 2, "#1",
            "variant", "unknown variant '+XYZ'", file=R),
    BadCase("result-value-above-100", row(value="  value: 173.33\n").encode(), 6, "#1", "value",
            "out of range for top1", file=R),
    BadCase("result-value-negative", row(value="  value: -1.5\n").encode(), 6, "#1", "value", "out of range", file=R),
    BadCase("result-error-above-100", row(metric="  metric: top1-error\n", value="  value: 100.5\n").encode(), 6, "#1",
            "value", "a number from 0 to 100", file=R),
    BadCase("result-value-quoted", row(value='  value: "73.33"\n').encode(), 6, "#1", "value",
            "wrong type (expected number)", file=R),
    BadCase("result-value-nan", row(value="  value: .nan\n").encode(), 6, "#1", "value", "not written as a plain decimal",
            file=R),
    BadCase("result-value-infinite", row(value="  value: .inf\n").encode(), 6, "#1", "value",
            "not written as a plain decimal", file=R),
    BadCase("result-value-exponent", row(value="  value: 7.333e+1\n").encode(), 6, "#1", "value",
            "not written as a plain decimal", file=R),
    BadCase("result-value-underscore", row(value="  value: 7_3\n").encode(), 6, "#1", "value",
            "not written as a plain decimal", file=R),
    BadCase("result-origin-unknown", row(origin="  origin: paper\n").encode(), 7, "#1", "origin",
            "own (reported by the method's authors) or reproduction", file=R),
    BadCase("result-no-source", row(source="").encode(), 1, "#1", "source", "'source' is missing", file=R),
    BadCase("result-source-url-string", row(**source("https://github.com/HobbitLong/RepDistiller")).encode(), 8, "#1",
            "source", "wrong type (expected object)", file=R),
    BadCase("result-source-no-commit", row(**source("{repo: HobbitLong/RepDistiller, path: README.md, line: 80}")).encode(),
            8, "#1", "source.commit", "'commit' is missing", file=R),
    BadCase("result-source-short-commit",
            row(**source("{repo: HobbitLong/RepDistiller, path: README.md, commit: dcc0432, line: 80}")).encode(),
            8, "#1", "source.commit", "the full 40-character commit hash", file=R),
    BadCase("result-source-line-zero",
            row(**source(f"{{repo: HobbitLong/RepDistiller, path: README.md, commit: {COMMIT}, line: 0}}")).encode(),
            8, "#1", "source.line", "the 1-based line", file=R),
    BadCase("result-source-path-escapes",
            row(**source(f"{{repo: HobbitLong/RepDistiller, path: ../README.md, commit: {COMMIT}, line: 80}}")).encode(),
            8, "#1", "source.path", "no . or .. parts", file=R),
    BadCase("result-source-repo-url",
            row(**source(f"{{repo: 'https://github.com/HobbitLong/RepDistiller', path: README.md, commit: {COMMIT}, "
                         "line: 80}")).encode(), 8, "#1", "source.repo", "written owner/name", file=R),
    BadCase("result-source-arxiv-no-table", row(**source("{arxiv: '2203.08679'}")).encode(), 8, "#1", "source.table",
            "'table' is missing", file=R),
    BadCase("result-source-arxiv-bad-id", row(**source("{arxiv: '2213.08679', table: 2}")).encode(), 8, "#1",
            "source.arxiv", "a bare arXiv id", file=R),
    BadCase("result-source-mixed-kinds",
            row(**source(f"{{repo: HobbitLong/RepDistiller, path: README.md, commit: {COMMIT}, line: 80, "
                         "arxiv: '2203.08679'}")).encode(), 8, "#1", "source.arxiv", "unknown field 'arxiv'", file=R),
    BadCase("result-own-number-of-another-paper",
            row(origin="  origin: own\n", **source("{arxiv: '2203.08679', table: 2}")).encode(), 8, "#1",
            "source.arxiv", "which is not the method's paper", file=R),
    BadCase("result-unknown-field", row(origin="  origin: reproduction\n  note: copied by hand\n").encode(), 8, "#1",
            "note", "unknown field 'note'", file=R),
    BadCase("result-row-repeated", (ROW + ROW).encode(), 9, "#2", "source", "repeats row #1 (line 1)", file=R),
    BadCase("result-not-a-list", b"method: hinton2015distilling\n", 1, "", "", "wrong type (expected array)", file=R),
    BadCase("vocab-empty", b"", 1, "", "", "file is empty", file=VOCAB),
    BadCase("vocab-id-twice", VOCAB_TEXT.replace("variants: []", "  - {id: resnet8x4, name: R8}\nvariants: []").encode(),
            8, "resnet8x4", "architectures.id", "defined twice", file=VOCAB),
    BadCase("vocab-metric-min-above-max", VOCAB_TEXT.replace("min: 0, max: 100", "min: 100, max: 0").encode(), 4, "top1",
            "metrics.max", "not above min", file=VOCAB),
    BadCase("vocab-variant-unknown-paper",
            VOCAB_TEXT.replace("variants: []", "variants:\n  - {id: +LS, name: {zh: +LS, en: +LS}, paper: sun2024logit}").encode(),
            9, "+LS", "variants.paper", "unknown paper id 'sun2024logit'", file=VOCAB),
    BadCase("vocab-metric-name-one-language", VOCAB_TEXT.replace("{zh: Top-1 准确率, en: Top-1 accuracy}", "Top-1").encode(),
            4, "top1", "metrics.name", "a mapping with zh and en names", file=VOCAB),
    BadCase("note-unknown-paper", NOTE.replace("hinton2015distilling", "nobody2020thing").encode(), 1, "nobody2020thing",
            "id", "unknown paper id 'nobody2020thing'", file="methods.yml"),
    BadCase("note-short-name-twice", (NOTE + NOTE.replace("hinton2015distilling", "zhang2018deep")).encode(), 5,
            "zhang2018deep", "short", "'KD' is also given at line 2", file="methods.yml"),
    BadCase("note-idea-missing-zh", NOTE.replace("zh: 拟合软化的概率, ", "").encode(), 3, "hinton2015distilling", "idea.zh",
            "'zh' is missing", file="methods.yml"),
]

"""Interface words of the rendered pages, in Chinese and English."""
from __future__ import annotations

import string

LABELS = {
    "zh": {
        "papers_count": "共 {n} 篇论文",
        "year_count": "{n} 篇",
        "arxiv": "arXiv",
        "pdf": "PDF",
        "doi": "DOI",
        "code": "代码",
        "permalink": "本条目的永久链接",
        "authors_unknown": "作者待补充",
        "et_al": "等",
        "families": "方法类别",
        "no_papers": "暂无论文。",
        "contents": "年份",
        "bibtex": "BibTeX",
        "results": "基准结果：",
    },
    "en": {
        "papers_count": "{n:papers}",
        "year_count": "{n:papers}",
        "arxiv": "arXiv",
        "pdf": "PDF",
        "doi": "DOI",
        "code": "Code",
        "permalink": "Permanent link to this entry",
        "authors_unknown": "authors not yet recorded",
        "et_al": "et al.",
        "families": "Families",
        "no_papers": "No papers yet.",
        "contents": "Years",
        "bibtex": "BibTeX",
        "results": "Benchmarks:",
    },
}


def paper_count(n: int) -> str:
    """"1 paper" or "N papers"."""
    return f"{n} paper" if n == 1 else f"{n} papers"


class _Counts(string.Formatter):
    """str.format with one more format spec: {n:papers} is paper_count(n)."""

    def format_field(self, value, format_spec):
        return paper_count(value) if format_spec == "papers" else super().format_field(value, format_spec)


fill = _Counts().format


class _Nouns(string.Formatter):
    """str.format where a format spec is an English plural noun: {n:settings} is "1 setting" or "3 settings"."""

    def format_field(self, value, format_spec):
        if format_spec.isalpha():
            return f"{value} {format_spec[:-1] if value == 1 else format_spec}"
        return super().format_field(value, format_spec)


counted = _Nouns().format


def label(lang: str, key: str, **values) -> str:
    """The interface word `key` in `lang`, with {placeholders} filled in."""
    return fill(LABELS[lang][key], **values)

"""`kd add`: validate one new paper exactly as the loader does and write it into its data file."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
import tempfile
from pathlib import Path

from kd.cli.bibentry import BibtexError, paper_fields
from kd.importer.ids import assign_ids
from kd.data.library import PAPERS_DIR, load_library
from kd.data.model import Library
from kd.data.problems import DataError
from kd.data.safeio import data_lock, write_atomic, write_error
from kd.data.validate import identity_keys
from kd.data.writer import format_paper, insert_paper
from kd.data.yamlsource import read_yaml

FIELDS = ("title", "authors", "year", "venue", "families", "domains", "tags")
LINKS = ("paper", "arxiv", "doi", "pdf", "code")
PROMPTS = {
    "title": "Title 标题", "authors": "Authors, comma-separated 作者（逗号分隔）", "year": "Year 年份",
    "venue": "Venue, e.g. CVPR or arXiv 会议/期刊", "families": "Families, comma-separated 方法类别",
    "domains": "Domains, comma-separated 应用领域", "tags": "Tags 标签", "paper": "Paper URL 论文链接",
    "arxiv": "arXiv id, e.g. 1503.02531", "doi": "DOI", "pdf": "PDF URL", "code": "Code URLs, comma-separated 代码",
}
LISTS = {"authors", "families", "domains", "tags", "code"}


def register(commands) -> None:
    """Add the `add` sub-command to the kd parser."""
    parser = commands.add_parser(
        "add", help="add one paper to data/papers/ 添加一篇论文",
        description="Add one paper: asks for its fields (or takes them as options, or from --from-bibtex), "
                    "validates it as the build does, refuses duplicates and writes it in canonical form. "
                    "添加一篇论文：不带任何选项运行时逐项询问。",
    )
    parser.add_argument("--from-bibtex", type=Path, metavar="FILE", help="read the fields from one BibTeX entry 从 BibTeX 读取")
    parser.add_argument("--id", help="citation key (default: surname+year+first title word) 引用键")
    parser.add_argument("--title")
    parser.add_argument("--authors", help="comma-separated full names, e.g. 'Geoffrey Hinton, Jeff Dean'")
    parser.add_argument("--year")
    parser.add_argument("--venue", help="short venue name: CVPR, NeurIPS, arXiv, ...")
    parser.add_argument("--families", help="comma-separated family ids, e.g. logits,online (data/families.yml)")
    parser.add_argument("--domains", help="comma-separated domain ids, e.g. nlp (data/domains.yml)")
    parser.add_argument("--tags", help="comma-separated lowercase tags")
    parser.add_argument("--paper", help="http(s) URL of the paper page")
    parser.add_argument("--arxiv", help="bare arXiv id, e.g. 1503.02531")
    parser.add_argument("--doi", help="bare DOI, e.g. 10.1109/CVPR.2019.00409")
    parser.add_argument("--pdf", help="http(s) URL of the PDF")
    parser.add_argument("--code", help="comma-separated http(s) URLs of code repositories")
    parser.set_defaults(func=run_add)


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def given_fields(args: argparse.Namespace) -> dict:
    """The fields given as options, from --from-bibtex, or (with neither) asked for on standard input."""
    found = paper_fields(_read_bibtex(args.from_bibtex)) if args.from_bibtex else {}
    options = {name: getattr(args, name) for name in (*FIELDS, *LINKS) if getattr(args, name) is not None}
    if not options and not args.from_bibtex:
        options = {name: _ask(PROMPTS[name]) for name in (*FIELDS, *LINKS)}
    for name, text in options.items():
        value = _split(text) if name in LISTS else text.strip()
        if name in LINKS:
            found.setdefault("links", {})[name] = value
        else:
            found[name] = value
    return found


def _read_bibtex(path: Path) -> str:
    """The text of a BibTeX file; BibtexError naming the file when it cannot be read or is not UTF-8 text."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BibtexError(f"{path} is not UTF-8 text; save it as UTF-8 and run again") from None
    except OSError as error:
        raise BibtexError(f"cannot read {path} ({error.strerror}); give the path of a BibTeX file") from None


def _ask(prompt: str) -> str:
    try:
        return input(f"{prompt}: ")
    except EOFError:
        return ""


def new_entry(found: dict, library: Library, paper_id: str | None) -> dict:
    """The would-be data entry: given fields (year made a number when it is one), an id, and today's date."""
    raw = {key: value for key, value in found.items() if value not in ("", [])}
    raw["links"] = {kind: url for kind, url in found.get("links", {}).items() if url not in ("", [])}
    if isinstance(raw.get("year"), str) and re.fullmatch(r"[0-9]{1,4}", raw["year"]):
        raw["year"] = int(raw["year"])
    raw.setdefault("authors", [])
    year = raw.get("year") if isinstance(raw.get("year"), int) and 1000 <= raw.get("year", 0) <= 9999 else 0
    key = {"id": paper_id, "authors": raw["authors"], "year": f"{year:04d}", "title": raw.get("title", "")}
    assign_ids([{"id": p.id} for p in library.papers] + [key])
    raw["id"] = key["id"]
    raw["added"] = dt.date.today().isoformat()
    return raw


def duplicate_of(raw: dict, library: Library) -> str:
    """'' or a description of the library's entry that is the same paper (an arXiv id, DOI or title skeleton)."""
    names = {"links.arxiv": "arXiv id", "links.doi": "DOI", "title": "normalised title"}
    wanted = {(field, key) for field, keys in identity_keys({**raw, "id": ""}).items() if field in names for key in keys}
    for paper in library.papers:
        known = {"id": paper.id, "title": paper.title, "links": {"paper": paper.links.paper, "pdf": paper.links.pdf,
                                                                 "arxiv": paper.links.arxiv, "doi": paper.links.doi}}
        same = sorted({names[field] for field, keys in identity_keys(known).items() if field in names
                       for key in keys if (field, key) in wanted})
        if same:
            return f"the same {' and '.join(same)} as {paper.id!r} at {paper.file}:{paper.line}"
    return ""


def home_file(raw: dict) -> str:
    """<first family>.yml, else <first domain>.yml; 'new-paper.yml' when that is no usable file name."""
    first = (raw.get("families") or raw.get("domains") or [""])[0]
    return f"{first}.yml" if re.fullmatch(r"[a-z0-9][a-z0-9-]*", first) else "new-paper.yml"


def would_be_text(path: Path, raw: dict) -> str:
    """The file's text with the entry inserted in canonical position, all other bytes kept."""
    if not path.is_file():
        return format_paper(raw)
    doc, _ = read_yaml(path, path.name)
    starts = [(item, doc.line_of((i,))) for i, item in enumerate(doc.data or [])]
    return insert_paper(path.read_text(encoding="utf-8"), starts, raw)


def validate_copy(data: Path, name: str, text: str) -> None:
    """Load a copy of data with text as papers/<name>, exactly as the build would; raise DataError, or WriteError
    when the copy cannot be made."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / data.name
        try:
            for source in [data, *sorted(data.rglob("*"))]:
                target = copy / source.relative_to(data)
                target.mkdir() if source.is_dir() else shutil.copyfile(source, target)
            (copy / PAPERS_DIR / name).write_text(text, encoding="utf-8")
        except OSError as error:
            raise write_error(tmp, error, "a temporary copy of the data") from None
        load_library(copy)


def run_add(args: argparse.Namespace) -> int:
    """Validate, de-duplicate and write one new paper, holding the data folder's lock so that concurrent runs take
    turns; on any problem print it and change nothing."""
    try:
        found = given_fields(args)
        with data_lock(args.data):
            return _add(args, found)
    except (BibtexError, OSError) as error:
        print(f"kd add: {error}; nothing was written", file=sys.stderr)
        return 1


def _add(args: argparse.Namespace, found: dict) -> int:
    """The body of run_add, run under the lock."""
    try:
        library = load_library(args.data)
    except DataError as error:
        print(f"kd add: the data has problems already; fix them first (kd check). Nothing was written.\n{error}",
              file=sys.stderr)
        return 1
    raw = new_entry(found, library, args.id)
    if same := duplicate_of(raw, library):
        print(f"kd add: already in the library: {same}; nothing was written", file=sys.stderr)
        return 1
    name = home_file(raw)
    path = Path(args.data) / PAPERS_DIR / name
    shown = f"{Path(args.data).name}/{PAPERS_DIR}/{name}"
    text = would_be_text(path, raw)
    try:
        validate_copy(Path(args.data), name, text)
    except DataError as error:
        block = "".join(f"    {line}\n" for line in format_paper(raw).splitlines())
        print(f"kd add: not added, nothing was written. The entry for {shown}\n{block}{error}", file=sys.stderr)
        return 1
    write_atomic(path, text, shown)
    line = text.splitlines().index(f"- id: {raw['id']}") + 1
    print(f"added {raw['id']} at {shown}:{line} 已添加")
    return 0

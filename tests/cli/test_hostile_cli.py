"""Hostile input to the `kd` commands: each case gives one clear message naming the file and what to do, exit
status 1 and unchanged data (or, for the data-loss cases, every paper kept). CASES names each case, its category
and the failure it guards against."""
from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kd.cli.main import main as kd_main
from kd.importer import command as import_command
from kd.importer.build import BuildResult
from kd.importer.parsers import PARSERS
from kd.data.safeio import TEMP_SUFFIX

from .conftest import KD, LOGITS, ROOT, kd, snapshot
from .test_add import VALID, with_option

SOURCES = ROOT / "tests" / "importer" / "fixtures"
PAPER = {"title": "Born-Again Neural Networks", "authors": ["Tommaso Furlanello"], "year": 2018, "venue": "ICML",
         "families": ["logits"], "sources": [], "added": "2026-11-27"}


def _write(project: Path, name: str, content: bytes) -> Path:
    path = project / name
    path.write_bytes(content)
    return path


def _sources(project: Path, leave_out: str = "") -> Path:
    """A folder with one small list per source format (the parser fixtures), less the format leave_out ('*': all)."""
    folder = project / "sources"
    folder.mkdir()
    for fmt in PARSERS:
        if leave_out not in (fmt, "*"):
            (folder / f"{fmt}__list.README.md").write_bytes((SOURCES / f"{fmt}.md").read_bytes())
    return folder


# name: (category, the failure it guards against, run(project) -> CompletedProcess, fragment of the message)
CASES = {
    "add-year-superscript-digits": ("traceback", "int() of '²⁰²⁰' (str.isdigit is true for it) raised ValueError",
                                    lambda p: kd(p, "add", *with_option("--year", "²⁰²⁰")), "field 'year'"),
    "add-year-arabic-indic-digits": ("traceback", "a year in Arabic-Indic digits crashed int()",
                                     lambda p: kd(p, "add", *with_option("--year", "٢٠١٨")), "field 'year'"),
    "add-year-fullwidth-digits": ("traceback", "a year in fullwidth digits passed isdigit",
                                  lambda p: kd(p, "add", *with_option("--year", "２０１８")), "field 'year'"),
    "add-bibtex-latin-1": ("traceback", "UnicodeDecodeError reading a Latin-1 .bib file",
                           lambda p: kd(p, "add", "--from-bibtex", str(_write(p, "e.bib", "@misc{x, title={Café}}".encode("latin-1")))),
                           "e.bib is not UTF-8 text; save it as UTF-8"),
    "add-bibtex-missing": ("traceback", "FileNotFoundError for a missing .bib file",
                           lambda p: kd(p, "add", "--from-bibtex", "nowhere.bib"), "cannot read nowhere.bib"),
    "add-bibtex-binary": ("traceback", "a binary file given as BibTeX",
                          lambda p: kd(p, "add", "--from-bibtex", str(_write(p, "b.bib", bytes(range(256)) * 4))),
                          "b.bib is not UTF-8 text"),
    "add-bibtex-is-a-folder": ("traceback", "IsADirectoryError for a folder given as BibTeX",
                               lambda p: kd(p, "add", "--from-bibtex", "data"), "cannot read data"),
    "import-binary-file": ("traceback", "UnicodeDecodeError importing a binary file",
                           lambda p: kd(p, "import", sys.executable, "--format", "ipl"), "is a binary file"),
    "import-missing-file": ("traceback", "FileNotFoundError importing a missing file",
                            lambda p: kd(p, "import", "nowhere.md", "--format", "ipl"), "cannot read nowhere.md"),
    "import-latin-1-file": ("traceback", "UnicodeDecodeError importing a Latin-1 list",
                            lambda p: kd(p, "import", str(_write(p, "l.md", "- **Café**, CVPR 2019\n".encode("latin-1"))),
                                         "--format", "ipl"), "l.md is not UTF-8 text"),
    "import-out-in-missing-folder": ("traceback", "FileNotFoundError writing --out into a missing folder",
                                     lambda p: kd(p, "import", str(SOURCES / "ipl.md"), "--format", "ipl", "--out",
                                                  "nowhere/x.yml"), "cannot write nowhere/x.yml"),
    "import-all-empty-folder": ("data-loss", "import-all on a folder without lists deleted most papers files",
                                lambda p: kd(p, "import-all", str(_sources(p, leave_out="*")), "--out", "data/papers"),
                                "hold no list of the format(s)"),
    "import-all-one-source-missing": ("data-loss", "import-all without one source silently dropped its papers",
                                      lambda p: kd(p, "import-all", str(_sources(p, leave_out="tebmer")), "--out", "data/papers",
                                                   "--excluded", "data/excluded.yml"), "no list of the format(s) tebmer"),
    "import-all-not-a-folder": ("traceback", "import-all given a file instead of a folder",
                                lambda p: kd(p, "import-all", "README.md", "--out", "data/papers"), "README.md is not a folder"),
    "import-all-would-shrink": ("data-loss", "import-all replacing the library by a much smaller one",
                                lambda p: kd(p, "import-all", str(_sources(p)), "--out", "data/papers",
                                             "--excluded", "data/excluded.yml"), "pass --allow-shrink"),
    "check-data-file-links-outside": ("security", "a data file linked to a file outside the repository was read "
                                      "and its first characters printed",
                                      lambda p: kd(p, "check"),
                                      "data/papers/evil.yml: file is a link to a place outside data/"),
    "check-definitions-file-links-outside": ("security", "families.yml linked to a file outside data/",
                                             lambda p: kd(p, "check"), "data/families.yml: file is a link"),
    "check-papers-folder-links-outside": ("security", "data/papers linked to a folder outside data/",
                                          lambda p: kd(p, "check"), "data/papers/logits.yml: file is a link"),
    "check-broken-symlink": ("traceback", "a dangling link among the papers files",
                             lambda p: kd(p, "check"),
                             "data/papers/gone.yml: file is missing"),
}


def _move_out(project: Path, name: str) -> None:
    """data/name moved out of data/, a link to it left in its place."""
    os.replace(project / "data" / name, project.parent / name.replace("/", "-"))
    os.symlink(project.parent / name.replace("/", "-"), project / "data" / name)


SETUP = {
    "import-all-would-shrink": lambda p: _setup_shrink(p),
    "check-data-file-links-outside": lambda p: os.symlink(_write(p.parent, "secret.txt", b"TOP-SECRET: x\n"),
                                                          p / "data/papers/evil.yml"),
    "check-definitions-file-links-outside": lambda p: _move_out(p, "families.yml"),
    "check-papers-folder-links-outside": lambda p: _move_out(p, "papers"),
    "check-broken-symlink": lambda p: os.symlink(p / "nowhere.yml", p / "data/papers/gone.yml"),
}


def _setup_shrink(project: Path) -> None:
    """A library of many papers that the small fixture lists do not hold."""
    text = "".join(LOGITS.split("\n", 1)[1].replace("zhang2018deep", f"zhang2018deep{c}").replace(
        "Deep Mutual Learning", f"Deep Mutual Learning {c}").replace("'1706.00384'", f"'1706.{i:05d}'").split(
        "- id: hinton")[0] for i, c in enumerate("abcdefghij"))
    (project / "data/papers/other.yml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", CASES, ids=list(CASES))
def test_hostile_command_input_is_refused_clearly(project, name):
    _, _, run, fragment = CASES[name]
    SETUP.get(name, lambda p: None)(project)
    before = snapshot(project)
    result = run(project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and fragment in result.stderr, result.stderr
    assert "TOP-SECRET" not in result.stdout + result.stderr
    if name.startswith(("import", "add-bibtex")):
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(project) == before


# the single tests below: name: (category, the failure they guard against)
SINGLE = {
    "add-read-only-data-folder": ("traceback", "PermissionError traceback when the data folder is read-only"),
    "add-planted-symlink-at-temp-name": ("security", "kd add wrote through a symlink planted at its fixed temporary name"),
    "four-concurrent-adds": ("data-loss", "four kd add runs at once each said 'added' but one or two papers remained"),
    "import-all-shrink-needs-allow-shrink": ("data-loss", "import-all replaced the library by a much smaller one silently"),
}


def _limited(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


LIMITED = {  # name: (the failure it guards against, arguments, fragment)
    "fmt-under-file-size-limit": ("kd fmt rewrote in place: a size limit cut the file mid-entry", ["fmt"], "cannot write data/papers/logits.yml"),
    "add-under-file-size-limit": ("kd add under a size limit", ["add", *VALID], "cannot write a temporary copy of the data"),
    "readme-under-file-size-limit": ("kd readme under a size limit", ["readme"], "cannot write README.md"),
}


@pytest.mark.parametrize("name", LIMITED, ids=list(LIMITED))
def test_a_file_size_limit_leaves_every_file_whole(project, name):
    _, args, fragment = LIMITED[name]
    padding = "#" + "-" * 78 + "\n"
    (project / "data/papers/logits.yml").write_text(padding * 400 + LOGITS.replace("venue: CVPR", "venue: 'CVPR'"))
    (project / "README.md").write_text((project / "README.md").read_text(encoding="utf-8") + padding * 400)
    before = snapshot(project) | {"README.md": (project / "README.md").read_bytes()}
    limit = max(path.stat().st_size for path in (project / "data").glob("*.yml")) + 1  # the copy kd add checks in
    result = subprocess.run([str(KD), *args], cwd=project, capture_output=True, text=True, preexec_fn=_limited(limit))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert fragment in result.stderr and "disk space" in result.stderr
    assert snapshot(project) | {"README.md": (project / "README.md").read_bytes()} == before
    assert not list(project.rglob(f"*{TEMP_SUFFIX}"))


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


DISK_FULL = {  # name: (the failure it guards against, arguments)
    "add-on-a-full-disk": ("kd add on a full disk", ["add", *VALID]),
    "fmt-on-a-full-disk": ("kd fmt on a full disk", ["fmt"]),
    "import-on-a-full-disk": ("kd import --out on a full disk", ["import", str(SOURCES / "ipl.md"), "--format", "ipl",
                                                                  "--out", "data/candidates.yml"]),
}


@pytest.mark.parametrize("name", DISK_FULL, ids=list(DISK_FULL))
def test_a_full_disk_leaves_the_data_unchanged(project, name, monkeypatch, capsys):
    monkeypatch.chdir(project)
    (project / "data/papers/logits.yml").write_text(LOGITS.replace("venue: CVPR", "venue: 'CVPR'"), encoding="utf-8")
    before = snapshot(project)
    monkeypatch.setattr(os, "fsync", _disk_full)
    assert kd_main(["--data", "data", *DISK_FULL[name][1]]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "free some disk space" in err and len(err.strip().splitlines()) == 1
    assert snapshot(project) == before and not list(project.rglob(f"*{TEMP_SUFFIX}"))


def test_a_read_only_data_folder_gives_one_line(project, monkeypatch, capsys):
    before = snapshot(project)
    monkeypatch.setattr("tempfile.mkstemp", lambda **kw: (_ for _ in ()).throw(PermissionError(errno.EACCES, "Permission denied")))
    assert kd_main(["--data", str(project / "data"), "add", *VALID]) == 1
    err = capsys.readouterr().err
    assert "cannot write data/papers/logits.yml (Permission denied); make the folder writable" in err
    assert len(err.strip().splitlines()) == 1 and snapshot(project) == before


def test_add_never_writes_through_a_planted_symlink(project, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    for name in (".logits.yml.kd-add", ".logits.yml.tmp", "logits.yml.tmp", ".logits.yml.swp"):
        os.symlink(victim, project / "data/papers" / name)
    result = kd(project, "add", *VALID)
    assert result.returncode == 1 and "this is not read" in result.stderr  # the planted links are reported
    for link in (project / "data/papers").glob("*logits.yml.*"):
        link.unlink()
    os.symlink(victim, project / "data/papers" / f".logits.yml.planted{TEMP_SUFFIX}")  # our own temporary pattern
    assert kd(project, "add", *VALID).returncode == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (project / "data/papers/logits.yml").is_symlink()


def test_four_concurrent_adds_keep_every_paper(project):
    titles = ["Alpha Distillation", "Beta Distillation", "Gamma Distillation", "Delta Distillation"]
    runs = [subprocess.Popen([str(KD), "add", "--title", title, "--authors", "Ada Lovelace", "--year", "2020",
                              "--venue", "CVPR", "--families", "logits"], cwd=project, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for title in titles]
    outputs = [run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    text = (project / "data/papers/logits.yml").read_text(encoding="utf-8")
    assert all(f"title: {title}\n" in text for title in titles)
    assert kd(project, "check").returncode == 0


def test_import_all_allow_shrink_writes(project, monkeypatch, capsys):
    small = BuildResult(papers=[dict(PAPER, id="furlanello2018born")], excluded=[], candidates=1, merged_away=0)
    monkeypatch.setattr(import_command, "check_sources", lambda folder: None)
    monkeypatch.setattr(import_command, "build", lambda folders, added=None: small)
    out, excluded = project / "data/papers", project / "data/excluded.yml"
    args = ["import-all", "sources", "--out", str(out), "--excluded", str(excluded)]
    assert kd_main(args) == 1 and "would drop 3 of the 3 papers" in capsys.readouterr().err
    assert kd_main([*args, "--allow-shrink"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["logits.yml"]
    assert "furlanello2018born" in (out / "logits.yml").read_text(encoding="utf-8")

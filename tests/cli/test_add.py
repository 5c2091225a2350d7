"""`kd add` through the real console script: a valid paper lands in canonical position; bad input changes nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import LOGITS, kd, snapshot

VALID = ["--title", "Born-Again Neural Networks", "--authors", "Tommaso Furlanello, Zachary C. Lipton",
         "--year", "2018", "--venue", "ICML", "--families", "logits,self", "--domains", "image-classification",
         "--paper", "https://arxiv.org/abs/1805.04770", "--arxiv", "1805.04770",
         "--code", "https://github.com/example/born-again"]
ENTRY = f"""\
- id: furlanello2018born
  title: Born-Again Neural Networks
  authors:
    - Tommaso Furlanello
    - Zachary C. Lipton
  year: 2018
  venue: ICML
  families: [logits, self]
  domains: [image-classification]
  links:
    paper: https://arxiv.org/abs/1805.04770
    arxiv: '1805.04770'
    code:
      - https://github.com/example/born-again
  added: {dt.date.today().isoformat()}
"""


def with_option(name: str, value: str | None) -> list[str]:
    """VALID with one option's value replaced, or the option left out when value is None."""
    args, out = list(VALID), []
    while args:
        option, given = args.pop(0), args.pop(0)
        if option != name:
            out += [option, given]
        elif value is not None:
            out += [option, value]
    return out


def test_valid_paper_is_inserted_in_canonical_position(project):
    result = kd(project, "add", *VALID)
    assert result.returncode == 0, result.stderr
    assert "furlanello2018born at data/papers/logits.yml:2" in result.stdout
    text = (project / "data/papers/logits.yml").read_text(encoding="utf-8")
    assert text == "# Response-based papers.\n" + ENTRY + LOGITS.split("\n", 1)[1]
    assert kd(project, "check").returncode == 0
    assert kd(project, "fmt", "--check").returncode == 0


def test_paper_without_family_goes_to_its_domain_file(project):
    result = kd(project, "add", *with_option("--families", None), "--domains", "rl")
    assert result.returncode == 0, result.stderr
    assert "- id: furlanello2018born" in (project / "data/papers/rl.yml").read_text(encoding="utf-8")


def test_new_family_file_is_created(project):
    result = kd(project, "add", *with_option("--families", "self"))
    assert result.returncode == 0, result.stderr
    assert (project / "data/papers/self.yml").read_text(encoding="utf-8") == ENTRY.replace("[logits, self]", "[self]")


def test_taken_id_gets_a_letter(project):
    args = ["--authors", "Geoffrey Hinton", "--year", "2015", "--title", "Distilling Dark Knowledge", "--venue", "NIPS",
            "--families", "logits"]
    result = kd(project, "add", *args)
    assert result.returncode == 0, result.stderr
    assert "added hinton2015distillingb" in result.stdout


BAD = {
    "missing title": (with_option("--title", None), "field 'title': 'title' is missing"),
    "bad year": (with_option("--year", "20x8"), "field 'year': '20x8' has the wrong type"),
    "year out of range": (with_option("--year", "1850"), "1850 is out of range"),
    "unknown family": (with_option("--families", "distill"), "unknown id 'distill'; allowed: adversarial"),
    "no family or domain": (with_option("--families", None)[:8], "no family and no domain"),
    "malformed URL": (with_option("--paper", "htp:/arxiv"), "field 'links.paper': 'htp:/arxiv' is not valid"),
    "bad arXiv id": (with_option("--arxiv", "arXiv:1805"), "field 'links.arxiv'"),
    "bad id": (VALID + ["--id", "Born Again"], "field 'id'"),
    "duplicate arXiv id": (with_option("--arxiv", "1503.02531"),
                           "same arXiv id as 'hinton2015distilling' at data/papers/logits.yml:14"),
    "duplicate title": (with_option("--title", "deep mutual-learning!"),
                        "same normalised title as 'zhang2018deep' at data/papers/logits.yml:2"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_bad_input_is_refused_and_changes_nothing(project, case):
    args, message = BAD[case]
    before = snapshot(project)
    result = kd(project, "add", *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stdout == ""
    assert snapshot(project) == before


def test_broken_yaml_in_the_data_is_reported_and_left_alone(project):
    path = project / "data/papers/logits.yml"
    path.write_text(LOGITS.replace("  venue: CVPR", "  venue: CVPR: 2018"), encoding="utf-8")
    before = snapshot(project)
    result = kd(project, "add", *VALID)
    assert result.returncode == 1
    assert "data/papers/logits.yml:8" in result.stderr and "YAML syntax error" in result.stderr
    assert "fix them first" in result.stderr
    assert snapshot(project) == before


BIBTEX = r"""@inproceedings{furlanello2018born,
  title={Born-Again Neural Networks},
  author={Furlanello, Tommaso and Lipton, Zachary C. and Tschannen, Michael and Itti, Laurent and Anandkumar, Anima},
  booktitle={ICML},
  year={2018},
  eprint={1805.04770},
  archivePrefix={arXiv},
  url={https://arxiv.org/abs/1805.04770}
}
"""


def test_from_bibtex(project):
    (project / "entry.bib").write_text(BIBTEX, encoding="utf-8")
    result = kd(project, "add", "--from-bibtex", "entry.bib", "--families", "self")
    assert result.returncode == 0, result.stderr
    text = (project / "data/papers/self.yml").read_text(encoding="utf-8")
    assert "    - Anima Anandkumar\n" in text and "  venue: ICML\n" in text and "    arxiv: '1805.04770'\n" in text


def test_bad_bibtex_is_refused(project):
    (project / "entry.bib").write_text("@article{x, title={Unclosed", encoding="utf-8")
    before = snapshot(project)
    result = kd(project, "add", "--from-bibtex", "entry.bib", "--families", "self")
    assert result.returncode == 1 and "not valid BibTeX" in result.stderr
    assert snapshot(project) == before


def test_asks_for_the_fields_without_options(project):
    answers = "\n".join(["Born-Again Neural Networks", "Tommaso Furlanello, Zachary C. Lipton", "2018", "ICML",
                         "logits, self", "image-classification", "", "https://arxiv.org/abs/1805.04770",
                         "1805.04770", "", "", "https://github.com/example/born-again"]) + "\n"
    result = kd(project, "add", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert "Title 标题:" in result.stdout
    assert ENTRY in (project / "data/papers/logits.yml").read_text(encoding="utf-8")


def test_help_is_english_with_chinese():
    result = kd(".", "add", "--help")
    assert result.returncode == 0
    assert "--from-bibtex FILE" in result.stdout and "添加" in result.stdout

"""`kd check`, `kd fmt` and `kd readme` through the real console script, on a project copy and on the repository."""
from __future__ import annotations

from .conftest import LOGITS, RL, ROOT, kd, snapshot


def test_check_prints_every_problem_with_file_and_line(project):
    (project / "data/papers/logits.yml").write_text(LOGITS.replace("year: 2015", "year: 1850"), encoding="utf-8")
    (project / "data/papers/rl.yml").write_text(RL.replace("domains: [rl]", "domains: [robots]"), encoding="utf-8")
    result = kd(project, "check")
    assert result.returncode == 1
    assert "2 problems" in result.stderr
    assert "data/papers/logits.yml:20, entry 'hinton2015distilling', field 'year': 1850 is out of range" in result.stderr
    assert "data/papers/rl.yml:8, entry 'livne2020pops', field 'domains': unknown id 'robots'" in result.stderr


def test_check_passes_on_valid_data(project):
    result = kd(project, "check")
    assert result.returncode == 0 and "ok: 3 papers" in result.stdout


def test_fmt_orders_and_formats_keeping_the_header_and_is_idempotent(project):
    path = project / "data/papers/logits.yml"
    body = LOGITS.split("\n", 1)[1]
    zhang, hinton = body[: body.index("- id: hinton")], body[body.index("- id: hinton"):]
    messy = "# Response-based papers.\n" + hinton.replace("venue: arXiv", "venue: 'arXiv'") + zhang
    path.write_text(messy, encoding="utf-8")
    check = kd(project, "fmt", "--check")
    assert check.returncode == 1 and "would reformat data/papers/logits.yml" in check.stdout
    assert path.read_text(encoding="utf-8") == messy
    assert kd(project, "fmt").returncode == 0
    assert path.read_text(encoding="utf-8") == LOGITS
    before = snapshot(project)
    again = kd(project, "fmt")
    assert again.returncode == 0 and again.stdout == ""
    assert snapshot(project) == before
    assert kd(project, "fmt", "--check").returncode == 0


def test_fmt_refuses_to_drop_a_comment(project):
    path = project / "data/papers/rl.yml"
    path.write_text(RL.replace("  venue: IEEE JSTSP\n", "  venue: IEEE JSTSP  # journal\n"), encoding="utf-8")
    before = snapshot(project)
    result = kd(project, "fmt")
    assert result.returncode == 1 and "data/papers/rl.yml:7" in result.stderr and "would be lost" in result.stderr
    assert snapshot(project) == before


def test_fmt_refuses_invalid_data(project):
    (project / "data/papers/rl.yml").write_text(RL + "  - broken\n", encoding="utf-8")
    before = snapshot(project)
    result = kd(project, "fmt")
    assert result.returncode == 1 and "data/papers/rl.yml:12" in result.stderr
    assert snapshot(project) == before


def test_readme_check_fails_after_a_data_edit(project):
    assert kd(project, "readme").returncode == 0
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert readme.startswith((ROOT / "README.md").read_text(encoding="utf-8").split("<!-- BEGIN")[0])
    line = "- [Deep Mutual Learning](https://arxiv.org/abs/1706.00384) - 2018, CVPR. Ying Zhang, Tao Xiang."
    assert line in readme and line in (project / "lists/families/online.md").read_text(encoding="utf-8")
    assert kd(project, "readme", "--check").returncode == 0
    path = project / "data/papers/logits.yml"
    path.write_text(LOGITS.replace("Deep Mutual Learning", "Deep Mutual Learning Revisited"), encoding="utf-8")
    stale = kd(project, "readme", "--check")
    assert stale.returncode == 1 and "stale" in stale.stderr
    assert "  README.md\n  lists/families/logits.md\n  lists/families/online.md\n" in stale.stderr
    assert (project / "README.md").read_text(encoding="utf-8") == readme
    assert kd(project, "readme").returncode == 0
    assert kd(project, "readme", "--check").returncode == 0


def test_readme_removes_the_list_files_of_groups_that_no_longer_exist(project):
    assert kd(project, "readme").returncode == 0
    gone = project / "lists/families/gone"
    gone.mkdir()
    (gone / "2020.md").write_text("old\n", encoding="utf-8")
    (project / "lists/families/gone.md").write_text("old\n", encoding="utf-8")
    stale = kd(project, "readme", "--check")
    assert stale.returncode == 1 and "lists/families/gone.md" in stale.stderr and "lists/families/gone/2020.md" in stale.stderr
    (project / "data/papers/rl.yml").unlink()
    assert kd(project, "readme").returncode == 0
    assert sorted(p.relative_to(project).as_posix() for p in (project / "lists").rglob("*")) == [
        "lists/families", "lists/families/logits.md", "lists/families/online.md"]
    assert kd(project, "readme", "--check").returncode == 0


def test_committed_readme_and_data_are_up_to_date():
    assert kd(ROOT, "readme", "--check").returncode == 0
    assert kd(ROOT, "fmt", "--check").returncode == 0

"""The bad-input catalogue stays large and covers every category of issue 16: each case has a name and the failure
it guards against, across the data cases, the command cases, the CSV formula cases and the markup payloads."""
from __future__ import annotations

from collections import Counter

from cli.test_add import BAD as ADD_CASES
from cli.test_hostile_cli import CASES as COMMAND_CASES, DISK_FULL, LIMITED, SINGLE
from exports.test_formula_cells import CASES as FORMULA_CASES
from gates.hostile import PAYLOADS

from .bad_cases import CASES as PAPER_CASES
from .bad_results import CASES as RESULT_CASES

DATA_CASES = PAPER_CASES + RESULT_CASES

CATEGORIES = {"security", "data-loss", "validation", "traceback"}


def catalogue() -> list[tuple[str, str]]:
    """(name, category) of every bad-input case the tests run."""
    return ([(case.name, case.category) for case in DATA_CASES]
            + [(name, case[0]) for name, case in COMMAND_CASES.items()]
            + [(name, category) for name, (category, _) in SINGLE.items()]
            + [(name, "data-loss") for name in LIMITED] + [(name, "data-loss") for name in DISK_FULL]
            + [(f"csv-formula-{start!r}", "security") for start in FORMULA_CASES]
            + [(f"markup-payload-{payload}", "security") for payload in PAYLOADS]
            + [(f"add-{name}", "validation") for name in ADD_CASES])


def test_at_least_ninety_named_cases_in_every_category():
    cases = catalogue()
    assert len(cases) >= 90
    assert len({name for name, _ in cases}) == len(cases)
    counts = Counter(category for _, category in cases)
    assert set(counts) == CATEGORIES and min(counts.values()) >= 5, counts


def test_every_command_case_names_its_failure():
    described = [case[1] for case in [*COMMAND_CASES.values(), *SINGLE.values()]]
    described += [case[0] for case in [*LIMITED.values(), *DISK_FULL.values()]]
    assert all(isinstance(why, str) and len(why) > 15 for why in described)
    assert all(len(why) > 15 for why in FORMULA_CASES.values())

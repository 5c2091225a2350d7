"""Fixtures of the benchmark tests: the fixture library (tests/fixtures/valid) and a way to change its results."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kd.data.library import load_library

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


@pytest.fixture(scope="module")
def small_library():
    """The fixture library: 3 papers, 7 results on CIFAR-100."""
    return load_library(FIXTURE)


@pytest.fixture
def library_with(tmp_path):
    """Build the fixture library with some of its files replaced: library_with(**{"results.yml": text, ...})."""
    def build(**files: str):
        data = tmp_path / "data"
        shutil.copytree(FIXTURE, data)
        for name, text in files.items():
            (data / name.replace("__", "/")).write_text(text, encoding="utf-8")
        return load_library(data)
    return build

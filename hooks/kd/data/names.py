"""A label in both site languages (its own module: the bibliography's and the results' records both use it)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    """A label in both site languages."""

    zh: str
    en: str

    def in_lang(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

"""A candidate entry: one paper exactly as one source list states it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Candidate:
    """Facts about one paper taken from one line of one source file."""

    title: str
    source: str
    line: int
    section: tuple[str, ...] = ()
    authors: list[str] = field(default_factory=list)
    authors_complete: bool = True
    year: int | None = None
    venue: str | None = None
    arxiv: str | None = None
    paper_url: str | None = None
    code_urls: list[str] = field(default_factory=list)
    code_only: bool = False
    doi: str | None = None
    # the file within a source that holds several (papercopilot/paperlists: one file per venue-year)
    file: str = ""

    def as_dict(self) -> dict:
        """A plain mapping (for YAML output), leaving out empty fields."""
        raw = asdict(self)
        raw["section"] = list(self.section)
        return {key: value for key, value in raw.items() if value not in (None, [], ())}

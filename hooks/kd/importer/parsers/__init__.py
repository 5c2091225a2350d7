"""One parser per source list format; `parse_file` dispatches on the format name."""
from __future__ import annotations

from pathlib import Path

from ..candidate import Candidate
from . import danielmcpark, dkozlov, flhonker, hoangtran, ipl, lhyfst, lutingwang, tebmer

PARSERS = {
    "flhonker": flhonker, "ipl": ipl, "dkozlov": dkozlov,
    "lhyfst": lhyfst, "tebmer": tebmer, "danielmcpark": danielmcpark,
    "hoangtran": hoangtran, "lutingwang": lutingwang,
}


def parse_file(path: str | Path, fmt: str) -> list[Candidate]:
    """All candidate entries of one source file in the given format."""
    return PARSERS[fmt].parse(Path(path).read_text(encoding="utf-8"))


def format_of(filename: str) -> str | None:
    """The format of a file in the shared sources folder, from its name ("FLHonker__..." -> flhonker)."""
    owner = filename.split("__", 1)[0].casefold()
    return next((fmt for fmt in PARSERS if owner.startswith(fmt)), None)

"""CSV cells a spreadsheet will not run as formulas (papers.csv and results.csv)."""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell):
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a leading
    single quote, as OWASP recommends (papers.json and the .bib files keep the text exact)."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell

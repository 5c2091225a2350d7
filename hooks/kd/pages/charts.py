"""Static, accessible SVG charts written directly as markup; text stays <text>, ink follows currentColor."""
from __future__ import annotations

import math
import unicodedata

from kd.pages.escape import html_text

# Axes, ticks and labels are drawn in this colour: charts follow the page's light or dark scheme. The bars keep
# palette colours that read on both backgrounds.
INK = "currentColor"
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#8cd17d", "#499894", "#d37295", "#86bcb6", "#f1ce63", "#a0cbe8", "#bab0ac",
)
NEUTRAL = "#9e9e9e"
ACCENT = "#5c6bc0"
FONT_SIZE = 13  # in the SVG's own units; the chart scales with the page width
WIDTH = 640


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """An estimate of a label's width: wide (CJK) characters take a full em, others about 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else 0.6 * size for ch in text)


def nice_ticks(top: float, most: int = 5) -> list[int]:
    """Integer ticks from 0 that cover top in at most `most` steps of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0, 1]
    for power in range(int(math.log10(top)) + 2):
        for base in (1, 2, 5):
            step = base * 10 ** power
            if math.ceil(top / step) <= most:
                return list(range(0, step * math.ceil(top / step) + 1, step))
    return [0, top]


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, content: str, anchor: str = "middle", size: float = FONT_SIZE, extra: str = "") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" font-size="{_num(size)}"{extra}>'
            f"{html_text(content)}</text>")


def _svg(chart_id: str, title: str, desc: str, width: float, height: float, body: list[str]) -> str:
    """The chart as one inline <svg>: <title> and <desc> first and naming it, ids prefixed with chart_id."""
    prefix = html_text(chart_id)
    return (
        f'<svg class="kd-chart__svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'role="img" aria-labelledby="{prefix}-title {prefix}-desc" fill="{INK}">'
        f'<title id="{prefix}-title">{html_text(title)}</title><desc id="{prefix}-desc">{html_text(desc)}</desc>'
        + "".join(body) + "</svg>"
    )


def _value_axis(left: float, right: float, top: float, bottom: float, ticks: list[int], label: str,
                formatter=str) -> list[str]:
    """Horizontal grid lines with their tick labels at the left, and the axis label turned upright."""
    high = ticks[-1] or 1
    parts = []
    for tick in ticks:
        y = bottom - (bottom - top) * tick / high
        parts.append(f'<line x1="{_num(left)}" x2="{_num(right)}" y1="{_num(y)}" y2="{_num(y)}" '
                     f'stroke="{INK}" stroke-opacity=".15"/>')
        parts.append(_text(left - 6, y + 4, formatter(tick), "end"))
    if label:
        middle = (top + bottom) / 2
        parts.append(_text(14, middle, label, extra=f' transform="rotate(-90 14 {_num(middle)})"'))
    return parts


def _year_labels(labels, left: float, band: float, y: float, size: float = FONT_SIZE) -> tuple[list[str], float]:
    """One label per year bin under its band, in a smaller type when the bins are narrow and turned when even
    that does not fit; with the height the labels take below y."""
    widest = max((text_width(str(label), 1) for label in labels), default=0)
    size = min(size, max(9.0, (band - 3) / widest if widest else size))
    turn = widest * size > band - 2
    parts = []
    for i, label in enumerate(labels):
        x = left + band * (i + 0.5)
        if turn:
            parts.append(_text(x + 4, y, str(label), "end", size, f' transform="rotate(-45 {_num(x + 4)} {_num(y)})"'))
        else:
            parts.append(_text(x, y, str(label), size=size))
    return parts, (widest * size * 0.71 + 4 if turn else 4)


def _axis_line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" stroke="{INK}"/>'


def stacked_years(chart_id: str, title: str, desc: str, labels, series, ylabel: str) -> str:
    """Stacked bars per year bin; series is [(name, colour, counts aligned with labels)], with a legend below."""
    totals = [sum(counts[i] for _, _, counts in series) for i in range(len(labels))]
    ticks = nice_ticks(max(totals, default=0))
    left, right, top, bottom = 64, WIDTH - 8, 10, 300
    band = (right - left) / max(len(labels), 1)
    body = _value_axis(left, right, top, bottom, ticks, ylabel)
    base = [0] * len(labels)
    scale = (bottom - top) / (ticks[-1] or 1)
    for _, colour, counts in series:
        for i, count in enumerate(counts):
            if count:
                y = bottom - (base[i] + count) * scale
                body.append(f'<rect x="{_num(left + band * (i + 0.1))}" y="{_num(y)}" width="{_num(band * 0.8)}" '
                            f'height="{_num(count * scale)}" fill="{html_text(colour)}"/>')
            base[i] += count
    body.append(_axis_line(left, bottom, right, bottom))
    year_labels, below = _year_labels(labels, left, band, bottom + 18)
    body += year_labels
    columns, row_height, legend_top = 3, 20, bottom + 40 + below
    column_width = (WIDTH - 16) / columns
    for n, (name, colour, _) in enumerate(series):
        x, y = 8 + column_width * (n % columns), legend_top + row_height * (n // columns)
        body.append(f'<rect x="{_num(x)}" y="{_num(y - 10)}" width="11" height="11" fill="{html_text(colour)}"/>')
        body.append(_text(x + 16, y, name, "start", FONT_SIZE - 1))
    height = legend_top + row_height * math.ceil(len(series) / columns)
    return _svg(chart_id, title, desc, WIDTH, height, body)


def horizontal_bars(chart_id: str, title: str, desc: str, labels, values, xlabel: str, colours=None,
                    texts=None) -> str:
    """Horizontal bars, first label on top, each bar with its value (or its entry of texts) written at its end,
    drawn last; a value below zero draws no bar."""
    row = 26
    left = min(max((text_width(str(label)) for label in labels), default=0) + 14, WIDTH * 0.45)
    right, top = WIDTH - 44, 6
    bottom = top + row * max(len(labels), 1)
    ticks = nice_ticks(max(values, default=0))
    scale = (right - left) / (ticks[-1] or 1)
    body = []
    for tick in ticks:
        x = left + tick * scale
        body.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{top}" y2="{_num(bottom)}" stroke="{INK}" stroke-opacity=".15"/>')
        body.append(_text(x, bottom + 18, str(tick)))
    body.append(_axis_line(left, bottom, right, bottom))
    for i, (label, value) in enumerate(zip(labels, values)):
        colour = colours[i] if colours else ACCENT
        y = top + row * i
        body.append(f'<rect x="{_num(left)}" y="{_num(y + row * 0.15)}" width="{_num(max(value, 0) * scale)}" '
                    f'height="{_num(row * 0.7)}" fill="{html_text(colour)}"/>')
        body.append(_text(left - 8, y + row / 2 + 4, str(label), "end"))
    body.append(_text((left + right) / 2, bottom + 40, xlabel))
    texts = texts or [str(value) for value in values]
    body += [_text(left + max(value, 0) * scale + 4, top + row * i + row / 2 + 4, text, "start", FONT_SIZE - 1)
             for i, (value, text) in enumerate(zip(values, texts))]
    return _svg(chart_id, title, desc, WIDTH, bottom + 48, body)


def share_line(chart_id: str, title: str, desc: str, labels, shares, counts, ylabel: str) -> str:
    """A line of shares (0..1) per year bin, bins without papers left out; a point grows with its paper count."""
    left, right, top, bottom = 64, WIDTH - 8, 10, 220
    band = (right - left) / max(len(labels), 1)
    body = _value_axis(left, right, top, bottom, [0, 25, 50, 75, 100], ylabel, lambda tick: f"{tick}%")
    points = [(left + band * (i + 0.5), bottom - (bottom - top) * shares[i]) for i, c in enumerate(counts) if c]
    if points:
        path = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    biggest = max(counts, default=1) or 1
    for (x, y), count in zip(points, [c for c in counts if c]):
        body.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(2.5 + 4 * math.sqrt(count / biggest))}" '
                    f'fill="{ACCENT}"/>')
    body.append(_axis_line(left, bottom, right, bottom))
    year_labels, below = _year_labels(labels, left, band, bottom + 18)
    return _svg(chart_id, title, desc, WIDTH, bottom + 24 + below, body + year_labels)


def mini_years(chart_id: str, title: str, desc: str, labels, counts) -> str:
    """A small bar chart of papers per year bin (for a family page)."""
    width, left, top, bottom, size = 480, 36, 8, 124, FONT_SIZE - 2
    right = width - 4
    ticks = nice_ticks(max(counts, default=0), 4)
    band = (right - left) / max(len(labels), 1)
    scale = (bottom - top) / (ticks[-1] or 1)
    body = _value_axis(left, right, top, bottom, ticks, "")
    body += [f'<rect x="{_num(left + band * (i + 0.125))}" y="{_num(bottom - count * scale)}" width="{_num(band * 0.75)}" '
             f'height="{_num(count * scale)}" fill="{ACCENT}"/>' for i, count in enumerate(counts) if count]
    body.append(_axis_line(left, bottom, right, bottom))
    year_labels, below = _year_labels(labels, left, band, bottom + 16, size)
    return _svg(chart_id, title, desc, width, bottom + 20 + below, body + year_labels)

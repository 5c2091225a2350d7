"""Static, accessible SVG charts drawn with matplotlib's SVG backend; text stays <text>, ink follows currentColor."""
from __future__ import annotations

import functools
import io
import re

from .escape import html_text

# Everything drawn in this colour (axes, ticks, labels) becomes currentColor, so charts follow the
# page's light or dark scheme; the bars keep palette colours that read on both backgrounds.
INK = "#010203"
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#8cd17d", "#499894", "#d37295", "#86bcb6", "#f1ce63", "#a0cbe8", "#bab0ac",
)
NEUTRAL = "#9e9e9e"
ACCENT = "#5c6bc0"
FONT_SIZE = 10
# Sans fonts matplotlib measures text with; the browser renders the text in the page's own font.
MEASURE_FONTS = ("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC")


@functools.lru_cache(maxsize=1)
def _matplotlib():
    """Import matplotlib lazily (it costs about a second) and pick installed fonts for measuring."""
    import matplotlib
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    installed = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [f for f in MEASURE_FONTS if f in installed] or ["DejaVu Sans"]
    rc = {
        "svg.fonttype": "none", "svg.hashsalt": "kd", "font.family": fonts,
        "font.size": FONT_SIZE, "text.color": INK, "axes.labelcolor": INK, "axes.edgecolor": INK,
        "xtick.color": INK, "ytick.color": INK, "axes.spines.top": False, "axes.spines.right": False,
        "legend.frameon": False, "figure.dpi": 72,
    }
    return matplotlib, Figure, MaxNLocator, PercentFormatter, rc


def _new_figure(width: float, height: float, margins: dict | None = None):
    """A figure laid out by matplotlib (constrained), or with fixed margins, which is faster."""
    matplotlib, Figure, *_ = _matplotlib()
    if margins:
        figure = Figure(figsize=(width, height))
        figure.subplots_adjust(**margins)
        return figure
    return Figure(figsize=(width, height), layout="constrained")


_ID = re.compile(r'\bid="([^"]+)"')


def _finish(fig, chart_id: str, title: str, desc: str) -> str:
    """Serialise a figure into inline SVG: ids prefixed, <title>/<desc> first, ink as currentColor."""
    matplotlib, *_ , rc = _matplotlib()
    buffer = io.StringIO()
    with matplotlib.rc_context(rc):
        fig.savefig(buffer, format="svg", transparent=True, metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)
    ids = set(_ID.findall(svg))
    prefix = html_text(chart_id)
    svg = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', lambda m: m.group(1) + (f"{prefix}-{m.group(2)}" if m.group(2) in ids else m.group(2)), svg)
    svg = svg.replace(INK, "currentColor")
    svg = re.sub(r"font-family: [^;\"]*;?\s*", "", svg)
    svg = re.sub(r'\s(width|height)="[\d.]+pt"', "", svg, count=2)
    svg = svg.replace(
        "<svg ",
        f'<svg class="kd-chart__svg" role="img" aria-labelledby="{prefix}-title {prefix}-desc" ', 1,
    )
    opening_end = svg.index(">") + 1
    head = f'<title id="{prefix}-title">{html_text(title)}</title><desc id="{prefix}-desc">{html_text(desc)}</desc>'
    svg = svg[:opening_end] + head + svg[opening_end:]
    # No blank lines, so Markdown keeps the SVG as one raw HTML block.
    return "\n".join(line for line in svg.splitlines() if line.strip())


def _with_rc(draw):
    """Run a drawing function inside the chart rcParams, so every artist gets our colours and fonts."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        matplotlib, *_, rc = _matplotlib()
        with matplotlib.rc_context(rc):
            return draw(*args, **kwargs)
    return wrapper


def _year_axis(ax, labels) -> None:
    """Categorical year bins at 0..n-1, every one labelled; integer counts on the y axis."""
    _, _, MaxNLocator, _, _ = _matplotlib()
    ax.set_xticks(range(len(labels)), labels=list(labels))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.set_xlim(-0.6, len(labels) - 0.4)
    ax.grid(axis="y", color=INK, alpha=0.15, linewidth=0.6)
    ax.set_axisbelow(True)


@_with_rc
def stacked_years(chart_id: str, title: str, desc: str, labels, series, ylabel: str) -> str:
    """Stacked bars per year bin; series is [(name, colour, counts aligned with labels)]."""
    fig = _new_figure(8, 5.2)
    ax = fig.subplots()
    bottom = [0] * len(labels)
    for name, colour, counts in series:
        # Zero-height bars are left out: they draw nothing and cost time.
        shown = [i for i, c in enumerate(counts) if c]
        ax.bar(shown, [counts[i] for i in shown], bottom=[bottom[i] for i in shown],
               color=colour, width=0.8, label=name, linewidth=0)
        bottom = [b + c for b, c in zip(bottom, counts)]
    _year_axis(ax, labels)
    ax.set_ylabel(ylabel)
    fig.legend(loc="outside lower center", ncols=3, fontsize=FONT_SIZE - 1, handlelength=1, columnspacing=1.2)
    return _finish(fig, chart_id, title, desc)


@_with_rc
def horizontal_bars(chart_id: str, title: str, desc: str, labels, values, xlabel: str, colours=None) -> str:
    """Horizontal bars, first label on top, each bar with its value written at its end."""
    fig = _new_figure(8, 0.32 * max(len(labels), 1) + 0.9)
    ax = fig.subplots()
    positions = list(range(len(labels)))
    ax.barh(positions, values, color=colours or ACCENT, height=0.7, linewidth=0)
    ax.set_yticks(positions, labels=list(labels))
    ax.invert_yaxis()
    for y, value in zip(positions, values):
        ax.annotate(str(value), (value, y), xytext=(3, 0), textcoords="offset points", va="center",
                    fontsize=FONT_SIZE - 1, color=INK)
    ax.set_xlabel(xlabel)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(0, max(values, default=1) * 1.1 or 1)
    ax.grid(axis="x", color=INK, alpha=0.15, linewidth=0.6)
    ax.set_axisbelow(True)
    return _finish(fig, chart_id, title, desc)


@_with_rc
def share_line(chart_id: str, title: str, desc: str, labels, shares, counts, ylabel: str) -> str:
    """A line of shares (0..1) per year bin, bins without papers left out; a point grows with its paper count."""
    _, _, _, PercentFormatter, _ = _matplotlib()
    fig = _new_figure(8, 3.4)
    ax = fig.subplots()
    points = [i for i, c in enumerate(counts) if c]
    ax.plot(points, [shares[i] for i in points], color=ACCENT, linewidth=1.6)
    biggest = max(counts, default=1) or 1
    ax.scatter(points, [shares[i] for i in points], s=[12 + 60 * counts[i] / biggest for i in points],
               color=ACCENT, zorder=3, linewidths=0)
    _year_axis(ax, labels)
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_ylabel(ylabel)
    return _finish(fig, chart_id, title, desc)


@functools.lru_cache(maxsize=256)
def _mini_years_body(labels: tuple[str, ...], counts: tuple[int, ...]) -> str:
    """The language-free drawing of a small per-year bar chart, cached: both languages share it."""
    matplotlib, *_, rc = _matplotlib()
    with matplotlib.rc_context(rc):
        fig = _new_figure(6, 1.9, {"left": 0.07, "right": 0.99, "top": 0.95, "bottom": 0.16})
        ax = fig.subplots()
        ax.bar(range(len(labels)), counts, color=ACCENT, width=0.75, linewidth=0)
        _year_axis(ax, labels)
        ax.tick_params(axis="x", labelsize=FONT_SIZE - 2)
        return _finish(fig, "kd-mini", "", "")


def mini_years(chart_id: str, title: str, desc: str, labels, counts) -> str:
    """A small bar chart of papers per year bin (for a family page)."""
    body = _mini_years_body(tuple(labels), tuple(counts))
    prefix = html_text(chart_id)
    body = body.replace("kd-mini-", f"{prefix}-")
    body = body.replace(f'<title id="{prefix}-title"></title>', f'<title id="{prefix}-title">{html_text(title)}</title>', 1)
    return body.replace(f'<desc id="{prefix}-desc"></desc>', f'<desc id="{prefix}-desc">{html_text(desc)}</desc>', 1)

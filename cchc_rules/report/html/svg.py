"""Charts for the HTML reports as inline SVG, written by hand: small, exact and byte-stable.

Text stays real text (Vietnamese, selectable, read by screen readers); every chart carries a
<title> and <desc>; sizes live in the viewBox so a chart scales to the A4 column when printed.
No xmlns: inline <svg> in HTML5 needs none, so the page holds no "http" at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 760
_LABEL_W = 310  # room for a Vietnamese label left of each bar
_VALUE_W = 90   # room for the value right of each bar
_ROW_H = 26
_BAR_H = 16
_TOP = 8
PALETTE = ("#1f5f9e", "#d9822b", "#6b8e23", "#8e44ad")  # dark enough to print in grey
_TRACK = "#dfe6ee"


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value and (for points against max) the max drawn behind it."""

    label: str
    value: float
    max: float | None = None
    tooltip: str = ""


def _fmt(value: float) -> str:
    """Coordinates with at most two decimals, so output does not depend on float noise."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _open(title: str, desc: str, height: float, name: str) -> str:
    return (f'<svg class="chart" role="img" aria-labelledby="{name}-t {name}-d" '
            f'viewBox="0 0 {WIDTH} {_fmt(height)}" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{name}-t">{escape(title)}</title><desc id="{name}-d">{escape(desc)}</desc>')


def hbar_chart(bars: Sequence[Bar], title: str, desc: str, name: str,
               show: Callable[[float], str] = _fmt, scale: float | None = None) -> Markup:
    """Horizontal bars, one row each, the value (or "value / max") written at the bar's end; the
    full width stands for `scale` (a percent: 100), else for the largest value or max.

    Examples:
        >>> svg = hbar_chart([Bar("Văn phòng", 3)], "Phát hiện", "Số phát hiện", "a")
        >>> "Văn phòng" in svg and "<title id=\\"a-t\\">Phát hiện</title>" in svg
        True
    """
    scale_max = scale or max([b.max if b.max is not None else b.value for b in bars] + [1.0])
    span = WIDTH - _LABEL_W - _VALUE_W
    height = _TOP * 2 + _ROW_H * max(len(bars), 1)
    parts = [_open(title, desc, height, name)]
    for i, bar in enumerate(bars):
        y = _TOP + i * _ROW_H
        text_y = _fmt(y + _BAR_H - 3)
        parts.append(f'<g><title>{escape(bar.tooltip or bar.label)}</title>'
                     f'<text x="{_LABEL_W - 8}" y="{text_y}" text-anchor="end" class="lbl">'
                     f'{escape(_clip(bar.label, 40))}</text>')
        if bar.max is not None:
            parts.append(f'<rect x="{_LABEL_W}" y="{y}" width="{_fmt(span * bar.max / scale_max)}" '
                         f'height="{_BAR_H}" fill="{_TRACK}"/>')
        width = span * bar.value / scale_max
        parts.append(f'<rect x="{_LABEL_W}" y="{y}" width="{_fmt(width)}" height="{_BAR_H}" '
                     f'fill="{PALETTE[0]}"/>')
        shown = show(bar.value) + (f" / {show(bar.max)}" if bar.max is not None else "")
        end = _LABEL_W + span * (bar.max if bar.max is not None else bar.value) / scale_max
        parts.append(f'<text x="{_fmt(end + 6)}" y="{text_y}" class="val">{escape(shown)}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def grouped_columns(groups: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], title: str,
                    desc: str, name: str, show: Callable[[float], str] = _fmt) -> Markup:
    """Vertical columns, one group per category (a quarter), one colour per series, with a legend.

    Examples:
        >>> svg = grouped_columns(["2026-Q1", "2026-Q2"], [("Vi phạm", [1, 4])], "Xu hướng", "…", "t")
        >>> svg.count("<rect") - 1, "2026-Q2" in svg   # two columns and one legend swatch
        (2, True)
    """
    top, plot_h, axis_h, legend_h = 30, 180, 24, 24
    left, right = 40, 16
    height = top + plot_h + axis_h + legend_h
    peak = max([v for _, values in series for v in values] + [1.0])
    group_w = (WIDTH - left - right) / max(len(groups), 1)
    col_w = min(48.0, group_w * 0.8 / max(len(series), 1))
    parts = [_open(title, desc, height, name),
             f'<line x1="{left}" y1="{top + plot_h}" x2="{WIDTH - right}" y2="{top + plot_h}" class="axis"/>']
    for g, group in enumerate(groups):
        start = left + g * group_w + (group_w - col_w * len(series)) / 2
        for s, (label, values) in enumerate(series):
            value = values[g]
            h = plot_h * value / peak
            x = start + s * col_w
            parts.append(f'<g><title>{escape(f"{group} — {label}: {show(value)}")}</title>'
                         f'<rect x="{_fmt(x)}" y="{_fmt(top + plot_h - h)}" width="{_fmt(col_w - 4)}" '
                         f'height="{_fmt(h)}" fill="{PALETTE[s % len(PALETTE)]}"/>'
                         f'<text x="{_fmt(x + (col_w - 4) / 2)}" y="{_fmt(top + plot_h - h - 4)}" '
                         f'text-anchor="middle" class="val">{escape(show(value))}</text></g>')
        parts.append(f'<text x="{_fmt(left + g * group_w + group_w / 2)}" y="{top + plot_h + 17}" '
                     f'text-anchor="middle" class="lbl">{escape(group)}</text>')
    parts.append(_legend([label for label, _ in series], left, top + plot_h + axis_h + 14))
    parts.append("</svg>")
    return Markup("".join(parts))


def _legend(labels: Sequence[str], x0: float, y: float) -> str:
    parts, x = [], x0
    for s, label in enumerate(labels):
        parts.append(f'<rect x="{_fmt(x)}" y="{_fmt(y - 10)}" width="12" height="12" '
                     f'fill="{PALETTE[s % len(PALETTE)]}"/>'
                     f'<text x="{_fmt(x + 16)}" y="{_fmt(y)}" class="lbl">{escape(label)}</text>')
        x += 16 + 8 * len(label) + 24
    return "".join(parts)


# Light fills for the classification bands of a dot plot, best band first (printable in grey).
BAND_FILLS = ("#d7ecd9", "#e6f2cf", "#fbf0c9", "#fadfc6", "#f6d0cf", "#eeeeee")


@dataclass(frozen=True)
class Band:
    """A classification band of the scale: its label and the range [low, high)."""

    label: str
    low: float
    high: float


def scale_start(values: Sequence[float], top: float = 100.0) -> float:
    """Where a dot plot's axis starts: 5 points below the lowest value, down to a multiple of 10
    (never below 0), so that 67 and 88 stand far apart instead of on 100 bars from 0.

    Examples:
        >>> scale_start([88.43, 67.2]), scale_start([3.0]), scale_start([])
        (60.0, 0.0, 0.0)
    """
    if not values:
        return 0.0
    low = max(0.0, min(values) - 5)
    return min(float(int(low // 10) * 10), top - 10)


def dot_plot(rows: Sequence[Bar], bands: Sequence[Band], title: str, desc: str, name: str,
             show: Callable[[float], str] = _fmt, top: float = 100.0) -> Markup:
    """One row per item, a dot at its value on an axis from `scale_start` to `top`, with the
    classification bands drawn behind as coloured columns labelled at the top.

    Examples:
        >>> svg = dot_plot([Bar("Xã A", 88.4), Bar("Xã B", 67.2)], [Band("Tốt", 80, 90)], "Tổng điểm", "d", "p")
        >>> "<circle" in svg and "Tốt" in svg and ">60<" in svg
        True
    """
    low = scale_start([r.value for r in rows], top)
    span = WIDTH - _LABEL_W - _VALUE_W
    head = 22  # room for the bands' labels
    axis = 20
    height = head + _TOP + _ROW_H * max(len(rows), 1) + axis

    def x(value: float) -> float:
        return _LABEL_W + span * (min(max(value, low), top) - low) / (top - low)

    parts = [_open(title, desc, height, name)]
    body_top, body_bottom = head, head + _TOP + _ROW_H * max(len(rows), 1)
    for k, band in enumerate(sorted(bands, key=lambda b: -b.low)):
        a, b = max(band.low, low), min(band.high, top)
        if b <= a:
            continue
        fill = BAND_FILLS[min(k, len(BAND_FILLS) - 1)]
        parts.append(f'<g class="band"><title>{escape(band.label)}: {escape(show(band.low))}–{escape(show(band.high))}'
                     f'</title><rect x="{_fmt(x(a))}" y="{body_top}" width="{_fmt(x(b) - x(a))}" '
                     f'height="{body_bottom - body_top}" fill="{fill}"/>'
                     f'<text x="{_fmt((x(a) + x(b)) / 2)}" y="{head - 7}" text-anchor="middle" class="lbl">'
                     f'{escape(_clip(band.label, max(4, int((x(b) - x(a)) / 7))))}</text></g>')
    step = 5.0 if top - low <= 30 else 10.0
    tick = low
    while tick <= top + 1e-9:
        parts.append(f'<line x1="{_fmt(x(tick))}" y1="{body_top}" x2="{_fmt(x(tick))}" y2="{body_bottom}" '
                     f'stroke="#ffffff" stroke-width="1"/>'
                     f'<text x="{_fmt(x(tick))}" y="{body_bottom + 14}" text-anchor="middle" class="val">'
                     f'{escape(show(tick))}</text>')
        tick += step
    for i, row in enumerate(rows):
        y = body_top + _TOP + i * _ROW_H + _BAR_H / 2
        parts.append(f'<g><title>{escape(row.tooltip or row.label)}: {escape(show(row.value))}</title>'
                     f'<text x="{_LABEL_W - 8}" y="{_fmt(y + 4)}" text-anchor="end" class="lbl">'
                     f'{escape(_clip(row.label, 40))}</text>'
                     f'<line x1="{_LABEL_W}" y1="{_fmt(y)}" x2="{_fmt(x(row.value))}" y2="{_fmt(y)}" '
                     f'stroke="{_TRACK}" stroke-width="1" stroke-dasharray="2 2"/>'
                     f'<circle cx="{_fmt(x(row.value))}" cy="{_fmt(y)}" r="5" fill="{PALETTE[0]}"/>'
                     f'<text x="{_fmt(x(row.value) + 9)}" y="{_fmt(y + 4)}" class="val">{escape(show(row.value))}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))

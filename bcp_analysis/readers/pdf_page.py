"""What a PDF page holds, read with PDFium: its text as segments with their font, and the cells its rules draw.

A *segment* is a run of characters on one baseline without a gap wider than a word space;
it carries its font size and whether its font is bold (from the font's name or weight:
PDFium reports the weight of many bold fonts as 400). A list marker that stands apart from
its item (a bullet, then a tab) is joined to the item; a bullet from a symbol font's
private-use area (Word's Symbol bullet U+F0B7) becomes "•", a number or letter of a
numbered list ("1.", "a)") a "-".

A *cell* is a rectangle enclosed by the page's drawn rules: thin path objects (lines and
the edges of rectangles) are merged into horizontal and vertical rules, and every region
between two neighbouring vertical rules and two horizontal rules that cover it is a cell.
A bordered table so gives its cells, and so does a framed column.

Positions are those of the page as it is shown: a page turned by its ``/Rotate`` (a landscape
page stored as a portrait one turned a quarter) has its text and rules turned with it, so that
its lines run left to right as a reader sees them.
"""

import ctypes
import dataclasses
import re

__all__: list[str] = []  # nothing of it is used outside its layer

# A gap wider than this many font sizes between two characters on one baseline ends a segment.
_GAP = 0.8
# Characters whose baselines differ by less than this share of the font size stand on one line.
_BASELINE = 0.45
# A rule is a path object thinner than this (points); a box's edges are rules too.
_THIN = 3.0
_TOLERANCE = 2.0
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# PDFium's mark for a hyphen at a line end (any hyphen there, also one of a compound): an ordinary hyphen,
# which readers.hyphenation decides on; a typesetter's own hyphen (U+2010) stays as it is
_PDFIUM_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-", "\u00a0": " "})
_MARKER = re.compile(r"^(?:[-–—*•·●▪■◦►➢✓»«+o§]|[\ue000-\uf8ff]|\d{1,2}[.)]|[a-z][.)])$")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[a-z])[.)]$")


@dataclasses.dataclass(frozen=True)
class Segment:
    """A run of text on one line: its box (top-down coordinates), text, font size and weight."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float = 10.0
    bold: bool = False
    # (x where a word after the first starts, x where the word before it ends, its index in ``text``)
    words: tuple = ()

    def split_at(self, x):
        """The segment cut before the word that starts at ``x`` (within 1.5 pt), or None.

        Only a gap wider than every other word gap of the segment is cut: the words of a
        justified line stand evenly apart.
        """
        for index, (start, end, offset) in enumerate(self.words):
            others = [word[0] - word[1] for word in self.words if word[2] != offset]
            if abs(start - x) <= 1.5 and start - end > max(1.25 * max(others, default=0.0), 0.2 * self.size):
                left = Segment(self.x0, end, self.top, self.bottom, self.text[:offset].rstrip(), self.size,
                               self.bold, self.words[:index])
                right = Segment(start, self.x1, self.top, self.bottom, self.text[offset:], self.size, self.bold,
                                tuple((s, e, o - offset) for s, e, o in self.words[index + 1:]))
                return left, right
        return None


@dataclasses.dataclass(frozen=True)
class Cell:
    """A rectangle enclosed by drawn rules (top-down coordinates)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, segment):
        middle_x = (segment.x0 + segment.x1) / 2
        middle_y = (segment.top + segment.bottom) / 2
        return self.x0 <= middle_x <= self.x1 and self.top <= middle_y <= self.bottom


def page_content(page):
    """Return (segments, cells, height) of a pypdfium2 page, as the page is shown."""
    height = page_size(page)[1]
    segments = _marked(_segments(page, height))
    return segments, _cells(page, height), height


def page_segments(page):
    """Return the segments of a pypdfium2 page, as the page is shown (without its cells)."""
    return _marked(_segments(page, page_size(page)[1]))


def page_size(page):
    """Return (width, height) of a pypdfium2 page as it is shown (turned by its rotation)."""
    width, height = page.get_width(), page.get_height()
    return (height, width) if page.get_rotation() in (90, 270) else (width, height)


def shown_box(page):
    """A function from a box in the page's own space (left, bottom, right, top) to (x0, top, x1, bottom) as shown."""
    width, height = page.get_width(), page.get_height()
    rotation = page.get_rotation()
    if rotation == 90:
        return lambda left, bottom, right, top: (bottom, left, top, right)
    if rotation == 180:
        return lambda left, bottom, right, top: (width - right, bottom, width - left, top)
    if rotation == 270:
        return lambda left, bottom, right, top: (height - top, width - right, height - bottom, width - left)
    return lambda left, bottom, right, top: (left, height - top, right, height - bottom)


def page_rules(page):
    """Return the drawn rules of a pypdfium2 page: (horizontal as (y, x0, x1), vertical as (x, y0, y1)), top-down."""
    return _rules(page, page_size(page)[1])


# --- text --------------------------------------------------------------------------------

def _segments(page, height):
    import pypdfium2.raw as raw

    owner = page.get_textpage()   # kept alive while its raw handle is used
    textpage = owner.raw          # the raw handle: no wrapper conversion on each of the calls below
    count = raw.FPDFText_CountChars(textpage)
    box = raw.FS_RECTF()
    box_pointer = ctypes.byref(box)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    segments = []
    run = []   # (char, x0, x1, top, bottom, size, bold, baseline)
    bold_cache = {}
    shown = shown_box(page)

    def close():
        if run:
            printed = [piece for piece in run if not piece[0].isspace()]
            if printed:
                text, words, previous = "", [], None
                for piece in run:
                    if piece[0].isspace():
                        previous = previous if previous is None else ("space", previous[1])
                        continue
                    if previous is not None and previous[0] == "space":
                        text += " "
                        words.append((piece[1], previous[1], len(text)))
                    text += piece[0].translate(_PDFIUM_MARKS)
                    previous = ("char", piece[2])
                segments.append(Segment(
                    min(piece[1] for piece in printed), max(piece[2] for piece in printed),
                    min(piece[3] for piece in printed), max(piece[4] for piece in printed), text,
                    max(piece[5] for piece in printed),
                    sum(piece[6] for piece in printed) * 2 > len(printed), tuple(words)))
            run.clear()

    for index in range(count):
        char = chr(raw.FPDFText_GetUnicode(textpage, index))
        if char in "\r\n":
            close()
            continue
        if char.isspace() or char in "\x00":
            if run:
                run.append((" ",) + run[-1][2:3] * 2 + run[-1][3:])
            continue
        raw.FPDFText_GetLooseCharBox(textpage, index, box_pointer)
        size = raw.FPDFText_GetFontSize(textpage, index)
        raw.FPDFText_GetFontInfo(textpage, index, name, 128, flags)
        font = name.value
        bold = bold_cache.get(font)
        if bold is None:
            bold = bold_cache[font] = (bool(_BOLD_NAME.search(font.decode("latin-1"))) or bool(flags.value & (1 << 18))
                                       or raw.FPDFText_GetFontWeight(textpage, index) >= 600)
        # the loose box spans the font's ascent and descent: the same for every character of a line
        x0, top, x1, bottom = shown(box.left, box.bottom, box.right, box.top)
        piece = (char, x0, x1, top, bottom, size, bold, bottom)
        if run:
            last = next(item for item in reversed(run) if not item[0].isspace())
            line_size = max(size, last[5], 1.0)
            new_line = abs(bottom - last[7]) > _BASELINE * line_size
            if new_line or piece[1] - last[2] > _GAP * line_size or piece[2] < last[1] - 0.5 * line_size:
                close()
        run.append(piece)
    close()
    return segments


def _marked(segments):
    """Join a list marker standing apart to the item on its right (nearest pairs first); normalise the marker."""
    markers = [segment for segment in segments if _MARKER.match(segment.text)]
    if not markers:
        return segments
    pairs = []   # (gap, marker number, item): every item a marker may stand before
    for number, marker in enumerate(markers):
        middle = (marker.top + marker.bottom) / 2
        for segment in segments:
            if segment is marker or _MARKER.match(segment.text):
                continue
            if (0 <= segment.x0 - marker.x1 <= 4 * max(segment.size, 1.0)
                    and segment.top - 0.3 * segment.size <= middle <= segment.bottom + 0.3 * segment.size):
                pairs.append((segment.x0 - marker.x1, number, segment))
    # the nearest marker first: a line's last word "-" beside a column's "•" item is no marker of it
    taken, joined = set(), {}
    for _, number, best in sorted(pairs, key=lambda pair: (pair[0], pair[1])):
        marker = markers[number]
        if id(best) in taken or id(marker) in joined:
            continue
        symbol = "-" if _NUMBERED.match(marker.text) else ("•" if "\ue000" <= marker.text <= "\uf8ff" else marker.text)
        taken.add(id(best))
        joined[id(marker)] = None
        joined[id(best)] = Segment(marker.x0, best.x1, min(marker.top, best.top), max(marker.bottom, best.bottom),
                                   f"{symbol} {best.text}", best.size, best.bold)
    result = []
    for segment in segments:
        if id(segment) in joined:
            if joined[id(segment)] is not None:
                result.append(joined[id(segment)])
        else:
            result.append(segment)
    return [_private_bullet(segment) for segment in result]


def _private_bullet(segment):
    """A bullet of a symbol font (private-use area) at the start of a segment is '•'."""
    if segment.text and "\ue000" <= segment.text[0] <= "\uf8ff":
        return dataclasses.replace(segment, text="•" + segment.text[1:])
    return segment


# --- rules and cells ---------------------------------------------------------------------

def _rules(page, height):
    """The page's horizontal rules (y, x0, x1) and vertical rules (x, y0, y1), top-down, merged."""
    import pypdfium2.raw as raw

    horizontal, vertical = [], []
    shown = shown_box(page)
    for item in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, top, right, bottom = shown(*item.get_bounds())
        width, tall = right - left, bottom - top
        if width < _THIN and tall > _THIN:
            vertical.append(((left + right) / 2, top, bottom))
        elif tall < _THIN and width > _THIN:
            horizontal.append(((top + bottom) / 2, left, right))
        elif width >= _THIN and tall >= _THIN:
            horizontal += [(top, left, right), (bottom, left, right)]
            vertical += [(left, top, bottom), (right, top, bottom)]
    return _merge(horizontal), _merge(vertical)


def _merge(rules):
    """Collinear rules that touch or overlap, as one."""
    merged = []
    for position, start, end in sorted(rules, key=lambda rule: (round(rule[0]), rule[1])):
        # touching or overlapping (a rule at a nearby position that sorts before it may lie elsewhere on the page)
        if merged and abs(merged[-1][0] - position) <= _TOLERANCE and start <= merged[-1][2] + _TOLERANCE \
                and end >= merged[-1][1] - _TOLERANCE:
            last = merged[-1]
            merged[-1] = (last[0], last[1], max(last[2], end))
        else:
            merged.append((position, start, end))
    return merged


def _covers(rules, position, start, end):
    """Whether one of ``rules`` stands at ``position`` and covers most of [start, end]."""
    return any(abs(rule[0] - position) <= _TOLERANCE and min(rule[2], end) - max(rule[1], start)
               >= 0.8 * (end - start) for rule in rules)


def _cells(page, height):
    horizontal, vertical = _rules(page, height)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    ys = sorted({round(rule[0], 1) for rule in horizontal})
    cells = []
    open_cells = {}   # (x0, x1) -> top of a cell still open downwards
    for upper, lower in zip(ys, ys[1:]):
        if lower - upper < _THIN:
            continue
        spanning = sorted(rule[0] for rule in vertical
                          if rule[1] <= upper + _TOLERANCE and rule[2] >= lower - _TOLERANCE)
        spanning = [x for index, x in enumerate(spanning) if index == 0 or x - spanning[index - 1] > _THIN]
        still_open = {}
        for x0, x1 in zip(spanning, spanning[1:]):
            top = open_cells.get((round(x0), round(x1)))
            if top is None:
                if not _covers(horizontal, upper, x0, x1):
                    continue
                top = upper
            if _covers(horizontal, lower, x0, x1):
                cells.append(Cell(x0, top, x1, lower))
            else:
                still_open[(round(x0), round(x1))] = top
        open_cells = still_open
    return cells

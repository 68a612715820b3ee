"""The grammar of werkproces and kerntaak codes as schools print them: B1-K1-W1, P2-K1, ranges, lists, broken lines.

A kwalificatiedossier names a kerntaak ``B1-K1`` (basisdeel) or ``P2-K1`` (profieldeel) and a
werkproces ``B1-K1-W1``. Programme documents print them in many ways, and every one of them is
read here into the codes it stands for:

- a range: ``B1-K1-W1 t/m W5``, ``B1-K1-W1 t/m 5``, ``B1-K1-W1 tot en met B1-K1-W3``, ``B1-K1-W1 - W3``;
- a list: ``B1-K1-W2 & W3``, ``B1-K1-W1, W2 en W4``, ``B1-K1-W1/W2``, ``B1-K1-W1, 2 en 3`` (numbers alone
  only where nothing but the list follows them: ``B1-K1-W1, 2 uur`` is one code);
- a kerntaak and its werkprocessen: ``B1-K1: W1 t/m W3``, ``B1-K1 W1, W2``; ``WP`` for ``W``: ``B1-K1-WP1``;
- spaces, case and dashes: ``B1-K2- W1``, ``B1-k1-w1``, ``B1 - K1 - W1``, ``B1‑K1‑W1`` (a non-breaking hyphen or
  an en dash), ``B1K1W1`` (without dashes only whole, in capitals);
- a code broken over two lines: ``B1-`` / ``K1-W1``;
- a range broken over a line end: ``B1-K1: W1 t/`` / ``m W6``, ``B1-K1-W1 t/m`` / ``5``, ``WP 1.1 t/m WP`` / ``1.4``,
  also where the lines hold other cells of a table set in columns (``B1-K1: W1 t/    4 uur`` /
  ``2    m W6``, ``B1-K1-W3 &    4 uur`` / ``W4``, ``B1-K2-W1    90`` / ``t/m 5    minuten``): the end
  is the one cell of the next line that ends the range or goes on in the list (a number alone only
  where no other cell could), else the range is not joined;
- a "?" where a font without a character map lost a dash or a letter: ``B1?K1?W1``, ``B1-?1-W1``.

Bare werkprocessen (``W1 t/m W5``) are read only where the caller knows their kerntaak
(``kerntaak=``). A "?" in place of the B or P of a code cannot be read (basisdeel or profieldeel?):
it is returned as a problem, never guessed. Every code keeps the line it starts on.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

__all__ = ["CodeHit", "find_codes", "kerntaak_of"]

_DASH = r"[-\u2010-\u2015?]"
# a dash (spaces and a line break around it), or a dot between letter and number: "B1.K1.W1" (never "1.1.2")
_SEP = rf"(?:[ \t]*{_DASH}[ \t]*\n?[ \t]*|\.(?=[KkWw]\d))"
# B1-K1(-W1): a code, with dashes that may be '?', spaces and one line break after a dash.
# Without dashes only whole and in capitals: "B1K1W4" (never "B1K1", a kerntaak alone).
_CODE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<deel>[BbPp?])(?P<deelnr>\d{{1,2}})(?:{_SEP}|(?=K\d{{1,2}}W\d))(?P<k>[Kk?])(?P<knr>\d{{1,2}})"
    rf"(?!{_SEP}[Ww][Pp]?[ \t]*\d{{1,2}}\.\d)"
    rf"(?:(?:{_SEP}|(?=W\d))(?P<w>[Ww?])[Pp]?[ \t]*(?P<wnr>\d{{1,2}}))?(?![0-9]|\.\d)")
# the end of a range: with its W or its kerntaak ("t/m W6", "t/m B1-K1-W6", past a line break too), or a number
# alone right after it ("t/m 5", "t/m5") or on the next line ("t/m" / "5")
_RANGE = re.compile(
    rf"\s*(?:t\.?/\s*m\.?|tot\s+en\s+met)"
    rf"(?:\s*(?:[BbPp]\d{{1,2}}{_SEP}[Kk?]\d{{1,2}}{_SEP}(?:[Ww?][ \t]*)?|[Ww?][ \t]*)"
    r"(?P<end>\d{1,2})(?![0-9])|(?:[ \t]?|[ \t]*\n[ \t]*)(?P<number>\d{1,2})(?![0-9]))", re.IGNORECASE)
# A code, or a range's or list's word after it, that ends a cell of a line set in columns (two spaces or more, or
# the line's end, after it): the range's end or the list's next werkproces may stand in a cell of the next line,
# between other cells ("B1-K1: W1 t/    4 uur" / "2    m W6", "B1-K1-W3 &    4 uur" / "bekwaamheid    W4",
# "B1-K2-W1    90" / "t/m 5    minuten", "B1-K1-W1 t/m B1-    90" / "K1-W6    minuten",
# "P2-K1-W2 t/m P2-K1-    2 weken" / "W4").
_CUT_CODE = r"[BbPp]\d{1,2}[ \t]*-(?:[ \t]*[Kk]\d{1,2}[ \t]*-)?"   # "t/m B1-", "t/m B1-K1-": the end's code begun
_RANGE_CUT = re.compile(rf"[ \t]*(?P<word>t\.?/(?:m\.?(?:[ \t]*(?:[Ww][Pp]?|[Ww]erkproces|{_CUT_CODE}))?)?|[,&+]|en)?"
                        r"(?=[ \t]{2,}\S|[ \t]*(?:\n|$))", re.IGNORECASE)
_PIECE = re.compile(r"\S+(?: \S+)*")
# "W1 - W3", "W1-W3": a range where a dash stands between two werkprocessen
_DASH_RANGE = re.compile(r"[ \t]*[-\u2013][ \t]*[Ww][Pp]?[ \t]*(?P<end>\d{1,2})(?![0-9]|[ \t]*-[ \t]*[Kk]\d)")
_LIST = re.compile(r"\s*(?:,|&|\+|/|\ben\b)\s*[Ww][Pp]?[ \t]*(?P<nr>\d{1,2})(?![0-9]|\s*-\s*[Kk]\d)")
# "B1-K1-W1, 2 en 3", "B1-K1-W1,2,3": numbers alone in a list after a werkproces, read only where the list ends
# the cell or line, or another code follows it ("B1-K1-W4, 2,5 uur" is one code)
_LIST_NUMBERS = re.compile(r"(?:[ \t]*(?:,|&|\+|/|\ben\b)[ \t]*\d{1,2}(?![0-9]))+"
                           r"(?=[ \t]*(?:$|[;)\n]|[,&]?[ \t]*(?:en[ \t]+)?[BbPp]\d|t\.?/\s*m|tot\s+en\s+met))")
_KERNTAAK_W = re.compile(r"(?:[ \t]*:\s*|[ \t]+)[Ww][Pp]?[ \t]*(?P<nr>\d{1,2})(?![0-9]|[ \t]*-)")
_BARE = re.compile(r"(?<![A-Za-z0-9-])[Ww](?P<nr>\d{1,2})(?![0-9]|[ \t]*-)")
# A BCP's codes: werkproces "WP 1.1" (wp 1.1, WP1.1, WP / 1.1 over two lines, werkproces 1.1), kerntaak "Kerntaak 1"
# or "KT1" (in capitals).
# A number alone (1.5 uur, versie 2.1) is no code: a werkproces needs its WP, a kerntaak its word.
_END = r"(?![0-9]|[.,]\d)"
_BCP = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:[Ww][Pp]|[Ww]erkproces)[ \t]*\n?[ \t]*(?P<k>\d{{1,2}})\.(?P<w>\d{{1,2}}){_END}"
    rf"|(?:[Kk]erntaak[ \t]+|KT[ \t]?)(?P<kerntaak>\d{{1,2}}){_END})")
_BCP_RANGE = re.compile(
    rf"\s*(?:t\.?/\s*m\.?|tot\s+en\s+met)\s*(?:(?:[Ww][Pp]|[Ww]erkproces)\s*)?"
    rf"(?P<k>\d{{1,2}})\.(?P<end>\d{{1,2}}){_END}",
    re.IGNORECASE)
_NAMED_BY_CODE = re.compile(r"[ \t]*[:(.\u2013-]?[ \t]*[BbPp]\d{1,2}[ \t]*[-\u2010-\u2015][ \t]*[Kk]\d")
_BCP_LIST = re.compile(rf"\s*(?:,|&|\+|\ben\b)\s*(?P<k>\d{{1,2}})\.(?P<nr>\d{{1,2}}){_END}")


@dataclasses.dataclass(frozen=True)
class CodeHit:
    """One code read from a text: a werkproces (with its kerntaak) or a kerntaak alone.

    Attributes
    ----------
    werkproces_id : str
        ``B1-K1-W1``; "" for a kerntaak named alone, and for a code that cannot be read.
    kerntaak_id : str
        ``B1-K1``; "" for a code that cannot be read.
    regel : int
        The line of the text the code starts on (``first_line`` for the text's first line).
    printed : str
        The code as printed, the range or list it came from included.
    problem : str
        "" for a code read; else what is wrong, in Dutch (the code then has no ids).
    start, end : int
        Where ``printed`` stands in the text (the codes of one range or list share it).
    """

    werkproces_id: str
    kerntaak_id: str
    regel: int
    printed: str
    problem: str = ""
    start: int = 0
    end: int = 0


def kerntaak_of(werkproces_id: str) -> str:
    """Return the kerntaak of a werkproces code.

    >>> kerntaak_of("P2-K1-W3")
    'P2-K1'
    >>> kerntaak_of("1.4")
    '1'
    """
    if "-" not in werkproces_id:
        return werkproces_id.split(".", 1)[0]
    return werkproces_id.rsplit("-", 1)[0]


def _line_of(starts, offset, first_line):
    return first_line + bisect.bisect_right(starts, offset) - 1


def find_codes(text: str, kerntaak: str | None = None, first_line: int = 1) -> list[CodeHit]:
    """Return every code of a text, ranges and lists expanded, in the order of the text.

    Parameters
    ----------
    text : str
        One or more lines (a table cell, a page's line, a whole document).
    kerntaak : str, optional
        The kerntaak that bare werkprocessen (``W1 t/m W5``, ``W2 & W3``) belong to, where the
        document says it elsewhere (the row's or the section's kerntaak). Without it bare
        werkprocessen are not read.
    first_line : int
        The number of the text's first line.

    Returns
    -------
    list of CodeHit

    Examples
    --------
    >>> [hit.werkproces_id for hit in find_codes("B1-K1-W1 t/m 3 en B1-K2- W1")]
    ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K2-W1']
    >>> [(hit.werkproces_id, hit.regel) for hit in find_codes("examen\\nB1-\\nk1-W2 & W3")]
    [('B1-K1-W2', 2), ('B1-K1-W3', 2)]
    >>> [hit.werkproces_id for hit in find_codes("B1\u2013K1\u2013W1, B1 - K1 - W2 en B1K1W3; B1K1 and B12K1W")]
    ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3']
    >>> [hit.werkproces_id for hit in find_codes("B1-K1-W1,2 en 3; B1-K2-W1 - W3; P1-K1 W1, WP2; B1-K1-W4, 2,5 uur")]
    ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K2-W1', 'B1-K2-W2', 'B1-K2-W3', 'P1-K1-W1', 'P1-K1-W2', 'B1-K1-W4']
    >>> [hit.werkproces_id for hit in find_codes("P2-K1: W1 t/m W3")]
    ['P2-K1-W1', 'P2-K1-W2', 'P2-K1-W3']
    >>> [hit.werkproces_id for hit in find_codes("B1-K1: W1 t/    4 uur\\n2    m W3; B1-K2-W1 t/m   1 uur\\n3")]
    ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3', 'B1-K2-W1', 'B1-K2-W2', 'B1-K2-W3']
    >>> [hit.werkproces_id for hit in find_codes("W1 t/m W3", kerntaak="P2-K1")]
    ['P2-K1-W1', 'P2-K1-W2', 'P2-K1-W3']
    >>> [hit.werkproces_id or hit.kerntaak_id for hit in find_codes("WP 1.1 t/m 1.3, wp 2.1 & 2.2; Kerntaak 3")]
    ['1.1', '1.2', '1.3', '2.1', '2.2', '3']
    >>> [hit.kerntaak_id for hit in find_codes("Kerntaak 2 (B1-K2) Beheert accounts")]
    ['B1-K2']
    >>> find_codes("1,5 uur, versie 2.1, weging 50%")
    []
    >>> find_codes("?1-K1-W1")[0].problem
    "de B of P van deze code is als '?' gelezen"
    """
    starts = [0] + [match.end() for match in re.finditer(r"\n", text)]
    hits: list[CodeHit] = []
    taken: list[tuple[int, int]] = []
    cuts: list[tuple[int, int]] = []   # the ends of ranges cut over a line end, read with their start
    position = 0
    while (match := _CODE.search(text, position)) is not None:
        position = match.end()
        if any(start <= match.start() < end for start, end in cuts):
            continue
        line = _line_of(starts, match.start(), first_line)
        deel = match["deel"].upper()
        if deel == "?":
            hits.append(CodeHit("", "", line, match.group(0), "de B of P van deze code is als '?' gelezen",
                                *match.span()))
            taken.append(match.span())
            continue
        kerntaak_id = f"{deel}{int(match['deelnr'])}-K{int(match['knr'])}"
        bare = _KERNTAAK_W.match(text, match.end()) if match["wnr"] is None else None
        if bare is not None:   # "B1-K1: W1 t/m W3": the werkprocessen of the kerntaak named before them
            numbers, end = _continuation(text, bare.end(), int(bare["nr"]), cuts)
            hits.extend(CodeHit(f"{kerntaak_id}-W{number}", kerntaak_id, line, text[match.start():end], "",
                                match.start(), end) for number in numbers)
            taken.append((match.start(), end))
            position = end
            continue
        if match["wnr"] is None:
            hits.append(CodeHit("", kerntaak_id, line, match.group(0), "", *match.span()))
            taken.append(match.span())
            continue
        numbers, end = _continuation(text, match.end(), int(match["wnr"]), cuts)
        printed = text[match.start():end]
        hits.extend(CodeHit(f"{kerntaak_id}-W{number}", kerntaak_id, line, printed, "", match.start(), end)
                    for number in numbers)
        taken.append((match.start(), end))
        position = end
    taken += cuts
    hits.extend(_bcp(text, starts, first_line, taken))
    if kerntaak and "-" in kerntaak:
        hits.extend(_bare(text, kerntaak, starts, first_line, taken))
    hits.sort(key=lambda hit: hit.start)
    return hits


def _bcp(text, starts, first_line, taken):
    """A BCP's codes outside the codes already read: WP 1.1 (ranges and lists expanded) and Kerntaak 1."""
    hits = []
    for match in _BCP.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        line = _line_of(starts, match.start(), first_line)
        if match["kerntaak"] is not None:
            if _NAMED_BY_CODE.match(text, match.end()):
                continue   # "Kerntaak 2 (B1-K2)": the kerntaak is the code that follows, not a BCP's kerntaak 2
            hits.append(CodeHit("", str(int(match["kerntaak"])), line, match.group(0), "", *match.span()))
            continue
        kerntaak = int(match["k"])
        numbers, end = [int(match["w"])], match.end()
        while True:
            ranged = _BCP_RANGE.match(text, end)
            listed = _BCP_LIST.match(text, end)
            if ranged is None and listed is None:
                end = _bcp_cut(text, end, kerntaak, numbers, taken)
                break
            if ranged is not None and int(ranged["k"]) == kerntaak and int(ranged["end"]) > numbers[-1]:
                numbers.extend(range(numbers[-1] + 1, int(ranged["end"]) + 1))
                end = ranged.end()
            elif listed is not None and int(listed["k"]) == kerntaak:
                numbers.append(int(listed["nr"]))
                end = listed.end()
            else:
                break
        taken.append((match.start(), end))
        hits.extend(CodeHit(f"{kerntaak}.{number}", str(kerntaak), line, text[match.start():end], "", match.start(),
                            end) for number in dict.fromkeys(numbers))
    return hits


def _bcp_cut(text, position, kerntaak, numbers, taken):
    """Add to ``numbers`` a BCP range's end or list's next werkproces that stands in a cell of the next line
    (:func:`_cut_range`), its span to ``taken``; the end of what was read."""
    cut = _cut_range(text, position, _BCP_RANGE)
    if cut is not None and int(cut[0]["k"]) == kerntaak and int(cut[0]["end"]) > numbers[-1]:
        numbers.extend(range(numbers[-1] + 1, int(cut[0]["end"]) + 1))
    elif (cut := _cut_range(text, position, _BCP_LIST)) is not None and int(cut[0]["k"]) == kerntaak:
        numbers.append(int(cut[0]["nr"]))
    else:
        return position
    taken.append(cut[1])
    return _RANGE_CUT.match(text, position).end()


def _cut_range(text, position, pattern):
    """(the range's match, the span of its end) where a range's word at ``position`` ends a cell and its end stands
    in a cell of the next line, read by ``pattern`` after the word; else None.

    The next line's cells (apart by two spaces or more) that the word joins into a range are its
    candidates: one that ends the range with its "m", W or code ("m W6", "W6", "B1-K1-W6", "1.4")
    is taken where it is the only such cell; a number alone ("5"), only where no cell of those
    and no other number alone stands in the line. Else the range is not joined (its end is not
    guessed).
    """
    cut = _RANGE_CUT.match(text, position)
    line_end = text.find("\n", cut.end()) if cut is not None else -1
    if line_end < 0:
        return None
    next_end = text.find("\n", line_end + 1)
    strong, weak = [], []
    for piece in _PIECE.finditer(text, line_end + 1, len(text) if next_end < 0 else next_end):
        word = f"{cut['word']} " if cut["word"] else ""
        joined = word + piece.group(0)
        match = pattern.match(joined)
        if match is None or match.end() <= len(word):
            continue
        span = (piece.start(), piece.start() + match.end() - len(word))
        if "number" not in pattern.groupindex or match["number"] is None or word.endswith("/ "):
            strong.append((match, span))
        elif match.end() == len(joined):
            weak.append((match, span))
    found = strong if strong else weak
    return found[0] if len(found) == 1 else None


def _continuation(text, position, first, cuts):
    """The werkproces numbers of a code and the range or list that follows it; the end of what was read.

    A range's end read from the next line (:func:`_cut_range`) adds its span to ``cuts``.
    """
    numbers = [first]
    while True:
        ranged = _RANGE.match(text, position)
        last = ranged and int(ranged["end"] or ranged["number"])
        if ranged is not None and last > numbers[-1]:
            numbers.extend(range(numbers[-1] + 1, last + 1))
            position = ranged.end()
            continue
        ranged = _DASH_RANGE.match(text, position)
        if ranged is not None and int(ranged["end"]) > numbers[-1]:
            numbers.extend(range(numbers[-1] + 1, int(ranged["end"]) + 1))
            position = ranged.end()
            continue
        listed = _LIST_NUMBERS.match(text, position)
        if listed is not None:
            numbers.extend(int(number) for number in re.findall(r"\d+", listed.group(0)))
            position = listed.end()
            continue
        listed = _LIST.match(text, position)
        if listed is not None:
            numbers.append(int(listed["nr"]))
            position = listed.end()
            continue
        cut = _cut_range(text, position, _RANGE)
        if cut is not None and int(cut[0]["end"] or cut[0]["number"]) > numbers[-1]:
            numbers.extend(range(numbers[-1] + 1, int(cut[0]["end"] or cut[0]["number"]) + 1))
        elif (cut := _cut_range(text, position, _LIST)) is not None:
            numbers.append(int(cut[0]["nr"]))
        if cut is not None:
            cuts.append(cut[1])
            position = _RANGE_CUT.match(text, position).end()
        return list(dict.fromkeys(numbers)), position


def _bare(text, kerntaak, starts, first_line, taken):
    """Bare werkprocessen (``W1 t/m W5``) outside the codes already read, for the given kerntaak."""
    position = 0
    hits = []
    while True:
        match = _BARE.search(text, position)
        if match is None:
            return hits
        if any(start <= match.start() < end for start, end in taken):
            position = match.end()
            continue
        numbers, end = _continuation(text, match.end(), int(match["nr"]), taken)
        line = _line_of(starts, match.start(), first_line)
        hits.extend(CodeHit(f"{kerntaak}-W{number}", kerntaak, line, text[match.start():end], "", match.start(), end)
                    for number in numbers)
        position = end

"""The titles a programme document prints with its codes: after a code in a line, in a cell, in a column beside it.

A title is what follows a code as its name: "B1-K1-W1 Verzamelt marktinformatie",
"B1-K1-W1 - Verzamelt ...", "B1-K1-W1: Verzamelt ...", "Kerntaak 2 (B1-K2) Beheert accounts", a
verb phrase set with a capital. The rest of a sentence is no title ("B1-K1-W4, 2,5 uur, wordt op
school afgenomen"; "het examen van B1-K1-W4 is ..."): where it is not clear that the words are the
code's name, the title stays empty rather than wrong.
"""

from __future__ import annotations

import re

from bcp_analysis.readers.programme_codes import find_codes

__all__: list[str] = []


def cell_text(record, field):
    """A cell's lines as one text; a code a narrow cell broke after its hyphen ("B1-" / "K1") joined again."""
    return joined_lines("\n".join(text for text, _, _ in record.cells.get(field, ())))


def joined_lines(text):
    """Lines of a cell as one text: spaces between them, a code broken after its hyphen ("B1-" / "K1") joined.

    >>> joined_lines("Proeve B1-\\nK1\\nen meer")
    'Proeve B1-K1 en meer'
    """
    text = _BROKEN_CODE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


_BROKEN_CODE = re.compile(r"(\b[BbPpKk]\d{1,2}\s*-)\n(?=[KkWw]\d)")


def _title_after(line, end, following, lead=""):
    """The title printed after a code: to the next code or the end of its piece of text, and its wrapped rest.

    The title follows the code after a space, a dash or a colon (or the bracket of "(B1-K2)"), and
    starts with a capital or a quote. After a comma or a full stop, or in lower case or with a
    number, the words go on with a sentence: no title. A title ends where its sentence does
    ("B1-K1-W1 Verzamelt marktinformatie. De student ..."). The rest on the next line is the piece of
    text that starts where the title's piece starts, in lower case or with a bracket, before any
    code; where nothing follows the code on its line, the next line is its title only when it
    starts with a capital and the code opens its piece (``lead``: the text before the code, a
    bullet or "Kerntaak 2 (" at most) or ends in a dash or colon ("..., B1-K1-W3 -").

    >>> from bcp_analysis.readers.programme_layout import Line
    >>> line = Line(1, 1, "Het examen van B1-K1-W4, 2,5 uur, wordt op school afgenomen.")
    >>> _title_after(line, 23, []), _title_after(Line(1, 1, "B1-K1-W4 - Brengt een offerte uit"), 8, [])
    ('', 'Brengt een offerte uit')
    """
    separator = _SEPARATOR.match(line.text, end)
    begin = separator.end()
    start, piece = _piece_at(line, begin)
    rest = line.text[begin:start + len(piece)]
    stop = _NEXT_CODE.search(rest)
    title = (rest[:stop.start()] if stop else rest).strip(" \t-–:,.")
    if rest.strip() and not _TITLE_START.match(rest):
        return ""   # a sentence goes on after the code: "B1-K1-W4, 2,5 uur, ...", "B1-K1-W4 wordt ..."
    quoted = re.match(r"^\s*['‘’\"“”](.+?)['‘’\"“”]", title)
    if quoted:
        return quoted.group(1).strip()
    x0 = next((x for x, text in (line.cells or ((0.0, line.text),)) if text == piece), None)
    # a code that ends its line opens a title on the next only after its lead or a dash: else the next line goes on
    # with the sentence the code stands in ("... de beoordeling van B1-K2-W3" / "Volgt ..."), unless that line opens
    # with a dash ("..., WP 3.5" / "- Onderhandelt met de account")
    opened = bool(_LEAD.match(lead) or re.search(r"[-\u2013\u2014:]", separator.group(0)))
    ended = _SENTENCE_END.search(title)
    if ended:   # "B1-K1-W1 Verzamelt marktinformatie. De student ...": the name ends where its sentence does
        return re.sub(r"\s+", " ", title[:ended.start()]).strip()
    for after in following if stop is None and x0 is not None else ():
        addition = None
        cells = after.cells or ((after.x0, after.text),)
        for x, text in cells:
            if abs(x - x0) <= 3.0 and (re.match(r"^[a-z(]", text) if title else _opens_title(text, opened)):
                more = _NEXT_CODE.search(text)
                addition = (text[:more.start()] if more else text).strip(" \t-–:,.")
                break
        if addition is None and after.cells and all(x > x0 + 3.0 for x, _ in cells):
            continue   # a line of the cells to the right only (their codes): the title's cell goes on below it
        if not addition:
            break
        title = f"{title} {addition}" if title else addition
        ended = _SENTENCE_END.search(title)
        if ended:
            return re.sub(r"\s+", " ", title[:ended.start()]).strip()
        if _NEXT_CODE.search(after.text):
            break
    return re.sub(r"\s+", " ", title).strip()


def _opens_title(text, opened):
    """Whether the line after a code that ended its line opens the code's title: after a dash or colon at its start
    ("- Onderhandelt ..."), or with a capital where the code opened a title (``opened``)."""
    dashed = re.match(r"^[ \t]*[-\u2013\u2014:][ \t]*", text)
    if dashed:
        return _TITLE_START.match(text, dashed.end()) is not None
    return opened and _TITLE_START.match(text) is not None


# between a code and its title: spaces, a dash or a colon, the bracket that closes "(B1-K2)"
_SEPARATOR = re.compile(r"[ \t]*(?:[)\]][ \t]*)?(?:[-\u2013\u2014:][ \t]*)?")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÀ-Þ])")   # a full stop and the next sentence
_TITLE_START = re.compile(r"['‘’\"“”]?[A-ZÀ-Þ]")
# what may stand before a code that opens its piece of text: a bullet, a number, "Kerntaak 2 (", "Werkproces:"
_LEAD = re.compile(r"^\s*(?:[-–•·*▪]\s*|\d{1,2}[.)]\s*|(?:kerntaak|werkproces|kt)\s*\d{0,2}\s*[:(.\u2013-]?\s*)?$",
                   re.IGNORECASE)


_NEXT_CODE = re.compile(r"(?:,\s*)?[BP]\d{1,2}\s*-\s*[Kk]?\d*\s*$|(?:,\s*)?[BP]\d{1,2}\s*-\s*[Kk]\d"
                        r"|(?:,\s*)?\b(?:[Ww][Pp]|[Ww]erkproces)\s*(?:\d{1,2}\.\d|$)|(?:,\s*)?\b[Kk]erntaak\s+\d")


def _piece_at(line, offset):
    """(start, text) of the piece of text of a line that holds the character at ``offset``.

    A piece stands where the line's text has it: after one space (a PDF's row) or several (a
    text's columns).
    """
    position = 0
    for _, text in line.cells or ((0.0, line.text),):
        found = line.text.find(text, position)
        position = found if found >= 0 else position
        if position <= offset <= position + len(text):
            return position, text
        position += len(text) + (0 if found >= 0 else 1)
    return 0, line.text


def listed_codes(lines, in_tables, running=frozenset()):
    """Codes on the document's lines outside tables, with their titles: [(hit, titel, pagina, regel)].

    A title that a page break cuts from its code ("B1-K1-W5 -" at a page's foot) goes on at the
    top of the next page, its running header aside.
    """
    found = []
    pages = {}
    for line in lines:
        if (line.pagina, line.regel) not in in_tables and (line.pagina, line.regel) not in running:
            pages.setdefault(line.pagina, []).append(line)
    numbers = list(pages)
    for number, page_lines in pages.items():
        after = pages[numbers[numbers.index(number) + 1]][:3] if number != numbers[-1] else []
        text = "\n".join(line.text for line in page_lines)
        starts = [0]
        for line in page_lines[:-1]:
            starts.append(starts[-1] + len(line.text) + 1)
        hits = find_codes(text)
        broken, replaced = _column_breaks(page_lines, starts)
        hits = [hit for hit in hits if hit.start not in replaced]
        found += broken
        group = {}
        for hit in hits:
            group[hit.start] = group.get(hit.start, 0) + 1
        for hit in hits:
            index = hit.regel - 1
            line = page_lines[index]
            if "\n" in text[hit.start:hit.end]:   # a code broken over two lines: its title is on the second
                index += 1
            following = (page_lines[index + 1:] + after)[:6]
            # a range or list ("W1 t/m W3") names no title of its own codes
            alone = group[hit.start] == 1 and not hit.problem
            offset = hit.start - starts[hit.regel - 1]
            lead = line.text[_piece_at(line, offset)[0]:offset]
            titel = _title_after(page_lines[index], hit.end - starts[index], following, lead) if alone else ""
            found.append((hit, titel, line.pagina, line.regel))
    return found


_BROKEN_END = re.compile(r"(?<![A-Za-z0-9])[BbPp]\d{1,2}[ \t]*[-\u2010-\u2015][ \t]*"
                         r"(?:[Kk]\d{1,2}[ \t]*[-\u2010-\u2015][ \t]*)?$")


def _column_breaks(page_lines, starts):
    """The codes broken at the end of a line of a column ("P2 - K1 -") whose rest starts the column's next line, with
    text of another column beside it (a page set in two columns: the page's next line is not the code's rest).

    Returns ``([(hit, titel, pagina, regel)], {offset in the page's text where a code read in part starts})``.
    """
    found, replaced = [], set()
    for index, line in enumerate(page_lines):
        position = 0
        for x0, piece in line.cells or ((line.x0, line.text),):
            offset = line.text.find(piece, position)
            position = max(offset, 0) + len(piece)
            broken = _BROKEN_END.search(piece)
            rest = broken and _column_rest(page_lines, index, x0)
            if not rest or (index + 1 < len(page_lines) and rest[0] is page_lines[index + 1]
                            and rest[1] == (page_lines[index + 1].cells or ((0.0, ""),))[0][0]):
                continue   # no code broken here, or its rest starts the next line: read with the page's text
            later, x, text = rest
            joined = f"{piece}\n{text}"
            hits = [hit for hit in find_codes(joined) if hit.start == broken.start() and hit.end > len(piece)]
            if not hits:
                continue
            replaced.add(starts[index] + max(offset, 0) + broken.start())
            alone = len(hits) == 1 and not hits[0].problem
            titel = _title_after(type(line)(later.pagina, later.regel, text, x, ((x, text),)),
                                 hits[0].end - len(piece) - 1, []) if alone else ""
            found += [(hit, titel, line.pagina, line.regel) for hit in hits]
    return found, replaced


def _column_rest(page_lines, index, x0):
    """(line, x, text) of the first piece below line ``index`` that starts at ``x0`` (in the same column), or None."""
    for later in page_lines[index + 1:index + 4]:
        for x, text in later.cells or ((later.x0, later.text),):
            if abs(x - x0) <= 3.0:
                return later, x, text
    return None


def cell_titles(record, fields=()):
    """{code: title} of the codes a table's row prints with their title.

    In the cell of the code ("B1-K1-W3 Verwerkt gegevens", "B1-K1 Voert commerciële activiteiten
    uit": a werkproces or a kerntaak), or in a column of titles beside a column of codes alone
    (``fields``: the table's fields in column order; "Werkproces | Omschrijving", "Code |
    Werkproces"), the title on the line of its code and the lines below it, to the next code.

    >>> from bcp_analysis.readers.programme_layout import Record
    >>> record = Record(1, 1)
    >>> for regel, (code, titel) in enumerate((("B1-K1-W1", "Verzamelt"), ("B1-K1-W2", "Stelt een plan op")), 1):
    ...     record.add("werkprocessen", code, 1, regel)
    ...     record.add("titel", titel, 1, regel)
    >>> record.add("titel", "marktinformatie", 1, 1)
    >>> cell_titles(record, ["onderdeel", "werkprocessen", "titel"])
    {'B1-K1-W1': 'Verzamelt marktinformatie', 'B1-K1-W2': 'Stelt een plan op'}
    """
    titles = {}
    for field in ("werkprocessen", "kerntaken"):
        text = cell_text(record, field)
        hits = find_codes(text)
        for number, hit in enumerate(hits):
            if hit.problem or sum(other.start == hit.start for other in hits) > 1:
                continue
            stop = hits[number + 1].start if number + 1 < len(hits) else len(text)
            titel = text[hit.end:stop].strip(" \t-–:,;.")
            if re.match(r"^[A-Z][a-z]", titel):
                titles.setdefault(hit.werkproces_id or hit.kerntaak_id, titel)
    for left, right in zip(fields, fields[1:]):
        if left in ("code", "werkprocessen") and right in ("titel", "werkprocessen") and left != right:
            for code, titel in _column_titles(record, left, right).items():
                titles.setdefault(code, titel)
    return titles


def _column_titles(record, left, right):
    """{werkproces_id: title} where the column ``left`` holds one code alone a line and ``right`` its title."""
    codes = []
    for text, pagina, regel in record.cells.get(left, ()):
        hits = find_codes(text)
        if len(hits) != 1 or not hits[0].werkproces_id or (text[:hits[0].start] + text[hits[0].end:]).strip(" ,;."):
            return {}   # a cell of ranges, lists or words: no column of codes alone
        codes.append(((pagina or 0, regel), hits[0].werkproces_id))
    found = {}
    for number, (place, code) in enumerate(codes):
        end = codes[number + 1][0] if number + 1 < len(codes) else (float("inf"), 0)
        titel = re.sub(r"\s+", " ", " ".join(text for text, pagina, regel in record.cells.get(right, ())
                                             if place <= (pagina or 0, regel) < end)).strip()
        if _TITLE_START.match(titel) and not find_codes(titel):
            found[code] = titel
    return found

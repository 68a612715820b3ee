"""Where a field's words start in the document, for the audit of every word (:mod:`bcp_analysis.audit.words`).

A field starts nearest to its line. In a PDF the line of a field (counted by its reader) need not
be the audit's line, so an item (a competency, a kennis item) starts at its first words still free
on its page. Items of one text on one page (a competency of two werkprocessen) each claim their own
occurrence: in the order of their lines, never one occurrence twice.
"""

import collections

from bcp_analysis.audit import word_source

__all__ = ["spelled", "whole_on_page", "start_of", "start_of_line", "whole_near", "shared_starts"]

# The cost of a start inside a line's part (not at its first word) against one that starts it: always more.
_INSIDE = 10_000


def spelled(tokens, words):
    """Whether the tokens are the words, in order (a broken word in any of its forms).

    Examples
    --------
    >>> from bcp_analysis.audit.word_source import Token
    >>> spelled([Token("en", 0, False)], ["en"]), spelled([Token("en", 0, False)], ["of"])
    (True, False)
    """
    return len(tokens) == len(words) and all(word in (token.forms or (token.word,))
                                             for token, word in zip(tokens, words))


def _page_starts(index, field, words, items=1):
    """The free starts of an item on its page, as long as the longest there: {position: (inside, line)}.

    For several ``items`` of its text, as long as the ``items``-th longest (a text wrapped beside
    another column's line ("Instructies en procedures" / "opvolgen") runs on in one place, not in another).
    """
    lengths = {position: index._run(position, words[:12]) for position, width in
               index.first_places.get(words[0], []) if width == 1 and index._free(position, 1)
               and index.units[index.tokens[position].line].pagina == field.pagina}
    if not lengths:
        return {}
    enough = sorted(lengths.values(), reverse=True)[min(items, len(lengths)) - 1]
    return {position: (not word_source.starts_part(index.tokens, position),
                       index.units[index.tokens[position].line].regel)
            for position, length in lengths.items() if length >= enough}


def whole_on_page(index, field, words):
    """The positions of the field's words standing free, whole and in order in one column on its page (``pagina``),
    nearest its line: a line as the reader gave it. None where they stand so nowhere on the page."""
    runs = [index.run(position, words) for position, width in index.first_places.get(words[0], [])
            if width == 1 and index._free(position, 1)
            and index.units[index.tokens[position].line].pagina == field.pagina]
    runs = [run for run in runs if len(run) == len(words)]
    if not runs:
        return None
    return min(runs, key=lambda run: (abs(index.units[index.tokens[run[0]].line].regel - field.regel), run[0]))


def start_of(index, field, words, claimed=frozenset()):
    """Where a field stands: its first words nearest its line, else its line, else where they first stand.

    An item on a page starts at a free start of its words there (not one in ``claimed``), as long
    as the longest there, nearest to its line; one that starts its line or column first (not
    inside another item: "Wet- en regelgeving en organisatiespecifieke").
    """
    head = words[:6]
    starts = [position for position, size in index.first_places.get(head[0], []) if size == 1
              and spelled(index.tokens[position:position + len(head)], head)]
    free = [position for position in starts if index._free(position, len(head))]
    # in its column: a label beside it ("Competenties:") may stand between its first words in the reading order
    free = sorted(set(free) | {position for position, size in index.first_places.get(head[0], [])
                               if size == 1 and len(index.run(position, head)) == len(head)})
    if field.regel is None:
        return (free or starts or [0])[0]
    if field.pagina is not None and field.precise:
        places = {position: key for position, key in _page_starts(index, field, words).items()
                  if position not in claimed}
        if places:
            return min(places, key=lambda position: (places[position][0], abs(places[position][1] - field.regel),
                                                     position))
    line_start = start_of_line(index, field)
    near = [position for position in free if abs(position - line_start) <= 40]
    if near:
        return min(near, key=lambda position: abs(position - line_start))
    after = [position for position in free if position >= line_start]
    return after[0] if after and not field.precise else line_start


def start_of_line(index, field):
    """The position of the first word at or after the field's line (its ``regel`` and ``pagina``)."""
    key = (field.pagina or 0, field.regel)
    return next((position for position, token in enumerate(index.tokens)
                 if (index.units[token.line].pagina or 0, index.units[token.line].regel) >= key), 0)


def whole_near(index, field, words, used=()):
    """Where a whole repeat of the title's words was taken for it (``index.repeats``) within 40 words of its
    line and, in a PDF, on its page (not the overview at the foot of the page before), not inside a longer
    title that holds it ("Bouwt accountrelaties op en onderhoudt ze") and not one in ``used`` (the repeat of
    another field of the same text there: kerntaak 2 and werkproces 2.1 both "Onderhoudt accountrelaties"):
    its first position, or None."""
    line_start = start_of_line(index, field)
    return next((position for position, width in index.first_places.get(words[0], [])
                 if width == 1 and position not in used and abs(position - line_start) <= 40
                 and field.pagina in (None, index.units[index.tokens[position].line].pagina)
                 and index.repeats.get(position + len(words) - 1) == position
                 and spelled(index.tokens[position:position + len(words)], words)), None)


def shared_starts(index, fields, words):
    """Distinct starts for items of one text on one page: {number in ``fields``: position}.

    The items, in the order of their lines, take the text's free starts on the page in the order
    in which they stand, nearest their lines (the reader's and the audit's lines count otherwise,
    but in the same order); where there are fewer starts than items, the items left get none.
    """
    places = _page_starts(index, fields[0], words, len(fields))
    items = sorted(range(len(fields)), key=lambda number: (fields[number].regel, number))
    positions = sorted(places)
    if not positions:
        return {}
    pairs = _ordered_matching([fields[number].regel for number in items],
                              [places[position] for position in positions])
    return {items[item]: positions[position] for item, position in pairs}


def _ordered_matching(lines, places):
    """Pairs (item, place) of as many items as places allow, both in order, at the least distance of lines.

    Examples
    --------
    >>> _ordered_matching([29, 57], [(False, 8), (False, 42)])
    [(0, 0), (1, 1)]
    >>> _ordered_matching([29, 57], [(False, 42)])
    [(0, 0)]
    """
    rows, columns = len(lines), len(places)
    skip_items, skip_places = rows > columns, columns > rows
    best = collections.defaultdict(lambda: (float("inf"), ()))
    best[0, 0] = (0, ())
    for row in range(rows + 1):
        for column in range(columns + 1):
            options = [best[row, column]]
            if row and skip_items:
                options.append(best[row - 1, column])
            if column and skip_places:
                options.append(best[row, column - 1])
            if row and column:
                inside, line = places[column - 1]
                cost, pairs = best[row - 1, column - 1]
                options.append((cost + inside * _INSIDE + abs(line - lines[row - 1]),
                                pairs + ((row - 1, column - 1),)))
            best[row, column] = min(options, key=lambda option: option[0])
    return list(best[rows, columns][1])

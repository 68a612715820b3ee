"""The whole repeats of a field's text, for the audit of every word (:mod:`bcp_analysis.audit.words`).

A title stands several times (overview, heading, list), and a text repeated by nature (a level of the
loopbaan table, the bron of the figures) once per row or once above the rows it serves. Each whole
occurrence of such a text is taken at once, before its words would be taken one by one.
"""

from bcp_analysis.audit.word_starts import spelled

__all__ = ["take_repeats", "title_at"]


def take_repeats(index, words, title=False, headings_only=False, rows=None, where=None):
    """Take every further whole occurrence of a repeated field's words (a title in overview and heading);
    a kerntaak's or werkproces's ``title`` keeps where each occurrence ends (see ``continuing_words``).
    With ``headings_only``, only an occurrence that is a heading: the whole of its line's part after a
    number or label, its first word a capital ("Beschrijving werkproces: 2.4 Werkt aan een diepterelatie").

    ``rows`` are the places (positions) of the rows that hold a text repeated by nature (a level of the
    loopbaan table, the bron of the figures): each row takes the occurrence nearest its line (one printed
    once above the rows of its column serves them all), and an occurrence no row is nearest to stays free:
    a row that lost its value leaves the occurrence on its line to be named.

    ``where`` tells of an occurrence (its positions) whether it is the text's besides those of the rows:
    the colofon's title takes only those of :func:`title_at`.

    Parameters
    ----------
    index : bcp_analysis.audit.word_index.WordIndex
        The document's words; the occurrences taken join ``index.taken``.
    words : list of str
        The text's words.
    title : bool, optional
        Whether the text is a kerntaak's or werkproces's title.
    headings_only : bool, optional
    rows : list of int, optional
        The positions of the lines of the rows that hold a text repeated by nature.
    where : callable, optional
        Takes an occurrence (a range of positions), returns whether it may be taken.

    Returns
    -------
    int
        How many occurrences it took.
    """
    size, found = len(words), []
    for position, _ in list(index.positions.get(words[0], [])):
        span = range(position, position + size)
        if position + size > len(index.tokens) or any(p in index.taken for p in span):
            continue
        if headings_only and not heading_at(index.tokens, position, size):
            continue
        if (not found or position > found[-1][-1]) and spelled([index.tokens[p] for p in span], words):
            found.append(span)
    if (rows or where) and found:
        tokens = index.tokens
        chosen = {min(found, key=lambda span: (abs(tokens[span[0]].line - tokens[row].line), abs(span[0] - row)))
                  for row in rows or ()}
        found = [span for span in found if span in chosen or (where and where(span))]
    for span in found:
        for word, p in zip(words, span):
            index.positions[word] = [item for item in index.positions[word] if item[0] != p]
        index.taken.update(span)
        if title:
            index.repeats[span[-1]] = span[0]
    return len(found)


def title_at(index, words):
    """Which occurrences of the profile's own title (the colofon's ``titel``) are the title's: the first
    in the document (the title page), and those on a line set aside (a running header or footer) or on
    one line as a heading ("Junior accountmanager" above the overview). Elsewhere it is a field's text
    (a function of the loopbaan table, a column of the comparison), which a row that lost it leaves free.

    Parameters
    ----------
    index : bcp_analysis.audit.word_index.WordIndex
    words : list of str
        The title's words.

    Returns
    -------
    callable
        Takes an occurrence (a range of positions), returns whether it is the title's.
    """
    tokens, size = index.tokens, len(words)
    first = next((position for position, width in sorted(index.first_places.get(words[0], []))
                  if width == 1 and spelled(tokens[position:position + size], words)), None)

    def where(span):
        lines = {tokens[position].line for position in span}
        return (span[0] == first or lines <= index.aside
                or (len(lines) == 1 and heading_at(tokens, span[0], size)))
    return where


def heading_at(tokens, position, size):
    """Whether the words from ``position`` on (``size`` of them) are a heading: the rest of their line's part
    after label words only, their first word a capital."""
    first, last = tokens[position], tokens[position + size - 1]
    before = position
    while before and (tokens[before - 1].line, tokens[before - 1].column) == (first.line, first.column):
        before -= 1
        if not tokens[before].label:
            return False
    after = tokens[position + size] if position + size < len(tokens) else None
    return first.upper and (after is None or (after.line, after.column) != (last.line, last.column))

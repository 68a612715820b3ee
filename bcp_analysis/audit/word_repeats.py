"""The whole repeats of a field's text, for the audit of every word (:mod:`bcp_analysis.audit.words`).

A title stands several times (overview, heading, list), and a text repeated by nature (a level of the
loopbaan table, the bron of the figures) once per row or once above the rows it serves. Each whole
occurrence of such a text is taken at once, before its words would be taken one by one.
"""

from bcp_analysis.audit.word_starts import spelled

__all__ = ["take_repeats"]


def take_repeats(index, words, title=False, headings_only=False, rows=None):
    """Take every further whole occurrence of a repeated field's words (a title in overview and heading);
    a kerntaak's or werkproces's ``title`` keeps where each occurrence ends (see ``continuing_words``).
    With ``headings_only``, only an occurrence that is a heading: the whole of its line's part after a
    number or label, its first word a capital ("Beschrijving werkproces: 2.4 Werkt aan een diepterelatie").

    ``rows`` are the places (positions) of the rows that hold a text repeated by nature (a level of the
    loopbaan table, the bron of the figures): each row takes the occurrence nearest its line (one printed
    once above the rows of its column serves them all), and an occurrence no row is nearest to stays free:
    a row that lost its value leaves the occurrence on its line to be named.

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
    if rows and found:
        tokens = index.tokens
        chosen = {min(found, key=lambda span: (abs(tokens[span[0]].line - tokens[row].line), abs(span[0] - row)))
                  for row in rows}
        found = [span for span in found if span in chosen]
    for span in found:
        for word, p in zip(words, span):
            index.positions[word] = [item for item in index.positions[word] if item[0] != p]
        index.taken.update(span)
        if title:
            index.repeats[span[-1]] = span[0]
    return len(found)


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

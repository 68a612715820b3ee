"""Whether a word the audit of every word found for a field stands in the field's place
(:mod:`bcp_analysis.audit.words`).

A field's text runs on in its column, from line to line and over a page break; a word found elsewhere
(on a heading, a running footer, another copy of a title, the column beside it, far from the field's
word before it) is no word of the field as printed.
"""

from bcp_analysis.audit import word_source

__all__ = ["APART", "off_its_line", "apart", "island", "lines_apart", "set_aside_from"]

# A word of a field printed once that stands more lines than this from the field's word before it is far from it.
APART = 12
# The lines at the top of a page (a running header above them) where a title cut by the page break goes on.
_PAGE_TOP = 5


def off_its_line(index, before, position):
    """Whether a title's word at ``position`` stands neither on the line of the title's word before it nor on
    the next line (in a PDF: of its column) after it (a title wraps onto its next line, or onto the start of a
    line at the top of the next page, not into another copy of it there)."""
    first, second = index.tokens[before], index.tokens[position]
    one, two = index.units[first.line], index.units[second.line]
    if one.pagina != two.pagina:   # the start of a line at the top of the next page, in its column
        return not (two.pagina == one.pagina + 1 and two.regel <= _PAGE_TOP and word_source.same_column(first, second)
                    and word_source.starts_part(index.tokens, position))
    if one.pagina is None or second.line < first.line:   # a text's lines: the next line, blank or not
        return lines_apart(index, before, position) > 1 or second.line < first.line
    return any(token.line not in (first.line, second.line) and word_source.same_column(token, first)
               for token in index.tokens[before + 1:position])


def apart(index, field, before, position):
    """Whether a field's word at ``position`` stands far from its word before it: more than a page (150 lines
    in a text), or more than ``APART`` lines for a field printed once, or on another page where the word
    before it does not end its column on its page; for an item in a PDF, on a line above its word before it
    or more than two lines below it on its page (an item wraps onto its next lines)."""
    if index.far(before, position) or (not field.repeated and lines_apart(index, before, position) > APART):
        return True
    if not field.repeated and _over_a_page(index, before, position):
        return True
    first, second = index.tokens[before].line, index.tokens[position].line
    return (field.precise and field.pagina is not None and index.units[first].pagina == index.units[second].pagina
            and not 0 <= second - first <= 2)


def _over_a_page(index, before, position):
    """Whether a field's text goes on from ``before`` to ``position`` on another page than the next, or while
    its column on the page of ``before`` goes on below it (lines set aside, a running footer, apart)."""
    one, two = (index.units[index.tokens[place].line].pagina for place in (before, position))
    if one is None or two is None or one == two:
        return False
    first = index.tokens[before]
    for token in index.tokens[before + 1:position]:
        if index.units[token.line].pagina != one:
            break
        if token.line != first.line and token.line not in index.aside and word_source.same_column(token, first):
            return True
    return two != one + 1


def island(index, field, matched, number):
    """Whether a word of a field printed once in a PDF stands in another column than its words before and after
    it on its page (a description that took the word of the title wrapped beside it; a text that flows from
    one column into the next goes on in the word's column), or a field's first word that neither stands right
    before its second nor ends its line's part where the second starts one."""
    token = index.tokens[matched[number]]
    page = index.units[token.line].pagina
    if field.repeated or page is None:
        return False
    if number == 0 and 1 in matched and matched[1] != matched[0] + 1 and (
            _over_a_page(index, matched[0], matched[1]) or not (word_source.starts_part(index.tokens, matched[1])
                                                                and word_source.ends_part(index.tokens, matched[0]))):
        return True   # the first word of a field stands right before its second, or ends its part where that starts
    sides = [index.tokens[matched[side]] for side in (number - 1, number + 1) if side in matched]
    return bool(sides) and all(not word_source.same_column(token, side) and index.units[side.line].pagina == page
                               for side in sides)


def lines_apart(index, first, second):
    """How many lines of the document stand between two positions."""
    return abs(index.tokens[first].line - index.tokens[second].line)


def set_aside_from(index, field, position, anchor):
    """Whether the word at ``position`` stands on a heading or a line set aside (a running line, the front
    matter) far from ``anchor``, on a heading or running line of another page of a PDF, on a running line for
    a field without a place of its own (the colofon's title: its whole occurrences there are its own already),
    or, for a field that is printed once, above it, more than two lines below it or on a running line."""
    line = index.tokens[position].line
    if index.tokens[position].label and field.precise:
        return True   # a word of a label ("Kennis van:") is no item's
    if line not in index.aside and line not in index.headings:
        return False
    other_page = (index.units[line].pagina != index.units[index.tokens[anchor].line].pagina
                  and (line in index.headings or line in index.running))
    return (index.far(anchor, position) or other_page or (field.regel is None and line in index.running)
            or (not field.repeated and (lines_apart(index, anchor, position) > 2 or line in index.running
                                        or line < index.tokens[anchor].line)))

"""Where each word of a document stands for the audit of every word, and which words the fields took.

:class:`WordIndex` holds the document's words (:class:`bcp_analysis.audit.word_source.Token`) and takes
them for the profile's fields (:mod:`bcp_analysis.audit.words`): a run of a field's words in order near its
place, the words between, a single word nearest the word before it.
"""

import bisect
import collections
import difflib

from bcp_analysis.audit import word_source, word_starts
from bcp_analysis.audit.word_starts import spelled

__all__ = ["WordIndex"]

# How far (in lines of a text) a field's word may stand from the word before it; in a PDF, a page.
_NEAR_LINES = 150
# A field's next word is looked for first this many words after the word before it.
_FORWARD = 60


class WordIndex:
    """Where each word stands in the document (its token positions), and which are taken."""

    def __init__(self, tokens, units):
        self.tokens = tokens
        self.units = units
        self.taken = set()
        self.aside = set()      # lines set aside (headings, noise, front matter): their free words are no loss
        self.headings = set()   # heading lines: a field with a place takes words there only when nowhere else
        self.running = set()    # lines set aside at the top or foot of a PDF's page: a running header or footer
        self.repeats = {}  # {last word: first word} of every whole repeat of a title taken (overview, heading)
        self.starts = set()     # where each field that is no title starts (the position of its first word)
        self.joined = set()     # two words of a field as one, where the field found them not side by side
        self.positions = collections.defaultdict(list)
        for position, token in enumerate(tokens):
            for form in token.forms or (token.word,):
                self.positions[form].append((position, 1))
        self.first_places = {word: list(places) for word, places in self.positions.items()}

    def take(self, word, near, tolerant=False):
        """Take a free occurrence of ``word``: the first a little after ``near`` (text reads on), else the nearest.

        With ``tolerant``, a word spelled almost like it a little after ``near`` comes before one
        spelled alike far away. Returns its position, or None.
        """
        places = self.positions.get(word, [])
        start = bisect.bisect_left(places, (near, 0))
        for chosen in range(start, len(places)):
            position, size = places[chosen]
            if position > near + _FORWARD:
                break
            if self._free(position, size):
                return self._claim(places, chosen)
        if tolerant:
            found = self.take_like(word, near, _FORWARD)
            if found is not None:
                return found
        left, right = start - 1, start
        while left >= 0 or right < len(places):
            candidates = []
            if left >= 0:
                candidates.append((near - places[left][0], left))
            if right < len(places):
                candidates.append((places[right][0] - near, right))
            _, chosen = min(candidates)
            if self._free(*places[chosen]):
                return self._claim(places, chosen)
            if chosen == left:
                left -= 1
            else:
                right += 1
        return None

    def align(self, words, anchor, matched, least=1, avoid=False):
        """Take the field's words in their order from the free words around its place: {word number: position}.

        The free words from a little before the place to well after it (a column beside the
        field's lines may interleave) are matched with the field's words not yet ``matched``,
        in order (difflib's longest matching blocks of at least ``least`` words); a word broken
        at a line end counts as the joined word or the hyphenated compound where the field has it.
        The words end before a second copy of the field's first words: the same text further on (two
        werkprocessen with one description on a page) is another field's.
        """
        numbers = [number for number in range(len(words)) if number not in matched]
        if not numbers:
            return {}
        wanted = [words[number] for number in numbers]
        known = sorted(matched.values())
        start = max(0, min([anchor] + known[:1]) - 20)
        stop = min(len(self.tokens), max([anchor] + known[-1:]) + 4 * len(words) + 80, self._copy_after(words, anchor))
        window, spans = self._window(start, stop, set(wanted), avoid=avoid)
        found = {}
        for first, second, size in difflib.SequenceMatcher(None, wanted, window, autojunk=False).get_matching_blocks():
            if size < least:
                continue
            for offset in self._one_column(spans, second, size):
                found[numbers[first + offset]] = spans[second + offset][0]
        found = self._next_to(self._beside(found), words, matched)
        self.taken.update(found.values())
        return found

    def _next_to(self, found, words, matched):
        """The matched words, each moved to the free word right after the field's word before it in its line's
        part where that is the same word ("doet op verkoopplan op basis": the description's "op" is the first)."""
        for number in sorted(found):
            before = found.get(number - 1, matched.get(number - 1))
            if before is None or found[number] <= before + 1 or before + 1 in self.taken:
                continue
            following, last = self.tokens[before + 1], self.tokens[before]
            if ((following.line, following.column) == (last.line, last.column)
                    and words[number] in (following.forms or (following.word,))
                    and before + 1 not in found.values()):
                found[number] = before + 1
        return found

    def _copy_after(self, words, anchor):
        """Where the field's first four words stand free again after its own start at or after ``anchor``
        (the end of the index where they do not, or where the field has fewer words)."""
        head = words[:4]
        if len(words) < 4:
            return len(self.tokens)
        starts = [position for position, width in self.first_places.get(head[0], []) if width == 1
                  and position >= anchor and self._free(position, len(head))
                  and spelled(self.tokens[position:position + len(head)], head)]
        return starts[1] if len(starts) > 1 else len(self.tokens)

    def _beside(self, found):
        """The matched words but those beside (not below) most of the field's words, where positions are given:
        a run matched across the other column's line ("service- en" / "Relaties bouwen en") leaves it its word."""
        placed = [(number, self.tokens[position].span) for number, position in found.items()]
        spanned = [span for _, span in placed if span]
        if len(spanned) < 3:
            return found
        overlaps = [sum(word_source.overlap(span, other) for other in spanned) for span in spanned]
        main = spanned[overlaps.index(max(overlaps))]
        stray = {number for number, span in placed if span and not word_source.overlap(span, main)}
        if not stray or 2 * len(stray) >= len(spanned):
            return found
        return {number: position for number, position in found.items() if number not in stray}

    def _one_column(self, spans, start, size):
        """The offsets of a matched run in the column most of its words stand in (one column of two beside it)."""
        tokens = [self.tokens[spans[start + offset][0]] for offset in range(size)]
        if not tokens:
            return []
        if all(token.span for token in tokens):
            # where the document gives positions, a column is what stands one above the other
            overlaps = [sum(word_source.overlap(token.span, other.span) for other in tokens) for token in tokens]
            main = tokens[overlaps.index(max(overlaps))]
            return [offset for offset, token in enumerate(tokens) if word_source.same_column(token, main)]
        column = collections.Counter(token.column for token in tokens).most_common(1)[0][0]
        return [offset for offset, token in enumerate(tokens) if token.column == column]

    def fill_gaps(self, words, anchor, matched, tolerant=False, avoid=False):
        """Take the field's words not yet matched from the free words between the matched words around them."""
        found = {}
        number = 0
        while number < len(words):
            if number in matched:
                number += 1
                continue
            last = number
            while last + 1 < len(words) and last + 1 not in matched:
                last += 1
            size = last - number + 1
            left = matched.get(number - 1)
            right = matched.get(last + 1)
            # a gap at an end of the field looks only a little beyond the field's matched words
            if left is None and right is None:
                left, right = max(0, anchor - 20), anchor + 4 * size + 80
            elif left is None:
                left = max(0, right - 3 * size - 25)
            elif right is None:
                left, right = left + 1, left + 3 * size + 26
            else:
                left += 1
            gap = words[number:last + 1]
            sides = [self.tokens[matched[side]] for side in (number - 1, last + 1) if side in matched]
            column = sides[0] if sides and all(word_source.same_column(side, sides[0]) for side in sides) else None
            window, spans = self._window(left, min(right, len(self.tokens)), set(gap), column, avoid)
            for first, second, size in difflib.SequenceMatcher(None, gap, window, autojunk=False).get_matching_blocks():
                for offset in self._one_column(spans, second, size):
                    position, width = spans[second + offset]
                    self.taken.update(range(position, position + width))
                    found[number + first + offset] = position
            if tolerant and number == last and number not in found and len(window) - len(found) >= 1:
                position = self.take_like(gap[0], left, max(right - left, 1))
                if position is not None:
                    found[number] = position
            number = last + 1
        return found

    def _window(self, start, stop, wanted, column=None, avoid=False):
        """The free words from ``start`` to ``stop`` (in the column of the token ``column`` only, if given);
        a broken word in the form ``wanted`` has (joined or hyphenated)."""
        window, spans = [], []
        position = start
        while position < stop:
            token = self.tokens[position]
            if (position in self.taken or (column is not None and not word_source.same_column(token, column))
                    or (avoid and (token.line in self.headings or token.line in self.running))):
                position += 1
                continue
            window.append(next((form for form in token.forms if form in wanted), token.word))
            spans.append((position, 1))
            position += 1
        return window, spans

    def occurs(self, words):
        """Whether the words stand in this order somewhere in the document (taken or not)."""
        size = len(words)
        return any(spelled(self.tokens[position:position + size], words)
                   for position, width in self.first_places.get(words[0], [])
                   if width == 1)

    def _run(self, position, words):
        """How many of ``words`` stand free, in order, from ``position`` on in its column (see :meth:`run`)."""
        return len(self.run(position, words))

    def run(self, position, words):
        """The positions of the ``words`` that stand free, in order, from ``position`` on in its column, as far
        as they go: the words of a column beside it (another cell's line between two lines of the field) are
        passed over."""
        first, found = self.tokens[position], []
        for at in range(position, min(position + 4 * len(words) + 40, len(self.tokens))):
            token = self.tokens[at]
            if token.column != first.column if token.line == first.line else not word_source.same_column(token, first):
                continue
            if len(found) == len(words) or words[len(found)] not in (token.forms or (token.word,)) or at in self.taken:
                break
            found.append(at)
        return found

    def _free(self, position, size):
        return all(position + offset not in self.taken for offset in range(size))

    def release(self, position, word):
        """Give back a word taken with :meth:`take` (``word`` as it was asked for)."""
        self.taken.discard(position)
        places = self.positions[word]
        if (position, 1) not in places:
            bisect.insort(places, (position, 1))

    def _claim(self, places, chosen):
        position, size = places.pop(chosen)
        self.taken.update(range(position, position + size))
        return position

    def take_like(self, word, near, reach=40):
        """Take a free word nearest to ``near`` (within ``reach`` words) spelled almost like ``word``."""
        for distance in range(reach):
            for position in (near + distance,):
                if 0 <= position < len(self.tokens) and position not in self.taken:
                    other = self.tokens[position].word
                    likeness = difflib.SequenceMatcher(None, other, word).ratio()
                    if other[:1] == word[:1] and likeness >= (0.6 if len(word) <= 4 else 0.85):
                        self.taken.add(position)
                        return position
        return None

    def start_of(self, field, words, claimed=frozenset()):
        """Where a field stands (see :func:`bcp_analysis.audit.word_starts.start_of`)."""
        return word_starts.start_of(self, field, words, claimed)

    def far(self, first, second):
        """Whether two positions stand nowhere near each other."""
        one, two = self.units[self.tokens[first].line], self.units[self.tokens[second].line]
        if one.pagina is not None and two.pagina is not None:
            return abs(one.pagina - two.pagina) > 1
        return abs(one.regel - two.regel) > _NEAR_LINES

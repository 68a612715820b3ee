"""Every word of a document in a text field of the profile, and every word of a field in the document.

The audit of the words does not trust the reader. It takes the document as the audit reads it
(a sequence of units: ``(text, regel, pagina)``, see :func:`source_units`) and the profile's
text fields, and holds the two against each other as multisets of words:

- **Words** are runs of letters (an apostrophe or a hyphen inside a word belongs to it),
  compared in lower case; numbers are left to the audit of the figures, dates ("30 september
  2010") to the colofon's dates. The document's letters are corrected as the readers correct
  them (``data/reference/tekstcorrecties.yaml``, :func:`bcp_analysis.readers.textfix.fix_text`),
  so like is compared with like. A word broken at a line end with a hyphen ("ontwikke-" /
  "lingen") stands for the joined word, the hyphenated compound or the two parts, whichever a
  field holds.
- **The fields** are every text a profile holds: meta (the colofon), kerntaak titles and
  toelichtingen, werkproces titles and descriptions, competencies, resultaten, kennis,
  vaardigheden, gedrag, vakkennis, functiebenamingen, beroepshouding, the descriptions of
  chapter 1, trends, loopbaan and the comparison table, and the ``bron`` of the figures. The
  lines a reader reports as not placed count as placed: they are reported already.
- **Placing.** Each field's words are taken from the document nearest to where the field
  stands: its ``regel`` (and ``pagina``), or else where its first words first stand, each next
  word nearest to the word before it. A title or competency name may stand several times
  (overview, heading, list): each whole repetition of one is taken by it.
- **Set aside** are the words the profile does not hold by its nature: running headers,
  footers and page numbers (a short line that recurs three times or more, a line of a number),
  headings (a line that is a label of a BCP and nothing else, numbered headings, "Kerntaak N",
  a line ending in ":" of a few words, a guiding question), the words of a label before its
  content ("Vastgesteld door: ...") or in a cell of its own, but not the content itself nor a
  line that merely starts like a label ("op basis van"), the introduction before the colofon, the lists of people
  after it (from "Geraadpleegde praktijkdeskundigen" to chapter 1), and the standard texts
  that open a chapter ("In dit hoofdstuk ...").

What is left is a finding: kind ``woord`` for words of the document in no field (with the
page and line), ``tekst`` for words of a field that the document does not hold (with the
field); both are in ``LOST_KINDS``: ``validate`` fails on them. A field's word that stands far
from the field's place (more than a page in a PDF, more than 150 lines in a text) is a
finding of kind ``woordplaats`` for a reviewer.
"""

import bisect
import collections
import dataclasses
import difflib
import itertools
import re

from bcp_analysis.audit import word_source, word_starts
from bcp_analysis.audit.report import Finding
from bcp_analysis.audit.word_source import LABEL_PHRASES, Unit, read_tokens, set_aside, title_piece, words_of
from bcp_analysis.audit.word_starts import spelled

__all__ = ["Unit", "source_units", "word_findings", "check_words", "words_of"]

# How far (in lines of a text) a field's word may stand from the word before it; in a PDF, a page.
_NEAR_LINES = 150
# A field's next word is looked for first this many words after the word before it.
_FORWARD = 60
_MAX_SHOWN = 12

# Text fields of the tables: table -> (columns holding text, how a finding names the row).
_FIELDS = {
    "kerntaken": (("titel", "toelichting"), "kerntaak_id"),
    "werkprocessen": (("titel", "beschrijving"), "werkproces_id"),
    "competenties": (("competentie",), "werkproces_id"),
    "resultaten": (("item",), "werkproces_id"),
    "kennis": (("item",), "werkproces_id"),
    "vaardigheden": (("item",), "werkproces_id"),
    "gedrag": (("item",), "werkproces_id"),
    "vakkennis": (("item",), "kerntaak_id"),
    "functiebenamingen": (("functiebenaming",), None),
    "beroepshouding": (("item",), None),
    "beschrijving": (("onderdeel", "tekst"), "onderdeel"),
    "trends": (("onderdeel", "tekst"), "onderdeel"),
    "loopbaan": (("kolom", "functie", "niveau"), "kolom"),
    "vergelijking": (("aspect", "beroep", "kenmerk"), "aspect"),
    "arbeidsmarkt": (("bron",), None),
}
# Fields that the document may print more than once (overview, heading, list): every whole repeat is theirs.
_REPEATED = {("kerntaken", "titel"), ("werkprocessen", "titel"), ("arbeidsmarkt", "bron"), ("loopbaan", "kolom"),
             ("loopbaan", "niveau")}
_TITLES = ("kerntaken ", "werkprocessen ")   # the names of the fields that hold their titles
# Tables whose rows' regel is where the row's own text starts.
_PRECISE = ("competenties", "resultaten", "kennis", "vaardigheden", "gedrag", "vakkennis", "loopbaan")
# Fields whose names the document may spell otherwise (a misread letter): the competency audit judges them.
_TOLERANT = {("competenties", "competentie")}


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str       # how a finding names it: "werkproces 1.2 beschrijving"
    text: str
    regel: object
    pagina: object
    repeated: bool
    tolerant: bool = False
    reported: bool = True    # False for a line the reader reports itself as not placed
    precise: bool = False    # its regel is where its own text starts (an item), not its row's heading


def source_units(source):
    """The units of a document as :func:`bcp_analysis.audit.sources.read_source` reads it.

    Parameters
    ----------
    source : bcp_analysis.readers.audit_source.AuditSource

    Returns
    -------
    list of Unit
    """
    return [Unit(line.text, line.regel, line.pagina, line.spans) for line in source.lines]


def _fields(profile):
    """Every text field of the profile, with its place where the row has one."""
    # the title, and the place, which stands at each date of the colofon ("Te: Amersfoort"), may repeat
    found = [_Field(f"colofon: {key}", value, None, None, key in ("titel", "plaats"))
             for key, value in sorted(profile.meta.items()) if isinstance(value, str) and not _is_date(value)]
    for table, (columns, key) in _FIELDS.items():
        for row in getattr(profile, table).to_dict("records"):
            for column in columns:
                text = row.get(column)
                if not isinstance(text, str) or not text.strip():
                    continue
                label = f"{table} {row[key]}" if key and row.get(key) else table
                found.append(_Field(f"{label}: {column}", text.replace("_", " "), _int(row.get("regel")),
                                    _int(row.get("pagina")), (table, column) in _REPEATED,
                                    (table, column) in _TOLERANT, precise=table in _PRECISE))
    return found


def _is_date(value):
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()) is not None


def _int(value):
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


class _Index:
    """Where each word stands in the document (its token positions), and which are taken."""

    def __init__(self, tokens, units):
        self.tokens = tokens
        self.units = units
        self.taken = set()
        self.aside = set()      # lines set aside (headings, noise, front matter): their free words are no loss
        self.headings = set()   # heading lines: a field with a place takes words there only when nowhere else
        self.repeats = {}  # {last word: first word} of every whole repeat of a title taken (overview, heading)
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
        """
        numbers = [number for number in range(len(words)) if number not in matched]
        if not numbers:
            return {}
        wanted = [words[number] for number in numbers]
        known = sorted(matched.values())
        start = max(0, min([anchor] + known[:1]) - 20)
        stop = min(len(self.tokens), max([anchor] + known[-1:]) + 4 * len(words) + 80)
        window, spans = self._window(start, stop, set(wanted), avoid=avoid)
        found = {}
        for first, second, size in difflib.SequenceMatcher(None, wanted, window, autojunk=False).get_matching_blocks():
            if size < least:
                continue
            for offset in self._one_column(spans, second, size):
                found[numbers[first + offset]] = spans[second + offset][0]
        found = self._beside(found)
        self.taken.update(found.values())
        return found

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
                    or (avoid and token.line in self.headings)):
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
        """How many of ``words`` stand free, in order, from ``position`` on in its column: the words of a
        column beside it (another cell's line between two lines of the field) are passed over."""
        first, count = self.tokens[position], 0
        for at in range(position, min(position + 4 * len(words) + 40, len(self.tokens))):
            token = self.tokens[at]
            if token.column != first.column if token.line == first.line else not word_source.same_column(token, first):
                continue
            if count == len(words) or words[count] not in (token.forms or (token.word,)) or at in self.taken:
                break
            count += 1
        return count

    def _free(self, position, size):
        return all(position + offset not in self.taken for offset in range(size))

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


def _place(field):
    """The place of a field as Finding.at takes it: its name, and its line and page where it has them."""
    return {"part": field.name, "regel": field.regel, "pagina": field.pagina}


def _order(field):
    """Fields with a place first, long ones before short ones (a description is aligned as a whole)."""
    return (field.reported, field.repeated, field.regel is None, -len(field.text))


def _avoids(field):
    """Whether a field takes words on heading and noise lines only when it finds them nowhere else."""
    return field.regel is not None and not field.repeated


def _to_place(index, fields):
    """[field, words, anchor, matched] of every field to place, and the texts of the repeated ones.

    A repeated field (a title, a source) is placed once per text, and not at all when it is
    printed whole somewhere: its repeats are taken after the other fields.
    """
    seen, todo = set(), []
    for field in sorted(fields, key=_order):
        words = words_of(field.text)
        if not words:
            continue
        if field.repeated:
            if field.text in seen or index.occurs(words):
                seen.add(field.text)
                continue
            seen.add(field.text)
        todo.append([field, words, None, {}])
    return todo, seen


def _rest(index, field, words, anchor, matched):
    """Take the field's words no pass matched, each nearest the word before it: (not found, far away)."""
    invented, distant = [], []
    for number, word in enumerate(words):
        if number in matched:
            anchor = matched[number]
            continue
        position = index.take(word, anchor, field.tolerant)
        if position is None:
            invented.append(word)
        elif index.far(anchor, position):
            distant.append(word)
        else:
            anchor = position
    return invented, distant


def _place_fields(index, fields):
    """Take every field's words from the document; findings for words it lacks or holds far away.

    In passes, so that a field does not take a word that belongs to a field beside it: first
    runs of three or more words in order near each field's place, then single words in order
    near the runs, then each word left nearest to the field's word before it.
    """
    todo, repeated = _to_place(index, fields)
    _start(index, todo)
    for field, words, anchor, matched in todo:
        matched.update(index.fill_gaps(words, anchor, matched, field.tolerant, _avoids(field)))
    findings = []
    for field, words, anchor, matched in todo:
        invented, distant = _rest(index, field, words, anchor, matched)
        if field.reported:
            findings += _field_findings(field, invented, distant)
    titles = {field.text for field in fields if field.name.startswith(_TITLES) and field.name.endswith(": titel")}
    for text in sorted(repeated, key=lambda text: (-len(words_of(text)), text)):
        # a longer title first: a shorter one inside it ("Bouwt accountrelaties op") leaves it whole
        _take_repeats(index, words_of(text), text in titles)
    for field in fields:
        words = words_of(field.text)
        if field.repeated and field.regel is not None and words:
            # a title at its own heading, wrapped or beside other text: its words still free there
            index.align(words, index.start_of(field, words), {}, least=1)
    return findings


def _start(index, todo):
    """Set each field's start and take its runs of three or more words there (``align``), in turn.

    Items of one text on one page (a competency of two werkprocessen) each get their own
    occurrence of it (:func:`bcp_analysis.audit.word_starts.shared_starts`), fixed when the first of them
    comes, so that one does not take the other's.
    """
    groups = collections.defaultdict(list)
    for item in todo:
        field, words = item[0], item[1]
        if field.precise and field.regel is not None and field.pagina is not None:
            groups[tuple(words), field.pagina].append(item)
    member = {id(item): (key, number) for key, group in groups.items() if len(group) > 1
              for number, item in enumerate(group)}
    shared = {}
    for item in todo:
        field, words, _, matched = item
        key, number = member.get(id(item), (None, None))
        if key is not None and key not in shared:
            shared[key] = word_starts.shared_starts(index, [other[0] for other in groups[key]], words)
        found = shared.get(key, {})
        start = found.get(number)
        item[2] = start if start is not None else index.start_of(field, words, frozenset(found.values()))
        matched.update(index.align(words, item[2], {}, least=3, avoid=_avoids(field)))


def _field_findings(field, invented, distant):
    findings = []
    if invented:
        findings.append(Finding.at("tekst", field.text,
                                f"{_count(invented)} van dit veld {'staat' if len(invented) == 1 else 'staan'} "
                                f"niet in de bron ({_shown(invented)}): controleer de tekst van het veld "
                                "(afgebroken of samengevoegde woorden, tekst uit een ander deel)", **_place(field)))
    if distant:
        findings.append(Finding.at("woordplaats", field.text,
                                f"{_count(distant)} van dit veld {'staat' if len(distant) == 1 else 'staan'} "
                                f"in de bron ver van de rest ({_shown(distant)}): controleer of de tekst "
                                "uit een ander deel (een andere kolom of pagina) komt", **_place(field)))
    return findings


def _take_repeats(index, words, title=False):
    """Take every further whole occurrence of a repeated field's words (a title in overview and heading);
    a kerntaak's or werkproces's ``title`` keeps where each occurrence ends (see ``continuing_words``)."""
    size = len(words)
    for position, _ in list(index.positions.get(words[0], [])):
        span = range(position, position + size)
        if position + size > len(index.tokens) or any(p in index.taken for p in span):
            continue
        if spelled([index.tokens[p] for p in span], words):
            for word, p in zip(words, span):
                index.positions[word] = [item for item in index.positions[word] if item[0] != p]
            index.taken.update(span)
            if title:
                index.repeats[span[-1]] = span[0]


def _count(words):
    return "1 woord" if len(words) == 1 else f"{len(words)} woorden"


def _shown(words):
    shown = ", ".join(f"'{word}'" for word in words[:_MAX_SHOWN])
    return shown + (", …" if len(words) > _MAX_SHOWN else "")


def _lost(index, units, titles, joined=frozenset()):
    """Findings for the free words of the document, per line, after the set-aside.

    ``joined``: two words of a field written as one; the document's word boundary moved by a
    correction ("accounten" for "account en"). A free word that goes on right after a whole title
    in its column is lost, also where it looks like a piece of a title (``continuing_words``).
    """
    aside = index.aside
    continuing = word_source.continuing_words(index.tokens, index.taken, index.repeats, titles)
    per_line = collections.defaultdict(list)
    for position, token in enumerate(index.tokens):
        if position not in index.taken and not token.label and (token.line not in aside or position in continuing):
            per_line[token.line].append(position)
    findings = []
    for line, positions in sorted(per_line.items()):
        unit = units[line]
        whole = [token for token in index.tokens if token.line == line]
        free = [index.tokens[position] for position in positions]
        if title_piece(whole, titles) or (len(free) >= 2 and title_piece(free, titles)):
            pieces = {token.column for token in free}
        else:   # a column of the line that is a piece of a title (a heading wrapped in its column)
            pieces = {column for column in {token.column for token in free}
                      if title_piece([token for token in whole if token.column == column], titles)}
        words = [index.tokens[position].word for position in positions
                 if index.tokens[position].word not in joined
                 and (index.tokens[position].column not in pieces or position in continuing)]
        if not words:
            continue
        findings.append(Finding.at("woord", unit.text,
                                   f"{_count(words)} van de bron in geen veld van het profiel ({_shown(words)}): "
                                   "neem de tekst over in het goede veld", regel=unit.regel, pagina=unit.pagina))
    return findings


def word_findings(units, profile, unplaced=(), fix=None):
    """Hold the words of a document against the words of the profile's text fields.

    Parameters
    ----------
    units : sequence of Unit or of tuple of (str, int, int or None)
        The document's lines in order: (text, regel, pagina).
    profile : Profile
    unplaced : sequence of str or of tuple of (str, int or None, int or None), optional
        The lines a reader reports as not placed (text, or (text, regel, pagina) where the
        reader's places are the document's): their words count as placed.
    fix : callable, optional
        The correction of misread letters (default: the readers' own,
        :func:`bcp_analysis.readers.textfix.fix_text`).

    Returns
    -------
    list of Finding
        ``woord`` (a word of the document in no field, at its page and line), ``tekst`` (words
        of a field the document does not hold) and ``woordplaats`` (words of a field far from
        its place).

    Examples
    --------
    >>> from bcp_analysis.readers import load_profile
    >>> profile = load_profile()
    >>> units = [("Sales representative", 1, None), ("Relatiebeheerder en zo", 2, None)]
    >>> [finding.kind for finding in word_findings(units, profile)][:1]
    ['woord']
    """
    if fix is None:
        from bcp_analysis.readers.textfix import fix_text as fix
    units = [Unit(*unit) for unit in units]
    fields = _fields(profile)
    vocabulary = frozenset(word for field in fields for word in words_of(field.text))
    index = _Index(read_tokens(units, fix, vocabulary), units)
    index.aside, index.headings = set_aside(units, fix)
    titles = [words_of(field.text) for field in fields if field.repeated or field.name.endswith(": onderdeel")]
    titles += [words_of(phrase) for phrase in LABEL_PHRASES]
    for item in unplaced:
        text, regel, pagina = (item, None, None) if isinstance(item, str) else tuple(item)
        fields.append(_Field("niet geplaatst", text, regel, pagina, False, reported=False, precise=True))
    findings = _place_fields(index, fields)
    joined = {first + second for field in fields for first, second in itertools.pairwise(words_of(field.text))}
    return _lost(index, units, titles, joined) + findings


def check_words(source, profile, unplaced=()):
    """The audit's check of the words: :func:`word_findings` on the document as the audit reads it.

    A text (``.txt``) and a PDF; a kwalificatiedossier, a structured profile and a format of
    another reader are left out: their text is the fields themselves.

    Parameters
    ----------
    source : bcp_analysis.readers.audit_source.AuditSource
    profile : Profile
    unplaced : sequence of str, optional

    Returns
    -------
    list of Finding
    """
    if not source.laid_out:
        return []   # a structured format (YAML, XML, a reader's own) holds its fields as they are
    return word_findings(source_units(source), profile, unplaced)

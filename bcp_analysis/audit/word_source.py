"""The document's words as the word audit reads them: words in order, a word broken at a line end as one,
and the lines whose words no field holds by its nature (headings, running lines, front matter).

See :mod:`bcp_analysis.audit.words` for how the words are held against the profile.
"""

import collections
import dataclasses
import functools
import re

__all__ = ["Unit", "Token", "words_of", "read_tokens", "set_aside", "running_lines", "title_piece", "title_runs",
           "overlap", "same_column", "starts_part", "ends_part", "continuing_words", "cut_titles", "LABEL_PHRASES"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u00ad": "", "\u2010": "-", "\u2011": "-"})
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*-?", re.UNICODE)
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+(?:19|20)\d\d\b|\b(?:{_MONTHS})\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A list marker at the start of a line or of a column (" | "): a glyph, or an OCR'd bullet "e" / "o".
_MARKER = re.compile(r"(?:^|(?<=\|))\s*(?:[-–—*«»+•·●▪■◦►➢✓.]|[eo](?=\s)|[\ue000-\uf8ff])(?=\s)")
# Labels of a BCP: what a part is called, not what it says.
_LABEL_NAMES = (
    r"(?:Competenties|Resultaat|Resultaten|Kennis(?:\s+van)?|Vaardigheden|Vakkennis(?:\s+en\s+(?:vak)?vaardigheden)?"
    r"|Beschrijving(?:\s+van\s+het)?\s+werkproces|Toelichting(?:\s+op\s+de\s+kerntaak)?|Werkprocessen(?:\s+bij\s+"
    r"kerntaak\s+\d+)?|Kerntaak(?:\s+Werkprocess?en?)?|Werkproces|Typerende\s+beroepshouding|Colofon|Verantwoording"
    r"|Ontwikkeld\s+door|In\s+opdracht\s+van|Geaccordeerd\s+door|Vastgesteld\s+door|Op|Te|Naam|Beroepscompetentieprofiel"
    r"|Inhoud(?:sopgave)?|Bron(?:nen)?|Arbeidsmarkt\w*)")
# A line (or a part of a line between " | ") that is a label and nothing else, a colon allowed: a heading.
_LABEL = re.compile(rf"^\W*{_LABEL_NAMES}\s*:?\W*$", re.IGNORECASE)
# A label capitalised as a heading before its content on one line ("Vastgesteld door: Sectorraad ...",
# "Beschrijving werkproces 3.5 Onderhandelt ..."): only the label is no content. A line that merely starts
# with the word of a label ("op basis van", "Kennis van de markt") is content.
_LEADING_LABEL = re.compile(rf"^\W*{_LABEL_NAMES}(?:\s*:|(?=\s+\d+(?:\.\d+)+\s))")
# The label "Competenties:" at the end of a line of the description beside it, or at the start of a column.
_INLINE_LABEL = re.compile(r"(?:\s\|\s*|\s)Competenties\s*:\s*$|(?<=\|)\s*Competenties\s*:?\s*(?=\||$)")
# Headings of a BCP's tables that may wrap over lines: a line that is a piece of one is a heading.
LABEL_PHRASES = ("werk- en denkniveau c.q. opleidingsniveau", "Kerntaak Werkproces", "Naam Werkzaam bij Namens")
_NUMBERED_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:Kerntaak\s+\d+\b|\d+(?:\.\d+)*\.?\s+[A-Z(])")
_SHORT_LABEL = re.compile(r"^[^.!?]{1,40}:\s*$")
_QUESTION_START = re.compile(r"^\W*(?:Welke|Wat|Wie|Hoe|Waar|Wanneer|Waarom|Is|Zijn|Heeft|Moet|Kan)\b")
_COLOFON = re.compile(r"^\W*Colofon\W*$", re.IGNORECASE)
_PEOPLE = re.compile(r"^\W*Geraadpleegde\s+praktijkdeskundigen", re.IGNORECASE)
_CHAPTER = re.compile(r"^\W*\d\s+[A-Z][a-z]")
_STANDARD_OPENINGS = re.compile(
    r"^\W*(?:In dit hoofdstuk|Hieronder worden|Een kerntaak is|Een werkproces is|Het gaat hierbij om)\b")
_PAGE_NUMBER = re.compile(r"^\W*(?:pagina\s+)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?\W*$", re.IGNORECASE)
_NOISE_REPEATS = 3
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "en/of"})


Unit = collections.namedtuple("Unit", "text regel pagina spans", defaults=((),))
Unit.__doc__ = """One line of the document: its text, its line, (in a PDF) its page, else None, and (in a PDF)
the (left, right) of each part of the line (parts separated by " | "), else empty."""


@dataclasses.dataclass
class Token:
    """A word of the document, with its line (index of its unit) and column."""

    word: str       # lower case, without a hyphen at its end
    line: int       # index of its unit
    broken: bool    # the word ends the line with a hyphen and the next line goes on in lower case
    column: int = 0  # the part of its line (parts of a PDF's line are separated by " | ")
    forms: tuple = ()  # a word broken at a line end: how a field may write it (joined, hyphenated)
    span: tuple = ()   # (left, right) of its part of the line, where the document gives positions
    upper: bool = False  # the word starts with a capital in the document
    label: bool = False  # a word of a label ("Vastgesteld door: ...", or a cell of its own): no content


def words_of(text):
    """The words of a text as the audit compares them: lower case, numbers, dates and month names left out.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str

    Examples
    --------
    >>> words_of("Stelt verkoop- en accountplannen op (30 september 2010), 1.1 collega’s!")
    ['stelt', 'verkoop', 'en', 'accountplannen', 'op', "collega's"]
    """
    return [word.rstrip("-").casefold() for word in _WORD.findall(_clean(text))
            if word.casefold() not in _MONTH_NAMES]


def _clean(text):
    return _DATE.sub(" ", str(text).translate(_QUOTES))

def read_tokens(units, fix, vocabulary=frozenset()):
    """The words of the units in order, list markers left out, letters corrected, line-end breaks joined."""
    tokens = []
    for index, unit in enumerate(units):
        text = fix(_MARKER.sub(" ", _INLINE_LABEL.sub(" ", unit.text.translate(_QUOTES))))
        parts = text.split(" | ")
        if unit.spans and len(parts) != len(unit.spans):
            parts = _parts_of(unit, fix)   # a label left out ("... uit- | Competenties:"): each part keeps its span
        spans = unit.spans if len(unit.spans) == len(parts) else ()
        for column, part in enumerate(parts):
            words = _WORD.findall(_clean(part))
            labels = _label_words(part, len(words))
            for position, word in enumerate(words):
                last = position == len(words) - 1
                broken = last and word.endswith("-") and part.rstrip().endswith(word)
                if word.casefold() not in _MONTH_NAMES:   # a date's month, also with its year on the next line
                    tokens.append(Token(word.rstrip("-").casefold(), index, broken, column,
                                        span=spans[column] if spans else (), upper=word[:1].isupper(),
                                        label=position < labels))
    return _joined_breaks(tokens, units, vocabulary)


def _label_words(part, count):
    """How many of the first words of a line's part (of ``count`` words) are a label: all, where the part is a
    label and nothing else (a colofon's label in a cell of its own); else those of a label before its content."""
    if _LABEL.match(part.strip()):
        return count
    label = _LEADING_LABEL.match(part)
    return len(_WORD.findall(label.group())) if label else 0


def _parts_of(unit, fix=lambda text: text):
    """The parts of a PDF's line one by one, list markers and labels left out (a part may become empty)."""
    parts = []
    for part in unit.text.translate(_QUOTES).split(" | "):
        text = _MARKER.sub(" ", _INLINE_LABEL.sub(" ", " | " + part))
        parts.append(fix(text[3:] if text.startswith(" | ") else text))
    return parts


def _running(units):
    """Indexes of the running lines of a paged document (a header or footer: among the first or last two
    lines of a page, of a shape on three pages or more, or a page number): a page break passes over them."""
    pages = collections.defaultdict(list)
    for index, unit in enumerate(units):
        if unit.text.strip():
            pages[unit.pagina].append(index)
    edges = {index for lines in pages.values() for index in lines[:2] + lines[-2:]}
    shapes = collections.defaultdict(set)
    for index in edges:
        shapes[_shape(units[index].text)].add(units[index].pagina)
    return {index for index in edges if _PAGE_NUMBER.match(units[index].text.strip())
            or len(shapes[_shape(units[index].text)]) >= _NOISE_REPEATS}


def _joined_breaks(tokens, units, vocabulary):
    """A word broken at a line end ("ontwikke-" / "lingen") as one word; its rest may stand lines later
    (a column beside it set on other baselines). A word part before a conjunction ("verkoop-" / "en") stays."""
    merged, dropped = [], set()
    running = _running(units) if any(token.span for token in tokens) else set()
    for position, token in enumerate(tokens):
        if position in dropped:
            continue
        if token.broken and token.span:
            rest = _rest_in_column(tokens, units, position, running)
        else:
            rest = _rest_of(tokens, units, position, vocabulary, dropped) if token.broken else None
        if rest is None:
            token.broken = False
            merged.append(token)
            continue
        after = tokens[rest]
        dropped.add(rest)
        joined = token.word + after.word
        merged.append(dataclasses.replace(token, word=joined, forms=(joined, f"{token.word}-{after.word}")))
    return merged


def _rest_in_column(tokens, units, position, running):
    """The position of the rest of the word broken at ``position`` where the document gives positions, or None.

    The rest is the first word of the next line of the same column: the first part of a later
    line that starts within the broken word's part, from its left edge (an indent under a list
    marker is deeper) to its right, past ``running`` lines (a footer and header at a page break).
    It is a rest when it starts in lower case and is no conjunction ("verkoop-" / "en").
    """
    token = tokens[position]
    left, right = token.span
    for later in range(position + 1, min(position + 200, len(tokens))):
        after, before = tokens[later], tokens[later - 1]
        if after.line > token.line + 8:
            return None
        if (after.line == token.line or (before.line == after.line and before.column == after.column)
                or not after.span or not left - 2 <= after.span[0] < right
                or after.line in running):
            continue
        parts = units[after.line].text.split(" | ")
        text = parts[after.column] if after.column < len(parts) else units[after.line].text
        return later if text.lstrip()[:1].islower() and after.word not in _CONJUNCTIONS else None
    return None


def _rest_of(tokens, units, position, vocabulary=frozenset(), dropped=frozenset()):
    """The position of the rest of the word broken at ``position``, or None.

    The rest is the first word of a part of a next line that starts in lower case and is not
    the rest of another word (``dropped``), in the same column where there is one (the right
    column's rest is the last part of a later line, the left column's the first), else in any.
    In a PDF without positions, a line of the column beside it (on a baseline of its own) may
    stand between: up to three lines are looked at. A rest that makes a word of ``vocabulary``
    (the words of the profile's fields) comes first.
    """
    token = tokens[position]
    reach = 3 if units[token.line].pagina is not None else 1
    right = token.column > 0 and token.column == len(units[token.line].text.split(" | ")) - 1
    candidates = []
    for later in range(position + 1, min(position + 80, len(tokens))):
        after, before = tokens[later], tokens[later - 1]
        if after.line > token.line + reach:
            break
        if (after.line == token.line or (before.line == after.line and before.column == after.column)
                or later in dropped):
            continue   # not the first word of a part of a later line
        parts = units[after.line].text.split(" | ")
        text = parts[after.column] if after.column < len(parts) else units[after.line].text
        if not text.lstrip()[:1].islower():
            continue
        same = after.column == len(parts) - 1 if right else after.column == token.column
        candidates.append((not same, later))
    if not candidates:
        return None
    words = [later for _, later in candidates if token.word + tokens[later].word in vocabulary
             or f"{token.word}-{tokens[later].word}" in vocabulary]
    later = words[0] if words else min(candidates)[1]
    return later if tokens[later].word not in _CONJUNCTIONS else None


def _blank_between(units, first, last):
    return all(not units[index].text.strip() for index in range(first + 1, last))

# --- what the profile does not hold by its nature ----------------------------------------

def _shape(text):
    """A line's shape: its numbers as "#", a column edge (" | ") as a space, so a running line is one shape."""
    return " ".join(re.sub(r"\d+", "#", text.casefold()).replace("|", " ").split())


def set_aside(units, fix=lambda text: text, contents=frozenset()):
    """Indexes of the units whose free words are no content (noise, headings, front matter, standard texts),
    and of those that are headings; ``fix`` corrects a line's letters as the reader does.

    A label is a heading where it is its line (or each part of its line) and nothing else: a line that
    merely starts with the word of a label is content, and so is the content after a label on its line.
    A short line that recurs is noise (a running header) and a heading is no content, unless its words are
    the words of a field, one of ``contents`` (tuples of words): an item of several werkprocessen
    ("Overlegvaardigheden") and a heading that is a part's name ("Inleiding") are content.

    Examples
    --------
    >>> lines = ["Kennis van:", "kennis van de markt", "Op: 30 september 2010", "op basis van de planning"]
    >>> set_aside([Unit(text, number, None) for number, text in enumerate(lines, start=1)])
    ({0}, {0})
    """
    shapes = collections.Counter(_shape(unit.text) for unit in units if unit.text.strip())
    aside = set(_regions(units))
    headings = set()
    question = 0          # lines of a guiding question still to come
    heading = False       # the line before was a heading that may wrap
    for index, unit in enumerate(units):
        text = unit.text.strip()
        if not text:
            continue
        if _QUESTION_START.match(text):
            question = 3
        is_heading = bool(_is_label(fix(text)) or _NUMBERED_HEADING.match(text) or _SHORT_LABEL.match(text))
        wrapped = (heading and text[:1].islower() and len(text.split()) <= 4 and not text.endswith(".")
                   and not _MARKER.match(text))   # a list item under a heading ("e Sales representative")
        if is_heading or wrapped:
            headings.add(index)
        content = tuple(words_of(fix(text))) in contents
        if (question or _PAGE_NUMBER.match(text) or (not content and (
                wrapped or is_heading or (shapes[_shape(text)] >= _NOISE_REPEATS and len(text.split()) <= 8)))):
            aside.add(index)
        heading = is_heading and not text.endswith((".", ":", "?"))
        question = 0 if text.endswith("?") else max(question - 1, 0)
    return aside, headings


def running_lines(units, aside):
    """Indexes of the lines set aside that run at the top or foot of a PDF's pages: among the first two or the
    last two lines with text of a page, their shape there on three pages or more (a running header or footer,
    not a line of content that recurs inside the text).

    Examples
    --------
    >>> units = [Unit(text, 1 + number % 3, 1 + number // 3)
    ...          for number, text in enumerate(["Kennis van de markt", "de klant", "Profiel | 1",
    ...                                         "Kennis van de markt", "de klant", "Profiel | 2",
    ...                                         "Kennis van de markt", "de klant", "Profiel | 3"])]
    >>> sorted(running_lines(units, {0, 2, 3, 5, 6, 8}))
    [0, 2, 3, 5, 6, 8]
    >>> sorted(running_lines(units[:6], {0, 2, 3, 5}))
    []
    """
    pages = collections.defaultdict(list)
    for line, unit in enumerate(units):
        if unit.pagina is not None and unit.text.strip():
            pages[unit.pagina].append(line)
    edges = [line for lines in pages.values() for line in dict.fromkeys(lines[:2] + lines[-2:]) if line in aside]
    shapes = collections.Counter(_shape(units[line].text) for line in edges)
    return {line for line in edges if shapes[_shape(units[line].text)] >= _NOISE_REPEATS}


def _is_label(text):
    """Whether a line is labels only: each of its parts (between " | ") a label, a colon allowed."""
    parts = [part for part in text.split(" | ") if part.strip()]
    return bool(parts) and all(_LABEL.match(part.strip()) for part in parts)


def _paragraphs(texts):
    """(first, last) index of each paragraph: lines up to a blank line or a line ending a sentence or label."""
    found, start = [], None
    for index, text in enumerate(texts):
        if not text:
            if start is not None:
                found.append((start, index - 1))
            start = None
            continue
        if start is None:
            start = index
        if text.endswith((".", ":", "?")):
            found.append((start, index))
            start = None
    if start is not None:
        found.append((start, len(texts) - 1))
    return found


def _blocks(texts):
    """(first, last) index of each run of lines between blank lines."""
    found, start = [], None
    for index, text in enumerate(texts + [""]):
        if text and start is None:
            start = index
        elif not text and start is not None:
            found.append((start, index - 1))
            start = None
    return found


def _regions(units):
    """The introduction before the colofon, the lists of people up to chapter 1, and standard chapter texts."""
    texts = [unit.text.strip() for unit in units]
    region = set()
    colofon = next((index for index, text in enumerate(texts) if _COLOFON.match(text)), None)
    if colofon is not None:
        region.update(range(colofon))
    inside = False
    for index, text in enumerate(texts):
        if _PEOPLE.match(text):
            inside = True
        elif inside and _CHAPTER.match(text):
            inside = False
        if inside:
            region.add(index)
    # a standard text: its block (lines up to a blank line; in a PDF without blank lines, its paragraph)
    blocks = _blocks(texts) if "" in texts else _paragraphs(texts)
    for first, last in blocks:
        text = " ".join(texts[first:last + 1])
        if _STANDARD_OPENINGS.match(text):
            region.update(range(first, last + 1))
    return region


@functools.cache
def _runs(titles):
    """Every run of words of the titles; a run may end in the first part of a word broken at a line end
    ("... op en be") or start with its last part ("waakt de voortgang")."""
    runs = set()
    for title in titles:
        for start in range(len(title)):
            for stop in range(start + 1, len(title) + 1):
                runs.add(" ".join(title[start:stop]))
                if stop < len(title):
                    runs.update(" ".join(title[start:stop] + (title[stop][:cut],))
                                for cut in range(2, len(title[stop])))
            runs.update(" ".join((title[start][cut:],) + title[start + 1:stop])
                        for stop in range(start + 1, len(title) + 1) for cut in range(2, len(title[start]) - 1))
    return frozenset(runs)


def title_runs(titles):
    """Every run of words of the titles (lists of words), a word broken at a line end in it: see :func:`_runs`."""
    return _runs(tuple(tuple(title) for title in titles))


def title_piece(tokens, titles):
    """Whether a line's words are a piece of a heading: a run of words of one title (a wrapped or repeated
    heading), or pieces of titles side by side, each wrapped: first the end of a title or a run of two words
    or more, then whole titles, last the start of a title or such a run. Single words of several titles that
    are none of these ("de" / "junior") are no heading."""
    words = [token.word for token in tokens]
    if not words:
        return False
    runs = title_runs(titles)
    if " ".join(words) in runs:
        return True
    ends, starts, wholes = _title_ends(tuple(tuple(title) for title in titles))
    reach = [True] + [False] * len(words)   # reach[i]: the first i words are pieces of titles
    for stop in range(1, len(words) + 1):
        for start in range(stop):
            piece = " ".join(words[start:stop])
            run = stop - start >= 2 and piece in runs
            if reach[start] and (piece in wholes or (start == 0 and (run or piece in ends))
                                 or (stop == len(words) and (run or piece in starts))):
                reach[stop] = True
                break
    return reach[-1]


@functools.cache
def _title_ends(titles):
    """(ends, starts, wholes): the last words of the titles, their first words (each with a word broken at a
    line end in it, as :func:`_runs` has them, where a whole word of the title goes with it), and the titles
    whole."""
    ends, starts = set(), set()
    for title in titles:
        for cut in range(len(title)):
            ends.add(" ".join(title[cut:]))
            starts.add(" ".join(title[:cut + 1]))
            if cut < len(title) - 1:   # a piece of a broken word with a word of the title after it
                ends.update(" ".join((title[cut][part:],) + title[cut + 1:]) for part in range(2, len(title[cut]) - 1))
            if cut:
                starts.update(" ".join(title[:cut] + (title[cut][:part],)) for part in range(2, len(title[cut])))
    return frozenset(ends), frozenset(starts), frozenset(" ".join(title) for title in titles)


# --- columns, and the rest of a title cut short --------------------------------------------

def overlap(one, two):
    """Whether two parts of lines (left, right) stand one above the other."""
    return one[0] < two[1] and two[0] < one[1]


def same_column(token, other):
    """Whether two words stand in one column: their parts of lines overlap (or, without positions, have one index)."""
    if token.span and other.span:
        return overlap(token.span, other.span)
    return token.column == other.column


def starts_part(tokens, position):
    """Whether the word at ``position`` is the first of its line's part (its line, or its column of the line)."""
    before, token = tokens[position - 1] if position else None, tokens[position]
    return before is None or (before.line, before.column) != (token.line, token.column)


def ends_part(tokens, position):
    """Whether the word at ``position`` is the last of its line's part (its line, or its column of the line)."""
    after, token = tokens[position + 1] if position + 1 < len(tokens) else None, tokens[position]
    return after is None or (after.line, after.column) != (token.line, token.column)


def continuing_words(tokens, taken, repeats, titles):
    """The free words that go on, in their column, right after a whole repeat of a title: the rest of a title
    that a field holds cut short ("Bewaakt de voortgang van verkoop- en" / "accountplannen" in the overview).

    Such a word is no piece of a heading set aside, though it may be a run of another title's words; see
    :func:`_going_on` for the words that go on a title.
    """
    return {position for position in _going_on(tokens, repeats, titles) if position not in taken}


def cut_titles(tokens, starts, repeats, titles):
    """The words that go on, in their column, right after a whole repeat of a title and that open another
    field (one of ``starts``, the first words of the fields that are no title): the rest of a title cut short
    at its heading and put in the description ("Onderhandelt met de" / "account Op basis van ...").
    """
    return {position for position in _going_on(tokens, repeats, titles) if position in starts}


def _going_on(tokens, repeats, titles):
    """The first word in its column after each whole repeat of a title, where it starts in lower case and
    goes on no title: not a longer title when the repeat with it is a run of one ("Bouwt accountrelaties
    op" / "en onderhoudt ze"), nor the text before the repeat in its part of the line when that text with it
    is a run of a title (a kerntaak's cell spanning its werkprocessen, its title wrapped beside them: "... en
    zorgt 2.2 Bouwt accountrelaties op" / "voor de uitbreiding ...")."""
    runs = title_runs(titles)
    for end, start in repeats.items():
        token = tokens[end]
        words = [tokens[position].word for position in range(start, end + 1)]
        before = _part_before(tokens, start)
        for position in range(end + 1, min(end + 40, len(tokens))):
            after = tokens[position]
            if after.line > token.line + 2:
                break
            if after.line != token.line and not same_column(after, token):
                continue
            if after.line == token.line and after.column != token.column:
                continue
            if (not after.upper and not after.label and " ".join(words + [after.word]) not in runs
                    and not (before and after.line != token.line and " ".join(before + [after.word]) in runs)):
                yield position
            break


def _part_before(tokens, start):
    """The words of the line's part before the word at ``start``, in order (empty where it starts the part)."""
    first = start
    while first and not starts_part(tokens, first):
        first -= 1
    return [token.word for token in tokens[first:start]]

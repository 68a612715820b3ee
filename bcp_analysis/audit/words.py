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
  (overview, heading, list): each whole repetition of one is taken by it. A text repeated by nature
  (a level or column of the loopbaan table, an aspect or occupation of the comparison table, the bron
  of the figures) takes for each row the whole occurrence nearest the row's line; one that no row is
  nearest to is lost. The profile's own title (the colofon's ``titel``) takes its first occurrence and
  those on a running line or on a line of their own: elsewhere it is a field's text ("Junior
  accountmanager" as a function of the loopbaan table), lost where that field lost it. An item takes the words
  that follow its start in its column. A line the reader reports as not placed takes its words
  where they stand whole on its page, or none.
- **Set aside** are the words the profile does not hold by its nature: running headers,
  footers and page numbers (a short line that recurs three times or more, a line of a number),
  headings (a line that is a label of a BCP and nothing else, numbered headings, "Kerntaak N",
  a line ending in ":" of a few words, a guiding question), the words of a label before its
  content ("Vastgesteld door: ...") or in a cell of its own, but not the content itself nor a
  line that merely starts like a label ("op basis van"), the introduction before the colofon,
  the lists of people after it (from "Geraadpleegde praktijkdeskundigen" to chapter 1), and the
  standard texts that open a chapter ("In dit hoofdstuk ..."). A recurring line or a heading
  whose words are a field's text ("Overlegvaardigheden" in four werkprocessen, a part's name)
  is content all the same.

What is left is a finding: kind ``woord`` for words of the document in no field (with the
page and line) and for the rest of a title that another field opens with (a title cut short at
its heading: the word goes on the title in its column), ``tekst`` for words of a field that the
document does not hold (with the field); both are in ``LOST_KINDS``: ``validate`` fails on
them. So is an item of a list whose words stand between the words of the item before or after it,
or that starts right after the last word of the item before it, inside that item's line (words
moved from one item to the next), and, in a PDF, a field printed once whose words stand in another
order (a run of two or more of them before the field's word before it). A field's word that stands
far from the field's place (more than a page in a PDF, more than 150 lines in a text) or, for a
field printed once, more than 12 lines from the field's word before it, is a finding of kind
``woordplaats`` for a reviewer; found only on a heading or a line set aside there (more than two
lines from it), it is not the field's. A title whole only in another copy (the overview, as its line
reads) whose heading at its place in a PDF lacks some of its words is a finding of kind ``titel``: the
overview's line may hold a word of the column beside it. In a PDF (see
:mod:`bcp_analysis.audit.word_places`) a field printed once takes no word of a running header or
footer, nor of a heading above its word before it or on another page, and an item no word of a label
("Kennis van:"); a word of such a field in another column than its words around it, or of an item on
a line above its word before it or more than two lines below it, is a ``woordplaats`` finding too.
"""

import collections
import dataclasses
import re

from bcp_analysis.audit import word_repeats, word_source, word_starts
from bcp_analysis.audit.report import Finding
from bcp_analysis.audit.word_index import WordIndex
from bcp_analysis.audit.word_places import APART, apart, island, lines_apart, off_its_line, set_aside_from
from bcp_analysis.audit.word_source import Unit, read_tokens, title_piece, words_of

__all__ = ["Unit", "source_units", "word_findings", "check_words", "words_of"]

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
             ("loopbaan", "niveau"), ("vergelijking", "aspect"), ("vergelijking", "beroep")}
_TITLES = ("kerntaken ", "werkprocessen ")   # the names of the fields that hold their titles
_COUNTED = ("loopbaan ", "arbeidsmarkt", "vergelijking ")   # the names of the fields repeated by nature, one per row
_OWN_TITLE = "colofon: titel"   # the name of the profile's own title (see ``word_repeats.title_at``)
# Tables whose rows' regel is where the row's own text starts.
_PRECISE = ("competenties", "resultaten", "kennis", "vaardigheden", "gedrag", "vakkennis", "loopbaan")
# Texts of several paragraphs without a place: each paragraph is placed by itself.
_PARAGRAPHS = {("beschrijving", "tekst"), ("trends", "tekst")}
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
                # a part of chapter 1 has no place: each paragraph is placed by itself (a table may stand between)
                paragraphs = text.split("\n\n") if (table, column) in _PARAGRAPHS else [text]
                for number, paragraph in enumerate(paragraphs, start=1):
                    name = f"{label}: {column}" + (f", alinea {number}" if len(paragraphs) > 1 else "")
                    found.append(_Field(name, paragraph.replace("_", " "), _int(row.get("regel")),
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


def _place(field):
    """The place of a field as Finding.at takes it: its name, and its line and page where it has them."""
    return {"part": field.name, "regel": field.regel, "pagina": field.pagina}


def _order(field):
    """Fields with a place first, long ones before short ones (a description is aligned as a whole)."""
    return (field.reported, field.repeated, field.regel is None, -len(field.text))


def _avoids(field):
    """Whether a field (printed once) takes words on heading and running lines only when it finds them nowhere else."""
    return not field.repeated


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
    """Take the field's words no pass matched, each nearest the word before it (``matched`` gets them):
    (not found, far away). A word found only on a heading or a line set aside far away, or (a field printed
    once: no title) more than two lines from the field's word before it, is not the field's: it counts
    as not found, unless the document writes it and the next word as one ("accounten" for "account en").

    A word a pass matched counts as far away too where it stands far from the word before it, in a PDF or
    for a field without a place; not in a text with a place: a text made by OCR may hold a line of a
    description among the lines of the column beside it (raw line 769 of the bundled text), and the text
    reader puts it back."""
    invented, distant = [], []
    title = field.repeated and field.regel is not None
    for number, word in enumerate(words):
        if number in matched and ((title and number - 1 in matched and (
                off_its_line(index, anchor, matched[number]) or set_aside_from(index, field, matched[number], anchor)))
                or (field.precise and index.tokens[matched[number]].label)):
            # a title's word from another copy of it or a heading (see below), an item's from a label ("Kennis van:")
            index.release(matched.pop(number), word)
        if number in matched:
            if (number and (field.pagina is not None or field.regel is None)
                    and apart(index, field, anchor, matched[number])) or island(index, field, matched, number):
                distant.append(word)   # taken by a pass, far from its words around it (not in a text: see below)
            anchor = matched[number]
            continue
        position = index.take(word, anchor, field.tolerant)
        if position is not None and set_aside_from(index, field, position, anchor):
            index.release(position, word)
            position = None
        if position is None and number + 2 < len(words) and number + 1 not in matched:
            # the document writes it and the next word as one ("accounten maakt" where the reader corrects it to
            # "account en maakt"): where the word after the two follows in its column
            position = _joined_at(index, word + words[number + 1], words[number + 2], anchor)
            if position is not None:
                matched[number + 1] = position
        if position is None:
            invented.append(word)
            continue
        matched[number] = position
        if title and off_its_line(index, anchor, position):
            # a title printed nowhere whole takes its words from its heading or the overview, each one place: a
            # word found only elsewhere is no word of the title as printed (its words added once more)
            index.release(position, word)
            del matched[number]
            invented.append(word)
        elif apart(index, field, anchor, position) or island(index, field, matched, number):
            distant.append(word)
        else:
            anchor = position
    return invented, distant


def _joined_at(index, joined, after, near):
    """Take a free ``joined`` nearest ``near`` that the word ``after`` follows in its column: its position or None."""
    for position, width in index.positions.get(joined, []):
        if width != 1 or position in index.taken or index.far(near, position):
            continue
        token = index.tokens[position]
        following = next((other for other in index.tokens[position + 1:position + 40]
                          if (other.line, other.column) == (token.line, token.column)
                          or (other.line != token.line and word_source.same_column(other, token))), None)
        if following is not None and following.word == after:
            index.taken.add(position)
            return position
    return None


def _place_fields(index, fields):
    """Take every field's words from the document; findings for words it lacks or holds far away.

    In passes, so that a field does not take a word that belongs to a field beside it: first
    runs of three or more words in order near each field's place, then single words in order
    near the runs, then each word left nearest to the field's word before it. A title printed
    whole as a heading is taken first; then the fields that are printed once; then every other
    whole repeat of a title; then a title printed nowhere whole takes its words from what is left.
    """
    todo, repeated = _to_place(index, fields)
    titles = {field.text for field in fields if field.name.startswith(_TITLES) and field.name.endswith(": titel")}
    # a longer title first: a shorter one inside it ("Bouwt accountrelaties op") leaves it whole
    repeated = sorted(repeated, key=lambda text: (-len(words_of(text)), text))
    whole = collections.Counter()
    for text in repeated:
        if text in titles:   # a title as a heading is the title's before any other field takes a word of it
            whole[text] += word_repeats.take_repeats(index, words_of(text), True, headings_only=True)
    findings = _passes(index, [item for item in todo if not item[0].repeated])
    rows = _rows_of(index, fields)
    own = {field.text for field in fields if field.name == _OWN_TITLE}
    for text in repeated:
        where = word_repeats.title_at(index, words_of(text)) if text in own else None
        whole[text] += word_repeats.take_repeats(index, words_of(text), text in titles, rows=rows.get(text),
                                                 where=where)
    # a title whose only whole occurrences ran into the words of other fields ("Evalueert de verkoopresultaten"
    # and the "De" that opens the description after it, for a title "… verkoopresultaten de") is placed as any
    placing = {item[0].text for item in todo}
    for field in sorted(fields, key=_order):
        if field.text in titles and not whole[field.text] and field.text not in placing:
            placing.add(field.text)
            todo.append([field, words_of(field.text), None, {}])
    findings += _passes(index, [item for item in todo if item[0].repeated])
    used = set()   # the whole repeats near a field's line that it stands at: each is one field's
    for field in fields:
        words = words_of(field.text)
        if not (field.repeated and field.regel is not None and words) or field.text in rows:
            continue   # a text repeated by nature took its occurrences above, one per row
        near = word_starts.whole_near(index, field, words, used)
        if near is not None:
            used.add(near)
            continue
        # a title at its own heading, wrapped or beside other text: its words still free there
        found = index.align(words, index.start_of(field, words), {}, least=1)
        if whole[field.text] and 2 <= len(found) < len(words) and field.pagina is not None:
            findings.append(_heading_finding(field, [word for number, word in enumerate(words) if number not in found]))
    return findings


def _heading_finding(field, missing):
    """A ``titel`` finding: a title whole elsewhere (the overview) whose heading at its place lacks ``missing``."""
    return Finding.at("titel", field.text,
                      f"{_count(missing)} van de titel {'staat' if len(missing) == 1 else 'staan'} niet in de kop op "
                      f"zijn plaats ({_shown(missing)}), wel in een andere kopie (het overzicht): controleer of die "
                      "woorden bij de titel horen of uit de kolom ernaast komen", **_place(field))


def _rows_of(index, fields):
    """{text: the places (positions) of its rows} of the texts repeated by nature that every row holding them
    places (a level of the loopbaan table, an aspect or occupation of the comparison, the bron of the figures;
    not a title, not the colofon)."""
    rows, unplaced = collections.defaultdict(list), set()
    for field in fields:
        if field.repeated and field.name.startswith(_COUNTED):
            if field.regel is None:
                unplaced.add(field.text)
            else:
                rows[field.text].append(word_starts.start_of_line(index, field))
    return {text: places for text, places in rows.items() if text not in unplaced}


def _passes(index, todo):
    """The passes of :func:`_place_fields` over the fields to place: their findings."""
    _start(index, todo)
    todo = [item for item in todo if item[2] is not None and (item[0].reported or item[0].pagina is None)]
    for field, words, anchor, matched in todo:
        matched.update(index.fill_gaps(words, anchor, matched, field.tolerant, _avoids(field)))
    findings = []
    for field, words, anchor, matched in todo:
        invented, distant = _rest(index, field, words, anchor, matched)
        index.joined.update(words[number] + words[number + 1] for number in range(len(words) - 1)
                            if matched.get(number + 1, -1) - matched.get(number, -3) != 1)
        if field.reported:
            findings += _field_findings(field, invented, distant) + _order_findings(index, field, words, matched)
            if not field.repeated and 0 in matched:
                index.starts.add(matched[0])
    return findings + _inside_others(index, todo)


def _order_findings(index, field, words, matched):
    """A finding for a field printed once whose words stand in the PDF in another order: a run of two or
    more of its words that stands before the field's word before it, close by in its column (a reader that
    put the end of a line after the next line: "… en de verwerkt in het verkoop-/ordersysteem. gemaakte
    afspraken zijn").

    Not in a text: a text made by OCR may hold the lines of an item out of order (raw lines 959 and 961 of
    the bundled text), and the text reader puts them back in order."""
    if field.repeated or field.pagina is None:
        return []
    for number in range(1, len(words) - 1):
        here, before, after = matched.get(number), matched.get(number - 1), matched.get(number + 1)
        if None in (here, before, after) or not here < before or after != here + 1:
            continue
        if (lines_apart(index, here, before) <= APART and not index.far(here, before)
                and word_source.same_column(index.tokens[here], index.tokens[before])):
            return [Finding.at("tekst", field.text, f"de woorden van dit veld staan in de bron in een andere volgorde: "
                               f"'{words[number]} {words[number + 1]}' staat er vóór '{words[number - 1]}': "
                               "controleer de volgorde van de tekst", **_place(field))]
    return []


def _inside_others(index, todo):
    """Findings for items of one list (the kennis of a werkproces) whose words stand between the words of
    the item before or after it: an item stands on its own lines, so such words are the other item's (a
    reader that moved "de daaraan gekoppelde" from the end of one item into the next), and an item that starts
    right after the last word of the item before it, inside that item's line part."""
    lists = collections.defaultdict(list)
    for field, words, _, matched in todo:
        if field.precise and field.reported and field.regel is not None and matched:
            lists[field.name].append((field, words, matched))
    findings = []
    for items in lists.values():
        items.sort(key=lambda item: (item[0].pagina or 0, item[0].regel))
        for before, after in zip(items, items[1:]):
            last, first = max(before[2].values()), min(after[2].values())
            if first == last + 1 and not word_source.starts_part(index.tokens, first):
                # the item goes on right after the one before it, inside its line: the end of the item before
                findings.append(Finding.at(
                    "tekst", after[0].text, f"dit item begint in de bron midden in de regel van het item ervoor "
                    f"('{index.tokens[last].word} {index.tokens[first].word}'): controleer waar het item begint",
                    **_place(after[0])))
            for (field, words, matched), other in ((after, before[2]), (before, after[2])):
                low, high = min(other.values()), max(other.values())
                inside = [words[number] for number, position in sorted(matched.items()) if low < position < high
                          and word_source.same_column(index.tokens[position], index.tokens[low])]
                if inside:
                    findings.append(Finding.at(
                        "tekst", field.text, f"{_count(inside)} van dit veld {'staat' if len(inside) == 1 else 'staan'}"
                        f" in de bron binnen een ander item van de lijst ({_shown(inside)}): controleer welk item "
                        "deze woorden heeft", **_place(field)))
    return findings


def _start(index, todo):
    """Set each field's start and take its runs of three or more words there (``align``), in turn.

    Items of one text on one page (a competency of two werkprocessen) each get their own
    occurrence of it (:func:`bcp_analysis.audit.word_starts.shared_starts`), fixed when the first of them
    comes, so that one does not take the other's. An item takes the words that follow its start in its
    column (passing over a running footer between two pages), then runs around it. A line the reader
    reports as not placed, in a PDF, takes its words where they stand whole on its page; where they stand
    so nowhere (a field holds them: the reader read a title twice), it takes none and gets no start
    (None), so it takes no word of a field elsewhere.
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
        if not field.reported and field.pagina is not None:
            # a line the reader reports as not placed takes its words whole on its page, or none (a field holds them)
            run = word_starts.whole_on_page(index, field, words)
            item[2] = None if run is None else run[0]
            matched.update(enumerate(run or ()))
            index.taken.update(run or ())
            continue
        if field.precise:
            # an item takes the words that follow its start in its column first (past a page's footer)
            run = index.run(item[2], words)
            if len(run) >= min(3, len(words)):
                matched.update(enumerate(run))
                index.taken.update(run)
        matched.update(index.align(words, item[2], matched, least=3, avoid=_avoids(field)))


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


def _count(words):
    return "1 woord" if len(words) == 1 else f"{len(words)} woorden"


def _shown(words):
    shown = ", ".join(f"'{word}'" for word in words[:_MAX_SHOWN])
    return shown + (", …" if len(words) > _MAX_SHOWN else "")


def _lost(index, units, titles):
    """Findings for the free words of the document, per line, after the set-aside.

    A free word that is two words of a field written as one, where the field did not find the two
    side by side (``index.joined``), is that field's finding: the document's word boundary
    moved by a correction ("accounten" for "account en"). A free word that goes on right after a whole title
    in its column is lost, also where it looks like a piece of a title (``continuing_words``).
    """
    aside = index.aside
    continuing = word_source.continuing_words(index.tokens, index.taken, index.repeats, titles)
    per_line = collections.defaultdict(list)
    for position, token in enumerate(index.tokens):
        if position not in index.taken and not token.label and (token.line not in aside or position in continuing):
            per_line[token.line].append(position)
    findings = _cut_findings(index, units, titles)
    for line, positions in sorted(per_line.items()):
        unit = units[line]
        whole = [token for token in index.tokens if token.line == line]
        free = [index.tokens[position] for position in positions]
        # the free words together only where they stand side by side: a piece of a title and a word another field
        # lost, with that field's words between them ("De" of a description, "verkoopresultaten" of a title
        # wrapped beside it), are no piece
        if title_piece(whole, titles) or (len(free) >= 2 and positions[-1] - positions[0] == len(free) - 1
                                          and title_piece(free, titles)):
            pieces = {token.column for token in free}
        else:   # a column of the line that is a piece of a title (a heading wrapped in its column)
            pieces = {column for column in {token.column for token in free}
                      if title_piece([token for token in whole if token.column == column], titles)}
        words = [index.tokens[position].word for position in positions
                 if index.tokens[position].word not in index.joined
                 and (index.tokens[position].column not in pieces or position in continuing)]
        if not words:
            continue
        findings.append(Finding.at("woord", unit.text,
                                   f"{_count(words)} van de bron in geen veld van het profiel ({_shown(words)}): "
                                   "neem de tekst over in het goede veld", regel=unit.regel, pagina=unit.pagina))
    return findings


def _cut_findings(index, units, titles):
    """Findings for the words that go on a title in the document and that another field holds (a title cut
    short at its heading, its rest put in the description): see ``word_source.cut_titles``."""
    per_line = collections.defaultdict(list)
    for position in sorted(word_source.cut_titles(index.tokens, index.starts, index.repeats, titles)):
        per_line[index.tokens[position].line].append(index.tokens[position].word)
    return [Finding.at("woord", units[line].text,
                       f"{_count(words)} van de bron {'gaat' if len(words) == 1 else 'gaan'} verder na een titel "
                       f"maar {'staat' if len(words) == 1 else 'staan'} in een ander veld ({_shown(words)}): "
                       "controleer of de titel is afgebroken en neem de rest over in de titel",
                       regel=units[line].regel, pagina=units[line].pagina)
            for line, words in sorted(per_line.items())]


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
    index = WordIndex(read_tokens(units, fix, vocabulary), units)
    index.aside, index.headings = word_source.set_aside(units, fix, {tuple(words_of(field.text)) for field in fields})
    index.running = word_source.running_lines(units, index.aside)
    # the pieces of a title wrapped in its column are no loss; not of the profile's own title, whose occurrences
    # are the title's only where it stands on its own (``word_repeats.title_at``)
    titles = [words_of(field.text) for field in fields if (field.repeated and not field.name.startswith(_COUNTED)
                                                          and field.name != _OWN_TITLE)
              or field.name.endswith(": onderdeel")]
    titles += [words_of(phrase) for phrase in word_source.LABEL_PHRASES]
    for item in unplaced:
        text, regel, pagina = (item, None, None) if isinstance(item, str) else tuple(item)
        fields.append(_Field("niet geplaatst", text, regel, pagina, False, reported=False, precise=True))
    findings = _place_fields(index, fields)
    return _lost(index, units, titles) + findings


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

"""The readers of the front matter: where the parts of a BCP text start, the colofon and chapter 1."""

import collections
import re

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.readers.bcp_text.labour import is_labour_market, read_labour_market
from bcp_analysis.readers.bcp_text.lines import content
from bcp_analysis.readers.bcp_text.prose import ItemList, is_label, iso_date, join, key, paragraphs, strip_bullet
from bcp_analysis.readers.bcp_text.vocabulary import (
    BESCHRIJVING,
    BRON,
    CHAPTER,
    COLOFON,
    COLOFON_DETAIL,
    COLOFON_KEYS,
    KERNTAAK,
    NOISE,
    PROFILE,
    QUESTION_START,
    SKIPPED,
    SUBSECTION,
    TABLE_HEADER,
    WERKPROCES_ID,
    WERKPROCESSEN_BIJ,
)

__all__: list[str] = []  # nothing of it is used outside its layer


def find_parts(state):
    """Return the index of the first line of the werkproces descriptions and of the overview (or None)."""
    lines = state.lines
    headings = [(index, int(match.group(1))) for index, line in enumerate(lines)
                if line.noise is None and (match := KERNTAAK.match(line.text))]
    descriptions = [index for index, line in enumerate(lines) if line.noise is None and BESCHRIJVING.match(line.text)]
    if not headings:
        _fail(state, "geen kerntaak gevonden: er is geen kop 'Kerntaak 1', 'Kerntaak 2', ...",
              "controleer of dit de tekst van een beroepscompetentieprofiel is (hoofdstuk 'Beschrijving "
              "van de kerntaken' met koppen 'Kerntaak N' en 'Beschrijving werkproces')")
    if not descriptions:
        _fail(state, "geen werkproces gevonden: er is geen kop 'Beschrijving werkproces'",
              "controleer of de tekst het hoofdstuk met de beschrijving van de kerntaken en werkprocessen bevat")
    detail = _detail_start(lines, descriptions[0])
    if detail is None:
        _fail(state, "geen kerntaak met een 'Beschrijving werkproces' eronder gevonden",
              "zet de koppen 'Kerntaak N' boven de beschrijvingen van hun werkprocessen")
    overview = headings[0][0] if headings[0][0] < detail else None
    return detail, overview


def _detail_start(lines, first_description):
    """The first heading of the last run of kerntaak headings before the first 'Beschrijving werkproces'.

    Walking back from that description, the run of headings with one number ends at a chapter
    heading, at a heading with another number, or at werkproces-id lines that stand under a heading
    without a 'Werkprocessen bij kerntaak N' between them (an overview, which may list a single
    kerntaak with the same number as the description's). A werkproces-id line right above the
    description is its own title (a layout that prints the title above the columns), not an
    overview. Returns None when no heading precedes.
    """
    start = number = None
    listed = False      # werkproces-id lines seen (walking back) since the last 'Werkprocessen bij' line
    own_title = True    # the first line with text above the description may be its title
    for index in range(first_description - 1, -1, -1):
        line = lines[index]
        if line.noise is not None:
            continue
        text = line.text
        if own_title:
            own_title = False
            if WERKPROCES_ID.match(text):
                continue
        if WERKPROCESSEN_BIJ.match(text):
            listed = False
        elif match := KERNTAAK.match(text):
            if listed or (number is not None and match.group(1) != number):
                break
            start, number = index, match.group(1)
        elif CHAPTER.match(text):
            break
        elif WERKPROCES_ID.match(text):
            if start is not None:
                break
            listed = True
    return start


def _fail(state, problem, fix):
    raise ProfileError(state.source, "tekst", problem, fix)


def is_title(state, text):
    """Whether a line repeats the occupation's title of the running footer."""
    return bool(state.footer_title) and normalize_name(text) == normalize_name(state.footer_title)


def _sections(state, start, stop):
    """The chapter and paragraph headings in [start, stop): [(index, 'hoofdstuk'|'paragraaf'|'einde', match)]."""
    lines = state.lines
    chapters = [index for index in range(start, stop)
                if lines[index].noise is None and CHAPTER.match(lines[index].text)
                and not KERNTAAK.match(lines[index].text)]
    boundaries = []
    for index in range(chapters[0] if chapters else start, stop):
        line = lines[index]
        if line.noise is not None:
            continue
        if index in chapters:
            boundaries.append((index, "hoofdstuk", CHAPTER.match(line.text)))
        elif (match := SUBSECTION.match(line.text)) and boundaries:
            chapter = next((b for b in reversed(boundaries) if b[1] == "hoofdstuk"), None)
            if chapter and match.group(1) == chapter[2].group(1):
                boundaries.append((index, "paragraaf", match))
    boundaries.append((stop, "einde", None))
    return (chapters[0] if chapters else start), boundaries


def read_front(state, start, stop, section_readers=()):
    """Read the front matter (colofon), chapter headings and the sections of chapter 1.

    ``section_readers`` are (test on the lower-case title, reader(state, heading line, body, stop)) for
    paragraphs this module does not read itself (career, labour market).
    """
    first_chapter, boundaries = _sections(state, start, stop)
    _read_colofon(state, start, first_chapter)
    for (index, kind, match), (next_index, _, _) in zip(boundaries, boundaries[1:]):
        line = state.lines[index]
        state.ledger.place(line, NOISE, "kop")
        body = index + 1
        if kind == "hoofdstuk":
            body = _heading_continuation(state, body, next_index)
            _read_introduction(state, body, next_index)
            continue
        title = match.group(3).lower()
        reader = next((reader for test, reader in section_readers if test(title)), None)
        if reader is not None:
            reader(state, line, body, next_index)
        elif "functiebenaming" in title:
            _read_bullets(state, body, next_index, state.functiebenamingen, "functiebenamingen")
        elif "beschrijving" in title:
            read_labelled(state, body, next_index, "beschrijving", state.beschrijving)
        elif "trend" in title:
            read_labelled(state, body, next_index, "trends", state.trends,
                          block_readers=((is_labour_market, read_labour_market),))
        else:
            state.warnings.append(
                f"onderdeel '{line.text}' ({state.where(line.number)}) is niet uitgelezen; neem het met de hand over")
            for item, _ in content(state.lines, body, next_index):
                state.ledger.leave(item)


def _heading_continuation(state, start, stop):
    """Place a short lower-case line right under a heading as part of it; return the next index."""
    if start < stop:
        line = state.lines[start]
        if line.noise is None and line.text[0].islower() and len(line.text.split()) <= 3:
            state.ledger.place(line, NOISE, "kop")
            return start + 1
    return start


def _read_introduction(state, start, stop):
    """A chapter's introduction: skipped; a line that repeats the title is the title."""
    for line, _ in content(state.lines, start, stop):
        if TABLE_HEADER.match(line.text):
            state.ledger.place(line, NOISE, "kop")
        elif is_title(state, line.text):
            state.ledger.place(line, PROFILE, "meta.titel")
        else:
            state.ledger.place(line, SKIPPED, "hoofdstukinleiding")


def _read_colofon(state, start, stop):
    """Front matter: the colofon's labels go to meta, the rest is skipped."""
    meta, ledger = state.meta, state.ledger
    label = None
    last_by = None
    detail = None
    for line, blank in content(state.lines, start, stop):
        if match := COLOFON.match(line.text):
            label = COLOFON_KEYS[match.group(1).lower()]
            last_by = label
            if match.group(2):
                meta[label] = match.group(2)
                label = None
            ledger.place(line, PROFILE, f"meta.{last_by}")
            continue
        if (alone := re.match(r"^(Op|Te)\s*:?$", line.text)) and last_by:
            detail = alone.group(1)   # "Op" in a cell of its own, its value in the cell beside it
            ledger.place(line, PROFILE, f"meta.{last_by}")
            label = None
            continue
        if detail and last_by and not COLOFON.match(line.text):
            line_text, detail = f"{detail}: {line.text}", None
        else:
            line_text, detail = line.text, None
        if (match := COLOFON_DETAIL.match(line_text)) and last_by:
            if match.group(1) == "Op":
                field = last_by.replace("_door", "_op")
                meta[field] = iso_date(match.group(2)) or match.group(2)
            else:
                field = "plaats"
                meta.setdefault("plaats", match.group(2))
            ledger.place(line, PROFILE, f"meta.{field}")
            label = None
            continue
        if label and (not blank or label not in meta):
            meta[label] = join(meta.get(label, ""), line.text)
            ledger.place(line, PROFILE, f"meta.{label}")
            continue
        label = None
        ledger.place(line, SKIPPED, "voorwerk")


def _read_bullets(state, start, stop, target, where):
    items = ItemList()
    for line, _ in content(state.lines, start, stop):
        text, bullet = strip_bullet(line.text)
        if bullet:
            items.add_bullet(text, line)
        elif not items.add_plain(text, line):
            state.ledger.place(line, SKIPPED, "hoofdstukinleiding")
            continue
        state.ledger.place(line, PROFILE, where)
    found, _ = items.finish()
    target.extend(text for text, _ in found)


def _blocks(state, start, stop):
    """The lines of [start, stop) in blocks separated by blank lines or page noise."""
    blocks = []
    block = []
    for line, blank in content(state.lines, start, stop):
        if blank and block:
            blocks.append(block)
            block = []
        block.append(line)
    if block:
        blocks.append(block)
    return blocks


def labelled_blocks(state, start, stop):
    """Split a section of labelled texts into [(label key, label lines, question lines, content lines)].

    A label is a short block ('Werkomgeving'), never a source line ('Bron: ...'); a guiding
    question ('Welke ...?') follows it.
    Text before the first label has the label ``inleiding``.
    """
    parts = []
    label, label_lines = "inleiding", []
    expect_content = False
    for block in _blocks(state, start, stop):
        texts = [line.text for line in block]
        if not expect_content and is_label(texts) and not BRON.match(texts[0]):
            label, label_lines = key(" ".join(texts)), block
            parts.append((label, label_lines, [], []))
            expect_content = True
            continue
        expect_content = False
        rest, question = block, []
        if QUESTION_START.match(texts[0]) and any(text.endswith("?") for text in texts):
            last = max(position for position, text in enumerate(texts) if text.endswith("?"))
            question, rest = block[:last + 1], block[last + 1:]
            expect_content = not rest
        if not parts or parts[-1][0] != label:
            parts.append((label, [], [], []))
        parts[-1][2].extend(question)
        parts[-1][3].append(rest)
    return parts


def read_labelled(state, start, stop, where, target, block_readers=()):
    """A section of labelled texts: a short label, a guiding question, paragraphs, into ``target``.

    ``block_readers`` are (test(label key, content blocks), reader(state, content blocks)) for
    labelled texts read in another way as well (the labour-market figures); their prose is still kept.
    """
    pieces = collections.defaultdict(list)
    for label, label_lines, question, blocks in labelled_blocks(state, start, stop):
        for line in label_lines:
            state.ledger.place(line, NOISE, "kop")
        for line in question:
            state.ledger.place(line, NOISE, "leidende vraag")
        if "beroepshouding" in label:
            _read_attitudes(state, blocks)
            continue
        reader = next((reader for test, reader in block_readers if test(label, blocks)), None)
        kept = reader(state, blocks) if reader is not None else blocks
        for block in kept:
            for position, line in enumerate(block):
                pieces[label].append((line.text, position == 0))
                state.ledger.place(line, PROFILE, f"{where}.{label}")
    for label, texts in pieces.items():
        text = paragraphs(texts)
        if text:
            target[label] = text


def _read_attitudes(state, blocks):
    """'De junior accountmanager moet:' and its bullets, into beroepshouding."""
    for block in blocks:
        attitudes = ItemList()
        for line in block:
            text, bullet = strip_bullet(line.text)
            if bullet:
                attitudes.add_bullet(text, line)
            elif line.text.endswith(":") and not attitudes.items:
                state.ledger.place(line, NOISE, "kop")
                continue
            elif not attitudes.add_plain(text, line):
                state.ledger.leave(line)
                continue
            state.ledger.place(line, PROFILE, "beroepshouding")
        items, _ = attitudes.finish()
        state.beroepshouding.extend(item for item, _ in items if item not in state.beroepshouding)

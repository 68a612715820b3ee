"""Competencies of the source held against the profile's table ``competenties``.

**Competenties lists.** A list runs from a line "Competenties:" (alone, or at the end of a
line of the description beside it) to the next heading (Resultaat, Kennis, Vaardigheden,
Vakkennis, Beschrijving werkproces, Kerntaak, Toelichting). Its werkproces is the last id
named before it. In it, every line is read whole and after each column separator
(" | ", " - ", a bullet): a part that is one of the 25 competencies (tolerant matching), or
the first two or more words of one (a name wrapped over two lines), must be a row of
``competenties`` for that werkproces at that line (in a PDF: on that page); a part that is
none of them but looks like a name (a capital, at most six words, no closing punctuation,
no digits) is an unknown competency when it has a bullet, stands after a separator, or
stands alone on a line between other items of the list (and does not open like a sentence:
"De", "Hij", "Dit", ...). Running headers and footers (texts on three or more lines, one of
them outside the lists) and page numbers are no names. A line outside the lists that is a
competency name on its own must be a row of ``competenties`` at that line; where it is an item
of another list (a vaardigheid at that line), the finding (kind ``plaats``) asks to check it. A
row is compared with a line by the field the source names (``AuditSource.rows_at``: the line of
a text, the page of a PDF).

A structured document gives its lists (``AuditSource.competency_lists``): every item of a list
of a werkproces of the profile (named by its id, or by the line its row's ``regel`` names), for
every profiel or for this one (a kwalificatiedossier's *aanvullende* competencies), must be a
row of that werkproces.
"""

import collections
import functools
import re

from bcp_analysis.audit.report import Finding
from bcp_analysis.audit.werkprocessen import id_mentions, kerntaak_numbers, structure_start
from bcp_analysis.model.competencies import competency_names, fuzzy_competency, nearest_competencies, normalize_name
from bcp_analysis.readers.audit_source import SourceLine
from bcp_analysis.readers.hyphenation import join_lines

__all__: list[str] = []  # nothing of it is used outside its layer

_HEADING_START = re.compile(r"^\W*(?:Competenties\s*:?\s*$|Resultaat|Resultaten|Kennis|Vaardigheden|Vakkennis"
                            r"|Beschrijving\s+(?:van\s+het\s+)?werkproces|(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+\d|Toelichting)",
                            re.IGNORECASE)
# The header row of a table drawn cell by cell: a werkproces per row, its competencies in the cell beside it.
_TABLE_HEADER = re.compile(r"^\W*Werkproces(?:sen)?\s*\|?\s*Competenties\s*:?\s*$", re.IGNORECASE)
_COMPETENTIES_ALONE = re.compile(r"^\W*Competenties\s*:?\s*$", re.IGNORECASE)
_COMPETENTIES_END = re.compile(r"^(.*\S)(?:\s+\|\s*Competenties\s*:?|\s+Competenties\s*:)\s*$")
_SEPARATOR = re.compile(r"\s(?:\|(?:\s+[-–—*«»+•·.])?|[-–—*«»+•·.])\s+")
_BULLET = re.compile(r"^\s*(?:[|\-–—*«»+•·●▪■◦►➢✓\uf0b7](?=\s)|[eo.](?=\s))(?:\s*[-–—*«»+•·](?=\s))*\s*")
_TERMINAL = (".", ",", ";", ":", "?", "!")
# Words that open a sentence of a description beside a list, not a competency name.
_SENTENCE_OPENERS = frozenset({"de", "het", "een", "hij", "zij", "ze", "dit", "deze", "die", "dat", "er", "ook",
                               "daarnaast", "tevens", "wanneer", "indien", "als", "bovendien", "hierbij"})


@functools.cache
def _prefixes():
    """The first two or more words of every competency name (normalised) -> the name."""
    found = {}
    for name in competency_names():
        words = normalize_name(name).split()
        for size in range(2, len(words)):
            found.setdefault(" ".join(words[:size]), name)
    return found


def _competency(fragment):
    """The competency a fragment names in full or by its first two or more words, else None."""
    fragment = fragment.strip(" |")
    if not fragment or not fragment[0].isalpha():
        return None
    name = fuzzy_competency(fragment)
    if name is not None:
        return name
    return _prefixes().get(normalize_name(fragment))


def _looks_like_name(fragment):
    words = fragment.split()
    return (0 < len(words) <= 6 and fragment[:1].isupper() and not fragment.endswith(_TERMINAL)
            and not any(char.isdigit() for char in fragment))


def _parts(text):
    """(whole line without bullet, had bullet, parts after a column separator)."""
    bare = _BULLET.sub("", text, count=1).strip(" |")
    after = [_BULLET.sub("", text[match.end():], count=1).strip(" |") for match in _SEPARATOR.finditer(text)]
    return bare, bare != text.strip(" |").strip(), [part for part in after if part]


def _wrapped(fragment, following):
    """The competency a fragment starts when the next line (or its last column) ends the name in lower case."""
    if not fragment[:1].isupper() or not following:
        return None
    # the next line; for a name broken with a hyphen or in a PDF, also the line after it (in a PDF a line
    # of the column beside it may stand between, on a baseline of its own)
    paged = getattr(following[0], "pagina", None) is not None
    for line in following if paged else following[:2] if fragment.endswith(("-", "\u2010")) else following[:1]:
        bare, _, after = _parts(line.text)
        for rest in dict.fromkeys([bare] + after[-1:]):
            if rest[:1].islower():
                name = fuzzy_competency(join_lines(fragment, rest))   # "verwachtin‐" / "gen": one word
                if name is not None:
                    return name
    return None


def _following(lines, index, furniture=frozenset()):
    """The lines where the rest of a name wrapped after line ``index`` may stand: the next two; in a PDF,
    over a page break also the first two of the next page (after the footer, header and page number)."""
    after = lines[index + 1:index + 3]
    page = getattr(lines[index], "pagina", None)
    if page is None:
        return after
    turned = [line for line in lines[index + 1:index + 8]
              if line.pagina is not None and line.pagina > page and line.text.strip() not in furniture][:2]
    return after + [line for line in turned if all(line is not other for other in after)]


def _beside_list(line, columns):
    """Whether a PDF's line stands wholly in a column beside the list's names (a description's line)."""
    spans = getattr(line, "spans", ()) or ()
    return bool(spans and columns) and not any(span[0] < column[1] and column[0] < span[1]
                                               for span in spans for column in columns)


def _line_end_name(text):
    """A competency named in full by the last words of a line (a column without a separator)."""
    tokens = list(re.finditer(r"\S+", text))
    for count in range(min(len(tokens) - 1, 8), 1, -1):
        fragment = text[tokens[-count].start():]
        if fragment[:1].isupper():
            name = fuzzy_competency(fragment)
            if name is not None:
                return name
    return None


def _regions(source):
    """The Competenties lists: (werkproces id or None, heading SourceLine, [SourceLine, ...])."""
    regions, current, werkproces = [], None, None
    numbers = kerntaak_numbers(source.lines)
    start = structure_start(source.lines)
    table = False   # under a table's header "Werkproces | Competenties": each werkproces row holds its list
    column = None   # where the label stands in a column of a PDF's line ("Kennis van: | Competenties:"): the list's
    for index, line in enumerate(source.lines):
        text = line.text.strip()
        started = start is not None and index >= start
        if current is not None and text and _HEADING_START.match(text) and not _COMPETENTIES_ALONE.match(text):
            current = None
        if started:
            for match in id_mentions(text):
                if match.group(1) in numbers and (current is None or table) and match.start() == 0:
                    werkproces = f"{match.group(1)}.{match.group(2)}"
                    if table:   # the row of a werkproces: its cell beside holds its competencies
                        current, column = (werkproces, line, []), None
                        regions.append(current)
                elif match.group(1) in numbers and current is None:
                    werkproces = f"{match.group(1)}.{match.group(2)}"
        if _TABLE_HEADER.match(text):
            table, current = True, None
            continue
        if re.match(r"^\W*Kerntaak\s+\d", text):
            table = False
        if _COMPETENTIES_ALONE.match(text) or _COMPETENTIES_END.match(text):
            current = (werkproces, line, [])
            regions.append(current)
            column = _label_column(line)
            continue
        line = _in_column(line, column if current is not None else None)
        if current is not None and text and line is not None:
            current[2].append(line)
    return regions


def _key(line):
    return line.pagina, line.regel


def _label_column(line):
    """The (left, right) of the label "Competenties:" where it ends a PDF's line in a column of its own, else None."""
    parts = line.text.split(" | ")
    if len(parts) > 1 and len(parts) == len(line.spans) and _COMPETENTIES_ALONE.match(parts[-1]):
        return line.spans[-1]
    return None


def _in_column(line, column):
    """The parts of a PDF's line in the column of the list's label (None if none is); the line as it is without
    a column: the items of a list beside the label "Kennis van:" are no competencies."""
    parts = line.text.split(" | ")
    if column is None or len(parts) != len(line.spans):
        return line
    kept = [(part, span) for part, span in zip(parts, line.spans) if span[0] < column[1] and column[0] < span[1]]
    if not kept:
        return None
    if len(kept) == len(parts):
        return line
    return SourceLine(line.regel, " | ".join(part for part, _ in kept), line.pagina, tuple(span for _, span in kept))


def _read_region(lines, furniture=frozenset()):
    """Per line of a list: (SourceLine, competency or None, unknown name or None).

    ``furniture``: texts of running headers and footers (no names).
    """
    read, items = [], []
    continued = False
    for index, line in enumerate(lines):
        bare, bullet, after = _parts(line.text)
        following = _following(lines, index, furniture)
        name = _competency(bare) or _wrapped(bare, following)
        # an item of the list: a name (or its first words) on its own, or the rest of a wrapped name
        items.append(name is not None or (continued and bare[:1].islower()))
        continued = name is not None and fuzzy_competency(bare) is None  # the rest of the name follows
        unknown = None
        if name is None:
            for part in reversed(after):
                name = _competency(part) or _wrapped(part, following)
                if name is not None:
                    break
        if name is None:
            name = _line_end_name(line.text)
        if name is None and line.text.strip() not in furniture:
            if bullet and _looks_like_name(bare):
                unknown = bare
            elif after and _looks_like_name(after[-1]) and after[-1] != bare:
                unknown = after[-1]
            elif not after and _looks_like_name(bare) and bare.split()[0].lower() not in _SENTENCE_OPENERS:
                unknown = ("alone", bare)
        read.append([line, name, unknown])
    # A name alone on its line is an item when an item of the list stands right before or after it, and
    # (where the document gives positions) in the column of the list's names, not in the description beside it.
    columns = [entry[0].spans[-1] for entry in read if entry[1] is not None and getattr(entry[0], "spans", ())]
    for index, entry in enumerate(read):
        if isinstance(entry[2], tuple) and _beside_list(entry[0], columns):
            entry[2] = None
        if isinstance(entry[2], tuple):
            beside = [other for other in (index - 1, index + 1) if 0 <= other < len(read)]
            is_item = index == 0 or any(items[other] or (read[other][2] is not None) for other in beside)
            entry[2] = entry[2][1] if is_item else None
    return read


def _furniture(lines, in_lists):
    """Running headers, footers and page numbers: lines of digits only, and texts on three or more
    lines of which one stands outside every Competenties list (a name would stand in lists only)."""
    counts = collections.Counter(line.text.strip() for line in lines)
    outside = {line.text.strip() for line in lines if _key(line) not in in_lists}
    return {text for text, count in counts.items()
            if text and (text.isdigit() or (count >= 3 and text in outside))}


def _row_matches(row, werkproces, name, line, rows_at):
    if werkproces is not None and row["werkproces_id"] != werkproces:
        return False
    if row["competentie"] != name:
        return False
    if rows_at is None:
        return True
    if rows_at == "pagina":
        return _missing(row.get("pagina")) or int(row["pagina"]) == line.pagina
    return _missing(row.get("regel")) or int(row["regel"]) == line.regel


def _missing(value):
    return value is None or str(value) in ("<NA>", "nan", "None", "")


def _nearest(text):
    return " of ".join(f"'{name}'" for name, _ in nearest_competencies(text, limit=3))


def check_competencies(source, profile):
    """Return a finding for every competency of the source that is no row of ``competenties``.

    Parameters
    ----------
    source : AuditSource
    profile : Profile

    Returns
    -------
    list of Finding
    """
    rows = profile.competenties.to_dict("records")
    used = set()

    def take(werkproces, name, line, rows_at):
        for index, row in enumerate(rows):
            if index not in used and _row_matches(row, werkproces, name, line, rows_at):
                used.add(index)
                return True
        return False

    if source.competency_lists is not None:
        return _check_lists(source, profile, rows)
    findings, in_lists = [], set()
    regions = _regions(source)
    # a line by its place: a list's line may be the part of a PDF's line in the list's column
    furniture = _furniture(source.lines, {_key(line) for _, _, lines in regions for line in lines})
    whole = {_key(line): line for line in source.lines}
    for werkproces, _, lines in regions:
        label = werkproces or "(zonder nummer)"
        for part, name, unknown in _read_region(lines, furniture):
            in_lists.add(_key(part))
            line = whole.get(_key(part), part)   # a finding quotes the whole line
            if name is not None and not take(werkproces, name, line, source.rows_at):
                findings.append(Finding.of(
                    "competentie", line,
                    f"'{name}' staat in de competenties van werkproces {label} maar niet in de tabel "
                    f"competenties; neem de competentie over in het YAML-profiel"))
            elif unknown is not None:
                findings.append(Finding.of(
                    "competentie", line,
                    f"'{unknown}' in de competenties van werkproces {label} is geen van de 25 SBB-competenties "
                    f"(het dichtst bij: {_nearest(unknown)}); verbeter de naam in de bron, of voeg deze schrijfwijze "
                    f"als variant toe aan data/reference/competentiemodel.yaml"))
    for line in source.lines:
        if _key(line) in in_lists or not line.text.strip():
            continue
        bare = _BULLET.sub("", line.text, count=1).strip(" |")
        name = fuzzy_competency(bare) if bare[:1].isalpha() and len(bare.split()) <= 9 else None
        if name is None or take(None, name, line, source.rows_at):
            continue
        elsewhere = _item_at(profile, line, source.rows_at)
        if elsewhere:
            findings.append(Finding.of(
                "plaats", line,
                f"'{bare}' is de competentie '{name}', maar staat als {elsewhere}, buiten elke lijst Competenties; "
                f"controleer of het een competentie is en zet haar dan onder de Competenties van haar werkproces"))
        else:
            findings.append(Finding.of(
                "competentie", line,
                f"'{bare}' is de competentie '{name}', maar staat buiten elke lijst Competenties en in geen rij van "
                f"de tabel competenties; zet haar onder de Competenties van haar werkproces"))
    return findings


_ITEM_TABLES = {"resultaten": "resultaat", "kennis": "kennisitem", "vaardigheden": "vaardigheid", "gedrag": "gedrag"}


def _item_at(profile, line, rows_at):
    """What a line is in another list of the profile ("vaardigheid van werkproces 3.1"), or ""."""
    text = normalize_name(_BULLET.sub("", line.text, count=1))
    for table, what in _ITEM_TABLES.items():
        for row in getattr(profile, table).to_dict("records"):
            if rows_at is None:
                here = False
            elif rows_at == "pagina":
                here = not _missing(row.get("pagina")) and int(row["pagina"]) == line.pagina and \
                    normalize_name(row["item"]) == text
            else:
                here = not _missing(row.get("regel")) and int(row["regel"]) == line.regel
            if here:
                return f"{what} van werkproces {row['werkproces_id']}"
    return ""


def _check_lists(source, profile, rows):
    """Every item of a structured document's competency lists (of the profile) is a row of its werkproces."""
    by_line = {int(row["regel"]): row["werkproces_id"] for row in profile.werkprocessen.to_dict("records")
               if not _missing(row.get("regel"))}
    have = {(row["werkproces_id"], row["competentie"]) for row in rows}
    chosen = " ".join(str(profile.meta.get("profiel") or "").split())
    findings = []
    for listed in source.competency_lists:
        werkproces = listed.werkproces_id if listed.werkproces_id is not None else by_line.get(listed.regel)
        if werkproces is None or (listed.profiel is not None and listed.profiel != chosen):
            continue  # a werkproces of another profiel, or aanvullend for another profiel
        for item in listed.items:
            name = fuzzy_competency(item.text)
            if name is None or (werkproces, name) not in have:
                findings.append(Finding.of(
                    "competentie", item,
                    f"'{item.text}' staat in de competenties van werkproces {werkproces} in de bron maar niet in "
                    f"de tabel competenties"))
    return findings

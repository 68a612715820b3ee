"""Werkprocessen, titles and competencies of the source held against the profile's tables.

**Werkproces ids.** In a text or PDF, an id "N.M" names a werkproces when N is the number of
a kerntaak the document names ("Kerntaak N") and it stands after "werkproces(sen)" or
"Beschrijving werkproces", or at the start of a line (or of a column, after " | ") with a
title after it, from the first "Kerntaak N" of the document on; "N.M Kerntaak ..." is a
section number, not a werkproces. In a kwalificatiedossier, a code "B1-K1-W2" in a text names
a werkproces of the profile when the profile has werkprocessen of that part (B1, P2, ...);
in a YAML profile, "werkproces N.M" in a text. Each such id must be a werkproces of the
profile; a finding names its first place.

**Titles.** The overview (from the first "Kerntaak N" to the first description) lists each
werkproces "N.M Titel"; its heading in the descriptions is its first "N.M Titel" after
that (its first line: a wrapped heading agrees when the overview's title starts with it).
Where the two differ, or the profile's title is neither, the finding names both and the
profile's. Kerntaak titles likewise ("Kerntaak N Titel", in the overview on the same or
the next line).

**Competenties lists.** A list runs from a line "Competenties:" (alone, or at the end of a
line of the description beside it) to the next heading (Resultaat, Kennis, Vaardigheden,
Vakkennis, Beschrijving werkproces, Kerntaak, Toelichting). Its werkproces is the last id
named before it. In it, every line is read whole and after each column separator
(" | ", " - ", a bullet): a part that is one of the 25 competencies (tolerant matching), or
the first two or more words of one (a name wrapped over two lines), must be a row of
``competenties`` for that werkproces at that line (in a PDF: on that page); a part that is
none of them but looks like a name (a capital, at most six words, no closing punctuation,
no digits) is an unknown competency when it has a bullet, stands after a separator, or
stands alone on a line between other items of the list. A line outside the lists that is a
competency name on its own must be a row of ``competenties`` at that line; where it is an item
of another list (a vaardigheid at that line), the finding (kind ``plaats``) asks to check it. In
a kwalificatiedossier, every competency a werkproces element of the profile references, for
every profiel and as *aanvullend* for this one, must be a row of its werkproces; in a YAML
profile, every item under ``competenties:``.
"""

import collections
import functools
import re

from bcp_analysis.audit.report import Finding
from bcp_analysis.model.competencies import competency_names, fuzzy_competency, nearest_competencies, normalize_name

__all__ = ["check_werkproces_ids", "check_titles", "check_competencies"]

_KERNTAAK = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+(\d+)\b\s*[:.\-–]?\s*(.*)$")
_ID_NAMED = re.compile(r"\bwerkproces(?:sen)?\s*:?\s*(\d+)\.(\d+)\b", re.IGNORECASE)
_ID_HEADING = re.compile(r"(?:^|\|\s*)(?:Beschrijving\s+(?:van\s+het\s+)?werkproces\b\s*:?\s*)?"
                         r"(\d+)\.(\d+)\s+(?!Kerntaak\b)([A-Z(][^|]*)")
_KD_CODE = re.compile(r"\b([BP]\d+)-K(\d+)-W(\d+)\b")
_HEADING_START = re.compile(r"^\W*(?:Competenties\s*:?\s*$|Resultaat|Resultaten|Kennis|Vaardigheden|Vakkennis"
                            r"|Beschrijving\s+(?:van\s+het\s+)?werkproces|(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+\d|Toelichting)",
                            re.IGNORECASE)
_COMPETENTIES_ALONE = re.compile(r"^\W*Competenties\s*:?\s*$", re.IGNORECASE)
_COMPETENTIES_END = re.compile(r"^(.*\S)(?:\s+\|\s*Competenties\s*:?|\s+Competenties\s*:)\s*$")
_SEPARATOR = re.compile(r"\s(?:\|(?:\s+[-–—*«»+•·.])?|[-–—*«»+•·.])\s+")
_BULLET = re.compile(r"^\s*(?:[|\-–—*«»+•·●▪■◦►➢✓\uf0b7](?=\s)|[eo.](?=\s))(?:\s*[-–—*«»+•·](?=\s))*\s*")
_TERMINAL = (".", ",", ";", ":", "?", "!")


# --- werkproces ids --------------------------------------------------------------------------

def _kerntaak_numbers(lines):
    return {match.group(1) for line in lines if (match := _KERNTAAK.match(line.text))}


def _named_ids(source):
    """Every (id, SourceLine) the document names as a werkproces, in order."""
    if source.kind == "kd":
        return [(f"{match.group(1)}-K{match.group(2)}-W{match.group(3)}", line)
                for line in source.lines for match in _KD_CODE.finditer(line.text)]
    if source.kind == "yaml":
        return [(f"{match.group(1)}.{match.group(2)}", line)
                for line in source.lines for match in _ID_NAMED.finditer(line.text)]
    numbers = _kerntaak_numbers(source.lines)
    named, started = [], False
    for line in source.lines:
        started = started or bool(_KERNTAAK.match(line.text))
        found = [match for match in _ID_NAMED.finditer(line.text)]
        if started:
            found += [match for match in _ID_HEADING.finditer(line.text)]
        for match in sorted(found, key=lambda match: match.start()):
            if match.group(1) in numbers:
                named.append((f"{match.group(1)}.{match.group(2)}", line))
    return named


def check_werkproces_ids(source, profile):
    """Return a finding for every werkproces id the source names that is no werkproces of the profile.

    Parameters
    ----------
    source : Source
    profile : Profile

    Returns
    -------
    list of Finding
    """
    known = set(profile.werkprocessen["werkproces_id"])
    parts = {identifier.split("-")[0] for identifier in known}
    findings, seen = [], set()
    for identifier, line in _named_ids(source):
        if identifier in known or identifier in seen:
            continue
        if source.kind == "kd" and identifier.split("-")[0] not in parts:
            continue  # a code of another profiel of the dossier
        seen.add(identifier)
        findings.append(Finding(
            "werkproces", line.place, line.text,
            f"werkproces {identifier} wordt in de bron genoemd maar staat niet in de werkprocessen van het "
            f"profiel; neem het op in de .yaml (met zijn kerntaak, titel, beschrijving en lijsten), of "
            f"verbeter het nummer in de bron"))
    return findings


# --- titles ----------------------------------------------------------------------------------

def _overview_and_details(lines):
    """(overview lines, detail lines): the overview runs from the first 'Kerntaak N' to a repeated one."""
    start = next((index for index, line in enumerate(lines) if _KERNTAAK.match(line.text)), None)
    if start is None:
        return [], []
    seen = set()
    for index in range(start, len(lines)):
        text = lines[index].text
        match = _KERNTAAK.match(text)
        if re.match(r"^\W*Beschrijving\s+(?:van\s+het\s+)?werkproces", text, re.IGNORECASE) or (
                match and match.group(1) in seen):
            return lines[start:index], lines[index:]
        if match:
            seen.add(match.group(1))
    return lines[start:], []


def _cell(text):
    """The text up to the next column edge ("" when the line starts with one)."""
    return re.split(r"\s*\|\s*", text.strip())[0].strip()


def _titles(lines, kerntaken):
    """(werkproces titles, kerntaak titles) as these lines first give them: id -> (title, SourceLine)."""
    werkprocessen, kerntaak_titles = {}, {}
    waiting = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        match = _KERNTAAK.match(text)
        if match:
            title = _cell(match.group(2))
            waiting = None
            if match.group(1) not in kerntaak_titles:
                if title:
                    kerntaak_titles[match.group(1)] = (title, line)
                else:
                    waiting = match.group(1)
        elif waiting is not None:
            if not re.match(r"^\d+\.\d+\s", text):  # a werkproces right under it: the kerntaak has no title
                kerntaak_titles[waiting] = (_cell(text), line)
            waiting = None
        for found in _ID_HEADING.finditer(text):
            if found.group(1) in kerntaken:
                identifier = f"{found.group(1)}.{found.group(2)}"
                werkprocessen.setdefault(identifier, (_cell(found.group(3)), line))
    return werkprocessen, kerntaak_titles


_ANY_ID = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")


def _agree(first, second):
    """Whether two titles are the same, or one is the other wrapped (its first words), naming no werkproces."""
    if bool(_ANY_ID.search(first)) != bool(_ANY_ID.search(second)):
        return False
    first, second = normalize_name(first), normalize_name(second)
    return first == second or first.startswith(second + " ") or second.startswith(first + " ")


def check_titles(source, profile):
    """Return a finding where the overview's title and the heading's differ, or the profile keeps neither.

    Parameters
    ----------
    source : Source
    profile : Profile

    Returns
    -------
    list of Finding
    """
    if source.kind not in ("tekst", "pdf"):
        return []
    kerntaken = _kerntaak_numbers(source.lines)
    overview, details = _overview_and_details(source.lines)
    listed, listed_kerntaken = _titles(overview, kerntaken)
    headed, headed_kerntaken = _titles(details, kerntaken)
    kept = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    kept_kerntaken = dict(zip(profile.kerntaken["kerntaak_id"], profile.kerntaken["titel"]))
    findings = []
    for what, listed_titles, headed_titles, kept_titles in (
            ("kerntaak", listed_kerntaken, headed_kerntaken, kept_kerntaken),
            ("werkproces", listed, headed, kept)):
        for identifier, (heading, line) in headed_titles.items():
            if identifier not in listed_titles or identifier not in kept_titles:
                continue
            overview_title = listed_titles[identifier][0]
            profile_title = kept_titles[identifier]
            if _agree(overview_title, heading) and (_agree(profile_title, heading) or
                                                    _agree(profile_title, overview_title)):
                continue
            findings.append(Finding(
                "titel", line.place, line.text,
                f"de titel van {what} {identifier} in het overzicht ('{overview_title}') wijkt af van de kop "
                f"('{heading}'); het profiel houdt '{profile_title}': controleer welke juist is en verbeter "
                f"de titel in de .yaml"))
    return findings


# --- competencies ----------------------------------------------------------------------------

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
    numbers = _kerntaak_numbers(source.lines)
    started = False
    for line in source.lines:
        text = line.text.strip()
        started = started or bool(_KERNTAAK.match(text))
        if current is not None and text and _HEADING_START.match(text) and not _COMPETENTIES_ALONE.match(text):
            current = None
        if started:
            for match in sorted(list(_ID_NAMED.finditer(text)) + list(_ID_HEADING.finditer(text)),
                                key=lambda match: match.start()):
                if match.group(1) in numbers and current is None:
                    werkproces = f"{match.group(1)}.{match.group(2)}"
        if _COMPETENTIES_ALONE.match(text) or _COMPETENTIES_END.match(text):
            current = (werkproces, line, [])
            regions.append(current)
            continue
        if current is not None and text:
            current[2].append(line)
    return regions


def _read_region(lines, furniture=frozenset()):
    """Per line of a list: (SourceLine, competency or None, unknown name or None).

    ``furniture``: texts of running headers and footers (no names).
    """
    read, items = [], []
    continued = False
    for line in lines:
        bare, bullet, after = _parts(line.text)
        name = _competency(bare)
        # an item of the list: a name (or its first words) on its own, or the rest of a wrapped name
        items.append(name is not None or (continued and bare[:1].islower()))
        continued = name is not None and fuzzy_competency(bare) is None
        unknown = None
        if name is None:
            for part in reversed(after):
                name = _competency(part)
                if name is not None:
                    break
        if name is None:
            name = _line_end_name(line.text)
        if name is None and line.text.strip() not in furniture:
            if bullet and _looks_like_name(bare):
                unknown = bare
            elif after and _looks_like_name(after[-1]) and after[-1] != bare:
                unknown = after[-1]
            elif not after and _looks_like_name(bare):
                unknown = ("alone", bare)
        read.append([line, name, unknown])
    # A name alone on its line is an item when an item of the list stands right before or after it.
    for index, entry in enumerate(read):
        if isinstance(entry[2], tuple):
            beside = [other for other in (index - 1, index + 1) if 0 <= other < len(read)]
            is_item = index == 0 or any(items[other] or (read[other][2] is not None) for other in beside)
            entry[2] = entry[2][1] if is_item else None
    return read


def _furniture(lines, in_lists):
    """Running headers, footers and page numbers: lines of digits only, and texts on three or more
    lines of which one stands outside every Competenties list (a name would stand in lists only)."""
    counts = collections.Counter(line.text.strip() for line in lines)
    outside = {line.text.strip() for line in lines if id(line) not in in_lists}
    return {text for text, count in counts.items()
            if text and (text.isdigit() or (count >= 3 and text in outside))}


def _row_matches(row, werkproces, name, line, kind):
    if werkproces is not None and row["werkproces_id"] != werkproces:
        return False
    if row["competentie"] != name:
        return False
    if kind == "pdf":
        return _missing(row.get("pagina")) or int(row["pagina"]) == line.page
    return _missing(row.get("regel")) or int(row["regel"]) == line.line


def _missing(value):
    return value is None or str(value) in ("<NA>", "nan", "None", "")


def _nearest(text):
    return " of ".join(f"'{name}'" for name, _ in nearest_competencies(text, limit=3))


def check_competencies(source, profile):
    """Return a finding for every competency of the source that is no row of ``competenties``.

    Parameters
    ----------
    source : Source
    profile : Profile

    Returns
    -------
    list of Finding
    """
    rows = profile.competenties.to_dict("records")
    used = set()

    def take(werkproces, name, line, kind):
        for index, row in enumerate(rows):
            if index not in used and _row_matches(row, werkproces, name, line, kind):
                used.add(index)
                return True
        return False

    if source.kind == "kd":
        return _check_kd(source, profile, rows)
    if source.kind == "yaml":
        return _check_yaml(source, rows, take)
    findings, in_lists = [], set()
    regions = _regions(source)
    furniture = _furniture(source.lines, {id(line) for _, _, lines in regions for line in lines})
    for werkproces, heading, lines in regions:
        label = werkproces or "(zonder nummer)"
        for line, name, unknown in _read_region(lines, furniture):
            in_lists.add(id(line))
            if name is not None and not take(werkproces, name, line, source.kind):
                findings.append(Finding(
                    "competentie", line.place, line.text,
                    f"'{name}' staat in de competenties van werkproces {label} maar niet in de tabel "
                    f"competenties; neem de competentie over in de .yaml"))
            elif unknown is not None:
                findings.append(Finding(
                    "competentie", line.place, line.text,
                    f"'{unknown}' in de competenties van werkproces {label} is geen van de 25 SBB-competenties "
                    f"(het dichtst bij: {_nearest(unknown)}); verbeter de naam in de bron, of voeg deze schrijfwijze "
                    f"als variant toe aan data/reference/competentiemodel.yaml"))
    for line in source.lines:
        if id(line) in in_lists or not line.text.strip():
            continue
        bare = _BULLET.sub("", line.text, count=1).strip(" |")
        name = fuzzy_competency(bare) if bare[:1].isalpha() and len(bare.split()) <= 9 else None
        if name is None or take(None, name, line, source.kind):
            continue
        elsewhere = _item_at(profile, line, source.kind)
        if elsewhere:
            findings.append(Finding(
                "plaats", line.place, line.text,
                f"'{bare}' is de competentie '{name}', maar staat als {elsewhere}, buiten elke lijst Competenties; "
                f"controleer of het een competentie is en zet haar dan onder de Competenties van haar werkproces"))
        else:
            findings.append(Finding(
                "competentie", line.place, line.text,
                f"'{bare}' is de competentie '{name}', maar staat buiten elke lijst Competenties en in geen rij van "
                f"de tabel competenties; zet haar onder de Competenties van haar werkproces"))
    return findings


_ITEM_TABLES = {"resultaten": "resultaat", "kennis": "kennisitem", "vaardigheden": "vaardigheid", "gedrag": "gedrag"}


def _item_at(profile, line, kind):
    """What a line is in another list of the profile ("vaardigheid van werkproces 3.1"), or ""."""
    text = normalize_name(_BULLET.sub("", line.text, count=1))
    for table, what in _ITEM_TABLES.items():
        for row in getattr(profile, table).to_dict("records"):
            if kind == "pdf":
                here = not _missing(row.get("pagina")) and int(row["pagina"]) == line.page and \
                    normalize_name(row["item"]) == text
            else:
                here = not _missing(row.get("regel")) and int(row["regel"]) == line.line
            if here:
                return f"{what} van werkproces {row['werkproces_id']}"
    return ""


_YAML_ID = re.compile(r"^\s*-?\s*id:\s*['\"]?([\w.\-]+)['\"]?\s*$")
_YAML_LIST = re.compile(r"^(\s*)competenties:\s*$")
_YAML_ITEM = re.compile(r"^(\s*)-\s*(?:\{\s*tekst:\s*)?(?P<name>[^,}#]+?)\s*(?:,.*)?\}?\s*$")


def _check_yaml(source, rows, take):
    findings, werkproces, indent = [], None, None
    for line in source.lines:
        if match := _YAML_ID.match(line.text):
            werkproces, indent = match.group(1), None
            continue
        if match := _YAML_LIST.match(line.text):
            indent = len(match.group(1))
            continue
        if indent is None:
            continue
        item = _YAML_ITEM.match(line.text)
        if not item or len(item.group(1)) < indent:
            indent = None
            continue
        text = item.group("name").strip("'\"")
        name = fuzzy_competency(text)
        if name is None or not any(row["werkproces_id"] == werkproces and row["competentie"] == name
                                   for row in rows):
            findings.append(Finding(
                "competentie", line.place, line.text,
                f"'{text}' staat in de competenties van werkproces {werkproces} maar niet in de tabel competenties"))
    return findings


def _check_kd(source, profile, rows):
    """Every competency a werkproces element of the profile references is a row of that werkproces."""
    by_line = {}
    for row in profile.werkprocessen.to_dict("records"):
        if not _missing(row.get("regel")):
            by_line[int(row["regel"])] = row["werkproces_id"]
    have = {(row["werkproces_id"], row["competentie"]) for row in rows}
    chosen = " ".join(str(profile.meta.get("profiel") or "").split())
    own = {number for number, title in source.profielen.items() if " ".join(title.split()) == chosen}
    findings = []
    for element in source.werkprocessen:
        werkproces = by_line.get(element.line)
        if werkproces is None:
            continue  # a werkproces of another profiel
        for title, line, profiel in element.competencies:
            if profiel and profiel not in own:
                continue  # aanvullend for another profiel
            name = fuzzy_competency(title)
            if name is None or (werkproces, name) not in have:
                text = next((item.text for item in source.lines if item.line == line), title)
                findings.append(Finding(
                    "competentie", f"regel {line}", text,
                    f"'{title}' is een competentie van werkproces {werkproces} in het dossier maar staat niet in "
                    f"de tabel competenties"))
    return findings

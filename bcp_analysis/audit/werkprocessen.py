"""Werkprocessen of the source held against the profile: every id it names, and the titles of overview and headings.

**Werkproces ids.** In a text or PDF, an id "N.M" names a werkproces when N is the number of
a kerntaak the document names ("Kerntaak N") and it stands after "werkproces(sen)" or
"Beschrijving werkproces", or at the start of a line (or of a column, after " | ") with a
title after it, from the first "Kerntaak N" that has one of its werkprocessen after it (the
overview; a table of contents lists kerntaken only) on; "N.M Kerntaak ..." is a section
number, not a werkproces, and so are the sections of chapter 1 before the overview. A
structured document gives the ids its texts name (``AuditSource.mentions``: in a
kwalificatiedossier the codes "B1-K1-W2", each with its part; in a YAML profile "werkproces
N.M"); an id of a part the profile has no werkprocessen of (B1, P2, ...) is about another
profiel. Each such id must be a werkproces of the profile; a finding names its first place.

**Titles.** The overview (from the first "Kerntaak N" to the first description) lists each
werkproces "N.M Titel"; its heading in the descriptions is its first "N.M Titel" after
that (its first line: a wrapped heading agrees when the overview's title starts with it).
Where the two differ, or the profile's title is neither, the finding names both and the
profile's. Kerntaak titles likewise ("Kerntaak N Titel", in the overview on the same or
the next line). In a PDF's overview, a kerntaak's cell that spans its werkprocessen stands
beside them: a line that crosses a column's edge is cut before the werkproces in it.
"""

import re

from bcp_analysis.audit.report import Finding
from bcp_analysis.model.competencies import normalize_name

__all__: list[str] = []  # nothing of it is used outside its layer

_KERNTAAK = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+(\d+)\b\s*[:.\-–]?\s*(.*)$")
_ID_NAMED = re.compile(r"\bwerkproces(?:sen)?\s*:?\s*(\d+)\.(\d+)\b", re.IGNORECASE)
_ID_HEADING = re.compile(r"(?:^|\|\s*)(?:Beschrijving\s+(?:van\s+het\s+)?werkproces\b\s*:?\s*)?"
                         r"(\d+)\.(\d+)\s+(?!Kerntaak\b)([A-Z(][^|]*)")


def id_mentions(text, headings=True):
    """The werkproces ids a line names, in order: matches with groups (kerntaak, number).

    Parameters
    ----------
    text : str
    headings : bool
        Also ids at the start of the line or of a column with a title after them.

    Returns
    -------
    list of re.Match
    """
    found = list(_ID_NAMED.finditer(text)) + (list(_ID_HEADING.finditer(text)) if headings else [])
    return sorted(found, key=lambda match: match.start())


def kerntaak_numbers(lines):
    """The numbers of the kerntaken the lines name ("Kerntaak N"), as strings."""
    return {match.group(1) for line in lines if (match := _KERNTAAK.match(line.text))}


def structure_start(lines):
    """Index of the first 'Kerntaak N' line with one of its werkprocessen ('N.M ...') before the next one.

    A table of contents ("3.1 Kerntaak 1 ...", "3.2 Kerntaak 2 ...") lists no werkprocessen: the
    overview (or the first description) starts the part of the document where ids are werkprocessen.
    None when there is no such line.
    """
    for index, line in enumerate(lines):
        match = _KERNTAAK.match(line.text)
        if not match:
            continue
        own = re.compile(rf"(?:^|\|\s*|werkproces\b\s*:?\s*){match.group(1)}\.\d+\s", re.IGNORECASE)
        for later in lines[index + 1:]:
            if _KERNTAAK.match(later.text):
                break
            if own.search(later.text):
                return index
    return None


def _named_ids(source):
    """Every (id, SourceLine, part) the document names as a werkproces, in order.

    A structured document gives them (``mentions``); in a laid-out one they are read from its lines.
    """
    if source.mentions is not None:
        return [(mention.werkproces_id, mention.line, mention.part) for mention in source.mentions]
    numbers = kerntaak_numbers(source.lines)
    start = structure_start(source.lines)
    named = []
    for index, line in enumerate(source.lines):
        for match in id_mentions(line.text, headings=start is not None and index >= start):
            if match.group(1) in numbers:
                named.append((f"{match.group(1)}.{match.group(2)}", line, None))
    return named


def check_werkproces_ids(source, profile):
    """Return a finding for every werkproces id the source names that is no werkproces of the profile.

    Parameters
    ----------
    source : AuditSource
    profile : Profile

    Returns
    -------
    list of Finding
    """
    known = set(profile.werkprocessen["werkproces_id"])
    parts = {identifier.split("-")[0] for identifier in known}
    findings, seen = [], set()
    for identifier, line, part in _named_ids(source):
        if identifier in known or identifier in seen:
            continue
        if part is not None and part not in parts:
            continue  # a code of another profiel of the document
        seen.add(identifier)
        findings.append(Finding.of(
            "werkproces", line,
            f"werkproces {identifier} wordt in de bron genoemd maar staat niet in de werkprocessen van het "
            f"profiel; neem het op in het YAML-profiel (met zijn kerntaak, titel, beschrijving en lijsten), of "
            f"verbeter het nummer in de bron"))
    return findings


# --- titles ----------------------------------------------------------------------------------

def _overview_and_details(lines):
    """(overview lines, detail lines): the overview runs from the first 'Kerntaak N' to a repeated one."""
    start = structure_start(lines)
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


# A werkproces "N.M Titel" after other text of a line: the column beside a kerntaak's cell, with no edge read.
_ID_BESIDE = re.compile(r"(?<=\S)\s+(?!\|)(?=(\d+)\.\d+\s+(?!Kerntaak\b)[A-Z(])")


def _columns(text, kerntaken):
    """The line with a column edge (" | ") before a werkproces of the kerntaken that goes on after other text.

    A kerntaak's cell that spans its werkprocessen stands beside them; where the gap between the
    two is narrow, the line holds no edge ("... en zorgt 2.2 Bouwt accountrelaties op").

    Examples
    --------
    >>> _columns("Bouwt accountrelaties op en zorgt 2.2 Bouwt accountrelaties op", {"2"})
    'Bouwt accountrelaties op en zorgt | 2.2 Bouwt accountrelaties op'
    >>> _columns("Er zijn 59 vacatures, 4.5 Procent meer", {"2"})
    'Er zijn 59 vacatures, 4.5 Procent meer'
    """
    return _ID_BESIDE.sub(lambda match: " | " if match.group(1) in kerntaken else match.group(0), text)


def _crossing(lines):
    """The lines of a document with positions whose part crosses a column's left edge of another line
    (where a part after the first starts): a cell and the one beside it read as one part."""
    edges = {spans[0] for line in lines for spans in line.spans[1:]}
    return {id(line) for line in lines
            if any(left + 2 < edge < right - 2 for left, right in line.spans for edge in edges)}


def _titles(lines, kerntaken, overview=False):
    """(werkproces titles, kerntaak titles) as these lines first give them: id -> (title, SourceLine).

    In the ``overview`` of a document with positions (a PDF), a werkproces after other text of a
    line that crosses a column's edge starts a column (:func:`_columns`). A text gives no
    positions: a kerntaak's title there that names a werkproces is the title the overview gives.
    """
    werkprocessen, kerntaak_titles = {}, {}
    waiting = None
    crossing = _crossing(lines) if overview else set()
    for line in lines:
        text = _columns(line.text.strip(), kerntaken) if id(line) in crossing else line.text.strip()
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
_WRAPPED_WITH_HYPHEN = re.compile(r"[^\W\d_][-\u2010\u00ad]\s*$")


def _agree(first, second):
    """Whether two titles are the same, or one is the other wrapped (its first words, the last one cut with a
    hyphen where it was broken), naming no werkproces.

    Examples
    --------
    >>> _agree("Stelt verkoop- en accountplannen op en be\u2010", "Stelt verkoop- en accountplannen op en bewaakt")
    True
    >>> _agree("Stelt verkoop- en", "Stelt verkoop- en accountplannen op")
    True
    >>> _agree("Stelt een accountplan", "Stelt een accountplanning op")
    False
    """
    if bool(_ANY_ID.search(first)) != bool(_ANY_ID.search(second)):
        return False
    # a title wrapped with a hyphen at its line end ("... op en be‐"): its last piece starts a word of the other
    first_cut, second_cut = (_WRAPPED_WITH_HYPHEN.search(title) is not None for title in (first, second))
    first, second = normalize_name(first), normalize_name(second)
    return (first == second or first.startswith(second + ("" if second_cut else " "))
            or second.startswith(first + ("" if first_cut else " ")))


def check_titles(source, profile):
    """Return a finding where the overview's title and the heading's differ, or the profile keeps neither.

    Where the overview and the heading agree and the profile keeps another title, the profile lost or added
    words: a finding of kind ``tekst`` (validate fails); where the two differ, one of kind ``titel``. A title
    that stands only in the overview or only at a heading is held against the profile's the same way.

    Parameters
    ----------
    source : AuditSource
    profile : Profile

    Returns
    -------
    list of Finding
        Empty for a structured document (its titles are its only ones).
    """
    if not source.laid_out:
        return []
    kerntaken = kerntaak_numbers(source.lines)
    overview, details = _overview_and_details(source.lines)
    listed, listed_kerntaken = _titles(overview, kerntaken, overview=True)
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
            if _agree(overview_title, heading):   # the document is of one mind: the profile lost or added words
                findings.append(Finding.of(
                    "tekst", line,
                    f"de titel van {what} {identifier} is in het overzicht en in de kop '{heading}'; het profiel "
                    f"houdt '{profile_title}': neem de titel over zoals de bron hem geeft in het YAML-profiel"))
                continue
            findings.append(Finding.of(
                "titel", line,
                f"de titel van {what} {identifier} in het overzicht ('{overview_title}') wijkt af van de kop "
                f"('{heading}'); het profiel houdt '{profile_title}': controleer welke juist is en verbeter "
                f"de titel in het YAML-profiel"))
        findings += _single_titles(what, listed_titles, headed_titles, kept_titles)
    return findings


def _single_titles(what, listed_titles, headed_titles, kept_titles):
    """Findings of kind ``tekst`` for the titles that stand once (only in the overview, or only at a heading)
    and that the profile keeps otherwise: the profile lost or added words."""
    findings = []
    for identifier in sorted(set(listed_titles) ^ set(headed_titles)):
        title, line = listed_titles.get(identifier) or headed_titles[identifier]
        profile_title = kept_titles.get(identifier)
        if profile_title is None or _agree(profile_title, title):
            continue
        findings.append(Finding.of(
            "tekst", line, f"de titel van {what} {identifier} is in de bron '{title}'; het profiel houdt "
                           f"'{profile_title}': neem de titel over zoals de bron hem geeft in het YAML-profiel"))
    return findings

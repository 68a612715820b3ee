"""The kenmerken of a programme document: school, kwalificatie, crebo, niveau, cohort, as labels or in its title.

A document states its kenmerken in two ways, and both are read here into
:data:`bcp_analysis.model.programme.KENMERKEN` (None where the document does not say):

- as a label and its value: ``Crebo: 25251``, a table of two cells ("Onderwijsinstelling" |
  "Albeda"), "Naam profiel" above a KD's row of profielen;
- in its title: the first heading of a text (``# Examenplan Verkoper (crebo 25251)``) and the
  first lines of page 1 (``Toetsplan Verkoper, crebo 25251``, ``Crebo 25251 – niveau 2``,
  ``OER Allround medewerker (25252) niveau 3``). A title that starts with the kind of document
  (Examenplan, Toetsplan, OER, Onderwijs- en examenregeling, Examenprogramma, Opleidingsplan)
  names the profiel after it.

Nothing is guessed: a number of five digits is a crebo only beside the word crebo, or in a
title after its kind of document: in brackets, after a comma, or right after the profiel's
name. A label wins over the title; the title fills what no label states.
"""

from __future__ import annotations

import re

from bcp_analysis.model.programme import KENMERKEN

__all__: list[str] = []

_LABELS = (
    ("crebo_kwalificatiedossier", r"crebo(?:nr\.?|nummer)?\s+(?:van\s+het\s+)?kwalificatiedossier\s*:?\s*(\d{5})\b"),
    ("kwalificatiedossier", r"(?:naam\s+)?kwalificatiedossier\s*:\s*(.+)|naam\s+kwalificatiedossier\s+(.+)"),
    ("crebo", r"crebo(?:nr\.?|nummer)?(?:\s+kwalificatie\s*\(profiel\)|\s+profiel|\s+kwalificatie)?\s*:?\s*(\d{5})\b"),
    ("profiel", r"kwalificatie\s*\(profiel\)\s*:?\s*(.+)|(?:opleiding|profiel|kwalificatie)\s*:\s*(.+)"),
    ("niveau", r"(?:mbo-)?niveau\s*(?::\s*([1-4])\b|([1-4])\s*$)"),
    ("cohort", r"(?:start)?cohort\s*:?\s*(20\d\d\s*[-/]\s*20\d\d)|\bC(20\d\d-20\d\d)\b"),
    ("vastgesteld_op", r"(?:vastgesteld\s+op|vaststellingsdatum)\s*:?\s*(\d{1,2}[-./]\d{1,2}[-./]\d{4})"),
    ("school", r"(?:school|onderwijsinstelling|instelling)\s*:\s*(.+)"),
)
# the labels of a kenmerk printed beside its value, in lower case
_LABEL_NAMES = {label: key for key, labels in (
    ("school", ("school", "onderwijsinstelling", "instelling", "naam school", "naam instelling")),
    ("kwalificatiedossier", ("kwalificatiedossier", "naam kwalificatiedossier", "dossier")),
    ("crebo_kwalificatiedossier", ("crebo kwalificatiedossier", "crebonr kwalificatiedossier",
                                   "crebonr. kwalificatiedossier", "crebonummer kwalificatiedossier")),
    ("profiel", ("profiel", "kwalificatie (profiel)", "kwalificatie", "naam kwalificatie", "opleiding")),
    ("crebo", ("crebo", "crebonr", "crebonr.", "crebonummer", "crebonr. kwalificatie (profiel)",
               "crebonr kwalificatie (profiel)", "crebo kwalificatie (profiel)", "crebo kwalificatie",
               "crebo profiel")),
    ("niveau", ("niveau", "mbo-niveau", "kwalificatieniveau")),
    ("cohort", ("cohort", "startcohort")),
    ("vastgesteld_op", ("vastgesteld op", "vaststellingsdatum", "datum vaststelling")),
) for label in labels}
_LABEL_PATTERNS = [(key, re.compile(rf"^\s*(?:{pattern})" if key not in ("cohort", "vastgesteld_op") else pattern,
                                     re.IGNORECASE)) for key, pattern in _LABELS]
# "MBO Utrecht", "ROC van Twente", "Talland College"; not "MBO Instellingsexamen" (a table's columns run together)
_SCHOOL = re.compile(r"\b((?:ROC|MBO|Mbo)\s+(?:van\s+)?(?![\w-]*(?:[Ee]xamen|[Nn]iveau|[Oo]pleiding|[Dd]iploma))"
                     r"[A-Z][\w-]+|[A-Z][\w-]+\s+College)\b")
_RUNNING_SCHOOL = re.compile(r"\b([A-Z][a-z][\w-]+)\s+Onderwijs-\s+en\s+[Ee]xamenregel\w*\s+cohort")
# "P1 Productietechnicus 4 Nee middenkaderopleiding": the row of a KD's table "Naam profiel | Mbo-niveau | ..."
_PROFIEL_ROW = re.compile(r"^P\d{1,2}\s+(?P<profiel>\D+?)\s+(?P<niveau>[1-4])\s+(?:Ja|Nee)\b")
_FIRST_CREBO = re.compile(r"^(2\d{4})\s+\S")
# a line that states a crebo (a part of another qualification starts there)
CREBO_LINE = dict(_LABEL_PATTERNS)["crebo"]


def kenmerken_of(lines):
    """Return the kenmerken a document states (None where it does not), from its lines.

    >>> from bcp_analysis.readers.programme_layout import Line
    >>> found = kenmerken_of([Line(1, 1, "Crebo: 25705"), Line(1, 2, "Niveau: 4"),
    ...                       Line(1, 3, "Startcohort: 2026-2027")])
    >>> found["crebo"], found["niveau"], found["cohort"], found["school"]
    ('25705', '4', '2026-2027', None)
    >>> found = kenmerken_of([Line(None, 1, "# Examenplan Verkoper (crebo 25251)"), Line(None, 2, "Niveau: 2")])
    >>> found["profiel"], found["crebo"], found["niveau"]
    ('Verkoper', '25251', '2')
    """
    found = dict.fromkeys(KENMERKEN)
    for number, line in enumerate(lines):
        text = line.text.strip()
        key, value = _labelled(line)
        if key is not None:
            found[key] = found[key] or value
            continue
        for key, pattern in _LABEL_PATTERNS:
            match = pattern.search(text)
            if match and found[key] is None:
                value = next(group for group in match.groups() if group).strip()
                found[key] = re.sub(r"\s*[-/]\s*", "-", value) if key == "cohort" else value
                break
        # the row's name cell may wrap ("P1 Eerste monteur" / "mechatronica 3 Nee ..."): read with the next line
        row = _PROFIEL_ROW.match(text) or (number + 1 < len(lines) and text.startswith("P")
                                           and _PROFIEL_ROW.match(f"{text} {lines[number + 1].text.strip()}"))
        before = lines[max(0, number - 4):number]
        if row and any(previous.text.lower().startswith("naam profiel") for previous in before):
            found["profiel"] = found["profiel"] or row["profiel"]
            found["niveau"] = found["niveau"] or row["niveau"]
    for key, value in title_kenmerken(lines).items():
        found[key] = found[key] or value
    if found["crebo"] is None and lines and (first := _FIRST_CREBO.match(lines[0].text.strip())):
        found["crebo"] = first.group(1)
    if found["school"] is None:
        found["school"] = _school(lines)
    return found


def _labelled(line):
    """(kenmerk, value) of a line that is a label and its value: two cells ("Onderwijsinstelling" | "Albeda") or
    "Label: value", at the head of the document (page 1); (None, None) for any other line."""
    if line.pagina not in (None, 1) or line.regel > 40 or not line.text[:1].isupper():
        return None, None
    if len(line.cells) == 2:
        label, value = (text.strip() for _, text in line.cells)
    elif ":" in line.text:
        label, value = (part.strip() for part in line.text.split(":", 1))
    else:   # a text's line of a table of kenmerken: "School ROC Midden Nederland"
        label, value = _label_prefix(line.text.strip())
    key = _LABEL_NAMES.get(re.sub(r"\s+", " ", label.rstrip(":")).strip().casefold())
    if key is None or not _VALUES.get(key, _NAME).fullmatch(value):
        return None, None
    return key, re.sub(r"\s*[-/]\s*", "-", value) if key == "cohort" else value


def _label_prefix(text):
    """(label, value) of a line that starts with a kenmerk's label followed by a space; ("", "") for any other."""
    folded = text.casefold()
    labels = [label for label in _LABEL_NAMES if folded.startswith(label + " ")]
    if not labels:
        return "", ""
    label = max(labels, key=len)
    return text[:len(label)], text[len(label):].strip()


# what a kenmerk's value looks like (a name: a few words, the first with a capital or a digit)
_NAME = re.compile(r"[A-Z0-9][^:]{0,60}")
_VALUES = {"crebo": re.compile(r"\d{5}"), "crebo_kwalificatiedossier": re.compile(r"\d{5}"),
           "niveau": re.compile(r"[1-4]"), "cohort": re.compile(r"20\d\d\s*[-/]\s*20\d\d"),
           "vastgesteld_op": re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{4}")}


def _school(lines):
    for line in lines:
        match = _RUNNING_SCHOOL.search(line.text)
        if match:
            return match.group(1)
    counts = {}
    for line in lines:
        for match in _SCHOOL.finditer(line.text):
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return max(counts, key=lambda name: (counts[name], name)) if counts else None


# --- the title ------------------------------------------------------------------------------

_HEADING = re.compile(r"^\s*#{1,6}\s+")
_HEAD_LINES = 8   # a heading further down than the first lines of text that are no title's (a chapter's)
# the kind of document a title starts with, and "voor de opleiding" after it
_KIND = re.compile(r"^(?:examenplan|toetsplan|examenprogramma|opleidingsplan|oer|onderwijs-\s*en\s+examenregel\w*)"
                   r"(?![\w-])[\s:]*(?:(?:van|voor)\s+(?:de\s+)?)?(?:opleiding\s+)?", re.IGNORECASE)
# where a profiel's name in a title ends: a bracket, a comma, a dash between spaces, a number, a kenmerk's word
_NAME_END = re.compile(r"\s*(?:[(),:;|\u2013\u2014]|\s-\s|(?<!\w)\d|\b(?:crebo\w*|niveau|mbo|cohort|leerweg|bol|bbl"
                       r"|versie|schooljaar|studiejaar)\b)", re.IGNORECASE)
_TITLE_NAME = re.compile(r"[A-Z\u00c0-\u00dd][^\W\d_]*(?:[ '\u2019-][^\W\d_]+){0,7}")
# a title's first word that names no profiel ("OER Deel A", "Examenplan Bijlage 2")
_NO_NAME = {"deel", "bijlage", "versie", "inhoud", "inhoudsopgave", "algemeen", "algemene", "cohort", "en", "voor",
            "pagina", "blad", "blz", "page", "concept"}
_TITLE_CREBO = re.compile(r"\bcrebo(?:nr\.?|nummer)?\s*:?\s*(\d{5})(?![\d.,/-]\d)", re.IGNORECASE)
_KIND_CREBO = re.compile(r"\((\d{5})\)|,\s*(\d{5})(?![\d.,/-]?\d)")
_AFTER_NAME_CREBO = re.compile(r"^\s+(\d{5})(?![\d.,/-]?\d)")
_TITLE_NIVEAU = re.compile(r"\b(?:mbo-?\s*)?niveau\s*:?\s*([1-4])(?!\d)", re.IGNORECASE)
_TITLE_COHORT = re.compile(r"\b(?:start)?cohort\s*:?\s*(20\d\d)\s*[-/]\s*(20\d\d)\b", re.IGNORECASE)
# a school after a title's dash or bar: "ROC Midden Nederland", "Talland College"
_TITLE_SCHOOL = re.compile(r"(?:ROC|MBO|Mbo)(?:\s+(?:van\s+)?[A-Z][\w-]*)+|(?:[A-Z][\w-]*\s+)+College")


def _title_lines(lines):
    """The title's lines, in their text without markdown: the text's first heading (among its first lines) and
    the first three lines of page 1 that hold text (a running footer "Examenplan  Pagina 1" may be among them)."""
    head = [line for line in lines if line.pagina in (None, 1) and line.text.strip()][:_HEAD_LINES]
    heading = next((line for line in head if _HEADING.match(line.text)), None)
    chosen = ([heading] if heading is not None else []) + [line for line in head[:3] if line is not heading]
    # a line of several pieces of text (a PDF's segments, a text's columns): a name ends where its piece ends
    texts = [" | ".join(text for _, text in line.cells) if len(line.cells) > 1 else line.text for line in chosen]
    return [_HEADING.sub("", text).strip().strip("*_ ").strip() for text in texts]


def title_kenmerken(lines):
    """Return the kenmerken a document's title states: {kenmerk: value} of those it states.

    Parameters
    ----------
    lines : sequence of bcp_analysis.readers.programme_layout.Line

    Returns
    -------
    dict
        Of ``profiel``, ``crebo``, ``niveau``, ``cohort`` and ``school``: those the title states.

    Examples
    --------
    >>> from bcp_analysis.readers.programme_layout import Line
    >>> title_kenmerken([Line(1, 1, "OER Allround medewerker (25252) niveau 3")])
    {'profiel': 'Allround medewerker', 'crebo': '25252', 'niveau': '3'}
    >>> title_kenmerken([Line(1, 1, "Examenplan cohort 2026-2027")])
    {'cohort': '2026-2027'}
    >>> title_kenmerken([Line(1, 1, "Jaarverslag 2025"), Line(1, 2, "Bijlage 25251")])
    {}
    """
    found = {}
    for text in _title_lines(lines):
        if (match := _TITLE_CREBO.search(text)) and "crebo" not in found:
            found["crebo"] = match.group(1)
        if (match := _TITLE_NIVEAU.search(text)) and "niveau" not in found:
            found["niveau"] = match.group(1)
        if (match := _TITLE_COHORT.search(text)) and "cohort" not in found:
            found["cohort"] = f"{match.group(1)}-{match.group(2)}"
        kind = _KIND.match(text)
        if kind is None:
            continue
        rest = text[kind.end():]
        stop = _NAME_END.search(rest)
        end = stop.start() if stop else len(rest)
        name = rest[:end].strip()
        if _TITLE_NAME.fullmatch(name) and name.split()[0].casefold() not in _NO_NAME and "profiel" not in found:
            found["profiel"] = name
            if (match := _AFTER_NAME_CREBO.match(rest[end:])) and "crebo" not in found:
                found["crebo"] = match.group(1)
        if (match := _KIND_CREBO.search(rest)) and "crebo" not in found:
            found["crebo"] = next(group for group in match.groups() if group)
        for piece in re.split(r"\s[-\u2013\u2014|]\s", rest)[1:]:
            if _TITLE_SCHOOL.fullmatch(piece.strip()) and "school" not in found:
                found["school"] = piece.strip()
    return {key: found[key] for key in KENMERKEN if key in found}


def title_crebo(lines):
    """The crebo a document's title states, or None (see :func:`title_kenmerken`).

    >>> from bcp_analysis.readers.programme_layout import Line
    >>> title_crebo([Line(None, 1, "Toetsplan Verkoper, crebo 25251")])
    '25251'
    """
    return title_kenmerken(lines).get("crebo")

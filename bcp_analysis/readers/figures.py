"""Labour-market figures read from Dutch prose: one ``arbeidsmarkt`` row per figure, every other number reported.

:func:`read_figures` takes the lines of one labour-market section (a BCP's §1.4
"Arbeidsmarkt", a kwalificatiedossier's "Arbeidsmarktinformatie") and returns the rows of
the ``arbeidsmarkt`` table it can read from them, the numbers it could not place, and the
section's source line. The rules are general rules over Dutch prose, not one text's
sentences; where a label cannot be decided the row still carries the figure and its column
``controleren`` says in Dutch what a reviewer should check.

**The source line.** A line starting with "Bron:" or "Bronnen:" (or a line "Bron" /
"Bronnen" alone, followed by its list) opens the source; it runs to the next blank line.
Its lines are joined with spaces (list items with "; "), without the word "Bron". It is the
``bron`` of every row and of the result; the numbers in it belong to it and are neither
rows nor unplaced. A ``bron`` passed by the caller wins over the section's own.

**Layout.** Lines are joined into paragraphs (a blank line ends one); a word split at a
line end ("ECABO-" / "domein") is joined without a space. A line that starts with a bullet
(``- * • · « » +`` or "1." / "a)") is an item of its own within its paragraph. A short
line without closing punctuation between two sentences is a *heading*: generic headings
("Arbeidsmarkt", "Kans op werk", a question) only mark topics, any other heading (a
profile's or an occupation's name) is the first part of the scope of the rows below it;
"Kans op stage: X" makes X that scope. Lines whose cells are separated by a tab or two or
more spaces form a *table*: a line whose cells are years is the header (a cell reading
"prognose" marks a forecast column); on any other line, the first cell is the label
(indicator and scope) and each number cell is a figure whose period is the header cell
above it (cells counted from the right).

**Numbers.** Read in this order, each position once:

- a date ("1 augustus 2016"): never a figure;
- a period: a year ("2009"), a range "2009-2014" (any dash, spaces allowed, "/" too),
  "tussen 2009 en 2014", "van 2009 tot (en met) 2014", "2009 t/m 2014"; written
  ``"2009-2014"`` in ``periode``;
- a percentage: an optional sign (``+ - −``), digits with a decimal comma, then "%",
  "procent" or "procentpunt" ("+4,5%", "-0,15 procent", "32,7 %"): eenheid ``%``;
- a factor: digits or a number word from "twee" to "tien" before "keer" or "maal"
  ("twee keer zoveel"): eenheid ``keer``. Other number words ("twee deelmarkten", "een
  derde") are not read: they are seldom figures, and reading them would report most
  articles "een" as numbers;
- a count: digits with thousands dots ("1.043.000", "59.600") are always a figure;
  plain digits ("800") only when an indicator noun follows within two words ("800
  nieuwe vacatures"): eenheid ``aantal``;
- a level ("niveau 3", "mbo-4"): part of a scope, not a figure;
- any other digits ("medewerker 4 kinderopvang", "24-uurs"): reported as unplaced.

A comma is the decimal sign; a dot followed by three digits separates thousands, any
other dot is read as a decimal point.

**Rank orders.** In a sentence with "gevolgd door" whose items carry no figures, the item
before "gevolgd door" (the nearest capitalised name) is rank 1 and the items after it,
separated by commas and "en", are ranks 2, 3, ...: one row each with eenheid ``rang``,
indicator "rangorde" plus the sentence's indicator noun. When the items carry figures,
the figures are the rows and the order follows from them.

**Indicator.** The indicator term nearest the figure in its clause (the sentence split at
":" and ";"), else in its sentence, else the last one of the paragraph; a term found
outside the clause is noted in ``controleren``. Terms that name a measure stand as they are
(werkgelegenheidsontwikkeling, economische groei, vervangingsvraag, uitbreidingsvraag,
werkloosheid, vervolgstudie, direct werken, werkzaam); terms that name what is counted
(vacatures, werkgelegenheid, studenten, stageplaatsen, banen, werkenden, uitstroom,
instroom) become "aandeel X" with a percentage, "groei X" or "afname X" with a
percentage and a word of change (stijging, toename, meer, daling, afname, minder, ...)
near it, and stay "X" with a count. No term: indicator "" and "indicator niet herkend".

**Scope.** Joined with ", ": the heading's scope; the domain ("ECABO-domein"), which holds
for the rest of the paragraph once named; the level ("mbo-niveau", "niveau 3"), which
also holds for the rest of the paragraph; and the name the figure belongs to: for a
figure in brackets the capitalised name just before the bracket ("ICT (19,3%)"), a
"richting" when the sentence speaks of richtingen; otherwise the nearest "richting X",
"regio X", "sector X" or "branche X" before the figure in its clause. "Nederland" or
"landelijk" is the whole scope. No scope found: "" and "scope niet genoemd".

**Period.** A period right after the figure ("193.000 in 2014", "(2014)"); else the first
period of the sentence that is not a comparison ("dan (in)", "vergeleken met", "ten
opzichte van", "in vergelijking met"); else the last period of the paragraph, or of the
section, with "periode afgeleid uit de context" (a comparison is then named too). A period
used by any row counts as placed.

**Soort.** ``prognose`` when the sentence says so ("naar verwachting", "verwacht...",
"zal", "zullen", "prognose", "raming", "voorspel...") or when the period ends after
``profile_year``; otherwise ``waargenomen``.

**Nothing lost.** Every number of the section that became no row and is not a row's
period, level or heading is listed in ``unplaced`` as ``(regel, number as written, line)``.

This module is longer than 600 lines because every family of figure patterns reads the same
tokens of a sentence and fills the same row: they are kept beside the one tokenizer they share.
"""

import bisect
import dataclasses
import functools
import re

from bcp_analysis.dutch import fold

__all__ = ["FigureReading", "read_figures"]


@dataclasses.dataclass(frozen=True)
class FigureReading:
    """What :func:`read_figures` read from one labour-market section.

    Attributes
    ----------
    rows : list of dict
        One mapping per figure with the columns of ``TABLES["arbeidsmarkt"]``: indicator,
        scope, periode, waarde (float), eenheid (``%``, ``aantal``, ``rang``, ``keer``),
        soort (``waargenomen``/``prognose``), bron, controleren ("" when nothing to check),
        regel (the line of the figure) and pagina (None).
    unplaced : list of tuple
        ``(regel, number as written, line text)`` of every number that became no row.
    bron : str
        The section's source line, "" when it has none.
    """

    rows: list
    unplaced: list
    bron: str


# --- words ------------------------------------------------------------------------------

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
                 "negen": 9, "tien": 10}
_YEAR = r"(?:19|20)\d\d"
_DASH = r"[-\u2010-\u2015\u2212/]"

_NUMBER = re.compile(
    rf"(?P<date>\b\d{{1,2}}\s+(?:{_MONTHS})\s+{_YEAR}\b)"
    rf"|(?P<range>\b(?P<r1>{_YEAR})\s*{_DASH}\s*(?P<r2>{_YEAR})\b(?!\s?%))"
    rf"|(?P<between>\btussen\s+(?P<b1>{_YEAR})\s+en\s+(?P<b2>{_YEAR})\b)"
    rf"|(?P<fromto>\bvan\s+(?P<f1>{_YEAR})\s+(?:tot(?:\s+en\s+met)?|t/m)\s+(?P<f2>{_YEAR})\b)"
    rf"|(?P<tm>\b(?P<t1>{_YEAR})\s+(?:tot(?:\s+en\s+met)?|t/m)\s+(?P<t2>{_YEAR})\b)"
    r"|(?P<percent>(?P<psign>[+\-\u2212\u2013]\s?)?(?<![\w.,])(?P<pnum>\d+(?:[.,]\d+)*)\s?"
    r"(?:%|procentpunt(?:en)?\b|procent\b))"
    r"|(?P<factor>\b(?P<fnum>\d+(?:,\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:keer|maal)\b)"
    r"|(?P<level>\b(?:(?:mbo|hbo)[- ]?(?:niveau[- ]?)?|niveau[- ]?)(?P<lnum>[1-8])\b(?![.,]\d))"
    rf"|(?P<year>(?<![\d.,]){_YEAR}(?![\d%]|[.,]\d))"
    r"|(?P<count>(?P<csign>[+\-\u2212]\s?)?(?<![\w.,])(?P<cnum>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w%]))"
    r"|(?P<bare>\d+(?:[.,]\d+)*)",
    re.IGNORECASE,
)

# Indicator terms on folded text: (pattern, indicator, kind); "measure" stands as it is,
# "noun" is modified by the unit and a word of change. Longer terms first.
_TERMS = [
    (r"werkgelegenheidsontwikkeling\w*", "werkgelegenheidsontwikkeling", "measure"),
    (r"werkgelegenheidsverwachting\w*", "werkgelegenheidsontwikkeling", "measure"),
    (r"werkgelegenheidsgroei", "werkgelegenheidsontwikkeling", "measure"),
    (r"economische groei", "economische groei", "measure"),
    (r"vervangingsvraag", "vervangingsvraag", "measure"),
    (r"uitbreidingsvraag", "uitbreidingsvraag", "measure"),
    (r"werkloosheid\w*", "werkloosheid", "measure"),
    (r"vervolgstudie\w*|vervolgopleiding\w*|doorstuderen|doorstromen", "vervolgstudie", "measure"),
    (r"direct\s+(?:gaan\s+)?werken|direct\s+aan\s+het\s+werk", "direct werken", "measure"),
    (r"\bwerkt\b|\bwerken\b|\bwerkzaam\b", "werkzaam", "measure"),
    (r"vacature\w*", "vacatures", "noun"),
    (r"werkgelegenheid", "werkgelegenheid", "noun"),
    (r"student\w*|\bleerlingen\b|\bdeelnemers\b", "studenten", "noun"),
    (r"stageplaats\w*|leerbanen|leerbaan|leerplaats\w*|\bstages\b", "stageplaatsen", "noun"),
    (r"\bbanen\b|\bbaan\b|arbeidsplaats\w*", "banen", "noun"),
    (r"\bwerkenden\b|\bwerknemers\b|\bmedewerkers\b", "werkenden", "noun"),
    (r"\buitstroom\b", "uitstroom", "noun"),
    (r"\binstroom\b", "instroom", "noun"),
]
_TERM = re.compile("|".join(f"(?P<t{index}>{pattern})" for index, (pattern, _, _) in enumerate(_TERMS)))
# Where a number can start: a digit (with its sign) or a word that opens a period, factor or level.
_CANDIDATE = re.compile(r"[+\-\u2212\u2013]?\s?\d|\b(?:tussen|van|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
                        r"|mbo|hbo|niveau)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:" + "|".join(p for p, _, kind in _TERMS if kind == "noun") + ")")
_UP = re.compile(r"stijg|\bsteeg|\bstegen|gestegen|toename|toegenomen|\bgroei|gegroeid|\bnam\b.*\btoe\b"
                 r"|\bmeer\b|hoger|\bplus\b")
_DOWN = re.compile(r"daling|\bdaal|gedaald|afname|afgenomen|\b(?:neemt|nam|namen)\b.*\baf\b|krimp|\bkromp"
                   r"|minder|lager|verlies")
_FORECAST = re.compile(r"naar verwachting|verwacht|\bzal\b|\bzullen\b|prognose|raming|geraamd|voorspel")
_COMPARE = re.compile(r"(?:\bdan|vergeleken met|ten opzichte van|t\.o\.v\.|in vergelijking met)"
                      r"(?:\s+(?:in|het|de|schooljaar|jaar|periode|het jaar))*\s*$")
_ATTACHED = re.compile(r"^\)?\s*(?:\(|in(?:\s+het\s+jaar)?|per|voor)?$")

# A name: a capitalised word, and a second word that is capitalised or a lower-case word that is
# no function word ("Financiële beroepen", not "ICT met").
_FUNCTION_WORD = r"(?:met|in|van|op|en|of|de|het|een|naar|tot|bij|voor|door|over|om|uit|aan|af|toe|te|dan|als|is|zijn|had|heeft)\b"
_NAME = r"[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&-]*|(?!" + _FUNCTION_WORD + r")[a-zà-ÿ][\w-]*))?"
_SCOPES = re.compile(
    r"\b(?P<kind>(?:kwalificatie)?richting(?:en)?|regio(?:'s|’s)?|sector|branche)\s+(?P<name>" + _NAME + ")"
    r"|(?P<domain>\b[A-ZÀ-Ý][\w]*-domein\b)"
    r"|(?P<land>\bNederland\b|\b[Ll]andelijk\b)"
)
# Where a share goes: "33% in de kinderopvang", "10% naar de zorg", "21% buiten de zorg, welzijn of sport".
_PLACE = re.compile(r"\s+(?P<place>(?:in|naar|buiten|bij)\s+(?:de|het|een)\s+(?!periode\b|jaar\b)[^;.:()\d]+?)(?=\s+en\s+(?:\w+\s+)?\d|,\s*\d|[;.:()]|$)")
_LEVEL_WORD = re.compile(r"\b(?:mbo|hbo|wo)-niveau\b|\b(?:mbo|hbo)\s+niveau\s+\d\b", re.IGNORECASE)
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")

_BULLET = re.compile(r"^\s*(?:[-*•·«»+\u2013\u2022\u25aa]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)")
_CELLS = re.compile(r"\t+|\s{2,}")
_NUMERIC_CELL = re.compile(r"[+\-\u2212]?\s?\d+(?:[.,]\d+)*\s?%?(?:\s*(?:-|\u2013)\s*\d{4})?(?:\s*\(?prognose\)?)?",
                           re.IGNORECASE)
_BRON = re.compile(r"^\s*bron(?:nen)?\b\s*(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
_TOPIC = re.compile(r"arbeidsmarkt|kans op|actuele gegevens|kwantitatieve gegevens|cijfers|perspectief|\?$")
_ABBREVIATIONS = {"ca", "bijv", "bv", "b.v", "o.a", "ong", "resp", "nr", "t.o.v", "m.b.t", "jan", "feb", "aug",
                  "sept", "sep", "okt", "nov", "dec", "e.a", "vs", "mln", "mld", "d.w.z", "z.g"}
_CLAUSE = re.compile(r"[^:;]+")
_SENTENCE_END = re.compile(r"[.!?]\s+")
_UNITS = {"percent": "%", "count": "aantal", "factor": "keer"}


@functools.lru_cache(maxsize=4096)
def _fold_char(char):
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower()


def _fold(text):
    """Accent-free lower case of the same length as ``text`` (positions stay valid)."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(char): _fold_char(char) for char in set(text) if not char.isascii() or char.isupper()})


# --- layout -----------------------------------------------------------------------------

@dataclasses.dataclass
class _Text:
    """A stretch of prose joined from lines, with the line of every character."""

    text: str
    starts: list
    regels: list
    lines: dict
    folded: str = ""

    def regel(self, position):
        return self.regels[bisect.bisect_right(self.starts, position) - 1]


def _join(numbered_lines, lines):
    text, starts, regels = "", [], []
    for regel, line in numbered_lines:
        line = line.strip()
        split_word = len(text) > 1 and text[-1] == "-" and text[-2].isalpha() and line[:1].islower()
        if text and not split_word:
            text += " "
        starts.append(len(text))
        regels.append(regel)
        text += line
    return _Text(text, starts, regels, lines, _fold(text))


def _split_bron(lines):
    """Return (prose lines, bron text, bron line numbers)."""
    prose, parts, regels = [], [], set()
    index = 0
    while index < len(lines):
        regel, line = lines[index]
        match = _BRON.match(line)
        if match and (match.group("rest") is not None or index + 1 < len(lines)):
            rest = (match.group("rest") or "").strip()
            pieces = [rest] if rest else []
            regels.add(regel)
            index += 1
            while index < len(lines) and lines[index][1].strip():
                regels.add(lines[index][0])
                item = lines[index][1].strip()
                if _BULLET.match(item):
                    pieces.append(_BULLET.sub("", item, count=1).strip())
                else:
                    pieces[-1:] = [" ".join(pieces[-1:] + [item])]
                index += 1
            parts.append("; ".join(piece.rstrip(";") for piece in pieces if piece))
            continue
        prose.append((regel, line))
        index += 1
    return prose, "; ".join(part for part in parts if part), regels


def _is_table_line(line):
    """Cells apart by a tab or 2+ spaces, every cell after the first a number or a year."""
    cells = [cell for cell in _CELLS.split(line.strip()) if cell]
    return len(cells) >= 2 and all(_NUMERIC_CELL.fullmatch(cell) for cell in cells[1:])


def _is_heading(lines, index):
    """A short line without closing punctuation between blank lines or sentences."""
    line = lines[index][1].strip()
    before = lines[index - 1][1].strip() if index else ""
    if not line or _BULLET.match(line) or len(line.split()) > 10 or (before and not _CAPITAL.match(line)):
        return False
    if line.endswith("?"):
        return True
    if line[-1] in ".,;:!)" or _is_table_line(lines[index][1]):
        return False
    after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    return (not before or before[-1] in ".!?:") and (not after or bool(_CAPITAL.match(after)))


def _blocks(lines):
    """Group prose lines into paragraphs of units: ("heading"|"text"|"table", payload)."""
    paragraphs, units, current, table = [], [], [], []

    def flush_text():
        if current:
            units.append(("text", list(current)))
            current.clear()

    def flush_table():
        if table:
            units.append(("table", list(table)))
            table.clear()

    for index, (regel, line) in enumerate(lines):
        if not line.strip():
            flush_text()
            flush_table()
            if units:
                paragraphs.append(list(units))
                units.clear()
            continue
        if _is_heading(lines, index):
            flush_text()
            flush_table()
            units.append(("heading", (regel, line.strip())))
        elif _is_table_line(line):
            flush_text()
            table.append((regel, line))
        else:
            flush_table()
            if _BULLET.match(line):
                flush_text()
                line = _BULLET.sub("", line, count=1)
            current.append((regel, line))
    flush_text()
    flush_table()
    if units:
        paragraphs.append(units)
    return paragraphs


def _sentences(text):
    """Split joined prose into sentences: (start, end) pairs."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text.text):
        words = text.text[max(start, match.start() - 12):match.start()].rsplit(None, 1)
        nxt = text.text[match.end():match.end() + 1]
        if words and words[-1].lower().rstrip(".") in _ABBREVIATIONS and match.group(0)[0] == ".":
            continue
        if nxt and nxt.islower():
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if start < len(text.text):
        spans.append((start, len(text.text)))
    return spans


# --- numbers ----------------------------------------------------------------------------

@dataclasses.dataclass
class _Token:
    kind: str
    written: str
    start: int
    end: int
    regel: int
    line: str
    value: float = None
    periode: str = ""
    order: int = 0


def _numbers(raw, start, end):
    """Matches of _NUMBER in raw[start:end], tried only where a number can start."""
    position = start
    while True:
        candidate = _CANDIDATE.search(raw, position, end)
        if candidate is None:
            return
        match = _NUMBER.match(raw, candidate.start(), end)
        if match is None or not match.group(0).strip():
            position = candidate.start() + 1
            continue
        yield match
        position = match.end()


def _value(digits, sign=""):
    digits = digits.replace(" ", "")
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    value = float(digits)
    return -value if sign.strip() in ("-", "\u2212", "\u2013") else value


def _tokens(text, start, end, counter):
    """Numbers of text.text[start:end] as tokens, in order."""
    tokens = []
    folded = text.folded
    for match in _numbers(text.text, start, end):
        kind = next(name for name in ("date", "range", "between", "fromto", "tm", "percent", "factor", "level",
                                      "year", "count", "bare") if match.group(name) is not None)
        regel = text.regel(match.start())
        token = _Token(kind, match.group(0).strip(), match.start(), match.end(), regel, text.lines.get(regel, ""),
                       order=next(counter))
        if kind in ("range", "between", "fromto", "tm"):
            first, last = (match.group(key) for key in {"range": ("r1", "r2"), "between": ("b1", "b2"),
                                                           "fromto": ("f1", "f2"), "tm": ("t1", "t2")}[kind])
            token.kind, token.periode = "period", f"{first}-{last}"
        elif kind == "year":
            token.kind, token.periode = "period", match.group(0)
        elif kind == "percent":
            token.value = _value(match.group("pnum"), match.group("psign") or "")
        elif kind == "factor":
            word = match.group("fnum").lower()
            token.value = float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else _value(word)
        elif kind == "count":
            digits = match.group("cnum")
            if "." not in digits and not _NOUN_AFTER.match(folded, match.end()):
                token.kind = "bare"
            else:
                token.value = _value(digits, match.group("csign") or "")
                token.written = match.group(0).strip()
        tokens.append(token)
    return tokens


# --- labels -----------------------------------------------------------------------------

@dataclasses.dataclass
class _Context:
    """What holds beyond one sentence: heading scope, and per paragraph domain, level, period, noun."""

    heading: str = ""
    heading_tokens: list = dataclasses.field(default_factory=list)
    domain: str = ""
    level: str = ""
    level_tokens: list = dataclasses.field(default_factory=list)
    period: object = None
    section_period: object = None
    noun: tuple = ()


@functools.lru_cache(maxsize=64)
def _all_terms(folded):
    found = []
    for match in _TERM.finditer(folded):
        _, indicator, kind = _TERMS[int(match.lastgroup[1:])]
        found.append((match.start(), match.end(), indicator, kind))
    return tuple(found)


def _terms(folded, start, end):
    """Indicator terms of folded[start:end] as (start, end, indicator, kind)."""
    return [term for term in _all_terms(folded) if term[0] >= start and term[1] <= end]


def _nearest(items, position):
    return min(items, key=lambda item: (min(abs(item[0] - position), abs(item[1] - position)), item[0]),
               default=None)


def _indicator(token, folded, clause, sentence, context, notes):
    term = _nearest(_terms(folded, *clause), token.start)
    if term is None:
        term = _nearest(_terms(folded, *sentence), token.start)
        labelled = term is not None and term[1] <= token.start and re.fullmatch(
            r"[^;:]*:\s*[+\-\u2212]?", folded[term[1]:token.start])
        if term is not None and not labelled:
            notes.append("indicator afgeleid uit de zin")
    if term is None and context.noun:
        notes.append("indicator afgeleid uit de context")
        term = (0, 0, *context.noun)
    if term is None:
        notes.append("indicator niet herkend")
        return ""
    _, _, indicator, kind = term
    if kind == "measure" or token.kind != "percent":
        return indicator
    window = folded[max(clause[0], token.start - 80):min(clause[1], token.end + 60)]
    if _DOWN.search(window):
        return f"afname {indicator}"
    if _UP.search(window):
        return f"groei {indicator}"
    return f"aandeel {indicator}"


def _bracket_name(text, token):
    """The capitalised name just before '(' when the figure stands in brackets."""
    before = text[:token.start].rstrip()
    if not before.endswith("("):
        return None
    words = before[:-1].split()
    for back in range(1, min(3, len(words)) + 1):
        word = words[-back]
        if _CAPITAL.match(word) and back < len(words) + 1:
            name = " ".join(words[-back:])
            return name.strip(",;")
    return None


def _scope(text, token, clause, sentence_start, context, notes, used):
    raw = text.text
    parts = [context.heading] if context.heading else []
    if context.heading:
        used.extend(context.heading_tokens)
    candidates = list(_SCOPES.finditer(raw, sentence_start, token.start))
    named = _bracket_name(raw, token)
    kind = ""
    if named is not None:
        if named.endswith("-domein"):
            context.domain = named
            named = None
        elif named == "Nederland":
            return "Nederland"
        elif any(match.group("kind") and "richting" in match.group("kind") for match in candidates):
            kind = "richting "
    else:
        for match in reversed(candidates):
            if match.group("land"):
                return ", ".join(parts + ["Nederland"])
            if match.group("name"):
                named = match.group("name")
                kind = re.sub(r"(?:en|'s|’s)$", "", match.group("kind").lower()).replace("kwalificatie", "") + " "
                break
    for match in candidates:
        if match.group("domain"):
            context.domain = match.group("domain")
    if context.domain:
        parts.append(context.domain)
    if context.level:
        parts.append(context.level)
        used.extend(context.level_tokens)
    if named:
        parts.append(f"{kind}{named}".strip())
    place = _PLACE.match(raw, token.end, clause[1]) if token.kind == "percent" else None
    if place:
        parts.append(place.group("place").strip())
    if not parts:
        notes.append("scope niet genoemd")
    return ", ".join(parts)


def _period(text, token, sentence_tokens, sentence, context, notes):
    raw = text.text
    periods = [item for item in sentence_tokens if item.kind == "period"]
    for item in periods:
        if item.start >= token.end and _ATTACHED.match(raw[token.end:item.start].strip()):
            return item
    own = [item for item in periods if not _compared(raw, sentence[0], item.start)]
    references = [item for item in periods if item not in own]
    if own:
        return own[0]
    chosen = context.period or context.section_period
    if chosen is None:
        notes.append("periode niet genoemd")
    else:
        notes.append("periode afgeleid uit de context")
    for item in references:
        notes.append(f"vergeleken met {item.periode}")
    return chosen, references


def _compared(raw, start, position):
    """Whether the period at ``position`` follows a word of comparison ("dan in", ...)."""
    return _COMPARE.search(raw[max(start, position - 48):position]) is not None


def _soort(periode, forecast, profile_year):
    if forecast:
        return "prognose"
    years = re.findall(r"\d{4}", periode or "")
    if profile_year is not None and years and int(years[-1]) > int(profile_year):
        return "prognose"
    return "waargenomen"


def _row(indicator, scope, periode, waarde, eenheid, soort, controleren, regel):
    return {"indicator": indicator, "scope": scope, "periode": periode, "waarde": float(waarde),
            "eenheid": eenheid, "soort": soort, "bron": "", "controleren": "; ".join(dict.fromkeys(controleren)),
            "regel": regel, "pagina": None}


def _rank_rows(text, sentence, folded, tokens, context, forecast, profile_year, used):
    """Rows of a rank order 'A ..., gevolgd door B en C' whose items carry no figures."""
    raw = text.text
    marker = re.search(r"gevolgd door\s+", raw[sentence[0]:sentence[1]], re.IGNORECASE)
    if marker is None or any(item.kind in _UNITS for item in tokens):
        return []
    cut = sentence[0] + marker.start()
    after_start = sentence[0] + marker.end()
    head = raw[sentence[0] + 1:cut]
    firsts = [match for match in re.finditer(_NAME, head) if not match.group(0).endswith("-domein")]
    if not firsts:
        return []
    first_match = re.match(r"[A-ZÀ-Ý][\w'’&-]*", firsts[-1].group(0))
    tail = raw[after_start:sentence[1]].rstrip(".!? ")
    kind = "richting " if re.search(r"richting", raw[sentence[0]:sentence[1]], re.IGNORECASE) else ""
    tail_clean = re.sub(r"^(?:de|het)\s+", "", tail)
    tail_clean = re.sub(r"^(?:kwalificatie)?richtingen?\s+|^sectoren\s+|^regio's\s+|^branches\s+", "", tail_clean)
    items = [item.strip() for item in re.split(r",\s*|\s+en\s+|\s+of\s+", tail_clean) if item.strip()]
    names = [(first_match.group(0), sentence[0] + 1 + firsts[-1].start())]
    offset = after_start + (len(tail) - len(tail_clean))
    for item in items:
        position = raw.find(item, offset)
        names.append((item, position))
        offset = position + len(item)
    notes = []
    term = _nearest(_terms(folded, *sentence), cut)
    if term is not None and term[3] == "noun":
        noun = term[2]
        context.noun = term[2:]
    else:
        noun = context.noun[0] if context.noun and context.noun[1] == "noun" else ""
        notes.append("indicator afgeleid uit de context" if noun else "indicator niet herkend")
    for match in _SCOPES.finditer(raw, sentence[0], sentence[1]):
        if match.group("domain"):
            context.domain = match.group("domain")
    periods = [item for item in tokens if item.kind == "period"]
    if periods:
        periode_token = periods[0]
    else:
        periode_token = context.period or context.section_period
        notes.append("periode afgeleid uit de context" if periode_token else "periode niet genoemd")
    if periode_token is not None:
        used.append(periode_token)
    periode = periode_token.periode if periode_token else ""
    base = ([context.heading] if context.heading else []) + ([context.domain] if context.domain else []) + (
        [context.level] if context.level else [])
    if context.level:
        used.extend(context.level_tokens)
    soort = _soort(periode, forecast, profile_year)
    indicator = f"rangorde {noun}".strip()
    return [_row(indicator, ", ".join(base + [f"{kind}{name}"]), periode, rank, "rang", soort, notes,
                 text.regel(position))
            for rank, (name, position) in enumerate(names, start=1)]


def _sentence_rows(text, sentence, folded, context, profile_year, counter, all_tokens, used):
    tokens = _tokens(text, *sentence, counter)
    all_tokens.extend(tokens)
    raw = text.text
    forecast = bool(_FORECAST.search(folded, *sentence))
    levels = [item for item in tokens if item.kind == "level" and not _compared(raw, sentence[0], item.start)
              and _fold(item.written) not in _fold(context.heading)]
    level_word = _LEVEL_WORD.search(raw, *sentence)
    if levels or level_word:
        first = min(([levels[0].start] if levels else []) + ([level_word.start()] if level_word else []))
        if level_word and level_word.start() == first:
            context.level, context.level_tokens = level_word.group(0), []
        else:
            context.level, context.level_tokens = levels[0].written, [levels[0]]
    rows = _rank_rows(text, sentence, folded, tokens, context, forecast, profile_year, used)
    clauses = [(match.start(), match.end()) for match in _CLAUSE.finditer(raw, *sentence)]
    for token in tokens:
        if token.kind not in _UNITS:
            continue
        clause = next((span for span in clauses if span[0] <= token.start < span[1]), sentence)
        notes = []
        indicator = _indicator(token, folded, clause, sentence, context, notes)
        scope = _scope(text, token, clause, sentence[0], context, notes, used)
        chosen = _period(text, token, tokens, sentence, context, notes)
        if isinstance(chosen, tuple):
            chosen, references = chosen
            used.extend(references)
        if chosen is not None:
            used.append(chosen)
        periode = chosen.periode if chosen is not None else ""
        used.append(token)
        rows.append(_row(indicator, scope, periode, token.value, _UNITS[token.kind],
                         _soort(periode, forecast, profile_year), notes, token.regel))
        term = _nearest(_terms(folded, *clause), token.start) or _nearest(_terms(folded, *sentence), token.start)
        if term is not None:
            context.noun = term[2:]
    if rows and context.heading:
        used.extend(item for item in tokens if item.kind == "level" and _fold(item.written) in _fold(context.heading))
    own_periods = [item for item in tokens if item.kind == "period"
                   and not _compared(raw, sentence[0], item.start)]
    if own_periods:
        context.period = own_periods[0]
        context.section_period = own_periods[0]
    return rows


def _table_rows(table, context, profile_year, counter, all_tokens, used):
    """Rows of a table-like block: a header of years, then label + number cells."""
    rows, header = [], None
    for regel, line in table:
        cells = [cell.strip() for cell in _CELLS.split(line.strip()) if cell.strip()]
        text = _join([(regel, line)], {regel: line})
        years = [re.fullmatch(rf"(?P<a>{_YEAR})(?:\s*{_DASH}\s*(?P<b>{_YEAR}))?(?P<p>\s*\(?prognose\)?)?", cell,
                              re.IGNORECASE) for cell in cells]
        if all(years[1:]) and (years[0] or not re.search(r"\d", cells[0])):
            header = [(f"{match.group('a')}-{match.group('b')}" if match.group("b") else match.group("a"),
                       bool(match.group("p"))) if match else None for match in years]
            header_tokens = _tokens(text, 0, len(text.text), counter)
            all_tokens.extend(header_tokens)
            header_tokens = [item for item in header_tokens if item.kind == "period"]
            continue
        tokens = _tokens(text, 0, len(text.text), counter)
        all_tokens.extend(tokens)
        label = cells[0]
        folded = text.folded
        figures = [item for item in tokens if item.kind in _UNITS or item.kind == "bare"]
        figures = [item for item in figures if item.start >= len(label)]
        for position, token in enumerate(figures):
            if token.kind == "bare":
                token.kind, token.value = "count", _value(token.written)
            notes = []
            from_right = len(figures) - position
            periode, forecast = "", False
            if header and from_right <= len([cell for cell in header if cell]):
                periode, forecast = [cell for cell in header if cell][-from_right]
                used.extend(item for item in header_tokens if item.periode == periode)
            else:
                label_periods = [item for item in tokens if item.kind == "period" and item.start < len(label)]
                if label_periods:
                    periode = label_periods[0].periode
                    used.append(label_periods[0])
                else:
                    notes.append("periode niet genoemd")
            terms = _terms(folded, 0, len(label))
            if terms:
                indicator = _indicator(token, folded, (0, len(label) + 1), (0, len(label) + 1), context, [])
            else:
                indicator = label
                notes.append("indicator overgenomen uit de tabel")
            level = re.search(r"\b(?:mbo|hbo|wo)-niveau\b|\bniveau\s?\d\b", label, re.IGNORECASE)
            parts = [context.heading] if context.heading else []
            scopes = [match for match in _SCOPES.finditer(label)]
            for match in scopes:
                parts.append(match.group(0) if not match.group("land") else "Nederland")
            if level:
                parts.append(level.group(0))
                used.extend(item for item in tokens if item.kind == "level" and item.start < len(label))
            if not parts:
                notes.append("scope niet genoemd")
            used.append(token)
            soort = "prognose" if forecast or _FORECAST.search(folded) else _soort(periode, False, profile_year)
            rows.append(_row(indicator, ", ".join(parts), periode, token.value, _UNITS[token.kind], soort, notes,
                             regel))
    return rows


def read_figures(lines, *, profile_year=None, bron=None):
    """Read the labour-market figures of one section of a profile text.

    The rules are those of the module docstring.

    Parameters
    ----------
    lines : list of (int, str)
        The section's lines as ``(regel, text)``, as printed, page noise removed;
        blank lines separate paragraphs.
    profile_year : int, optional
        The year of the profile; a period ending after it is a forecast.
    bron : str, optional
        The source of the figures, when the caller found it elsewhere; it wins over the
        section's own "Bron:" line.

    Returns
    -------
    FigureReading

    Examples
    --------
    >>> reading = read_figures([
    ...     (10, "In 2009 waren er in het ECABO-domein op mbo-niveau"),
    ...     (11, "133.400 vacatures. Naar verwachting stijgt dat tot 193.000 in 2014."),
    ...     (12, ""),
    ...     (13, "Bron: CBS, UWV"),
    ... ], profile_year=2010)
    >>> [(row["indicator"], row["scope"], row["periode"], row["waarde"], row["soort"], row["regel"])
    ...  for row in reading.rows]  # doctest: +NORMALIZE_WHITESPACE
    [('vacatures', 'ECABO-domein, mbo-niveau', '2009', 133400.0, 'waargenomen', 11),
     ('vacatures', 'ECABO-domein, mbo-niveau', '2014', 193000.0, 'prognose', 11)]
    >>> reading.bron, reading.unplaced
    ('CBS, UWV', [])
    >>> read_figures([(1, "Het Nederlands telt 7 regio's.")]).unplaced
    [(1, '7', "Het Nederlands telt 7 regio's.")]
    """
    lines = [(int(regel), str(text).rstrip("\n")) for regel, text in lines]
    prose, found_bron, _ = _split_bron(lines)
    bron_text = found_bron if bron is None else str(bron)
    by_regel = dict(lines)
    context = _Context()
    counter = iter(range(10**9))
    rows, all_tokens, used = [], [], []
    for paragraph in _blocks(prose):
        context.domain, context.level, context.level_tokens, context.period = "", "", [], None
        for kind, payload in paragraph:
            if kind == "heading":
                regel, heading = payload
                text = _join([payload], by_regel)
                tokens = _tokens(text, 0, len(text.text), counter)
                all_tokens.extend(tokens)
                folded_heading = _fold(heading)
                if ":" in heading and _TOPIC.search(_fold(heading.split(":", 1)[0])):
                    context.heading = heading.split(":", 1)[1].strip()
                    context.heading_tokens = [item for item in tokens if item.start > heading.index(":")]
                elif not _TOPIC.search(folded_heading) and not re.match(r"bron", folded_heading):
                    context.heading, context.heading_tokens = heading, tokens
                    context.noun = ()
                    context.section_period = None
                continue
            if kind == "table":
                rows.extend(_table_rows(payload, context, profile_year, counter, all_tokens, used))
                continue
            text = _join(payload, by_regel)
            folded = text.folded
            for sentence in _sentences(text):
                rows.extend(_sentence_rows(text, sentence, folded, context, profile_year, counter, all_tokens,
                                           used))
    for row in rows:
        row["bron"] = bron_text
    used_ids = {item.order for item in used}
    unplaced = [(item.regel, item.written, item.line) for item in all_tokens if item.order not in used_ids]
    return FigureReading(rows=rows, unplaced=unplaced, bron=bron_text)

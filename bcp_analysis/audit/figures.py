"""Every figure-like token of a document is an ``arbeidsmarkt`` row, or a finding with its place.

**What counts as a figure** (wherever it stands: §1.4, a description, front matter, trends):

- a percentage: an optional sign (``+ - − –``), digits with a decimal comma (or point), then
  "%", "procent" or "procentpunt(en)": "-0,15%", "+4,5 %", "32,7 procent";
- an amount in words: digits (a decimal comma allowed) before "duizend", "miljoen",
  "miljard", "mln" or "mld": "1,2 miljoen";
- a count with thousands separators: "1.043.000", "59.600", also with a decimal comma
  after them; and plain digits right before (within two words) a noun of counted people
  or jobs ("800 nieuwe vacatures", "35 stageplaatsen");
- a period: a year range ("2009-2014", any dash, "/", "tussen 2009 en 2014", "van 2009 tot
  (en met) 2014", "2009 t/m 2014"), and a single year (1900-2099) in a sentence that also
  holds a figure above or a labour-market word (vacatures, werkgelegenheid, arbeidsmarkt,
  vervangingsvraag, uitbreidingsvraag, werkloosheid, economische groei, banen, werkenden,
  uitstroom, instroom, studenten, stageplaatsen).

**What is not a figure** (and why): a date ("30 september 2010", "september 2010",
"30-09-2010", "2010-09-30": when a document was made or set, not the labour market); a
werkproces id or a section number ("1.1", "3.7", "§1.4", "1.4 Trends en innovaties": two
numbers with one point are ids, the thousands pattern needs groups of three digits); a
kwalificatiedossier code ("B1-K1-W2"); a crebo number ("crebo 23183", "crebonummer
23183") and any other plain number that is not before a counted noun (page numbers, "24-uurs",
"niveau 4", "mbo-4", "2 deelmarkten"); a single year in a sentence without a figure or a
labour-market word ("beroepscompetentieprofiel 2006"); and every number on a source line
("Bron: ... (mei 2010)"), which names where the figures come from.

**When a figure is placed.** A percentage, amount or count is placed when a row of
``arbeidsmarkt`` has its value (percent with eenheid ``%``, the others with ``aantal``) and
stands near it: in the same paragraph of a text (lines between blank lines), on the same
page of a PDF, anywhere in a structured profile or a kwalificatiedossier (whose rows name
the lines of the text they were read from, or of the whole section): the source says which
(``AuditSource.rows_at``). Each row places one
figure. A period is placed when a row near it has that period (``periode``); in a structured
profile (the YAML format, reviewed by hand) periods are not checked: a year its text names without
a figure is the reviewer's choice, and a reader's heuristic never made it (``AuditSource.reviewed``). What is not
placed is a finding: kind ``cijfer`` (something is lost: ``validate`` fails) or ``periode``
(a year that no figure uses: for a reviewer's eye).
"""

import dataclasses
import math
import re

from bcp_analysis.audit.report import Finding

__all__: list[str] = []  # nothing of it is used outside its layer

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_SHORT_MONTHS = "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
_YEAR = r"(?:19|20)\d\d"
# Words before a period that make it the period a figure is compared with, not the figure's own.
_COMPARED = re.compile(r"(?:\bdan|vergeleken met|ten opzichte van|t\.o\.v\.|vergelijking met)"
                       r"(?:\s+(?:in|het|de|schooljaar|jaar|periode))*\s*$", re.IGNORECASE)
_DASH = r"[-\u2010-\u2015\u2212/]"
_COUNTED = (r"(?:vacature\w*|banen|baan|arbeidsplaats\w*|werkenden|werknemers|medewerkers|studenten|leerlingen"
            r"|deelnemers|stageplaats\w*|leerbanen|gediplomeerden|bedrijven|vestigingen|personen|mensen)\b")
_LABOUR = re.compile(r"vacature|werkgelegenheid|arbeidsmarkt|vervangingsvraag|uitbreidingsvraag|werkloos"
                     r"|economische groei|\bbanen\b|werkenden|uitstroom|instroom|studenten|stageplaats",
                     re.IGNORECASE)

_TOKEN = re.compile(
    rf"(?P<date>\b\d{{1,2}}\s+(?:{_MONTHS})\s+{_YEAR}\b|\b(?:{_MONTHS}|{_SHORT_MONTHS})\.?\s+{_YEAR}\b"
    rf"|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}\b|\b{_YEAR}-\d{{1,2}}-\d{{1,2}}\b)"
    r"|(?P<code>\b[BP]\d+-K\d+(?:-W\d+)?\b)"
    r"|(?P<crebo>\bcrebo(?:nummer)?:?\s*\d+)"
    rf"|(?P<range>\b{_YEAR}\s*{_DASH}\s*{_YEAR}\b(?!\s?%))"
    rf"|(?P<between>\btussen\s+{_YEAR}\s+en\s+{_YEAR}\b)"
    rf"|(?P<fromto>\bvan\s+{_YEAR}\s+(?:tot(?:\s+en\s+met)?|t/m)\s+{_YEAR}\b)"
    rf"|(?P<tm>\b{_YEAR}\s+(?:tot(?:\s+en\s+met)?|t/m)\s+{_YEAR}\b)"
    r"|(?P<percent>(?:[+\-\u2212\u2013]\s?)?(?<![\w.,])\d+(?:[.,]\d+)*\s?(?:%|procentpunt(?:en)?\b|procent\b))"
    r"|(?P<amount>(?<![\w.,])\d+(?:,\d+)?\s+(?:duizend|miljoen|miljard|mln|mld)\b\.?)"
    r"|(?P<count>(?:[+\-\u2212]\s?)?(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w.,]\d))"
    rf"|(?P<counted>(?<![\w.,§-])\d+(?:,\d+)?(?=\s+(?:\S+\s+)?{_COUNTED}))"
    rf"|(?P<year>(?<![\w.,§/-]){_YEAR}(?![\w%]|[.,]\d|\s?-\s?\d))"
    r"|(?P<other>\d+(?:[.,]\d+)*)",
    re.IGNORECASE,
)
_BRON = re.compile(r"^\W*bron(?:nen)?\b", re.IGNORECASE)
_MULTIPLIERS = {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9}


@dataclasses.dataclass(frozen=True)
class FigureToken:
    """A figure-like token of the document.

    Attributes
    ----------
    kind : str
        ``percent``, ``amount``, ``count`` or ``period``.
    written : str
        As the document writes it.
    value : float or str
        The number (float), or for a period its ``periode`` ("2009-2014", "2010").
    source_line : SourceLine
        The line it stands on.
    paragraph : int
        The paragraph's number (lines between blank lines of a text), for nearness.
    """

    kind: str
    written: str
    value: object
    source_line: object
    paragraph: int


def _number(text):
    """A Dutch number as float: a comma is the decimal sign, a point before three digits groups thousands."""
    text = text.replace(" ", "").replace("\u2212", "-").replace("\u2013", "-")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")
    return float(text)


def _period(match):
    years = re.findall(_YEAR, match.group(0))
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


_LINE_END_SIGN = re.compile(r"(?:^|[\s(])([-+\u2212\u2013])$")


def figure_tokens(lines):
    """Return the figure-like tokens of lines, by the rules of the module docstring.

    Parameters
    ----------
    lines : list of SourceLine

    Returns
    -------
    list of FigureToken

    Examples
    --------
    >>> from bcp_analysis.readers.audit_source import SourceLine
    >>> lines = [SourceLine(1, "Vastgesteld op 30-09-2010; zie §1.4 en werkproces 1.1."),
    ...          SourceLine(2, "In 2009 waren er 133.400 vacatures (-0,15%), 1,2 miljoen banen.")]
    >>> [(token.kind, token.written, token.value) for token in figure_tokens(lines)]  # doctest: +NORMALIZE_WHITESPACE
    [('period', '2009', '2009'), ('count', '133.400', 133400.0), ('percent', '-0,15%', -0.15),
     ('amount', '1,2 miljoen', 1200000.0)]
    >>> lines = [SourceLine(1, "kent het totale ECABO-domein (-"), SourceLine(2, "0,15%) ten opzichte van")]
    >>> [(token.written, token.value) for token in figure_tokens(lines)]
    [('-0,15%', -0.15)]
    """
    tokens = []
    sentences = _sentences(lines)
    in_bron, current, before = False, None, ""
    for paragraph, source_line in _numbered(lines):
        text = source_line.text
        if paragraph != current:
            in_bron, current, before = False, paragraph, ""
        # a sign left at the line end before the figure on the next line ("ECABO-domein (-" / "0,15%)")
        sign = _LINE_END_SIGN.search(before)
        before = text
        in_bron = in_bron or bool(_BRON.match(text))
        if in_bron:
            continue
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            written = match.group(0).strip()
            if kind == "percent":
                if sign and not text[:match.start()].strip() and written[:1].isdigit():
                    written = sign.group(1) + written
                tokens.append(FigureToken("percent", written, _number(re.sub(r"[^\d.,+\-\u2212\u2013]", "", written)),
                                          source_line, paragraph))
            elif kind == "amount":
                number, word = written.rstrip(".").split()[:2]
                tokens.append(FigureToken("amount", written, _number(number) * _MULTIPLIERS[word.lower()],
                                          source_line, paragraph))
            elif kind in ("count", "counted"):
                tokens.append(FigureToken("count", written, _number(written), source_line, paragraph))
            elif (kind in ("range", "between", "fromto", "tm", "year")
                  and not _compared(sentences, source_line, match.start())
                  and _in_labour_sentence(sentences, source_line, match.start())):
                tokens.append(FigureToken("period", written, _period(match), source_line, paragraph))
    return tokens


def _sentences(lines):
    """For every line, the text of the sentences it is part of (joined with its neighbours), by line."""
    joined, spans, position = [], {}, 0
    for source_line in lines:
        spans[id(source_line)] = position
        joined.append(source_line.text)
        position += len(source_line.text) + 1
    return "\n".join(joined), spans


def _compared(sentences, source_line, column):
    """Whether a period follows a word of comparison ("dan in", "ten opzichte van", ...)."""
    text, spans = sentences
    position = spans[id(source_line)] + column
    return _COMPARED.search(text[max(0, position - 48):position].replace("\n", " ")) is not None


def _in_labour_sentence(sentences, source_line, column):
    """Whether the sentence around a year holds a figure or a labour-market word."""
    text, spans = sentences
    position = spans[id(source_line)] + column
    start = max(text.rfind(". ", 0, position), text.rfind("\n\n", 0, position), 0)
    ends = [found for found in (text.find(". ", position), text.find("\n\n", position)) if found >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    if _LABOUR.search(sentence):
        return True
    return any(match.lastgroup in ("percent", "amount", "count", "counted") for match in _TOKEN.finditer(sentence))


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("<NA>", "nan", "")


def check_figures(source, profile):
    """Return a finding for every figure-like token of the source that is no ``arbeidsmarkt`` row.

    Parameters
    ----------
    source : AuditSource
    profile : Profile

    Returns
    -------
    list of Finding
    """
    tokens = figure_tokens(source.lines)
    lines_of = _paragraph_lines(source.lines)
    rows = [dict(row) for row in profile.arbeidsmarkt.to_dict("records")]
    used = set()
    findings = []
    for token in tokens:
        near = [(index, row) for index, row in enumerate(rows)
                if _near_row(row, token, source.rows_at, lines_of)]
        if token.kind == "period":
            if source.reviewed:
                continue  # a reviewed file: a year its text names without a figure is the reviewer's choice
            if not any(str(row.get("periode", "")) == token.value for _, row in near):
                findings.append(Finding.of(
                    "periode", token.source_line,
                    f"periode niet geplaatst: '{token.written}' is de periode van geen cijfer van arbeidsmarkt "
                    f"hierbij; controleer of een cijfer deze periode mist, of dat het jaar alleen context is"))
            continue
        unit = "%" if token.kind == "percent" else "aantal"
        match = next((index for index, row in near if index not in used and str(row.get("eenheid")) == unit
                      and _same(row.get("waarde"), token.value)), None)
        if match is None:
            findings.append(Finding.of(
                "cijfer", token.source_line,
                f"cijfer niet geplaatst: '{token.written}' staat in de bron maar in geen rij van arbeidsmarkt; "
                f"neem het over in arbeidsmarkt (met indicator, scope en periode) in het YAML-profiel"))
        else:
            used.add(match)
    return findings


def _same(value, expected):
    try:
        return abs(float(value) - float(expected)) <= 1e-9 * max(1.0, abs(float(expected)))
    except (TypeError, ValueError):
        return False


def _numbered(lines):
    """Every non-blank line with its paragraph's number: a blank line or a new page starts a paragraph."""
    paragraph, previous = 0, None
    for source_line in lines:
        if not source_line.text.strip():
            paragraph += 1
            continue
        if previous is not None and source_line.pagina != previous.pagina:
            paragraph += 1
        previous = source_line
        yield paragraph, source_line


def _paragraph_lines(lines):
    """For every paragraph number (as :func:`_numbered` counts them), the line numbers it spans."""
    spans = {}
    for paragraph, source_line in _numbered(lines):
        spans.setdefault(paragraph, set()).add(source_line.regel)
    return spans


def _near_row(row, token, rows_at, lines_of):
    """Whether a row stands near a token: in its paragraph (rows by ``regel``), on its page, or anywhere."""
    if rows_at is None:
        return True
    if rows_at == "pagina":
        return _missing(row.get("pagina")) or int(row["pagina"]) == token.source_line.pagina
    return _missing(row.get("regel")) or int(row["regel"]) in lines_of.get(token.paragraph, ())

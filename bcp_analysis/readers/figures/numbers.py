"""The numbers of a labour-market text: one rule per family of number (dates, periods, percentages, ...).

:data:`NUMBER_RULES` lists the families in the order they are tried at each place where a
number can start; the first whose pattern matches there reads it, and reading goes on after
it. Each rule's reader sets the token's kind, value and period.
"""

import dataclasses
import re

from bcp_analysis.readers.figures.labels import noun_follows

__all__: list[str] = []  # nothing of it is used outside its layer

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
YEAR = r"(?:19|20)\d\d"
DASH = r"[-\u2010-\u2015\u2212/]"
_UNTIL = r"(?:tot(?:\s+en\s+met)?|t/m)"
# Where a number can start: a digit (with its sign) or a word that opens a period, factor or level.
_CANDIDATE = re.compile(r"[+\-\u2212\u2013]?\s?\d|\b(?:tussen|van|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
                        r"|mbo|hbo|niveau)\b", re.IGNORECASE)
# The kinds of token that are figures, and their eenheid.
UNITS = {"percent": "%", "count": "aantal", "factor": "keer"}


@dataclasses.dataclass
class Token:
    """One number of the text.

    Attributes
    ----------
    kind : str
        ``date``, ``period``, ``percent``, ``factor``, ``level``, ``count`` or ``bare`` (digits
        that are no figure by themselves).
    written : str
        The number as written.
    start, end : int
        Its place in the joined text.
    regel : int
        Its line; ``line`` is that line's text.
    value : float or None
        The figure, for a percentage, factor or count.
    periode : str
        For a period: "2009" or "2009-2014".
    order : int
        Its number in the order of the section (to tell the used tokens apart).
    """

    kind: str
    written: str
    start: int
    end: int
    regel: int
    line: str
    value: float = None
    periode: str = ""
    order: int = 0


@dataclasses.dataclass(frozen=True)
class NumberRule:
    """A family of numbers: its name, its pattern, and how a match of it becomes a token."""

    family: str
    pattern: re.Pattern
    read: object  # (match, token, folded text) -> None; sets kind, value and periode


def number_value(digits, sign=""):
    """The value of digits written the Dutch way: a decimal comma, thousands dots."""
    digits = digits.replace(" ", "")
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    value = float(digits)
    return -value if sign.strip() in ("-", "\u2212", "\u2013") else value


# --- the families, one reader each --------------------------------------------------------

def _date(match, token, folded):
    """"1 augustus 2016": a date, never a figure."""
    token.kind = "date"


def _range(match, token, folded):
    """"2009-2014", "tussen 2009 en 2014", "van 2009 tot en met 2014": a period of years."""
    token.kind, token.periode = "period", f"{match.group('first')}-{match.group('last')}"


def _year(match, token, folded):
    """"2009": a period of one year."""
    token.kind, token.periode = "period", match.group(0)


def _percentage(match, token, folded):
    """"+4,5%", "-0,15 procent", "32,7 %": a figure in %."""
    token.kind, token.value = "percent", number_value(match.group("digits"), match.group("sign") or "")


def _factor(match, token, folded):
    """"twee keer", "1,5 maal": a figure in keer."""
    word = match.group("digits").lower()
    token.kind = "factor"
    token.value = float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else number_value(word)


def _level(match, token, folded):
    """"niveau 3", "mbo-4": part of a scope, not a figure."""
    token.kind = "level"


def _count(match, token, folded):
    """"1.043.000" always, "800" only with an indicator noun after it ("800 nieuwe vacatures")."""
    digits = match.group("digits")
    if "." not in digits and not noun_follows(folded, match.end()):
        token.kind = "bare"
    else:
        token.kind, token.value = "count", number_value(digits, match.group("sign") or "")


def _bare(match, token, folded):
    """Any other digits ("medewerker 4", "24-uurs"): no figure; reported when nothing uses them."""
    token.kind = "bare"


def _rule(family, pattern, read):
    return NumberRule(family, re.compile(pattern, re.IGNORECASE), read)


NUMBER_RULES = (
    _rule("datum", rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+{YEAR}\b", _date),
    _rule("jaren met streepje", rf"\b(?P<first>{YEAR})\s*{DASH}\s*(?P<last>{YEAR})\b(?!\s?%)", _range),
    _rule("tussen jaar en jaar", rf"\btussen\s+(?P<first>{YEAR})\s+en\s+(?P<last>{YEAR})\b", _range),
    _rule("van jaar tot jaar", rf"\bvan\s+(?P<first>{YEAR})\s+{_UNTIL}\s+(?P<last>{YEAR})\b", _range),
    _rule("jaar tot jaar", rf"\b(?P<first>{YEAR})\s+{_UNTIL}\s+(?P<last>{YEAR})\b", _range),
    _rule("percentage", r"(?P<sign>[+\-\u2212\u2013]\s?)?(?<![\w.,])(?P<digits>\d+(?:[.,]\d+)*)\s?"
                        r"(?:%|procentpunt(?:en)?\b|procent\b)", _percentage),
    _rule("factor", r"\b(?P<digits>\d+(?:,\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:keer|maal)\b",
          _factor),
    _rule("niveau", r"\b(?:(?:mbo|hbo)[- ]?(?:niveau[- ]?)?|niveau[- ]?)[1-8]\b(?![.,]\d)", _level),
    _rule("jaar", rf"(?<![\d.,]){YEAR}(?![\d%]|[.,]\d)", _year),
    _rule("aantal", r"(?P<sign>[+\-\u2212]\s?)?(?<![\w.,])(?P<digits>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                    r"(?![\w%])", _count),
    _rule("overig getal", r"\d+(?:[.,]\d+)*", _bare),
)


def _first_match(raw, position, end):
    """The first rule whose pattern matches at ``position``, and its match; (None, None) when none does."""
    for rule in NUMBER_RULES:
        match = rule.pattern.match(raw, position, end)
        if match is not None:
            return rule, match
    return None, None


def read_numbers(text, start, end, counter):
    """The numbers of ``text.text[start:end]`` as tokens, in order; ``counter`` numbers them."""
    tokens, raw, position = [], text.text, start
    while True:
        candidate = _CANDIDATE.search(raw, position, end)
        if candidate is None:
            return tokens
        rule, match = _first_match(raw, candidate.start(), end)
        if rule is None:
            position = candidate.start() + 1
            continue
        regel = text.regel(match.start())
        token = Token("", match.group(0).strip(), match.start(), match.end(), regel, text.lines.get(regel, ""),
                      order=next(counter))
        rule.read(match, token, text.folded)
        tokens.append(token)
        position = match.end()

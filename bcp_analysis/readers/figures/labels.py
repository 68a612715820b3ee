"""The labels of a figure: its indicator, scope, period and soort, from the words around it."""

import dataclasses
import functools
import re

from bcp_analysis.readers.figures.layout import CAPITAL

__all__: list[str] = []  # nothing of it is used outside its layer

# Indicator terms on folded text: (pattern, indicator, kind); a "measure" stands as it is,
# a "noun" is modified by the unit and a word of change. Longer terms first.
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
_NOUN_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:" + "|".join(p for p, _, kind in _TERMS if kind == "noun") + ")")
_UP = re.compile(r"stijg|\bsteeg|\bstegen|gestegen|toename|toegenomen|\bgroei|gegroeid|\bnam\b.*\btoe\b"
                 r"|\bmeer\b|hoger|\bplus\b")
_DOWN = re.compile(r"daling|\bdaal|gedaald|afname|afgenomen|\b(?:neemt|nam|namen)\b.*\baf\b|krimp|\bkromp"
                   r"|minder|lager|verlies")
FORECAST = re.compile(r"naar verwachting|verwacht|\bzal\b|\bzullen\b|prognose|raming|geraamd|voorspel")
# The past tense of the verbs a labour-market sentence uses: it states what was observed.
_PAST = re.compile(r"\b(?:was|waren|had|hadden|steeg|stegen|daalde|daalden|groeide|groeiden|bedroeg|bedroegen"
                   r"|kromp|krompen|werd|werden|nam|namen|telde|telden|kende|kenden|lag|lagen)\b")
_COMPARE = re.compile(r"(?:\bdan|vergeleken met|ten opzichte van|t\.o\.v\.|in vergelijking met)"
                      r"(?:\s+(?:in|het|de|schooljaar|jaar|periode|het jaar))*\s*$")
_ATTACHED = re.compile(r"^\)?\s*(?:\(|in(?:\s+het\s+jaar)?|per|voor)?$")
_LABELLED = re.compile(r"[^;:]*:\s*[+\-\u2212]?")

# A name: a capitalised word, and a second word that is capitalised or a lower-case word that is
# no function word ("Financiële beroepen", not "ICT met").
_FUNCTION_WORD = (r"(?:met|in|van|op|en|of|de|het|een|naar|tot|bij|voor|door|over|om|uit|aan|af|toe|te|dan|als"
                  r"|is|zijn|had|heeft)\b")
NAME = r"[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&-]*|(?!" + _FUNCTION_WORD + r")[a-zà-ÿ][\w-]*))?"
SCOPES = re.compile(
    r"\b(?P<kind>(?:kwalificatie)?richting(?:en)?|regio(?:'s|’s)?|sector|branche)\s+(?P<name>" + NAME + ")"
    r"|(?P<domain>\b[A-ZÀ-Ý][\w]*-domein\b)"
    r"|(?P<land>\bNederland\b|\b[Ll]andelijk\b)"
)
# Where a share goes: "33% in de kinderopvang", "10% naar de zorg", "21% buiten de zorg, welzijn of sport".
_PLACE = re.compile(r"\s+(?P<place>(?:in|naar|buiten|bij)\s+(?:de|het|een)\s+(?!periode\b|jaar\b)[^;.:()\d]+?)"
                    r"(?=\s+en\s+(?:\w+\s+)?\d|,\s*\d|[;.:()]|$)")


@dataclasses.dataclass
class Context:
    """What holds beyond one sentence: heading scope, and per paragraph domain, level, period, noun."""

    heading: str = ""
    heading_tokens: list = dataclasses.field(default_factory=list)
    domain: str = ""
    level: str = ""
    level_tokens: list = dataclasses.field(default_factory=list)
    period: object = None
    section_period: object = None
    noun: tuple = ()

    def new_paragraph(self):
        """Forget what holds for one paragraph only."""
        self.domain, self.level, self.level_tokens, self.period = "", "", [], None

    def paragraph_scope(self, used):
        """The domain and level named earlier in the paragraph; the level's numbers become used."""
        if self.level:
            used.extend(self.level_tokens)
        return [part for part in (self.domain, self.level) if part]


@dataclasses.dataclass
class Figure:
    """One number being labelled, with the clause and sentence around it and the notes for the reviewer.

    Attributes
    ----------
    token : Token
        The number (see :mod:`bcp_analysis.readers.figures.numbers`).
    text : Text
        The prose it stands in.
    clause, sentence : tuple of int
        ``(start, end)`` in ``text.text``.
    notes : list of str
        What a reviewer should check, in Dutch; becomes the row's ``controleren``.
    """

    token: object
    text: object
    clause: tuple
    sentence: tuple
    notes: list = dataclasses.field(default_factory=list)


# --- indicator ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=64)
def _all_terms(folded):
    found = []
    for match in _TERM.finditer(folded):
        _, name, kind = _TERMS[int(match.lastgroup[1:])]
        found.append((match.start(), match.end(), name, kind))
    return tuple(found)


def terms(folded, start, end):
    """Indicator terms of folded[start:end] as (start, end, indicator, kind)."""
    return [term for term in _all_terms(folded) if term[0] >= start and term[1] <= end]


def nearest(items, position):
    """The item (start, end, ...) nearest to ``position``; None when there are none."""
    return min(items, key=lambda item: (min(abs(item[0] - position), abs(item[1] - position)), item[0]),
               default=None)


def noun_follows(folded, position):
    """Whether an indicator noun ("vacatures", "banen", ...) follows within two words of ``position``."""
    return _NOUN_AFTER.match(folded, position) is not None


def indicator(figure, context):
    """The indicator of a figure: the nearest term, made "aandeel", "groei" or "afname" X for a percentage."""
    term = _indicator_term(figure, context)
    if term is None:
        figure.notes.append("indicator niet herkend")
        return ""
    _, _, name, kind = term
    if kind == "measure" or figure.token.kind != "percent":
        return name
    token, clause = figure.token, figure.clause
    window = figure.text.folded[max(clause[0], token.start - 80):min(clause[1], token.end + 60)]
    if _DOWN.search(window):
        return f"afname {name}"
    if _UP.search(window):
        return f"groei {name}"
    return f"aandeel {name}"


def _indicator_term(figure, context):
    """The term nearest the figure in its clause, else in its sentence, else the paragraph's last noun."""
    folded, token = figure.text.folded, figure.token
    term = nearest(terms(folded, *figure.clause), token.start)
    if term is None:
        term = nearest(terms(folded, *figure.sentence), token.start)
        labelled = term is not None and term[1] <= token.start and _LABELLED.fullmatch(folded[term[1]:token.start])
        if term is not None and not labelled:
            figure.notes.append("indicator afgeleid uit de zin")
    if term is None and context.noun:
        figure.notes.append("indicator afgeleid uit de context")
        term = (0, 0, *context.noun)
    return term


# --- scope --------------------------------------------------------------------------------

def _bracket_name(raw, token):
    """The capitalised name just before '(' when the figure stands in brackets."""
    before = raw[:token.start].rstrip()
    if not before.endswith("("):
        return None
    words = before[:-1].split()
    for back in range(1, min(3, len(words)) + 1):
        if CAPITAL.match(words[-back]):
            return " ".join(words[-back:]).strip(",;")
    return None


def _last_named(candidates):
    """The last scope candidate that names a place (a "richting X", "regio X", ... or Nederland)."""
    return next((match for match in reversed(candidates) if match.group("land") or match.group("name")), None)


def _bracket_scope(name, candidates, context):
    """The scope part of a name in brackets; a domain becomes the paragraph's domain instead."""
    if name.endswith("-domein"):
        context.domain = name
        return ""
    richting = any(match.group("kind") and "richting" in match.group("kind") for match in candidates)
    return f"richting {name}" if richting else name


def _named_scope(match):
    """The scope part of a "richting X", "regio's X", "sector X" or "branche X": kind in the singular."""
    if match is None:
        return ""
    kind = re.sub(r"(?:en|'s|’s)$", "", match.group("kind").lower()).replace("kwalificatie", "")
    return f"{kind} {match.group('name')}".strip()


def scope(figure, context, used):
    """The scope of a figure: heading, domain, level, the name it belongs to and where a share goes.

    Numbers that became part of the scope (the heading's, the level's) are added to ``used``.
    """
    raw, token = figure.text.text, figure.token
    heading = [context.heading] if context.heading else []
    if context.heading:
        used.extend(context.heading_tokens)
    candidates = list(SCOPES.finditer(raw, figure.sentence[0], token.start))
    bracket = _bracket_name(raw, token)
    if bracket == "Nederland":
        return "Nederland"
    last = _last_named(candidates) if bracket is None else None
    if last is not None and last.group("land"):
        return ", ".join(heading + ["Nederland"])
    name = _bracket_scope(bracket, candidates, context) if bracket is not None else _named_scope(last)
    for match in candidates:
        if match.group("domain"):
            context.domain = match.group("domain")
    parts = heading + context.paragraph_scope(used) + ([name] if name else [])
    place = _PLACE.match(raw, token.end, figure.clause[1]) if token.kind == "percent" else None
    if place:
        parts.append(place.group("place").strip())
    if not parts:
        figure.notes.append("scope niet genoemd")
    return ", ".join(parts)


# --- period and soort ---------------------------------------------------------------------

def compared(raw, start, position):
    """Whether the period at ``position`` follows a word of comparison ("dan in", ...)."""
    return _COMPARE.search(raw[max(start, position - 48):position]) is not None


def period(figure, sentence_tokens, context):
    """The period token of a figure and the periods it is compared with: ``(token or None, references)``.

    A period right after the figure, else the first of the sentence that is no comparison,
    else the paragraph's or section's last period (noted for the reviewer).
    """
    raw, token, start = figure.text.text, figure.token, figure.sentence[0]
    periods = [item for item in sentence_tokens if item.kind == "period"]
    for item in periods:
        if item.start >= token.end and _ATTACHED.match(raw[token.end:item.start].strip()):
            return item, []
    own = [item for item in periods if not compared(raw, start, item.start)]
    if own:
        return own[0], []
    chosen = context.period or context.section_period
    figure.notes.append("periode niet genoemd" if chosen is None else "periode afgeleid uit de context")
    references = [item for item in periods if item not in own]
    figure.notes.extend(f"vergeleken met {item.periode}" for item in references)
    return chosen, references


def tense_note(folded, span, period, profile_year):
    """What to check when a sentence's tense disagrees with the profile's date, else None.

    A sentence in the past tense ("waren", "steeg", "bedroeg") about a year after the
    profile's date cannot have been observed when the profile was set ("In 2011 waren er ...
    vacatures" in a profile of 2010): the year or the date is likely wrong. A sentence in the
    future tense ("zal", "zullen", "naar verwachting") about a period that ended before the
    profile's year is the reverse.

    Parameters
    ----------
    folded : str
        The folded text the sentence stands in.
    span : tuple of int
        The sentence's (start, end) in ``folded``.
    period : str
        The row's periode ("2011", "2009-2014" or "").
    profile_year : int or str or None

    Returns
    -------
    str or None

    Examples
    --------
    >>> text = "in 2011 waren er 141.200 vacatures."
    >>> tense_note(text, (0, len(text)), "2011", 2010)
    'verleden tijd over 2011, na de datum van het profiel (2010): controleer het jaar of de datum'
    >>> tense_note(text, (0, len(text)), "2009", 2010) is None
    True
    """
    years = [int(year) for year in re.findall(r"\d{4}", period or "")]
    if profile_year is None or not years:
        return None
    profile_year = int(profile_year)
    if min(years) > profile_year and _PAST.search(folded, *span) and not FORECAST.search(folded, *span):
        return (f"verleden tijd over {period}, na de datum van het profiel ({profile_year}): "
                "controleer het jaar of de datum")
    if max(years) < profile_year and FORECAST.search(folded, *span) and not _PAST.search(folded, *span):
        return (f"toekomende tijd over {period}, vóór de datum van het profiel ({profile_year}): "
                "controleer het jaar of de datum")
    return None


def soort(period, forecast, profile_year):
    """``prognose`` for a forecast or a period ending after ``profile_year``, else ``waargenomen``."""
    if forecast:
        return "prognose"
    years = re.findall(r"\d{4}", period or "")
    if profile_year is not None and years and int(years[-1]) > int(profile_year):
        return "prognose"
    return "waargenomen"

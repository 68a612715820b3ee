"""The layout vocabulary of a BCP text: the patterns and words that mark its parts."""

import re

__all__: list[str] = []  # nothing of it is used outside its layer

GLYPHS = "|\\-–—*«»+•·●▪■◦►➢✓"
BULLET = re.compile(rf"^(?:[{GLYPHS}](?=[\s{GLYPHS}])|[eo.](?=\s))(?:\s*[{GLYPHS}](?=\s|$))*\s*")
SEPARATOR = re.compile(r"\s(?:\|(?:\s+[-–—*«»+•·.])?|[-–—*«»+•·.])\s+")
TRAILING_MARKS = re.compile(r"(?:\s+[|\-–—*«»+•·.])+\s*$|\s*\|\s*$")
PAGE_NUMBER = re.compile(r"^(?:pagina\s+)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?$", re.IGNORECASE)
FOOTER = re.compile(r"^BCP\s+[^.!?:;]{2,60}$")
# A running header or footer naming the occupation: "BCP Junior accountmanager", "Beroepscompetentieprofiel ...".
RUNNING_TITLE = re.compile(r"^(?:BCP|Beroepscompetentieprofiel)\s+([^.!?:;]{2,60}?)(?:\s+\d{1,3})?$", re.IGNORECASE)
GLYPHS_ONLY = re.compile(r"^[|\-–—*«»+•·●▪■◦►➢✓\s]+$")
CHAPTER = re.compile(r"^(\d)\s+([A-Z][a-z].{2,80})$")
SUBSECTION = re.compile(r"^(\d)\.(\d{1,2})\s+([A-Z].*)$")
KERNTAAK = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+(\d+)\b\s*[:.\-–]?\s*(.*)$")
TABLE_HEADER = re.compile(r"^Kerntaak\s+Werkprocess?en?$", re.IGNORECASE)
WERKPROCESSEN_BIJ = re.compile(r"^Werkprocessen\s+(?:bij|van)\s+kerntaak\s+\d+\s*:?$", re.IGNORECASE)
BESCHRIJVING = re.compile(r"^Beschrijving\s+(?:van\s+het\s+)?werkproces\b\s*:?\s*(.*)$", re.IGNORECASE)
WERKPROCES_ID = re.compile(r"^(\d+)\.(\d+)\s+([A-Z(].*)$")
COMPETENTIES_ALONE = re.compile(r"^\|?\s*Competenties\s*:?\s*$")
COMPETENTIES_END = re.compile(r"^(.*\S)\s+\|?\s*Competenties\s*:\s*$")
LIST_HEADINGS = (
    (re.compile(r"^Resultaat(?:en)?\s*:?$", re.IGNORECASE), "resultaten"),
    (re.compile(r"^Kennis(?:\s+van)?\s*:?$", re.IGNORECASE), "kennis"),
    (re.compile(r"^Vaardigheden\s*:?$", re.IGNORECASE), "vaardigheden"),
)
LIST_NAMES = ("resultaten", "kennis", "vaardigheden")
VAKKENNIS = re.compile(r"^Vakkennis\b.{0,40}$", re.IGNORECASE)
TOELICHTING = re.compile(r"^Toelichting\s*:?$", re.IGNORECASE)
UNKNOWN_HEADING = re.compile(r"^[A-Z][^:.;,]{1,40}:$")
QUESTION_START = re.compile(r"^(?:Welke|Wat|Wie|Hoe|Waar|Wanneer|Waarom|Is|Zijn|Heeft|Moet|Kan)\b")
COLOFON = re.compile(r"^(Ontwikkeld door|In opdracht van|Geaccordeerd door|Vastgesteld door)\s*:?\s*(.*)$",
                     re.IGNORECASE)
COLOFON_KEYS = {"ontwikkeld door": "ontwikkeld_door", "in opdracht van": "in_opdracht_van",
                "geaccordeerd door": "geaccordeerd_door", "vastgesteld door": "vastgesteld_door"}
COLOFON_DETAIL = re.compile(r"^(Op|Te)\s*:\s*(.+)$")
MONTHS = {name: number for number, name in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"], start=1)}
TERMINAL = (".", "!", "?")
# The source line under a labour-market text.
BRON = re.compile(r"^Bron\s*:", re.IGNORECASE)
# An education level of a career column: "wo", "hbo/wo", "mbo (niveau 4)".
LEVEL = re.compile(r"(?:^|\s)((?:vmbo|mbo|hbo|wo)(?:/(?:vmbo|mbo|hbo|wo))*(?:\s*\(niveau\s*\d\))?)\s*$")

# Kinds of placement of a line; see ExtractionReport.
PROFILE, NOISE, SKIPPED, UNPLACED = "profiel", "ruis", "overgeslagen", "niet geplaatst"
# A line placed in several ways counts as the first of these it has.
KIND_ORDER = (UNPLACED, PROFILE, NOISE, SKIPPED)

"""The BCP text reader: a structured profile from the PDF text of a BCP, reporting every line it could not place."""

import collections
import dataclasses
import functools
import re
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from bcp_analysis.competencies import competency_names, fuzzy_competency, normalize_name
from bcp_analysis.errors import ProfileError
from bcp_analysis.files import read_text_file
from bcp_analysis.profile import FORMAT_VERSION
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.yaml_profile import profile_from_dict
from bcp_analysis.textfix import fix_text

__all__ = ["SUFFIXES", "LABEL", "read", "Extraction", "ExtractionReport", "extract_text", "extract_file"]

SUFFIXES = (".txt",)
LABEL = "de tekst van een profiel (.txt)"

# --- the layout's vocabulary -------------------------------------------------------------

_GLYPHS = "|\\-–—*«»+•·●▪■◦►➢✓"
_BULLET = re.compile(rf"^(?:[{_GLYPHS}](?=[\s{_GLYPHS}])|[eo.](?=\s))(?:\s*[{_GLYPHS}](?=\s|$))*\s*")
_SEPARATOR = re.compile(r"\s(?:\|(?:\s+[-–—*«»+•·.])?|[-–—*«»+•·.])\s+")
_TRAILING_MARKS = re.compile(r"(?:\s+[|\-–—*«»+•·.])+\s*$|\s*\|\s*$")
_PAGE_NUMBER = re.compile(r"^(?:pagina\s+)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?$", re.IGNORECASE)
_FOOTER = re.compile(r"^BCP\s+[^.!?:;]{2,60}$")
_GLYPHS_ONLY = re.compile(r"^[|\-–—*«»+•·●▪■◦►➢✓\s]+$")
_CHAPTER = re.compile(r"^(\d)\s+([A-Z][a-z].{2,80})$")
_SUBSECTION = re.compile(r"^(\d)\.(\d{1,2})\s+([A-Z].*)$")
_KERNTAAK = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?Kerntaak\s+(\d+)\b\s*[:.\-–]?\s*(.*)$")
_TABLE_HEADER = re.compile(r"^Kerntaak\s+Werkprocess?en?$", re.IGNORECASE)
_WERKPROCESSEN_BIJ = re.compile(r"^Werkprocessen\s+(?:bij|van)\s+kerntaak\s+\d+\s*:?$", re.IGNORECASE)
_BESCHRIJVING = re.compile(r"^Beschrijving\s+(?:van\s+het\s+)?werkproces\b\s*:?\s*(.*)$", re.IGNORECASE)
_WERKPROCES_ID = re.compile(r"^(\d+)\.(\d+)\s+([A-Z(].*)$")
_COMPETENTIES_ALONE = re.compile(r"^\|?\s*Competenties\s*:?\s*$")
_COMPETENTIES_END = re.compile(r"^(.*\S)\s+\|?\s*Competenties\s*:\s*$")
_LIST_HEADINGS = (
    (re.compile(r"^Resultaat(?:en)?\s*:?$", re.IGNORECASE), "resultaten"),
    (re.compile(r"^Kennis(?:\s+van)?\s*:?$", re.IGNORECASE), "kennis"),
    (re.compile(r"^Vaardigheden\s*:?$", re.IGNORECASE), "vaardigheden"),
)
_VAKKENNIS = re.compile(r"^Vakkennis\b.{0,40}$", re.IGNORECASE)
_TOELICHTING = re.compile(r"^Toelichting\s*:?$", re.IGNORECASE)
_UNKNOWN_HEADING = re.compile(r"^[A-Z][^:.;,]{1,40}:$")
_QUESTION_START = re.compile(r"^(?:Welke|Wat|Wie|Hoe|Waar|Wanneer|Waarom|Is|Zijn|Heeft|Moet|Kan)\b")
_COLOFON = re.compile(r"^(Ontwikkeld door|In opdracht van|Geaccordeerd door|Vastgesteld door)\s*:?\s*(.*)$",
                      re.IGNORECASE)
_COLOFON_KEYS = {"ontwikkeld door": "ontwikkeld_door", "in opdracht van": "in_opdracht_van",
                 "geaccordeerd door": "geaccordeerd_door", "vastgesteld door": "vastgesteld_door"}
_COLOFON_DETAIL = re.compile(r"^(Op|Te)\s*:\s*(.+)$")
_MONTHS = {name: number for number, name in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"], start=1)}
_TERMINAL = (".", "!", "?")

# Kinds of placement of a line; see ExtractionReport.
_PROFILE, _NOISE, _SKIPPED = "profiel", "ruis", "overgeslagen"


# --- public results --------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, eq=False)
class ExtractionReport:
    """What the extractor found, what it recognised as noise and what it could not place.

    Attributes
    ----------
    source : str
        The text's name (its file).
    found : pandas.DataFrame
        ``werkproces_id``, ``onderdeel``, ``aantal``: per werkproces and section the number
        of items found (for ``beschrijving`` the number of source lines). Rows with an empty
        ``werkproces_id`` count profile-wide sections (kerntaken, functiebenamingen, ...).
    unplaced : list of tuple of (int, str)
        Every non-blank input line (1-based number, text) that was placed nowhere; for a
        line placed in part, the part that was not placed.
    warnings : list of str
        What looks wrong and needs a reviewer's eye.
    lines : pandas.DataFrame
        ``regel``, ``soort``, ``plaats``: where every non-blank line went. ``soort`` is
        ``profiel`` (placed in the profile), ``ruis`` (page number, running footer,
        heading, guiding question), ``overgeslagen`` (recognised text outside the profile
        format: front matter, chapter introductions) or ``niet geplaatst``.
    """

    source: str
    found: pd.DataFrame
    unplaced: list
    warnings: list
    lines: pd.DataFrame

    def per_line(self):
        """Return one row per non-blank line: ``regel``, ``soort``, ``plaats``.

        A line placed in several ways (a description with a competency beside it) gets one
        kind: ``niet geplaatst`` when any part of it was not placed, else ``profiel``, else
        ``ruis``, else ``overgeslagen``; ``plaats`` is its first place of that kind.

        Returns
        -------
        pandas.DataFrame
        """
        rank = {kind: position for position, kind in enumerate(_KIND_ORDER)}
        ranked = self.lines.assign(_rang=self.lines["soort"].map(rank), _volgorde=range(len(self.lines)))
        first = (ranked.sort_values(["regel", "_rang", "_volgorde"], kind="stable")
                 .drop_duplicates("regel", keep="first"))
        return first[["regel", "soort", "plaats"]].reset_index(drop=True)

    def counts(self):
        """Return the number of non-blank lines per kind of placement.

        Returns
        -------
        dict of str to int
            Keys ``profiel``, ``ruis``, ``overgeslagen``, ``niet geplaatst`` and ``totaal``;
            the first four add up to ``totaal``.
        """
        per_line = self.per_line()["soort"]
        counts = {kind: int((per_line == kind).sum())
                  for kind in (_PROFILE, _NOISE, _SKIPPED, "niet geplaatst")}
        counts["totaal"] = int(len(per_line))
        return counts

    def format(self):
        """Return the report as readable Dutch text for the terminal.

        Returns
        -------
        str
        """
        counts = self.counts()
        per_line = self.per_line()
        noise = per_line[per_line["soort"] == _NOISE]["plaats"].value_counts()
        skipped = per_line[per_line["soort"] == _SKIPPED]["plaats"].value_counts()
        werkprocessen = self.found[self.found["werkproces_id"] != ""]
        wide = (werkprocessen.pivot(index="werkproces_id", columns="onderdeel", values="aantal")
                if len(werkprocessen) else pd.DataFrame())
        order = list(dict.fromkeys(werkprocessen["werkproces_id"]))
        lines = [f"Extractie van {self.source}", ""]
        overall = self.found[self.found["werkproces_id"] == ""]
        lines.append("Gevonden: " + ", ".join(f"{row.onderdeel} {row.aantal}" for row in overall.itertuples()))
        if order:
            lines.append("")
            lines.append(f"{'werkproces':<11}{'comp':>5}{'res':>5}{'kennis':>7}{'vaardig':>8}{'beschr.':>9}")
            for werkproces_id in order:
                row = wide.loc[werkproces_id]
                lines.append(f"{werkproces_id:<11}{row['competenties']:>5}{row['resultaten']:>5}"
                             f"{row['kennis']:>7}{row['vaardigheden']:>8}{row['beschrijving']:>9}")
            lines.append("(beschr. = aantal regels van de beschrijving)")
        lines.append("")
        lines.append(f"Regels met tekst: {counts['totaal']}")
        lines.append(f"  geplaatst in het profiel: {counts[_PROFILE]}")
        lines.append(f"  herkend als ruis: {counts[_NOISE]}"
                     + (" (" + ", ".join(f"{name} {count}" for name, count in noise.items()) + ")" if len(noise) else ""))
        lines.append(f"  herkend, niet overgenomen: {counts[_SKIPPED]}"
                     + (" (" + ", ".join(f"{name} {count}" for name, count in skipped.items()) + ")"
                        if len(skipped) else ""))
        lines.append(f"  niet geplaatst: {counts['niet geplaatst']}")
        if self.warnings:
            lines.append("")
            lines.append(f"Waarschuwingen ({len(self.warnings)}):")
            lines.extend(f"  - {warning}" for warning in self.warnings)
        if self.unplaced:
            lines.append("")
            lines.append(f"Niet geplaatst ({len(self.unplaced)}); neem over of verwijder met de hand:")
            lines.extend(f"  regel {number}: {text}" for number, text in self.unplaced)
        else:
            lines.append("")
            lines.append("Elke regel met tekst is geplaatst of als ruis herkend.")
        return "\n".join(lines)


# A line placed in several ways counts as the first of these it has.
_KIND_ORDER = ("niet geplaatst", _PROFILE, _NOISE, _SKIPPED)


@dataclasses.dataclass(frozen=True, eq=False)
class Extraction:
    """A profile extracted from text, with the report of how it was found.

    Attributes
    ----------
    profile : dict
        The profile in the YAML format of ``data/README.md`` (validate it with
        ``bcp_analysis.profile.profile_from_dict``).
    report : ExtractionReport
    """

    profile: dict
    report: ExtractionReport


def read(path, **options):
    """Read the PDF text of a BCP into a validated Profile.

    Parameters
    ----------
    path : str or os.PathLike
    **options
        None are accepted; an option meant for another format is refused.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        When the text cannot be read, or the profile extracted from it is incomplete.
    """
    refuse_options(path, options, LABEL)
    return profile_from_dict(extract_file(path).profile, path)


def extract_file(path):
    """Extract the profile from the PDF text of a BCP in a file.

    Parameters
    ----------
    path : str or os.PathLike
        A UTF-8 text file, for instance ``data/raw/junior-accountmanager-2010.txt``.

    Returns
    -------
    Extraction

    Raises
    ------
    ProfileError
        When the file is missing, empty or not UTF-8, or holds no recognisable profile.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> extraction = extract_file(BUNDLED_RAW)
    >>> [kerntaak["id"] for kerntaak in extraction.profile["kerntaken"]]
    ['1', '2', '3']
    >>> extraction.profile["kerntaken"][0]["werkprocessen"][0]["competenties"]
    ['Samenwerken en overleggen', 'Analyseren', 'Onderzoeken', 'Bedrijfsmatig handelen']
    """
    return extract_text(read_text_file(path), source=str(path))


def extract_text(text, source="<tekst>"):
    """Extract the profile from the PDF text of a BCP.

    The text is read in the layout of an SBB/ECABO beroepscompetentieprofiel: an overview
    of kerntaken and werkprocessen ("Kerntaak 1", "1.1 ..."), then per werkproces its
    "Beschrijving werkproces", "Competenties:", "Resultaat:", "Kennis van:" and
    "Vaardigheden:". Two-column pages interleaved line by line are taken apart: the
    competency column is split off the description and the description put back
    together. Misread letters are corrected with :func:`bcp_analysis.textfix.fix_text`.

    Parameters
    ----------
    text : str
        The text as extracted from the PDF.
    source : str, optional
        Its name, used in the report and in error messages.

    Returns
    -------
    Extraction
        ``profile`` (the mapping of the YAML format) and ``report`` (found, unplaced,
        warnings).

    Raises
    ------
    ProfileError
        When the text holds no kerntaken with werkproces descriptions.

    Examples
    --------
    >>> text = chr(10).join([
    ...     "Kerntaak 1 Bereidt evenementen voor",
    ...     "Beschrijving werkproces: 1.1 Stelt een draaiboek op",
    ...     "Hij werkt de wensen uit in een draaiboek | Competenties:",
    ...     "en plant de opbouw. - Plannen en organiseren",
    ...     "Resultaat:", "- Een draaiboek",
    ...     "Kennis van:", "- Veiligheidsvoorschriften",
    ...     "Vaardigheden:", "- Plannen",
    ...     "12", "BCP Medewerker evenementen", "BCP Medewerker evenementen",
    ... ])
    >>> extraction = extract_text(text)
    >>> werkproces = extraction.profile["kerntaken"][0]["werkprocessen"][0]
    >>> werkproces["beschrijving"], werkproces["competenties"]
    ('Hij werkt de wensen uit in een draaiboek en plant de opbouw.', ['Plannen en organiseren'])
    >>> extraction.report.counts()["ruis"], extraction.report.unplaced
    (6, [])
    """
    return _Extractor(text, str(source)).run()


# --- lines and the ledger of where each went ------------------------------------------

@dataclasses.dataclass
class _Line:
    number: int
    raw: str
    text: str
    noise: str | None


def _strip_bullet(text):
    """Return (text without its leading bullet glyphs, whether there was one)."""
    match = _BULLET.match(text)
    if match and match.end() < len(text):
        return text[match.end():].strip(), True
    return text, False


def _clean_prose(text):
    """Strip column rulers and stray bullet glyphs from the end of a piece of prose."""
    return _TRAILING_MARKS.sub("", text).strip().lstrip("|").strip()


def _join(left, right):
    """Join two pieces of text cut at a line end."""
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and (right[0] in "/)" or right[0].isdigit()
                               or re.search(r"(?:^|\s)[A-Z]{2,}-$", left)):
        return left + right
    return f"{left} {right}"


def _paragraphs(pieces):
    """Put pieces of prose back together; a blank line after a sentence starts a paragraph.

    ``pieces`` is a list of (text, blank_before).
    """
    paragraphs = []
    for text, blank_before in pieces:
        if not text:
            continue
        if paragraphs and blank_before and paragraphs[-1].endswith(_TERMINAL) and text[0].isupper():
            paragraphs.append(text)
        elif paragraphs:
            paragraphs[-1] = _join(paragraphs[-1], text)
        else:
            paragraphs.append(text)
    return "\n\n".join(fix_text(paragraph) for paragraph in paragraphs)


class _Ledger:
    """Where every line went."""

    def __init__(self):
        self.rows = []
        self.unplaced = []

    def place(self, line, kind, where):
        self.rows.append((line.number, kind, where))

    def leave(self, line, text=None):
        self.rows.append((line.number, "niet geplaatst", ""))
        self.unplaced.append((line.number, (text if text is not None else line.raw).strip()))


# --- competency names: whole, first part, rest -----------------------------------------

_normal = functools.lru_cache(maxsize=8192)(normalize_name)

@functools.cache
def _name_parts():
    """Every first part of two or more words of a name, by its number of words: (part, name, rest)."""
    prefixes = collections.defaultdict(list)
    for name in competency_names():
        words = normalize_name(name).split()
        for size in range(2, len(words)):
            prefixes[size].append((" ".join(words[:size]), name, " ".join(words[size:])))
    return dict(prefixes)


def _full_name(fragment):
    """The canonical competency the fragment spells in full, with its similarity."""
    name = fuzzy_competency(fragment)
    if name is None:
        return None, 0.0
    return name, fuzz.ratio(_normal(fragment), _normal(name))


def _first_part(fragment, min_words=2):
    """The competency whose first words the fragment spells: (name, expected rest, score)."""
    normal = _normal(fragment)
    size = len(normal.split())
    if size < min_words:
        return None
    candidates = {}
    for prefix, name, rest in _name_parts().get(size, []):
        score = fuzz.ratio(normal, prefix)
        if score >= 90 and score > candidates.get(name, (None, 0))[1]:
            candidates[name] = (rest, score)
    if len(candidates) != 1:
        return None
    name, (rest, score) = next(iter(candidates.items()))
    return name, rest, score


@functools.lru_cache(maxsize=4096)
def _classify_fragment(fragment, min_prefix_words=2):
    """('full', name) or ('part', name, rest) for a candidate competency, else None."""
    full, full_score = _full_name(fragment)
    part = _first_part(fragment, min_prefix_words)
    if part and part[2] > full_score:
        return ("part", part[0], part[1])
    if full:
        return ("full", full)
    if part:
        return ("part", part[0], part[1])
    return None


def _last_fragment(text):
    """The text after the last column separator (or after a leading bullet)."""
    last = None
    for last in _SEPARATOR.finditer(text):
        pass
    fragment = text[last.end():] if last else text
    return _strip_bullet(fragment)[0].strip(" |")


def _looks_like_name(fragment):
    """Whether a fragment that matched nothing still looks like a competency name."""
    words = fragment.split()
    return (0 < len(words) <= 6 and fragment[0].isupper() and not fragment.endswith((".", ",", ";", ":", "?", "!"))
            and not any(char.isdigit() for char in fragment))


def _tail_at_end(text, rest):
    """Position in ``text`` where the expected rest of a competency name starts, or None."""
    tokens = list(re.finditer(r"\S+", text))
    size = len(rest.split())
    for count in (size, size + 1, size - 1):
        if count < 1 or count > len(tokens):
            continue
        start = tokens[-count].start()
        candidate, _ = _strip_bullet(text[start:])
        if fuzz.ratio(_normal(candidate), rest) >= 85:
            return start
    return None


# --- werkproces builder -----------------------------------------------------------------

class _ItemList:
    """Bulleted items; a line without a bullet continues the item before it."""

    def __init__(self):
        self.items = []
        self.orphans = []

    def add_bullet(self, text, line):
        self.items.append([text, [line.number]])

    def add_plain(self, text, line):
        """Add a line without a bullet; return False when it cannot belong to the list."""
        first = text[0]
        continues = not first.isupper()
        if not self.items:
            if continues:
                self.orphans.append((text, line.number))
                return True
            return False
        if continues:
            self.items[-1][0] = _join(self.items[-1][0], text)
            self.items[-1][1].append(line.number)
            return True
        return False

    def finish(self):
        """Return the items; orphan lines before the first bullet are moved to the first item."""
        moved = []
        if self.orphans:
            text = " ".join(piece for piece, _ in self.orphans)
            if self.items:
                self.items[0][0] = _join(self.items[0][0], text)
            else:
                self.items.append([text, []])
            moved = [number for _, number in self.orphans]
        return [fix_text(text) for text, _ in self.items], moved


@dataclasses.dataclass
class _Werkproces:
    kerntaak: "_Kerntaak"
    start: int
    id: str = ""
    titel: str = ""
    title_line: int = 0
    prose: list = dataclasses.field(default_factory=list)
    prose_lines: set = dataclasses.field(default_factory=set)
    competenties: list = dataclasses.field(default_factory=list)
    lists: dict = dataclasses.field(default_factory=lambda: {key: _ItemList() for key in
                                                             ("resultaten", "kennis", "vaardigheden")})
    competency_block: bool = False

    @property
    def label(self):
        return self.id or f"(regel {self.start})"


@dataclasses.dataclass
class _Kerntaak:
    id: str
    titel: str = ""
    heading_line: int = 0
    werkprocessen: list = dataclasses.field(default_factory=list)
    toelichting: list = dataclasses.field(default_factory=list)


# --- the extractor -----------------------------------------------------------------------

class _Extractor:
    """One pass over one text; builds the profile and the ledger."""

    def __init__(self, text, source):
        self.source = source
        self.ledger = _Ledger()
        self.warnings = []
        self.lines = self._read_lines(text)
        self.meta = {}
        self.functiebenamingen = []
        self.beroepshouding = []
        self.sections = {"beschrijving": {}, "trends": {}}
        self.overview = collections.OrderedDict()   # kerntaak id -> (titel, {werkproces id: titel})
        self.kerntaken = collections.OrderedDict()

    # lines ------------------------------------------------------------------------------

    def _read_lines(self, text):
        lines = []
        text = text.lstrip("\ufeff")
        raws = text.splitlines()
        # Corrections never add or remove a line break, so the fixed text lines up with the raw one.
        fixed = fix_text(text).splitlines()
        for number, (raw, fixed_line) in enumerate(zip(raws, fixed), start=1):
            stripped = fixed_line.strip()
            noise = None
            if not stripped:
                noise = "leeg"
            elif _PAGE_NUMBER.match(stripped):
                noise = "paginanummer"
            elif _GLYPHS_ONLY.match(stripped):
                noise = "los opsommingsteken"
            elif _FOOTER.match(stripped):
                noise = "voettekst"
            lines.append(_Line(number, raw, stripped, noise))
        # A running footer repeats on every page; a 'BCP ...' line that occurs once is text.
        footers = collections.Counter(line.text for line in lines if line.noise == "voettekst")
        for line in lines:
            if line.noise == "voettekst" and footers[line.text] < 2:
                line.noise = None
        footers = collections.Counter({text: count for text, count in footers.items() if count >= 2})
        self.footer_title = (re.sub(r"\s+\d{1,3}$", "", footers.most_common(1)[0][0][4:]).strip()
                             if footers else None)
        for line in lines:
            if line.noise not in (None, "leeg"):
                self.ledger.place(line, _NOISE, line.noise)
        return lines

    def _content(self, start, stop):
        """Lines with text in [start, stop) that are not page noise, with a blank-before flag."""
        blank = False
        for line in self.lines[start:stop]:
            if line.noise is not None:
                blank = True
                continue
            yield line, blank
            blank = False

    # run --------------------------------------------------------------------------------

    def run(self):
        detail_start, overview_start = self._find_parts()
        front_stop = overview_start if overview_start is not None else detail_start
        self._read_front(0, front_stop)
        if overview_start is not None:
            self._read_overview(overview_start, detail_start)
        self._read_detail(detail_start, len(self.lines))
        self._check_overview()
        profile = self._profile()
        report = self._report()
        return Extraction(profile=profile, report=report)

    def _fail(self, problem, fix):
        raise ProfileError(self.source, "tekst", problem, fix)

    def _find_parts(self):
        """Index of the first line of the werkproces descriptions and of the overview."""
        headings = [(index, int(match.group(1))) for index, line in enumerate(self.lines)
                    if line.noise is None and (match := _KERNTAAK.match(line.text))]
        descriptions = [index for index, line in enumerate(self.lines)
                        if line.noise is None and _BESCHRIJVING.match(line.text)]
        if not headings:
            self._fail("geen kerntaak gevonden: er is geen kop 'Kerntaak 1', 'Kerntaak 2', ...",
                       "controleer of dit de tekst van een beroepscompetentieprofiel is (hoofdstuk 'Beschrijving "
                       "van de kerntaken' met koppen 'Kerntaak N' en 'Beschrijving werkproces')")
        if not descriptions:
            self._fail("geen werkproces gevonden: er is geen kop 'Beschrijving werkproces'",
                       "controleer of de tekst het hoofdstuk met de beschrijving van de kerntaken en "
                       "werkprocessen bevat")
        for position, (index, number) in enumerate(headings):
            following = [other for other, other_number in headings[position + 1:] if other_number != number]
            stop = following[0] if following else len(self.lines)
            if any(index < description < stop for description in descriptions):
                overview = headings[0][0] if headings[0][0] < index else None
                return index, overview
        self._fail("geen kerntaak met een 'Beschrijving werkproces' eronder gevonden",
                   "zet de koppen 'Kerntaak N' boven de beschrijvingen van hun werkprocessen")

    # front matter and chapter 1 ---------------------------------------------------------

    def _read_front(self, start, stop):
        """Front matter (colofon), chapter headings and the sections of chapter 1."""
        chapters = [index for index in range(start, stop)
                    if self.lines[index].noise is None and _CHAPTER.match(self.lines[index].text)
                    and not _KERNTAAK.match(self.lines[index].text)]
        first_chapter = chapters[0] if chapters else start
        self._read_colofon(start, first_chapter)
        boundaries = []
        for index in range(first_chapter, stop):
            line = self.lines[index]
            if line.noise is not None:
                continue
            if index in chapters:
                boundaries.append((index, "hoofdstuk", _CHAPTER.match(line.text)))
            elif (match := _SUBSECTION.match(line.text)) and boundaries:
                chapter = next((b for b in reversed(boundaries) if b[1] == "hoofdstuk"), None)
                if chapter and match.group(1) == chapter[2].group(1):
                    boundaries.append((index, "paragraaf", match))
        boundaries.append((stop, "einde", None))
        for (index, kind, match), (next_index, _, _) in zip(boundaries, boundaries[1:]):
            line = self.lines[index]
            self.ledger.place(line, _NOISE, "kop")
            body = index + 1
            if kind == "hoofdstuk":
                body = self._heading_continuation(body, next_index)
                self._read_introduction(body, next_index)
                continue
            title = match.group(3).lower()
            if "functiebenaming" in title:
                self._read_bullets(body, next_index, self.functiebenamingen, "functiebenamingen")
            elif "beschrijving" in title:
                self._read_labelled(body, next_index, "beschrijving")
            elif "trend" in title:
                self._read_labelled(body, next_index, "trends")
            else:
                self.warnings.append(
                    f"onderdeel '{line.text}' (regel {line.number}) is niet uitgelezen; neem het met de hand over")
                for content, _ in self._content(body, next_index):
                    self.ledger.leave(content)

    def _heading_continuation(self, start, stop):
        """Place a short lower-case line right under a heading as part of it; return the next index."""
        if start < stop:
            line = self.lines[start]
            if line.noise is None and line.text[0].islower() and len(line.text.split()) <= 3:
                self.ledger.place(line, _NOISE, "kop")
                return start + 1
        return start

    def _read_introduction(self, start, stop):
        """A chapter's introduction: skipped; a line that repeats the title is the title."""
        for line, _ in self._content(start, stop):
            if _TABLE_HEADER.match(line.text):
                self.ledger.place(line, _NOISE, "kop")
            elif self._is_title(line.text):
                self.ledger.place(line, _PROFILE, "meta.titel")
            else:
                self.ledger.place(line, _SKIPPED, "hoofdstukinleiding")

    def _is_title(self, text):
        return bool(self.footer_title) and normalize_name(text) == normalize_name(self.footer_title)

    def _read_colofon(self, start, stop):
        """Front matter: the colofon's labels go to meta, the rest is skipped."""
        label = None
        last_by = None
        for line, blank in self._content(start, stop):
            if match := _COLOFON.match(line.text):
                label = _COLOFON_KEYS[match.group(1).lower()]
                last_by = label
                if match.group(2):
                    self.meta[label] = match.group(2)
                    label = None
                self.ledger.place(line, _PROFILE, f"meta.{last_by}")
                continue
            if (match := _COLOFON_DETAIL.match(line.text)) and last_by:
                if match.group(1) == "Op":
                    key = last_by.replace("_door", "_op")
                    self.meta[key] = _iso_date(match.group(2)) or match.group(2)
                else:
                    key = "plaats"
                    self.meta.setdefault("plaats", match.group(2))
                self.ledger.place(line, _PROFILE, f"meta.{key}")
                label = None
                continue
            if label and (not blank or label not in self.meta):
                self.meta[label] = _join(self.meta.get(label, ""), line.text)
                self.ledger.place(line, _PROFILE, f"meta.{label}")
                continue
            label = None
            self.ledger.place(line, _SKIPPED, "voorwerk")

    def _read_bullets(self, start, stop, target, where):
        items = _ItemList()
        for line, _ in self._content(start, stop):
            text, bullet = _strip_bullet(line.text)
            if bullet:
                items.add_bullet(text, line)
            elif not items.add_plain(text, line):
                self.ledger.place(line, _SKIPPED, "hoofdstukinleiding")
                continue
            self.ledger.place(line, _PROFILE, where)
        found, _ = items.finish()
        target.extend(found)

    def _read_labelled(self, start, stop, section):
        """A section of labelled texts: a short label, a guiding question, paragraphs."""
        blocks = []
        block = []
        for line, blank in self._content(start, stop):
            if blank and block:
                blocks.append(block)
                block = []
            block.append(line)
        if block:
            blocks.append(block)
        label = "inleiding"
        expect_content = False
        pieces = collections.defaultdict(list)
        attitudes = None
        for block in blocks:
            texts = [line.text for line in block]
            if not expect_content and _is_label(texts):
                label = _key(" ".join(texts))
                attitudes = _ItemList() if "beroepshouding" in label else None
                for line in block:
                    self.ledger.place(line, _NOISE, "kop")
                expect_content = True
                continue
            expect_content = False
            rest = block
            if _QUESTION_START.match(texts[0]) and any(text.endswith("?") for text in texts):
                last = max(position for position, text in enumerate(texts) if text.endswith("?"))
                for line in block[:last + 1]:
                    self.ledger.place(line, _NOISE, "leidende vraag")
                rest = block[last + 1:]
                expect_content = not rest
            for position, line in enumerate(rest):
                if attitudes is not None:
                    text, bullet = _strip_bullet(line.text)
                    if bullet:
                        attitudes.add_bullet(text, line)
                    elif line.text.endswith(":") and not attitudes.items:
                        self.ledger.place(line, _NOISE, "kop")
                        continue
                    elif not attitudes.add_plain(text, line):
                        self.ledger.leave(line)
                        continue
                    self.ledger.place(line, _PROFILE, "beroepshouding")
                    continue
                pieces[label].append((line.text, position == 0))
                self.ledger.place(line, _PROFILE, f"{section}.{label}")
            if attitudes is not None:
                items, _ = attitudes.finish()
                self.beroepshouding.extend(item for item in items if item not in self.beroepshouding)
                attitudes.items, attitudes.orphans = [], []
        for label, texts in pieces.items():
            text = _paragraphs(texts)
            if text:
                self.sections[section][label] = text

    # chapter 2: the overview ------------------------------------------------------------

    def _read_overview(self, start, stop):
        kerntaak = None
        title_open = False
        in_introduction = False
        for line, blank in self._content(start, stop):
            text = line.text
            if (match := _KERNTAAK.match(text)) and not _WERKPROCESSEN_BIJ.match(text):
                kerntaak = match.group(1)
                self.overview[kerntaak] = [match.group(2), {}]
                title_open = True
                in_introduction = False
                self.ledger.place(line, _PROFILE, f"overzicht kerntaak {kerntaak}")
                continue
            if (match := _WERKPROCES_ID.match(text)) and kerntaak and match.group(1) == kerntaak:
                self.overview[kerntaak][1][f"{match.group(1)}.{match.group(2)}"] = match.group(3)
                title_open = False
                self.ledger.place(line, _PROFILE, f"overzicht werkproces {match.group(1)}.{match.group(2)}")
                continue
            if title_open and kerntaak and not in_introduction:
                self.overview[kerntaak][0] = _join(self.overview[kerntaak][0], text)
                self.ledger.place(line, _PROFILE, f"overzicht kerntaak {kerntaak}")
                continue
            if _TABLE_HEADER.match(text):
                self.ledger.place(line, _NOISE, "kop")
            elif _CHAPTER.match(text):
                self.ledger.place(line, _NOISE, "kop")
                in_introduction = True
            elif in_introduction:
                self.ledger.place(line, _SKIPPED, "hoofdstukinleiding")
            elif self._is_title(text):
                self.ledger.place(line, _PROFILE, "meta.titel")
            else:
                self.ledger.leave(line)

    def _check_overview(self):
        described = {werkproces.id for kerntaak in self.kerntaken.values() for werkproces in kerntaak.werkprocessen}
        for kerntaak_id, (_, werkprocessen) in self.overview.items():
            for werkproces_id, titel in werkprocessen.items():
                if werkproces_id not in described:
                    self.warnings.append(
                        f"werkproces {werkproces_id} '{titel}' staat in het overzicht maar heeft geen beschrijving "
                        f"in de kerntaken; het is niet in het profiel opgenomen")
        for kerntaak in self.kerntaken.values():
            listed = self.overview.get(kerntaak.id, ["", {}])[1]
            for werkproces in kerntaak.werkprocessen:
                if self.overview and werkproces.id not in listed:
                    self.warnings.append(f"werkproces {werkproces.id} '{werkproces.titel}' is beschreven maar "
                                         f"staat niet in het overzicht van kerntaak {kerntaak.id}")
                elif werkproces.id in listed and normalize_name(listed[werkproces.id]) != normalize_name(werkproces.titel):
                    self.warnings.append(f"werkproces {werkproces.id}: titel in het overzicht "
                                         f"('{listed[werkproces.id]}') wijkt af van de kop ('{werkproces.titel}'); "
                                         f"de kop is overgenomen")

    # chapter 3: kerntaken and werkprocessen ---------------------------------------------

    def _read_detail(self, start, stop):
        kerntaak = None
        werkproces = None
        state = None            # 'kop', 'beschrijving', a list name, 'vakkennis', 'onbekend', 'toelichting'
        pending = None          # a competency whose first part was read: dict
        title_rest = None       # (remaining words of a cut title, lines left to look in)
        previous = None
        for line, blank in self._content(start, stop):
            text = line.text
            # -- structure --
            if (match := _KERNTAAK.match(text)) and not _WERKPROCESSEN_BIJ.match(text):
                pending = self._resolve_pending(pending)
                number = match.group(1)
                if kerntaak is None or kerntaak.id != number:
                    kerntaak = self.kerntaken.setdefault(number, _Kerntaak(number, heading_line=line.number))
                if match.group(2) and not kerntaak.titel:
                    kerntaak.titel = match.group(2)
                werkproces, state = None, "kop"
                self.ledger.place(line, _PROFILE, f"kerntaak {number} titel")
                previous = line
                continue
            if state == "kop" and previous is not None and not blank and not _is_structure(text):
                # A heading's title continued on the next line; only the first heading's title is kept.
                if kerntaak.heading_line == previous.number:
                    kerntaak.titel = _join(kerntaak.titel, text)
                    kerntaak.heading_line = line.number
                self.ledger.place(line, _PROFILE, f"kerntaak {kerntaak.id} titel")
                previous = line
                continue
            previous = None
            if _WERKPROCESSEN_BIJ.match(text):
                self.ledger.place(line, _NOISE, "kop")
                state = "tussen"
                continue
            if match := _BESCHRIJVING.match(text):
                pending = self._resolve_pending(pending)
                if kerntaak is None:
                    self.ledger.leave(line)
                    continue
                werkproces = _Werkproces(kerntaak, line.number)
                kerntaak.werkprocessen.append(werkproces)
                state, title_rest = "beschrijving", None
                self.ledger.place(line, _NOISE, "kop")
                rest = match.group(1)
                if rest and _is_own_heading(rest, kerntaak):
                    title_rest = self._take_heading(werkproces, rest, line)
                elif rest:
                    self._add_prose(werkproces, rest, line, blank)
                continue
            if (match := _WERKPROCES_ID.match(text)) and kerntaak and match.group(1) == kerntaak.id \
                    and state in ("beschrijving", "tussen", "kop") and (werkproces is None or not werkproces.id):
                if werkproces is None:
                    werkproces = _Werkproces(kerntaak, line.number)
                    kerntaak.werkprocessen.append(werkproces)
                    self.warnings.append(f"werkproces {match.group(1)}.{match.group(2)} (regel {line.number}) "
                                         f"heeft geen kop 'Beschrijving werkproces'")
                    state = "beschrijving"
                title_rest = self._take_heading(werkproces, text, line)
                continue
            if werkproces is not None and state != "toelichting":
                heading = self._list_heading(text)
                if heading:
                    pending = self._resolve_pending(pending)
                    state = heading
                    self.ledger.place(line, _NOISE, "kop")
                    continue
            if _TOELICHTING.match(text) and kerntaak is not None:
                pending = self._resolve_pending(pending)
                werkproces, state = None, "toelichting"
                self.ledger.place(line, _NOISE, "kop")
                continue
            if _CHAPTER.match(text) and state in ("toelichting", None):
                self.ledger.place(line, _NOISE, "kop")
                kerntaak, werkproces, state = None, None, "einde"
                continue
            # -- content --
            if state == "toelichting":
                kerntaak.toelichting.append((text, blank))
                self.ledger.place(line, _PROFILE, f"kerntaak {kerntaak.id} toelichting")
            elif state == "beschrijving":
                if title_rest is not None:
                    text, title_rest = self._finish_title(werkproces, text, line, title_rest)
                    if not text:
                        continue
                pending = self._read_description_line(werkproces, text, line, blank, pending)
            elif state in ("resultaten", "kennis", "vaardigheden"):
                if _UNKNOWN_HEADING.match(text) and not _strip_bullet(text)[1]:
                    self.warnings.append(f"werkproces {werkproces.label}: onbekend kopje '{text}' (regel "
                                         f"{line.number}); de regels eronder zijn niet geplaatst")
                    self.ledger.leave(line)
                    state = "onbekend"
                    continue
                items = werkproces.lists[state]
                item, bullet = _strip_bullet(text)
                if bullet:
                    items.add_bullet(item, line)
                elif not items.add_plain(item, line):
                    self.warnings.append(f"werkproces {werkproces.label}: regel {line.number} onder '{state}' "
                                         f"heeft geen opsommingsteken en sluit niet aan op het item ervoor")
                    self.ledger.leave(line)
                    continue
                self.ledger.place(line, _PROFILE, f"werkproces {werkproces.label} {state}")
            else:
                # Between headings ('Vakkennis ...', an unknown heading, 'Werkprocessen bij ...'): no place.
                self.ledger.leave(line)
        self._resolve_pending(pending)

    def _list_heading(self, text):
        for pattern, name in _LIST_HEADINGS:
            if pattern.match(text):
                return name
        if _VAKKENNIS.match(text):
            return "vakkennis"
        return None

    def _take_heading(self, werkproces, text, line):
        """Read 'N.M Titel' as the werkproces's id and title; return the title's missing rest."""
        match = _WERKPROCES_ID.match(text)
        if not match or match.group(1) != werkproces.kerntaak.id:
            return None
        werkproces.id = f"{match.group(1)}.{match.group(2)}"
        werkproces.titel = match.group(3).strip()
        werkproces.title_line = line.number
        self.ledger.place(line, _PROFILE, f"werkproces {werkproces.id} titel")
        listed = self.overview.get(werkproces.kerntaak.id, ["", {}])[1].get(werkproces.id)
        if listed:
            have, full = normalize_name(werkproces.titel), normalize_name(listed)
            if full.startswith(have + " ") and len(full) > len(have):
                return [full[len(have):].strip(), 2, listed]
        return None

    def _finish_title(self, werkproces, text, line, title_rest):
        """Look for the cut-off end of a title at the end of a following line."""
        rest, tries, listed = title_rest
        position = _tail_at_end(text, rest)
        if position is not None:
            werkproces.titel = listed
            self.ledger.place(line, _PROFILE, f"werkproces {werkproces.id} titel")
            return _clean_prose(text[:position]), None
        tries -= 1
        return text, ([rest, tries, listed] if tries > 0 else None)

    def _add_prose(self, werkproces, text, line, blank):
        text = _clean_prose(text)
        if text:
            werkproces.prose.append((text, blank))
            werkproces.prose_lines.add(line.number)
            self.ledger.place(line, _PROFILE, f"werkproces {werkproces.label} beschrijving")
        return None

    def _add_competency(self, werkproces, name, lines):
        werkproces.competenties.append(name)
        for line in lines:
            self.ledger.place(line, _PROFILE, f"werkproces {werkproces.label} competenties")

    def _read_description_line(self, werkproces, text, line, blank, pending):
        """One line of the description column, perhaps with the competency column beside it."""
        if not werkproces.competency_block:
            if _COMPETENTIES_ALONE.match(text):
                werkproces.competency_block = True
                self.ledger.place(line, _NOISE, "kop")
                return pending
            if match := _COMPETENTIES_END.match(text):
                werkproces.competency_block = True
                self.ledger.place(line, _NOISE, "kop")
                self._add_prose(werkproces, match.group(1), line, blank)
                return pending
            self._add_prose(werkproces, text, line, blank)
            return pending
        if _COMPETENTIES_ALONE.match(text):
            self.ledger.place(line, _NOISE, "kop")
            return pending
        # 1. the rest of a name whose first part stood on a line before
        if pending is not None:
            position = _tail_at_end(text, pending["rest"])
            own = _classify_fragment(_last_fragment(text))
            if position is not None and not (own and own[0] == "full"):
                self._add_competency(werkproces, pending["name"], [pending["line"], line])
                self._add_prose(werkproces, text[:position], line, blank)
                return None
            pending["tries"] -= 1
            if pending["tries"] <= 0:
                pending = self._resolve_pending(pending)
        bare, bullet = _strip_bullet(text)
        # 2. the whole line is a name or its first part
        if bullet or bare[0].isupper():
            found = _classify_fragment(bare)
            if found and found[0] == "full":
                pending = self._resolve_pending(pending)
                self._add_competency(werkproces, found[1], [line])
                return None
            if found:
                pending = self._resolve_pending(pending)
                return self._new_pending(werkproces, found, line, strong=True, prose_lines=[])
        # 3. a name after a column separator
        last_fragment = None
        for separator in _SEPARATOR.finditer(text):
            fragment, _ = _strip_bullet(text[separator.end():])
            fragment = fragment.strip(" |")
            if not fragment:
                continue
            last_fragment = (separator.start(), fragment)
            found = _classify_fragment(fragment)
            if found:
                pending = self._resolve_pending(pending)
                self._add_prose(werkproces, text[:separator.start()], line, blank)
                if found[0] == "full":
                    self._add_competency(werkproces, found[1], [line])
                    return None
                return self._new_pending(werkproces, found, line, strong=True, prose_lines=[])
        # 4. a name of two or more words at the end of the line, without a separator
        tokens = list(re.finditer(r"\S+", text))
        for count in range(min(len(tokens) - 1, 8), 1, -1):
            start = tokens[-count].start()
            fragment = text[start:]
            if not fragment[0].isupper():
                continue
            found = _classify_fragment(fragment, min_prefix_words=3)
            if found and found[0] == "full":
                self._add_prose(werkproces, text[:start], line, blank)
                self._add_competency(werkproces, found[1], [line])
                return pending
            if found:
                pending = self._resolve_pending(pending)
                self._add_prose(werkproces, text[:start], line, blank)
                return self._new_pending(werkproces, found, line, strong=False,
                                         prose_lines=[(start, fragment)])
        # 5. something that looks like a name but is none of the 25
        if bullet and _looks_like_name(bare):
            self.warnings.append(f"werkproces {werkproces.label}: '{bare}' (regel {line.number}) in het blok "
                                 f"Competenties is geen van de 25 competenties")
            self.ledger.leave(line, bare)
            return pending
        if last_fragment and _looks_like_name(last_fragment[1]):
            self.warnings.append(f"werkproces {werkproces.label}: '{last_fragment[1]}' (regel {line.number}) in "
                                 f"het blok Competenties is geen van de 25 competenties")
            self._add_prose(werkproces, text[:last_fragment[0]], line, blank)
            self.ledger.leave(line, last_fragment[1])
            return pending
        self._add_prose(werkproces, text, line, blank)
        return pending

    def _new_pending(self, werkproces, found, line, strong, prose_lines):
        return {"werkproces": werkproces, "name": found[1], "rest": found[2], "line": line, "tries": 2,
                "strong": strong, "fragment": prose_lines}

    def _resolve_pending(self, pending):
        """A first part whose rest never came: a whole name if it came with a bullet, else prose."""
        if pending is None:
            return None
        werkproces = pending["werkproces"]
        line = pending["line"]
        if pending["strong"]:
            self.warnings.append(f"werkproces {werkproces.label}: competentie op regel {line.number} is onvolledig; "
                                 f"gelezen als '{pending['name']}'")
            self._add_competency(werkproces, pending["name"], [line])
        else:
            for _, fragment in pending["fragment"]:
                pieces = werkproces.prose
                if pieces and line.number in werkproces.prose_lines:
                    text, blank = pieces[-1]
                    pieces[-1] = (_join(text, fragment), blank)
                else:
                    self._add_prose(werkproces, fragment, line, False)
        return None

    # results ----------------------------------------------------------------------------

    def _profile(self):
        titel = self.footer_title
        if not titel:
            titel = Path(self.source).stem if self.source and not self.source.startswith("<") else "Onbekend beroep"
            self.warnings.append(f"geen voettekst 'BCP <beroep>' gevonden; titel '{titel}' is de naam van het "
                                 f"bestand: pas meta.titel aan")
        meta = {"titel": titel, **{key: value for key, value in self.meta.items() if key != "titel"}}
        data = {"formaat": FORMAT_VERSION, "meta": {key: fix_text(value) for key, value in meta.items()}}
        if self.functiebenamingen:
            data["functiebenamingen"] = self.functiebenamingen
        if self.beroepshouding:
            data["beroepshouding"] = self.beroepshouding
        for section, texts in self.sections.items():
            if texts:
                data[section] = dict(texts)
        data["kerntaken"] = []
        self.found_rows = []
        for kerntaak in self.kerntaken.values():
            listed_title = self.overview.get(kerntaak.id, [""])[0]
            if listed_title and kerntaak.titel and normalize_name(listed_title) != normalize_name(kerntaak.titel):
                self.warnings.append(f"kerntaak {kerntaak.id}: titel in het overzicht ('{listed_title}') wijkt af van "
                                     f"de kop ('{kerntaak.titel}'); die uit het overzicht is overgenomen")
            entry = {"id": kerntaak.id, "titel": fix_text(listed_title or kerntaak.titel)}
            if kerntaak.toelichting:
                entry["toelichting"] = _paragraphs(kerntaak.toelichting)
            entry["werkprocessen"] = []
            for werkproces in kerntaak.werkprocessen:
                item = self._werkproces_entry(werkproces)
                if item is not None:
                    entry["werkprocessen"].append(item)
            if not entry["werkprocessen"]:
                self.warnings.append(f"kerntaak {kerntaak.id} heeft geen werkprocessen")
            data["kerntaken"].append(entry)
        overall = [
            ("kerntaken", len(data["kerntaken"])),
            ("werkprocessen", sum(len(entry["werkprocessen"]) for entry in data["kerntaken"])),
            ("competentiekoppelingen", sum(len(item.get("competenties", [])) for entry in data["kerntaken"]
                                           for item in entry["werkprocessen"])),
            ("functiebenamingen", len(self.functiebenamingen)),
            ("beroepshouding", len(self.beroepshouding)),
            ("beschrijving", len(self.sections["beschrijving"])),
            ("trends", len(self.sections["trends"])),
            ("meta", len(data["meta"])),
        ]
        self.found_rows = [{"werkproces_id": "", "onderdeel": name, "aantal": count} for name, count in overall] \
            + self.found_rows
        return data

    def _werkproces_entry(self, werkproces):
        if not werkproces.id:
            self.warnings.append(f"werkproces op regel {werkproces.start} heeft geen nummer en titel ('1.1 ...'); "
                                 f"niet opgenomen")
            prefix = f"werkproces {werkproces.label} "
            for number in sorted({number for number, _, where in self.ledger.rows if where.startswith(prefix)}):
                self.ledger.leave(self.lines[number - 1])
            return None
        item = {"id": werkproces.id, "titel": fix_text(werkproces.titel)}
        description = _paragraphs(werkproces.prose)
        if description:
            item["beschrijving"] = description
        else:
            self.warnings.append(f"werkproces {werkproces.id} heeft geen beschrijving")
        duplicates = [name for name, count in collections.Counter(werkproces.competenties).items() if count > 1]
        if duplicates:
            self.warnings.append(f"werkproces {werkproces.id}: competentie dubbel genoemd: {', '.join(duplicates)}")
        competencies = list(dict.fromkeys(werkproces.competenties))
        if competencies:
            item["competenties"] = competencies
        else:
            self.warnings.append(f"werkproces {werkproces.id} heeft geen competenties")
        counts = {"beschrijving": len(werkproces.prose_lines), "competenties": len(competencies)}
        for name, items in werkproces.lists.items():
            found, moved = items.finish()
            if moved:
                self.warnings.append(
                    f"werkproces {werkproces.id}: {name} begint zonder opsommingsteken (regel "
                    f"{', '.join(map(str, moved))}); die tekst is achter het eerste item gezet: controleer de volgorde")
            if found:
                item[name] = found
            else:
                self.warnings.append(f"werkproces {werkproces.id} heeft geen {name}")
            counts[name] = len(found)
        for name in ("beschrijving", "competenties", "resultaten", "kennis", "vaardigheden"):
            self.found_rows.append({"werkproces_id": werkproces.id, "onderdeel": name, "aantal": counts[name]})
        return item

    def _report(self):
        touched = {number for number, _, _ in self.ledger.rows}
        for line in self.lines:
            if line.noise is None and line.number not in touched:
                self.ledger.leave(line)
        rows = sorted(self.ledger.rows, key=lambda row: row[0])
        lines = pd.DataFrame(rows, columns=["regel", "soort", "plaats"]).astype(
            {"regel": "int64", "soort": "str", "plaats": "str"})
        found = pd.DataFrame(self.found_rows, columns=["werkproces_id", "onderdeel", "aantal"]).astype(
            {"werkproces_id": "str", "onderdeel": "str", "aantal": "int64"})
        unplaced = sorted(set(self.ledger.unplaced))
        return ExtractionReport(source=self.source, found=found, unplaced=unplaced,
                                warnings=list(self.warnings), lines=lines)


def _is_own_heading(text, kerntaak):
    match = _WERKPROCES_ID.match(text)
    return bool(match) and match.group(1) == kerntaak.id


def _is_structure(text):
    return bool(_BESCHRIJVING.match(text) or _WERKPROCESSEN_BIJ.match(text) or _WERKPROCES_ID.match(text)
                or _KERNTAAK.match(text))


def _is_label(texts):
    """Whether a block of lines is a short label of a labelled section ('Werkomgeving')."""
    if not 1 <= len(texts) <= 2:
        return False
    joined = " ".join(texts)
    return (len(joined) <= 50 and joined[0].isupper() and not _strip_bullet(texts[0])[1]
            and not any(text.endswith((".", "?", "!", ":", ",", ";")) for text in texts))


def _key(label):
    """'Rol en verantwoordelijkheden' -> 'rol_en_verantwoordelijkheden'."""
    return re.sub(r"[^a-z0-9]+", "_", normalize_name(label)).strip("_") or "tekst"


def _iso_date(text):
    """'27 september 2010' -> '2010-09-27'; None when it is no such date."""
    match = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", text.strip().lower())
    if not match or match.group(2) not in _MONTHS:
        return None
    return f"{match.group(3)}-{_MONTHS[match.group(2)]:02d}-{int(match.group(1)):02d}"

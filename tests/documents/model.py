"""The model of a generated profile document: a profile drawn by hypothesis, and how it is rendered.

A generated profile is a mapping in the YAML format of data/README.md, built from the
bundled profile's own texts: a subset of its kerntaken and werkprocessen (some left out,
some added), competencies drawn from the 25 in any order, titles of different lengths, and
a labour-market section (§1.4) worded in one of several ways with the figures it holds.
A ``Style`` says how a producer lays it out: borders, justification, headings by style or by
bold body text, running header and footer, fonts and list markers.
"""

import copy
import dataclasses
import functools
import re

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bcp_analysis.model.competencies import competency_names
from bcp_analysis.paths import BUNDLED_PROFILE, BUNDLED_RAW
from bcp_analysis.readers.textfix import fix_text

__all__ = ["Labour", "Style", "Generated", "curated", "bundled_labour", "profiles", "styles", "documents",
           "draw_documents", "full_profile", "MARKERS", "PRIVATE_BULLET"]

# Word's bullet from the Symbol font comes out of a PDF as a character of the private-use area.
PRIVATE_BULLET = "\uf0b7"
MARKERS = ("-", "–", "•", "*", PRIVATE_BULLET)

# Extra werkprocessen and longer kerntaak titles, as an update of a profile might bring.
_NEW_WERKPROCESSEN = (
    ("Evalueert de verkoopresultaten", "De junior accountmanager evalueert zijn verkoopresultaten met zijn "
     "leidinggevende en legt de uitkomsten vast in het klantsysteem."),
    ("Beheert accounts", "De junior accountmanager beheert de gegevens van zijn accounts en houdt ze actueel."),
    ("Werkt samen met de binnendienst aan offertes voor grote accounts en bewaakt de levertijden",
     "Hij stemt offertes af met de binnendienst. Hij bewaakt de levertijden en meldt afwijkingen tijdig aan "
     "de account."),
)
_KERNTAAK_TITLES = (
    "Onderhoudt accountrelaties",
    "Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan",
    "Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de uitbreiding en verdieping ervan",
)


@dataclasses.dataclass(frozen=True)
class Labour:
    """§1.4's labour-market text: its heading, whether the question line stands under it, its paragraphs
    (the last one the 'Bron:' line) and the figures it holds as (waarde, eenheid)."""

    heading: str
    question: bool
    paragraphs: tuple
    figures: tuple


@dataclasses.dataclass(frozen=True)
class Style:
    """How a producer lays a profile out."""

    bordered_overview: bool = False
    bordered_columns: bool = False
    justified: bool = False
    headings_by_style: bool = True
    header: str | None = None
    footer: str | None = "BCP Junior accountmanager"
    serif: bool = False
    marker: str = "-"
    hyphenated: bool = False   # Dutch hyphenation at line ends (a typesetting system's, with justified text)
    narrow_right: bool = False  # a word processor's werkproces table with a narrow right column (names wrap)
    word_numbering: bool | str = False  # a word processor's automatic list with a "-" bullet (numbering.xml)


@dataclasses.dataclass(frozen=True)
class Generated:
    """A generated document: the profile it must read back to, its labour text, and its style."""

    profile: dict
    labour: Labour | None
    style: Style


@functools.cache
def _curated():
    return yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))


def curated():
    """The bundled profile's mapping (a fresh copy)."""
    return copy.deepcopy(_curated())


def _text(item):
    return item["tekst"] if isinstance(item, dict) else item


@functools.cache
def _bundled_paragraphs():
    """The labour-market paragraphs of the bundled text (raw lines 495-534), corrected, Bron line last."""
    raw = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()[494:534]
    found, current = [], []
    for line in raw + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append(fix_text(re.sub(r"-\n(?=[a-z])", "-", "\n".join(current)).replace("\n", " ")))
            current = []
    return tuple(found)


def bundled_labour(heading="Arbeidsmarkt", question=True):
    """The bundled profile's §1.4 labour text; its ten figures counted by hand from raw lines 495-530."""
    figures = ((-0.15, "%"), (-0.3, "%"), (-0.5, "%"), (26.5, "%"), (21.5, "%"), (19.3, "%"),
               (1043000.0, "aantal"), (2.0, "%"), (133400.0, "aantal"), (193000.0, "aantal"))
    return Labour(heading, question, _bundled_paragraphs(), figures)


_BRON = "Bron: UWV, arbeidsmarktprognose (2011)"


def _own_labour(draw):
    """A labour text of one or two sentences worded in one of several ways, with its figures."""
    start = draw(st.integers(2008, 2012))
    end = start + draw(st.integers(2, 6))
    growth = draw(st.sampled_from(("1,5", "2,5", "0,8", "3")))
    count = draw(st.sampled_from(("12.400", "8.150", "133.400")))
    share = draw(st.sampled_from(("24,5", "31", "12,8")))
    sentences = (
        (f"Tussen {start} en {end} groeit de werkgelegenheid voor accountmanagers met {growth}% per jaar.",
         ((float(growth.replace(",", ".")), "%"),)),
        (f"In {start} waren er {count} vacatures voor commerciële beroepen op mbo-niveau.",
         ((float(count.replace(".", "")), "aantal"),)),
        (f"Het aandeel vacatures van de richting Commercieel was in {start} {share}%.",
         ((float(share.replace(",", ".")), "%"),)),
    )
    chosen = draw(st.lists(st.sampled_from(range(len(sentences))), min_size=1, max_size=3, unique=True))
    paragraphs = tuple(sentences[index][0] for index in chosen) + (_BRON,)
    figures = tuple(figure for index in chosen for figure in sentences[index][1])
    heading = draw(st.sampled_from(("Arbeidsmarkt", "Arbeidsmarktperspectief", "Arbeidsmarktinformatie")))
    return Labour(heading, draw(st.booleans()), paragraphs, figures)


@st.composite
def labours(draw):
    """None (no labour text), the bundled text under one of its headings, or a text of our own."""
    kind = draw(st.sampled_from(("geen", "gebundeld", "eigen")))
    if kind == "geen":
        return None
    if kind == "gebundeld":
        return bundled_labour(draw(st.sampled_from(("Arbeidsmarkt", "Arbeidsmarktperspectief",
                                                    "Arbeidsmarktinformatie"))), draw(st.booleans()))
    return _own_labour(draw)


@st.composite
def profiles(draw):
    """A profile mapping drawn from the bundled profile: kerntaken, werkprocessen, competencies and items."""
    source = _curated()
    names = competency_names()
    kerntaken = []
    for number, kerntaak in enumerate(source["kerntaken"], start=1):
        if number > 1 and not draw(st.booleans()):
            continue
        werkprocessen = []
        for werkproces in kerntaak["werkprocessen"]:
            if not draw(st.integers(0, 3)):  # about one in four left out
                continue
            werkprocessen.append(_werkproces(draw, werkproces, names))
        if not werkprocessen or draw(st.integers(0, 4)) == 0:
            title, description = draw(st.sampled_from(_NEW_WERKPROCESSEN))
            last = int(kerntaak["werkprocessen"][-1]["id"].split(".")[1])
            werkprocessen.append(_werkproces(draw, {
                "id": f"{kerntaak['id']}.{last + 1}", "titel": title, "beschrijving": description,
                "competenties": [], "resultaten": ["Een verslag van de uitkomsten"],
                "kennis": ["Verkooptechnieken", "Klantsystemen"], "vaardigheden": ["Rapporteren"]}, names))
        titel = kerntaak["titel"] if draw(st.booleans()) else draw(st.sampled_from(_KERNTAAK_TITLES))
        kerntaken.append({"id": kerntaak["id"], "titel": titel, "werkprocessen": werkprocessen})
    return {"formaat": 1,
            "meta": {"titel": source["meta"]["titel"], "vastgesteld_door": source["meta"]["vastgesteld_door"],
                     "vastgesteld_op": source["meta"]["vastgesteld_op"]},
            "functiebenamingen": list(source["functiebenamingen"]),
            "kerntaken": kerntaken}


def full_profile():
    """The bundled profile in the form the renderers take: every kerntaak, werkproces, competency and item."""
    source = _curated()
    kerntaken = [{"id": kerntaak["id"], "titel": kerntaak["titel"], "werkprocessen": [
        {"id": werkproces["id"], "titel": werkproces["titel"], "beschrijving": werkproces["beschrijving"].strip(),
         **{name: [_text(item) for item in werkproces[name]]
            for name in ("competenties", "resultaten", "kennis", "vaardigheden")}}
        for werkproces in kerntaak["werkprocessen"]]} for kerntaak in source["kerntaken"]]
    return {"formaat": 1,
            "meta": {"titel": source["meta"]["titel"], "vastgesteld_door": source["meta"]["vastgesteld_door"],
                     "vastgesteld_op": source["meta"]["vastgesteld_op"]},
            "functiebenamingen": list(source["functiebenamingen"]), "kerntaken": kerntaken}


def _werkproces(draw, werkproces, names):
    competenties = draw(st.lists(st.sampled_from(names), min_size=1, max_size=6, unique=True))

    def some(items):
        items = [_text(item) for item in items]
        keep = draw(st.lists(st.sampled_from(range(len(items))), min_size=1, max_size=len(items), unique=True))
        return [items[index] for index in sorted(keep)]

    return {"id": werkproces["id"], "titel": werkproces["titel"], "beschrijving": werkproces["beschrijving"].strip(),
            "competenties": competenties, "resultaten": some(werkproces["resultaten"]),
            "kennis": some(werkproces["kennis"]), "vaardigheden": some(werkproces["vaardigheden"])}


@st.composite
def styles(draw, markers=MARKERS):
    """A style of layout."""
    header = draw(st.sampled_from((None, "Beroepscompetentieprofiel Junior accountmanager")))
    footer = draw(st.sampled_from(("BCP Junior accountmanager", "ECABO 2010")))
    return Style(bordered_overview=draw(st.booleans()), bordered_columns=draw(st.booleans()),
                 justified=draw(st.booleans()), headings_by_style=draw(st.booleans()), header=header,
                 footer=footer, serif=draw(st.booleans()), marker=draw(st.sampled_from(markers)))


@st.composite
def documents(draw, markers=MARKERS):
    """A generated document: profile, labour text and style."""
    return Generated(copy.deepcopy(draw(profiles())), draw(labours()), draw(styles(markers)))


def draw_documents(count, markers=MARKERS, derandomize=True):
    """``count`` documents drawn by hypothesis; with ``derandomize`` the same ones on every run."""
    found = []

    @settings(derandomize=derandomize, max_examples=count, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), deadline=None)
    @given(documents(markers))
    def collect(document):
        found.append(document)

    collect()
    return found[:count]

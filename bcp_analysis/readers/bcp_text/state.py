"""The state of one reading of a BCP text: one object, made at the start, every field declared."""

import dataclasses

from bcp_analysis.errors import place_text
from bcp_analysis.readers.bcp_text.lines import Ledger, read_lines
from bcp_analysis.readers.bcp_text.prose import ItemList

__all__: list[str] = []  # nothing of it is used outside its layer


@dataclasses.dataclass
class Kerntaak:
    """A kerntaak as read from its heading in the descriptions."""

    id: str
    regel: int
    titel: str = ""
    heading_line: int = 0
    werkprocessen: list = dataclasses.field(default_factory=list)
    toelichting: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Werkproces:
    """A werkproces as read from its description: prose pieces, competencies and item lists."""

    kerntaak: Kerntaak
    start: int
    id: str = ""
    start_place: str = ""  # where it starts as a user finds it ("regel 12", "pagina 3, regel 4")
    titel: str = ""
    title_line: int = 0
    prose: list = dataclasses.field(default_factory=list)          # (text, blank before)
    prose_lines: set = dataclasses.field(default_factory=set)
    competenties: list = dataclasses.field(default_factory=list)   # (canonical name, line number)
    resultaten: ItemList = dataclasses.field(default_factory=ItemList)
    kennis: ItemList = dataclasses.field(default_factory=ItemList)
    vaardigheden: ItemList = dataclasses.field(default_factory=ItemList)
    competency_block: bool = False
    # Whether the last line read in the Competenties block ended with an item of the list (or
    # was its heading): a name-like line alone right after it is an item too, never prose.
    list_run: bool = False
    # The last competency read whole from a single line: (canonical name, the words it was read from);
    # its missing last words may stand on the next line (an item wrapped in its column).
    last_name: tuple | None = None
    # The missing rests of names read incomplete, with the warning said about each: (rest, warning).
    open_rests: list = dataclasses.field(default_factory=list)

    @property
    def label(self):
        return self.id or f"(regel {self.start})"

    @property
    def position(self):
        """The werkproces named by where it starts, for messages about one without a number."""
        return f"het werkproces zonder nummer op {self.start_place or f'regel {self.start}'}"


@dataclasses.dataclass
class Pending:
    """A competency whose first part was read; its rest is looked for on the next lines."""

    werkproces: Werkproces
    name: str
    rest: str
    line: object
    strong: bool
    fragments: list
    tries: int = 2


@dataclasses.dataclass
class TitleRest:
    """The remaining words of a werkproces title cut at a line end, and the lines left to look in."""

    rest: str
    listed: str
    tries: int = 2


@dataclasses.dataclass
class OverviewKerntaak:
    """A kerntaak of the overview in chapter 2 and its werkprocessen (id -> title)."""

    titel: str
    werkprocessen: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class DetailCursor:
    """Where the reader of the werkproces descriptions is: the open kerntaak, werkproces and section."""

    kerntaak: Kerntaak | None = None
    werkproces: Werkproces | None = None
    # None, 'kop', 'tussen', 'beschrijving', a list name, 'vakkennis', 'onbekend', 'toelichting', 'einde'
    section: str | None = None
    pending: Pending | None = None
    title_rest: TitleRest | None = None
    previous: object = None


@dataclasses.dataclass
class ReadingState:
    """Everything one reading of one text finds, and the ledger of its lines."""

    source: str
    lines: list
    footer_title: str | None
    ledger: Ledger
    warnings: list = dataclasses.field(default_factory=list)
    unknown_competencies: list = dataclasses.field(default_factory=list)
    meta: dict = dataclasses.field(default_factory=dict)
    functiebenamingen: list = dataclasses.field(default_factory=list)
    beroepshouding: list = dataclasses.field(default_factory=list)
    beschrijving: dict = dataclasses.field(default_factory=dict)
    trends: dict = dataclasses.field(default_factory=dict)
    loopbaan: list = dataclasses.field(default_factory=list)
    vergelijking: dict | None = None
    arbeidsmarkt: list = dataclasses.field(default_factory=list)
    figures_unplaced: list = dataclasses.field(default_factory=list)
    overview: dict = dataclasses.field(default_factory=dict)     # kerntaak id -> OverviewKerntaak
    kerntaken: dict = dataclasses.field(default_factory=dict)    # kerntaak id -> Kerntaak
    detail: DetailCursor = dataclasses.field(default_factory=DetailCursor)
    found_rows: list = dataclasses.field(default_factory=list)
    # For a text made from a PDF: line of the text -> (pagina, regel on that page).
    pages: dict = dataclasses.field(default_factory=dict)

    def place_of(self, number):
        """(regel, pagina) of a line of the text: on its page for a text made from a PDF."""
        if number in self.pages:
            page, line = self.pages[number]
            return line, page
        return number, None

    def where(self, number):
        """A line of the text as a user finds it: "regel N", or "pagina P, regel R" for a PDF."""
        regel, pagina = self.place_of(number)
        return place_text(regel=regel, pagina=pagina)

    def span(self, first, last):
        """Lines first to last as a user finds them: "regel 3-9", or "pagina 2, regel 3 tot pagina 2, regel 9"."""
        if first in self.pages or last in self.pages:
            return f"{self.where(first)} tot {self.where(last)}"
        return f"regel {first}-{last}"


def new_state(text, source, known_noise=None, pages=None):
    """Return the state of a reading of ``text`` with its lines classified (see ``read_lines``)."""
    ledger = Ledger()
    lines, footer_title = read_lines(text, ledger, known_noise)
    return ReadingState(source=source, lines=lines, footer_title=footer_title, ledger=ledger, pages=dict(pages or {}))

"""A Programme made from a document's layout: kenmerken, codes with their titles, onderdelen and dekking, notes.

Shared by the PDF and the text reader (:mod:`bcp_analysis.readers.programme_layout` gives the
lines and tables of either); the kenmerken are read by
:mod:`bcp_analysis.readers.programme_kenmerken`. Nothing is invented: an onderdeel is a row of a table of
onderdelen that names a code; a werkproces or kerntaak is a code the document prints; what
cannot be read is a :class:`~bcp_analysis.model.programme.ProgrammeNote`.

What becomes an onderdeel: a row of a table of onderdelen (or a block of label lines,
:mod:`bcp_analysis.readers.programme_blocks`) that ties an exam, proeve, module or course to
werkprocessen or kerntaken of the profile by their codes. Rows that follow each other under one
exam's name (its cell merged down, or printed again on each row, a row per werkproces) are one
onderdeel; its vorm, duur, plaats, weging and periode are the rows' distinct texts in order,
joined by ", ". A row that names no such code is no onderdeel: keuzedelen (K0123), the generic
parts (Nederlands, rekenen, loopbaan en burgerschap) and any other part a table lists beside the
beroepsgerichte exams examine no part of the profile, so they are not onderdelen of its coverage
(``dekking``), and no code is made of them.
"""

from __future__ import annotations

import re

from bcp_analysis.model.programme import KENMERKEN, Programme, ProgrammeNote, make_programme_table
from bcp_analysis.readers.programme_blocks import with_blocks
from bcp_analysis.readers.programme_codes import find_codes, kerntaak_of
from bcp_analysis.readers.programme_kenmerken import CREBO_LINE, kenmerken_of, title_crebo
from bcp_analysis.readers.programme_matrix import read_matrices
from bcp_analysis.readers.programme_titles import cell_text as _cell_text
from bcp_analysis.readers.programme_titles import cell_titles as _cell_titles
from bcp_analysis.readers.programme_titles import joined_lines
from bcp_analysis.readers.programme_titles import listed_codes as _listed_codes

__all__ = ["build_programme", "kenmerken_of"]

_PROFIEL_HEADING = re.compile(r"^(?P<deel>P\d{1,2})\s+(?P<naam>[A-Z][^\d:]{3,})$")
_EXAMENONDERDEEL = re.compile(r"^Examenonderdeel\s*:?\s+(?P<naam>\S.*)$", re.IGNORECASE)
_KERNTAAK_WORD = re.compile(r"^(?:kerntaak\s*\d{0,2}\s*[:(.\u2013-]?\s*)?", re.IGNORECASE)   # "Kerntaak 2 (" B1-K2)
_SOORTEN = ((r"proeve|\bpvb\b|beroepsproeve", "proeve van bekwaamheid"), (r"kennis|theorie", "kennisexamen"),
            (r"\bmodule|\bvak\b|\bles", "module"))

_KNOWN_SOORTEN = ("proeve van bekwaamheid", "kennisexamen", "examen", "module", "praktijkexamen", "kennistoets",
                  "instellingsexamen", "keuzedeel")
# the kind a name states: "PvB …", "Kennisexamen …", "Kennistoets …", "Module …", "Praktijkexamen …", "… interview"
_NAMED_SOORTEN = ((r"\b(?:proeve|pvb)\b", "proeve van bekwaamheid"), (r"\bkennis(?:examen|toets)", "kennisexamen"),
                  (r"^module\b", "module"), (r"examen\b|\binterview\b", "examen"))


# --- onderdelen from tables ----------------------------------------------------------------


def _record_codes(record, context_kerntaak):
    """The codes of a record's cells, each with the (pagina, regel) of its line."""
    pieces = [(text, pagina, regel) for field, lines in record.cells.items() for text, pagina, regel in lines]
    text = "\n".join(text for text, _, _ in pieces)
    kerntaken = {hit.kerntaak_id for hit in find_codes(_cell_text(record, "kerntaken")) if hit.kerntaak_id}
    context = next(iter(kerntaken)) if len(kerntaken) == 1 else context_kerntaak
    return [(hit, pieces[hit.regel - 1][1], pieces[hit.regel - 1][2]) for hit in find_codes(text, kerntaak=context)]


def _soort_of(printed, naam, vorm, module):
    """The printed Soort in lower case; else the kind the name states (PvB …, Kennisexamen …, …examen); else the
    kind the vorm states; a row of a modules table is a module."""
    if printed:
        # a word a narrow cell broke without a hyphen ("Kennisexame" / "n") is the soort it spells
        letters = re.sub(r"\s+", "", printed.lower())
        return next((soort for soort in _KNOWN_SOORTEN if soort.replace(" ", "") == letters), printed.lower())
    if module and not vorm:
        return "module"
    for pattern, soort in _NAMED_SOORTEN:
        if re.search(pattern, naam, re.IGNORECASE):
            return soort
    return _soort(vorm)


def _soort(text):
    for pattern, soort in _SOORTEN:
        if re.search(pattern, text, re.IGNORECASE):
            return soort
    return "examen"


def _table_context(table):
    """The name an "Examenonderdeel ..." line before the table gives, and the last kerntaak named before it."""
    name, kerntaak = None, None
    for _, _, text in table.context:
        match = _EXAMENONDERDEEL.match(text.strip())
        if match:
            name = match["naam"].strip()
        hits = find_codes(text.strip())
        if hits and hits[0].start == _KERNTAAK_WORD.match(text.strip()).end() and hits[0].kerntaak_id \
                and not hits[0].werkproces_id:
            kerntaak = hits[0].kerntaak_id   # a heading that starts with its kerntaak
    return name, kerntaak


def _onderdelen(tables):
    """Rows of onderdelen and dekking from the records of the tables that name a code; notes of unread codes."""
    onderdelen, dekking, notes = [], [], []
    for table in tables:
        name, context_kerntaak = _table_context(table)
        coded = [(record, _record_codes(record, context_kerntaak)) for record in _joined(table.records)]
        coded = [(record, hits) for record, hits in coded if any(hit.kerntaak_id for hit, _, _ in hits)]
        for record, hits in coded:
            notes += [_unread(hit, pagina, regel) for hit, pagina, regel in hits if hit.problem]
            hits = sorted(((hit, pagina, regel) for hit, pagina, regel in hits if not hit.problem),
                          key=lambda item: (item[1] or 0, item[2]))
            vorm = _described(record, "vorm")
            module = _cell_text(record, "module")
            own = re.sub(r"^[-–•]\s*", "", _described(record, "onderdeel") or module)
            naam = name if name and len(coded) == 1 else (own or vorm or _cell_text(record, "code"))
            soort = _soort_of(_cell_text(record, "soort"), naam, vorm, module)
            kerntaken = sorted({hit.kerntaak_id for hit, _, _ in hits})
            onderdelen.append({"onderdeel": naam, "code": _exam_code(record), "soort": soort, "vorm": vorm,
                               "duur": _described(record, "duur"), "plaats": _described(record, "plaats"),
                               "weging": _described(record, "weging"), "periode": _described(record, "periode"),
                               "kerntaak_id": kerntaken[0] if len(kerntaken) == 1 else "",
                               "pagina": record.pagina, "regel": record.regel})
            niveau = _cell_text(record, "niveau") if soort == "module" else "toetsen"
            rows = {}
            for hit, pagina, regel in hits:
                if hit.werkproces_id:
                    rows.setdefault(hit.werkproces_id, (hit.kerntaak_id, pagina, regel))
            with_werkproces = {kerntaak_of(code) for code in rows}
            for hit, pagina, regel in hits:
                if not hit.werkproces_id and hit.kerntaak_id not in with_werkproces:
                    rows.setdefault(("", hit.kerntaak_id), (hit.kerntaak_id, pagina, regel))
            for key, (kerntaak, pagina, regel) in rows.items():
                level = record.niveaus.get(key, niveau) if soort == "module" else niveau   # a matrix's cell
                dekking.append({"onderdeel": len(onderdelen) - 1, "werkproces_id": key if isinstance(key, str) else "",
                                "kerntaak_id": kerntaak, "niveau": level, "pagina": pagina, "regel": regel})
    _unique_names(onderdelen, [table.unread for table in tables if table.unread])
    for row in dekking:
        row["onderdeel"] = onderdelen[row["onderdeel"]]["onderdeel"]
    return onderdelen, dekking, notes


def _joined(records):
    """The rows of a table with the rows that follow each other under one exam's name joined: a row per werkproces,
    the exam's name printed on each ("PvB Verkoop" over B1-K1-W1, again over B1-K1-W2), is one exam. Rows join
    only where their codes name the same kerntaken; each joined row is a band of the row it joins."""
    from bcp_analysis.readers.programme_layout import Record

    def key(record):
        name = _cell_text(record, "onderdeel") or _cell_text(record, "module")
        kerntaken = {hit.kerntaak_id for hit in find_codes("\n".join(record.text(field) for field in record.cells))}
        return name and (name, frozenset(kerntaken))

    joined = []
    for record in records:
        if joined and key(record) and key(record) == key(joined[-1][0]):
            first, group = joined[-1]
            group.append(record)
            continue
        joined.append((record, [record]))
    found = []
    for first, group in joined:
        if len(group) == 1:
            found.append(first)
            continue
        record = Record(first.pagina, first.regel, bands=list(first.bands))
        for part in group:
            if part is not first:
                record.bands += [(part.pagina, part.regel)] + list(part.bands)
            for field, texts in part.cells.items():
                record.cells.setdefault(field, []).extend(texts)
        found.append(record)
    return found


def _exam_code(record):
    """The exam's code: the text of its column Code, unless that column holds werkproces codes alone (a toetsplan
    "Code | Werkproces | Examen": the code is the werkproces's)."""
    text = ", ".join(record.parts("code"))
    rest = text
    for hit in sorted(find_codes(text), key=lambda hit: hit.start, reverse=True):
        rest = rest[:hit.start] + rest[hit.end:]
    return text if rest == text or rest.strip(" ,;/&") else ""


def _described(record, field):
    """The text of a column that describes an onderdeel (vorm, duur, plaats, weging, periode).

    An exam whose name's cell is merged down over a row per werkproces has a text per row: its
    distinct texts, in order, joined by ", " ("Observatie", "Verslag", "Observatie": "Observatie,
    Verslag"). Which werkproces has which vorm is in the document, not in the onderdeel's one row.
    """
    return ", ".join(dict.fromkeys(joined_lines(text) for text in record.parts(field)))


def _unique_names(onderdelen, unread=()):
    """Add the kerntaak (then the page) to a name that recurs, so that every onderdeel has its own name.

    A name recurs too where a table that was not read (``unread``: each table's (text, pagina,
    regel) lines) prints it as a row's name: as the cell of its name column (the header's, else
    the first; the line's cells apart by two spaces or more), whole or wrapped in it (its rest the
    first cells of the lines right below, one to three: "Criteriumgericht" / "interview"). That
    copy becomes no onderdeel, but the one read is then named as it would be were both read
    ("Criteriumgericht interview (B1-K1)"), and the table's note shows the other.
    """
    def kerntaak(row):
        kerntaak_id = row["kerntaak_id"]
        return kerntaak_id if "-" in kerntaak_id or not kerntaak_id else f"Kerntaak {kerntaak_id}"

    cells = _unread_name_cells(unread)
    for extra in (kerntaak, lambda row: f"pagina {row['pagina']}"):
        counts = {}
        for row in onderdelen:
            counts[row["onderdeel"]] = counts.get(row["onderdeel"], 0) + 1
        for row in onderdelen:
            if (counts[row["onderdeel"]] > 1 or _printed_in(row["onderdeel"], cells)) and extra(row):
                row["onderdeel"] = f"{row['onderdeel']} ({extra(row)})"


def _flat(text):
    return "".join(text.split()).casefold()


def _unread_name_cells(unread):
    """[(the flat name cell of a line, [the flat first cells of the next three lines])] of the tables not read: the
    piece of each line under the header's name column (the first where the header names no such column)."""
    from bcp_analysis.readers.programme_layout import header_field

    found = []
    for lines in unread:
        fields = [header_field(text) for text in re.split(r"\s{2,}", lines[0][0].strip())]
        column = next((number for number, field in enumerate(fields) if field in ("onderdeel", "module")), 0)
        pieces = [re.split(r"\s{2,}", text.strip()) for text, _, _ in lines]
        for number, line in enumerate(pieces[1:], start=1):
            if len(line) > column and line[column]:
                found.append((_flat(line[column]), [_flat(below[0]) for below in pieces[number + 1:number + 4]]))
    return found


def _printed_in(name, cells):
    """Whether ``name`` is one of ``cells`` (:func:`_unread_name_cells`), whole or wrapped over the lines below."""
    name = _flat(name)
    for cell, below in cells:
        if cell == name:
            return True
        joined = cell
        for rest in below:
            joined += rest
            if not rest or not name.startswith(joined):
                break
            if joined == name:
                return True
    return False


def _cut_rows(layout):
    """A note for each row of a table that a cut at the page's edge runs through (or whose header it cuts): its cells
    may have lost a part, or taken in the cut-off column's text."""
    cut = {(pagina, regel) for kind, pagina, regel, _ in layout.notes if kind == "afgekapt"}
    found = []
    for table in layout.tables:
        header_cut = (table.pagina, table.regel) in cut   # a column's header cut off: its cells stand in another
        for record in table.records:
            lines = {(pagina, regel) for texts in record.cells.values() for _, pagina, regel in texts}
            if header_cut or lines & cut:
                text = " | ".join(_cell_text(record, field) for field in record.cells)
                found.append(ProgrammeNote("afgekapt", text, record.pagina, record.regel,
                                           "deze rij van de tabel loopt van de pagina af: wat erin staat kan een "
                                           "deel missen of tekst van de afgekapte kolom bevatten; controleer de rij in "
                                           "het volledige document"))
    return found


def _unread_headings(tables):
    """{id(table): [the kerntaak's heading it stands under]} of a text's unread tables; a table that goes on right
    where the one before ended (its header repeated after a page break) stands under the same heading."""
    found, previous = {}, None
    for table in tables:
        heading = _heading(table)
        if not heading and previous is not None and previous.unread[-1][2] + 1 == table.regel \
                and previous.unread[-1][1] == table.pagina:
            heading = found[id(previous)]
        found[id(table)] = heading
        previous = table
    return found


def _heading(table):
    """[the kerntaak's heading the table stands under] (the last line before it that starts with a kerntaak), or []."""
    headings = [text.strip() for _, _, text in table.context
                if (hits := find_codes(text.strip())) and hits[0].start == 0 and not hits[0].werkproces_id]
    return headings[-1:]


def _unread_codes(table):
    """The codes of a table that was found but not read (a text's table): [(hit, pagina, regel)]."""
    _, kerntaak = _table_context(table)
    text = "\n".join(text for text, _, _ in table.unread)
    return [(hit, table.unread[hit.regel - 1][1], table.unread[hit.regel - 1][2])
            for hit in find_codes(text, kerntaak=kerntaak)]


def _unread(hit, pagina, regel):
    return ProgrammeNote("teken", hit.printed.replace("\n", " "), pagina, regel,
                         f"{hit.problem}: basisdeel (B) of profieldeel (P) is niet te lezen, de code is niet "
                         "geplaatst; kijk in het document zelf welke code er staat")


# --- the programme ---------------------------------------------------------------------------

def build_programme(layout, source, images=()):
    """Return the Programme of a document's layout.

    Parameters
    ----------
    layout : bcp_analysis.readers.programme_layout.Layout
    source : str
        The file, for the Programme's ``source``.
    images : sequence of int, optional
        The pages with a large picture (for the note when no exam is mapped).

    Returns
    -------
    Programme
    """
    layout, apart = _crebo_parts(with_blocks(layout))   # exams as blocks of label lines: one more table
    layout, matrices = read_matrices(layout)
    kenmerken = kenmerken_of(layout.lines)
    listed = _listed_codes(layout.lines, layout.in_tables, layout.running)
    onderdelen, dekking, notes = _onderdelen(layout.tables)
    table_codes = matrices.codes + [(hit, pagina, regel) for table in layout.tables for record in table.records
                                    for hit, pagina, regel in _record_codes(record, _table_context(table)[1])]
    unread = [table for table in layout.tables if table.unread]
    unread_codes = {}
    for table in unread:
        hits = _unread_codes(table)
        notes += [_unread(hit, pagina, regel) for hit, pagina, regel in hits if hit.problem]
        table_codes += [(hit, pagina, regel) for hit, pagina, regel in hits if not hit.problem]
        unread_codes[id(table)] = list(dict.fromkeys(hit.werkproces_id or hit.kerntaak_id
                                                     for hit, _, _ in hits if not hit.problem))
    notes += [_unread(hit, pagina, regel) for hit, _, pagina, regel in listed if hit.problem]
    notes += [ProgrammeNote("teken", hit.printed.replace("\n", " "), pagina, regel,
                            "een teken van deze code is als '?' gelezen; gelezen als "
                            f"{hit.werkproces_id or hit.kerntaak_id}: controleer dit in het document")
              for hit, pagina, regel in [(h, p, r) for h, _, p, r in listed] + table_codes
              if "?" in hit.printed and not hit.problem]
    titles = {**matrices.titles, **{code: titel for table in layout.tables for record in table.records
                                    for code, titel in _cell_titles(record, table.fields).items()}}
    kerntaken, werkprocessen = _code_tables(listed, table_codes, titles)
    notes += [ProgrammeNote("afgekapt", text, pagina, regel,
                            "deze tekst loopt van de pagina af en is afgebroken (een afgedrukte webpagina?); wat "
                            "ontbreekt is niet aangevuld: vraag de school om het volledige document")
              for kind, pagina, regel, text in layout.notes if kind == "afgekapt"]
    notes += _cut_rows(layout)
    headings = _unread_headings(unread)
    notes += [ProgrammeNote("tabel", "\n".join(headings[id(table)] + [text for text, _, _ in table.unread]
                                              + [f"codes: {', '.join(unread_codes[id(table)])}"]),
                            table.pagina, table.regel,
                            "een tabel van examens als platte tekst: waar een rij begint en eindigt en bij welke kolom "
                            "een regel hoort, is uit de tekst niet te lezen, dus er is geen examen uit gelezen "
                            "(de codes "
                            "staan wel bij de werkprocessen, zonder titel); geef de pdf zelf, of de tabel als "
                            "markdown-tabel (| Naam | Examenvorm | Werkprocessen |)") for table in unread]
    programme_parts = _split_parts(kenmerken, kerntaken, werkprocessen, dekking, layout.lines, source)
    kerntaken, werkprocessen, other_parts = programme_parts
    notes += [ProgrammeNote("andere_kwalificatie", part.kenmerken["profiel"] or "", None, None,
                            f"dit deel is voor een ander profiel ({part.kenmerken['profiel']}) en staat apart in "
                            "other_parts") for part in other_parts if part.kenmerken["profiel"]]
    for part in apart:
        programme = build_programme(part, source)
        other_parts.append(programme)
        notes.append(ProgrammeNote("andere_kwalificatie", f"crebo {programme.crebo}", part.lines[0].pagina,
                                   part.lines[0].regel,
                                   f"dit deel is voor een andere kwalificatie (crebo {programme.crebo}, niet "
                                   f"{kenmerken['crebo']}) en staat apart in other_parts"))
    notes += matrices.notes + ([] if dekking or unread else matrices.suspects)
    matrix = [note for note in notes if note.kind == "tabel"]
    if not dekking and not unread and not matrix:
        notes.append(ProgrammeNote("geen_examens", "", None, None,
                                   "dit document koppelt geen examen of onderdeel aan werkprocessen of kerntaken; het "
                                   "noemt ze alleen. Gebruik het examenplan van de opleiding"))
        notes += [ProgrammeNote("afbeelding", "", page, None,
                                "op deze pagina staat een afbeelding; staat de koppeling van examens aan werkprocessen "
                                "alleen in een afbeelding, dan kan die niet worden gelezen") for page in images]
    return Programme(kenmerken=kenmerken,
                     kerntaken=make_programme_table("kerntaken", kerntaken),
                     werkprocessen=make_programme_table("werkprocessen", werkprocessen),
                     onderdelen=make_programme_table("onderdelen", onderdelen),
                     dekking=make_programme_table("dekking", dekking),
                     notes=tuple(notes), other_parts=tuple(other_parts), source=source)




def _crebo_parts(layout):
    """The layout of the document's own crebo, and the layouts of the parts that state another crebo.

    The crebo of the document's title ("Examenplan Verkoper (crebo 25251)"), else the first crebo
    a line states, is its own; a line that states another starts a part of that qualification,
    which runs to the next line that states a crebo.
    """
    from bcp_analysis.readers.programme_layout import Layout

    own, current, owner = title_crebo(layout.lines), None, []
    for line in layout.lines:
        match = CREBO_LINE.match(line.text.strip())
        if match:
            crebo = next(group for group in match.groups() if group)
            own = own or crebo
            current = crebo
        owner.append(current if current not in (None, own) else None)
    if not any(owner):
        return layout, []
    place = {(line.pagina, line.regel): crebo for line, crebo in zip(layout.lines, owner)}

    def part(crebo):
        lines = [line for line, line_crebo in zip(layout.lines, owner) if line_crebo == crebo]
        tables = [table for table in layout.tables if place.get((table.pagina, table.regel)) == crebo]
        notes = [note for note in layout.notes if place.get((note[1], note[2])) == crebo]
        return Layout(lines, tables, layout.in_tables, notes, layout.pages, layout.running, layout.rules)

    others = list(dict.fromkeys(crebo for crebo in owner if crebo))
    return part(None), [part(crebo) for crebo in others]


def _code_tables(listed, table_codes, titles=None):
    """The kerntaken and werkprocessen tables: every code once, titled where the document titles it."""
    kerntaken, werkprocessen = {}, {}
    titles = titles or {}
    for hit, titel, pagina, regel in list(listed) + [(hit, titles.get(hit.werkproces_id or hit.kerntaak_id, ""),
                                                      pagina, regel)
                                                     for hit, pagina, regel in table_codes]:
        if hit.problem:
            continue
        if hit.werkproces_id:
            row = werkprocessen.setdefault(hit.werkproces_id, {
                "werkproces_id": hit.werkproces_id, "kerntaak_id": hit.kerntaak_id, "titel": titel,
                "pagina": pagina, "regel": regel})
        else:
            row = kerntaken.setdefault(hit.kerntaak_id, {"kerntaak_id": hit.kerntaak_id, "titel": titel,
                                                          "pagina": pagina, "regel": regel})
        if not row["titel"] and titel:
            row.update(titel=titel, pagina=pagina, regel=regel)
    return _sorted(kerntaken.values(), "kerntaak_id"), _sorted(werkprocessen.values(), "werkproces_id")


def _sorted(rows, key):
    def order(row):
        return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", row[key])]
    return sorted(rows, key=order)


def _split_parts(kenmerken, kerntaken, werkprocessen, dekking, lines, source):
    """Keep apart the codes of profielen the document's onderdelen do not examine, where it heads them as profielen."""
    if not dekking:
        return kerntaken, werkprocessen, []
    own = {row["kerntaak_id"].split("-")[0] for row in dekking}
    headings = {}
    for line in lines:
        match = _PROFIEL_HEADING.match(line.text.strip())
        if match and match["deel"] not in own:
            headings.setdefault(match["deel"], match["naam"].strip())
    parts = []
    for deel, naam in headings.items():
        part_kerntaken = [row for row in kerntaken if row["kerntaak_id"].split("-")[0] == deel]
        part_werkprocessen = [row for row in werkprocessen if row["kerntaak_id"].split("-")[0] == deel]
        if not part_kerntaken and not part_werkprocessen:
            continue
        part_kenmerken = dict.fromkeys(KENMERKEN)
        part_kenmerken.update(profiel=f"{deel} {naam}", kwalificatiedossier=kenmerken["kwalificatiedossier"],
                              crebo_kwalificatiedossier=kenmerken["crebo_kwalificatiedossier"],
                              school=kenmerken["school"])
        parts.append(Programme(part_kenmerken, make_programme_table("kerntaken", part_kerntaken),
                               make_programme_table("werkprocessen", part_werkprocessen),
                               make_programme_table("onderdelen"), make_programme_table("dekking"), source=source))
    apart = set(headings)
    return ([row for row in kerntaken if row["kerntaak_id"].split("-")[0] not in apart],
            [row for row in werkprocessen if row["kerntaak_id"].split("-")[0] not in apart], parts)


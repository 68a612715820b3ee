"""A Programme made from a document's layout: kenmerken, codes with their titles, onderdelen and dekking, notes.

Shared by the PDF and the text reader (:mod:`bcp_analysis.readers.programme_layout` gives the
lines and tables of either); the kenmerken are read by
:mod:`bcp_analysis.readers.programme_kenmerken`. Nothing is invented: an onderdeel is a row of a table of
onderdelen that names a code; a werkproces or kerntaak is a code the document prints; what
cannot be read is a :class:`~bcp_analysis.model.programme.ProgrammeNote`.
"""

from __future__ import annotations

import re

from bcp_analysis.model.programme import KENMERKEN, Programme, ProgrammeNote, make_programme_table
from bcp_analysis.readers.programme_codes import find_codes, kerntaak_of
from bcp_analysis.readers.programme_kenmerken import CREBO_LINE, kenmerken_of, title_crebo
from bcp_analysis.readers.programme_matrix import read_matrices

__all__ = ["build_programme", "kenmerken_of"]

_PROFIEL_HEADING = re.compile(r"^(?P<deel>P\d{1,2})\s+(?P<naam>[A-Z][^\d:]{3,})$")
_EXAMENONDERDEEL = re.compile(r"^Examenonderdeel\s*:?\s+(?P<naam>\S.*)$", re.IGNORECASE)
_SOORTEN = ((r"proeve|\bpvb\b|beroepsproeve", "proeve van bekwaamheid"), (r"kennis|theorie", "kennisexamen"),
            (r"\bmodule|\bvak\b|\bles", "module"))

_KNOWN_SOORTEN = ("proeve van bekwaamheid", "kennisexamen", "examen", "module", "praktijkexamen", "kennistoets",
                  "instellingsexamen", "keuzedeel")
# the kind a name states: "PvB …", "Kennisexamen …", "Kennistoets …", "Module …", "Praktijkexamen …", "… interview"
_NAMED_SOORTEN = ((r"\b(?:proeve|pvb)\b", "proeve van bekwaamheid"), (r"\bkennis(?:examen|toets)", "kennisexamen"),
                  (r"^module\b", "module"), (r"examen\b|\binterview\b", "examen"))


# --- codes with their titles ---------------------------------------------------------------

def _title_after(line, end, following):
    """The title printed after a code: to the next code or the end of its piece of text, and its wrapped rest.

    The rest on the next line is the piece of text that starts where the title's piece starts,
    in lower case or with a bracket, before any code.
    """
    begin = end + len(line.text[end:]) - len(line.text[end:].lstrip(" \t-–:,."))
    start, piece = _piece_at(line, begin)
    rest = line.text[end:start + len(piece)]
    stop = _NEXT_CODE.search(rest)
    title = (rest[:stop.start()] if stop else rest).strip(" \t-–:,.")
    quoted = re.match(r"^\s*['‘’\"“”](.+?)['‘’\"“”]", title)
    if quoted:
        return quoted.group(1).strip()
    x0 = next((x for x, text in (line.cells or ((0.0, line.text),)) if text == piece), None)
    for after in following if stop is None and x0 is not None else ():
        addition = None
        cells = after.cells or ((after.x0, after.text),)
        for x, text in cells:
            if abs(x - x0) <= 3.0 and (not title or re.match(r"^[a-z(]", text)):
                more = _NEXT_CODE.search(text)
                addition = (text[:more.start()] if more else text).strip(" \t-–:,.")
                break
        if addition is None and after.cells and all(x > x0 + 3.0 for x, _ in cells):
            continue   # a line of the cells to the right only (their codes): the title's cell goes on below it
        if not addition:
            break
        title = f"{title} {addition}" if title else addition
        if _NEXT_CODE.search(after.text):
            break
    return re.sub(r"\s+", " ", title).strip()


_NEXT_CODE = re.compile(r"(?:,\s*)?[BP]\d{1,2}\s*-\s*[Kk]?\d*\s*$|(?:,\s*)?[BP]\d{1,2}\s*-\s*[Kk]\d"
                        r"|(?:,\s*)?\b(?:[Ww][Pp]|[Ww]erkproces)\s*(?:\d{1,2}\.\d|$)|(?:,\s*)?\b[Kk]erntaak\s+\d")


def _piece_at(line, offset):
    """(start, text) of the piece of text of a line that holds the character at ``offset``.

    A piece stands where the line's text has it: after one space (a PDF's row) or several (a
    text's columns).
    """
    position = 0
    for _, text in line.cells or ((0.0, line.text),):
        found = line.text.find(text, position)
        position = found if found >= 0 else position
        if position <= offset <= position + len(text):
            return position, text
        position += len(text) + (0 if found >= 0 else 1)
    return 0, line.text


def _listed_codes(lines, in_tables, running=frozenset()):
    """Codes on the document's lines outside tables, with their titles: [(hit, titel, pagina, regel)].

    A title that a page break cuts from its code ("B1-K1-W5 -" at a page's foot) goes on at the
    top of the next page, its running header aside.
    """
    found = []
    pages = {}
    for line in lines:
        if (line.pagina, line.regel) not in in_tables and (line.pagina, line.regel) not in running:
            pages.setdefault(line.pagina, []).append(line)
    numbers = list(pages)
    for number, page_lines in pages.items():
        after = pages[numbers[numbers.index(number) + 1]][:3] if number != numbers[-1] else []
        text = "\n".join(line.text for line in page_lines)
        starts = [0]
        for line in page_lines[:-1]:
            starts.append(starts[-1] + len(line.text) + 1)
        hits = find_codes(text)
        group = {}
        for hit in hits:
            group[hit.start] = group.get(hit.start, 0) + 1
        for hit in hits:
            index = hit.regel - 1
            line = page_lines[index]
            if "\n" in text[hit.start:hit.end]:   # a code broken over two lines: its title is on the second
                index += 1
            following = (page_lines[index + 1:] + after)[:6]
            # a range or list ("W1 t/m W3") names no title of its own codes
            alone = group[hit.start] == 1 and not hit.problem
            titel = _title_after(page_lines[index], hit.end - starts[index], following) if alone else ""
            found.append((hit, titel, line.pagina, line.regel))
    return found


# --- onderdelen from tables ----------------------------------------------------------------

def _cell_text(record, field):
    """A cell's lines as one text; a code a narrow cell broke after its hyphen ("B1-" / "K1") joined again."""
    text = "\n".join(text for text, _, _ in record.cells.get(field, ()))
    text = _BROKEN_CODE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


_BROKEN_CODE = re.compile(r"(\b[BbPpKk]\d{1,2}\s*-)\n(?=[KkWw]\d)")


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
        if hits and hits[0].start == 0 and hits[0].kerntaak_id and not hits[0].werkproces_id:
            kerntaak = hits[0].kerntaak_id   # a heading that starts with its kerntaak
    return name, kerntaak


def _onderdelen(tables):
    """Rows of onderdelen and dekking from the records of the tables that name a code; notes of unread codes."""
    onderdelen, dekking, notes = [], [], []
    for table in tables:
        name, context_kerntaak = _table_context(table)
        coded = [(record, _record_codes(record, context_kerntaak)) for record in table.records]
        coded = [(record, hits) for record, hits in coded if any(hit.kerntaak_id for hit, _, _ in hits)]
        for record, hits in coded:
            notes += [_unread(hit, pagina, regel) for hit, pagina, regel in hits if hit.problem]
            hits = sorted(((hit, pagina, regel) for hit, pagina, regel in hits if not hit.problem),
                          key=lambda item: (item[1] or 0, item[2]))
            vorm = _cell_text(record, "vorm")
            module = _cell_text(record, "module")
            own = re.sub(r"^[-–•]\s*", "", _cell_text(record, "onderdeel") or module)
            naam = name if name and len(coded) == 1 else (own or vorm or _cell_text(record, "code"))
            soort = _soort_of(_cell_text(record, "soort"), naam, vorm, module)
            kerntaken = sorted({hit.kerntaak_id for hit, _, _ in hits})
            onderdelen.append({"onderdeel": naam, "code": _cell_text(record, "code"), "soort": soort, "vorm": vorm,
                               "duur": _cell_text(record, "duur"), "plaats": _cell_text(record, "plaats"),
                               "weging": _cell_text(record, "weging"), "periode": _cell_text(record, "periode"),
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
    _unique_names(onderdelen)
    for row in dekking:
        row["onderdeel"] = onderdelen[row["onderdeel"]]["onderdeel"]
    return onderdelen, dekking, notes


def _unique_names(onderdelen):
    """Add the kerntaak (then the page) to a name that recurs, so that every onderdeel has its own name."""
    def kerntaak(row):
        kerntaak_id = row["kerntaak_id"]
        return kerntaak_id if "-" in kerntaak_id or not kerntaak_id else f"Kerntaak {kerntaak_id}"

    for extra in (kerntaak, lambda row: f"pagina {row['pagina']}"):
        counts = {}
        for row in onderdelen:
            counts[row["onderdeel"]] = counts.get(row["onderdeel"], 0) + 1
        for row in onderdelen:
            if counts[row["onderdeel"]] > 1 and extra(row):
                row["onderdeel"] = f"{row['onderdeel']} ({extra(row)})"


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
    layout, apart = _crebo_parts(layout)
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
                                    for code, titel in _cell_titles(record).items()}}
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


def _cell_titles(record):
    """{werkproces_id: title} of the codes a table's cell prints with their title ("B1-K1-W3 Verwerkt gegevens")."""
    titles = {}
    for field in ("werkprocessen", "kerntaken"):
        text = _cell_text(record, field)
        hits = find_codes(text)
        for number, hit in enumerate(hits):
            if hit.problem or not hit.werkproces_id or sum(other.start == hit.start for other in hits) > 1:
                continue
            stop = hits[number + 1].start if number + 1 < len(hits) else len(text)
            titel = text[hit.end:stop].strip(" \t-–:,;.")
            if re.match(r"^[A-Z][a-z]", titel):
                titles.setdefault(hit.werkproces_id, titel)
    return titles


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
        return [int(part) if part.isdigit() else part for part in re.findall(r"\d+|\D+", row[key])]
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


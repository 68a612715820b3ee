"""Lookalikes of the four shared programme documents, read as their content was written.

Each lookalike (``tests/programme_siblings.py``) is drawn in one school's template with other
content; what it must read back to is that content, written out here by hand (the page is the
page the generator puts it on: a ``<page>`` in its content, or where the text runs on).
"""

import pytest
from programme_siblings import DOCUMENTS, WORD, render, word_pdfs

from bcp_analysis.readers import load_programme


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("siblings")
    paths = {name: render(name, folder) for name in DOCUMENTS if name not in WORD}
    return {name: load_programme(path) for name, path in paths.items()} | {"paths": paths}


def _ids(kerntaak, numbers):
    return [f"{kerntaak}-W{number}" for number in numbers]


def _kenmerken(school=None, kd=None, crebo_kd=None, profiel=None, crebo=None, niveau=None, cohort=None, datum=None):
    return {"school": school, "kwalificatiedossier": kd, "crebo_kwalificatiedossier": crebo_kd, "profiel": profiel,
            "crebo": crebo, "niveau": niveau, "cohort": cohort, "vastgesteld_op": datum}


def _dekking(programme):
    return [(row.onderdeel, row.werkproces_id, row.kerntaak_id, int(row.pagina))
            for row in programme.dekking.itertuples()]


def _fields(programme, *columns):
    return [tuple(row) for row in programme.onderdelen[list(columns)].itertuples(index=False)]


# --- MBO Utrecht ------------------------------------------------------------------------------------

_PVB, _CGI = "Proeve van Bekwaamheid", "Criterium gericht interview op basis van portfolio"


def test_utrecht_pmk(read):
    programme = read["utrecht-pmk"]
    assert programme.kenmerken == _kenmerken("MBO Utrecht", "Pedagogisch Werk", "23285",
                                             "Pedagogisch medewerker kinderopvang", "25698", "3", None, "03-02-2026")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2", "P1-K1"]
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", range(1, 5)) + ["B1-K2-W1"] + \
        _ids("P1-K1", range(1, 4))
    titles = programme.werkprocessen.set_index("werkproces_id")["titel"]
    assert titles["P1-K1-W1"] == "Voert verzorgende taken uit bij baby's en dreumesen"
    assert titles["B1-K1-W4"] == "Evalueert haar eigen werkzaamheden"      # page 1: "B1-K1-" / "W4 - Evalueert ..."
    serie = "Consortium, serie 2024"
    # B1-K1's table: W1, W2 on page 1, W3, W4 on page 2 without its header; B1-K2 and P1-K1 on page 2
    assert _fields(programme, "onderdeel", "vorm", "duur", "plaats", "weging", "pagina") == [
        (f"{serie} B1-K1-W1 Zorgt voor een veilig pedagogisch klimaat", _PVB, "4 uur", "Beroepspraktijk", "1", 1),
        (f"{serie} B1-K1-W2 Inventariseert behoeften en wensen van het kind", _PVB, "4 we(e)k(en)",
         "Beroepspraktijk en/ of school", "1", 1),
        (f"{serie} B1-K1-W3 Bereidt de uitvoering van activiteiten voor", _CGI, "30 minuten", "Beroepspraktijk",
         "1", 2),
        (f"{serie} B1-K1-W4 Evalueert haar eigen werkzaamheden", _PVB, "1 uur", "Beroepspraktijk", "2", 2),
        (f"{serie} B1-K2-W1 Werkt aan de eigen professionele ontwikkeling", _PVB, "1 uur", "Beroepspraktijk", "1", 2),
        (f"{serie} P1-K1-W1 Voert verzorgende taken uit bij baby's en dreumesen", _PVB, "2 we(e)k(en)",
         "Beroepspraktijk", "1", 2),
        (f"{serie} P1-K1-W2 Stemt af met ouders over de dagelijkse verzorging", _CGI, "30 minuten",
         "Beroepspraktijk", "1", 2),
        (f"{serie} P1-K1-W3 Signaleert afwijkingen in de ontwikkeling", _PVB, "1 uur", "Beroepspraktijk", "1", 2)]
    assert programme.onderdelen["soort"].tolist() == ["proeve van bekwaamheid"] * 2 + ["examen"] + \
        ["proeve van bekwaamheid"] * 3 + ["examen", "proeve van bekwaamheid"]
    assert [row[1] for row in _dekking(programme)] == programme.werkprocessen["werkproces_id"].tolist()
    assert programme.dekking["niveau"].eq("toetsen").all()
    assert programme.notes == ()


def test_utrecht_sport_ranges_and_lists(read):
    programme = read["utrecht-sport"]
    assert programme.kenmerken == _kenmerken("MBO Utrecht", "Sport en bewegen", "23296",
                                             "Sport- en bewegingscoördinator", "25732", "4", None, "15-01-2026")
    # the kerntaak's title wraps over two lines of the paragraph
    assert programme.kerntaken.set_index("kerntaak_id").loc["B1-K1", "titel"] == (
        "Organiseren en uitvoeren van sport- en bewegingsactiviteiten voor verschillende doelgroepen in de "
        "sportsector en daarbuiten")
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", range(1, 6)) + _ids("P3-K1", range(1, 4))
    # "Proeve 2"'s row is cut at the foot of page 1: name, vorm, inhoud and plaats go on on page 2; one onderdeel
    assert _fields(programme, "onderdeel", "soort", "vorm", "plaats", "weging", "kerntaak_id", "pagina") == [
        ("Proeve 1 Sportactiviteiten", "proeve van bekwaamheid", _PVB, "Beroepspraktijk", "2", "B1-K1", 1),
        ("Interview evaluatie en samenwerking", "examen", _CGI, "School", "1", "B1-K1", 1),
        ("Proeve 2 Projectcoördinatie", "proeve van bekwaamheid", _PVB, "Beroepspraktijk en/ of school", "2", "P3-K1",
         1)]
    assert [(row[0], row[1], row[3]) for row in _dekking(programme)] == (
        [("Proeve 1 Sportactiviteiten", code, 1) for code in _ids("B1-K1", [1, 2, 3])]            # "B1-K1-W1 t/m W3"
        + [("Interview evaluatie en samenwerking", code, 1) for code in _ids("B1-K1", [4, 5])]    # "B1-K1-W4 & W5"
        + [("Proeve 2 Projectcoördinatie", "P3-K1-W1", 1), ("Proeve 2 Projectcoördinatie", "P3-K1-W2", 2),
           ("Proeve 2 Projectcoördinatie", "P3-K1-W3", 2)])
    assert programme.notes == ()


def test_utrecht_header_at_the_foot_of_a_page(read):
    programme = read["utrecht-foot"]
    assert programme.kenmerken == _kenmerken("MBO Utrecht", "Onderwijsassistent", "23195", "Onderwijsassistent",
                                             "25698", "4", None, "20-06-2025")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["P2-K1", "P2-K2"]
    serie = "Consortium, serie 2025"
    # P2-K2's header row stands alone at the foot of page 1, its rows on page 2
    assert _fields(programme, "onderdeel", "duur", "pagina") == [
        (f"{serie} P2-K1-W1 Bereidt lessen en activiteiten voor", "4 uur", 1),
        (f"{serie} P2-K1-W2 Voert lessen en activiteiten uit", "1 uur", 1),
        (f"{serie} P2-K2-W1 Voert coördinerende taken uit", "1 dagdeel", 2),
        (f"{serie} P2-K2-W2 Voert beheertaken uit", "1 uur", 2)]
    assert [(row[1], row[3]) for row in _dekking(programme)] == [("P2-K1-W1", 1), ("P2-K1-W2", 1), ("P2-K2-W1", 2),
                                                                 ("P2-K2-W2", 2)]
    # page 2: the Beroepsvereisten table of Nederlands exams names no code, and makes no onderdeel
    assert programme.notes == ()


# --- Aeres MBO --------------------------------------------------------------------------------------

_SCHAAL = "Onvoldoende/ voldoende/goed"


def test_aeres_hovenier(read):
    programme = read["aeres-hovenier"]
    # the school's name stands only in its logo; the labels name no dossier
    assert programme.kenmerken == _kenmerken(profiel="Vakbekwaam hovenier", crebo="25436", niveau="3",
                                             cohort="2027-2028", datum="02-04-2027")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P2-K1", "P2-K2"]
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", [1, 2, 3]) + _ids("P2-K1", [1, 2]) + \
        _ids("P2-K2", [1, 2])
    assert programme.werkprocessen["pagina"].eq(2).all()
    # page 3: the BPV row names no code and is no onderdeel; BP1's "B1-k1-W3" is B1-K1-W3
    assert _fields(programme, "code", "onderdeel", "duur", "plaats", "weging", "kerntaak_id", "pagina") == [
        ("25436.P1", "Beroepsproeve 1 (BP1)", "Min. 3 dagen+30 min.", "Examenlocatie", "1", "B1-K1", 3),
        ("25436.P2", "Beroepsproeve 2 (BP2)", "Min. 5 dagen", "Leerbedrijf (LB)", "2", "", 3)]
    assert programme.onderdelen["soort"].eq("proeve van bekwaamheid").all()
    assert [(row[0], row[1]) for row in _dekking(programme)] == (
        [("Beroepsproeve 1 (BP1)", code) for code in _ids("B1-K1", [1, 2, 3])]
        + [("Beroepsproeve 2 (BP2)", code) for code in _ids("P2-K1", [1, 2]) + _ids("P2-K2", [1, 2])])
    assert programme.notes == ()


def test_aeres_a_proeve_per_kerntaak(read):
    programme = read["aeres-dier"]
    assert programme.kenmerken == _kenmerken(profiel="Dierverzorger recreatiedieren", crebo="25423", niveau="3",
                                             cohort="2026-2027", datum="15-02-2026")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2", "P1-K1", "P1-K2", "P1-K3"]
    assert programme.kerntaken.set_index("kerntaak_id").loc["P1-K1", "titel"] == (
        "Verzorgen van recreatiedieren in een dierenpark, kinderboerderij of pension met een afwijkende openstelling")
    # the opbouw runs on from page 2 to page 3: P1-K3's werkprocessen stand on page 3
    assert programme.werkprocessen.set_index("werkproces_id")["pagina"].to_dict() == {
        **dict.fromkeys(_ids("B1-K1", range(1, 5)) + _ids("B1-K2", [1, 2]) + _ids("P1-K1", [1, 2])
                        + _ids("P1-K2", [1, 2]), 2), **dict.fromkeys(_ids("P1-K3", [1, 2]), 3)}
    # the table of examenonderdelen: BP1 and BP2 on page 4, its header repeated on page 5 above BP3 to BP5 (their
    # cells set in the middle: BP3's first line holds its werkproces and schaal alone)
    assert _fields(programme, "code", "onderdeel", "kerntaak_id", "duur", "pagina") == [
        ("25423.P1", "Beroepsproeve 1 (BP1)", "B1-K1", "2 dagen", 4),
        ("25423.P2", "Beroepsproeve 2 (BP2)", "B1-K2", "1 dag", 4),
        ("25423.P3", "Beroepsproeve 3 (BP3)", "P1-K1", "3 dagen", 5),
        ("25423.P4", "Beroepsproeve 4 (BP4)", "P1-K2", "1 dag", 5),
        ("25423.P5", "Beroepsproeve 5 (BP5)", "P1-K3", "Geen tijdsduur+ 30 minuten", 5)]
    # "B1-K1-W1 t/m W4" and "B1-K2-W1 & W2"
    assert [row[1] for row in _dekking(programme)] == programme.werkprocessen["werkproces_id"].tolist()
    assert programme.notes == ()


def test_aeres_a_kerntaak_without_werkprocessen(read):
    programme = read["aeres-paard"]
    assert programme.kenmerken["crebo"] == "25422" and programme.kenmerken["profiel"] == "Manager paardensport"
    # the keuzedeel's row (K0125) names no werkproces or kerntaak: no onderdeel
    assert _fields(programme, "code", "kerntaak_id") == [("25422.P1", ""), ("25422.P2", "P3-K2")]
    # "B1-K1- W2" is B1-K1-W2; BP2 names the kerntaak P3-K2 alone: a row with its kerntaak and no werkproces
    assert _dekking(programme) == [
        ("Beroepsproeve 1 (BP1)", "B1-K1-W1", "B1-K1", 3), ("Beroepsproeve 1 (BP1)", "B1-K1-W2", "B1-K1", 3),
        ("Beroepsproeve 1 (BP1)", "P3-K1-W1", "P3-K1", 3), ("Beroepsproeve 1 (BP1)", "P3-K1-W2", "P3-K1", 3),
        ("Beroepsproeve 2 (BP2)", "", "P3-K2", 3)]
    assert programme.notes == ()


# --- Talland College --------------------------------------------------------------------------------

def test_talland_own_profiel_p2_and_p1_apart(read):
    programme = read["talland-gww"]
    assert programme.kenmerken == _kenmerken("Talland College", profiel="Middenkaderfunctionaris grond-, weg- en "
                                             "waterbouw", crebo="25872", niveau="4", cohort="2026-2027")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P2-K1", "P2-K2"]
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", [1, 2]) + _ids("P2-K1", [1, 2, 3]) + \
        _ids("P2-K2", [1, 2])
    assert [(part.kenmerken["profiel"], part.werkprocessen["werkproces_id"].tolist())
            for part in programme.other_parts] == [("P1 Middenkaderfunctionaris bouw", _ids("P1-K1", [1, 2]))]
    assert [note.kind for note in programme.notes] == ["andere_kwalificatie"]
    assert _fields(programme, "onderdeel", "vorm", "periode", "plaats", "weging", "kerntaak_id", "pagina") == [
        ("Verzamelt, verwerkt en integreert projectinformatie", "PvB", "5 & 6", "school/ BPV", "100%", "B1-K1", 3),
        ("Bereidt infrawerk voor", "PvB", "7 en 8", "BPV", "100%", "P2-K1", 4),
        ("Begeleidt uitvoering van infrawerk", "PvB", "8", "BPV", "100%", "P2-K2", 5)]
    # P2-K1's row is cut after W1 at the foot of page 4; W2 and W3 go on on page 5
    assert [(row[1], row[3]) for row in _dekking(programme)] == [
        ("B1-K1-W1", 3), ("B1-K1-W2", 3), ("P2-K1-W1", 4), ("P2-K1-W2", 5), ("P2-K1-W3", 5), ("P2-K2-W1", 5),
        ("P2-K2-W2", 5)]


def test_talland_range_and_header_on_the_page_before(read):
    programme = read["talland-ict"]
    assert programme.kenmerken == _kenmerken("Talland College", profiel="Software developer", crebo="25604",
                                             niveau="4", cohort="2025-2026")
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", [1, 2, 3]) + _ids("B1-K2", [1, 2])
    # B1-K2's header rows at the foot of page 3, its row on page 4
    assert _fields(programme, "onderdeel", "periode", "kerntaak_id", "pagina") == [
        ("Realiseert software", "9 & 10", "B1-K1", 3), ("Werkt in een ontwikkelteam", "11", "B1-K2", 4)]
    assert [(row[1], row[3]) for row in _dekking(programme)] == [
        ("B1-K1-W1", 3), ("B1-K1-W2", 3), ("B1-K1-W3", 3), ("B1-K2-W1", 4), ("B1-K2-W2", 4)]   # "B1-K1-W1 t/m W3"
    assert programme.other_parts == () and programme.notes == ()


def test_talland_a_kerntaak_without_proeve(read):
    programme = read["talland-bouw"]
    assert programme.kenmerken == _kenmerken("Talland College", profiel="Middenkaderfunctionaris bouw",
                                             crebo="25870", niveau="4", cohort="2026-2027")
    titles = programme.kerntaken.set_index("kerntaak_id")["titel"].to_dict()
    assert titles == {"B1-K1": "Verzamelt, verwerkt en integreert projectinformatie",   # wrapped over two lines
                      "P1-K1": "Werkt B&U-ontwerpen uit", "P1-K2": "Voert werkvoorbereiding voor de B&U uit",
                      "P1-K3": "Begeleidt nieuwbouw en onderhoudswerk"}
    assert programme.werkprocessen.set_index("werkproces_id").loc["P1-K1-W2", "titel"] == \
        "Maakt ontwerp gereed voor aanvraag omgevingsvergunning en contractvorming"
    # P1-K2's table: its banner and header rows at the foot of page 3, its row on page 4
    assert _fields(programme, "onderdeel", "kerntaak_id", "pagina") == [
        ("Werkt B&U-ontwerpen uit", "P1-K1", 3), ("Voert werkvoorbereiding voor de B&U uit", "P1-K2", 4)]
    assert [row[1] for row in _dekking(programme)] == _ids("P1-K1", [1, 2]) + _ids("P1-K2", [1, 2])   # "P1-K1-W1 & W2"
    assert not programme.dekking["kerntaak_id"].eq("P1-K3").any() and programme.notes == ()


# --- Curio --------------------------------------------------------------------------------------------

def test_curio_monteur_maps_no_exam(read):
    programme = read["curio-monteur"]
    # the profiel's name wraps in its cell ("P1 Eerste monteur" / "mechatronica 3 Nee ...")
    assert programme.kenmerken == _kenmerken("Curio", profiel="Eerste monteur mechatronica", crebo="25897",
                                             niveau="3", cohort="2025-2026")
    assert programme.kerntaken.set_index("kerntaak_id")["titel"].to_dict() == {
        "B1-K1": "Voert montagewerkzaamheden uit",            # its last word below B1-K1-W2's line
        "B1-K2": "Onderhoudt systemen", "P1-K1": "Coördineert montagewerkzaamheden"}
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", [1, 2, 3]) + _ids("B1-K2", [1, 2]) + \
        _ids("P1-K1", [1, 2])
    assert programme.onderdelen.empty and programme.dekking.empty and not programme.maps_exams
    assert [note.kind for note in programme.notes] == ["geen_examens"]


def test_curio_logistiek_long_titles_over_a_page_break(read):
    programme = read["curio-logistiek"]
    assert programme.kenmerken == _kenmerken("Curio", profiel="Logistiek supervisor", crebo="25890", niveau="4",
                                             cohort="2026-2027")
    titles = programme.kerntaken.set_index("kerntaak_id")["titel"].to_dict()
    assert titles == {
        "B1-K1": "Organiseert en bewaakt de logistieke processen in een magazijn of distributiecentrum",
        "P2-K1": "Geeft leiding aan een team van logistieke medewerkers in de dagelijkse uitvoering",   # 4 lines
        "P2-K2": "Verbetert logistieke processen"}
    werkprocessen = programme.werkprocessen.set_index("werkproces_id")
    assert werkprocessen.index.tolist() == ["B1-K1-W1", "B1-K1-W3"] + _ids("P2-K1", range(1, 5)) + \
        _ids("P2-K2", range(1, 7))
    assert werkprocessen.loc["B1-K1-W1", "titel"] == \
        "Plant de ontvangst, opslag en verzending van goederen en stemt af met vervoerders en klanten"
    assert werkprocessen["pagina"].tolist() == [3] * 6 + [4] * 6    # P2-K2 runs on to page 4
    assert not programme.maps_exams and [note.kind for note in programme.notes] == ["geen_examens"]


def test_curio_with_an_examenplan(read):
    programme = read["curio-examenplan"]
    assert programme.kenmerken == _kenmerken("Curio", profiel="Productietechnicus", crebo="25896", niveau="4",
                                             cohort="2025-2026")
    assert _fields(programme, "onderdeel", "soort", "vorm", "duur", "plaats", "kerntaak_id", "pagina") == [
        ("Proeve B1-K1 Vervaardigen", "proeve van bekwaamheid", "Proeve van bekwaamheid", "4 dagen",
         "Beroepspraktijk", "B1-K1", 3),
        ("Proeve P3-K1 Maakbaarheid", "proeve van bekwaamheid", "Criteriumgericht interview", "45 minuten", "School",
         "P3-K1", 3)]
    assert [(row[0], row[1]) for row in _dekking(programme)] == [
        ("Proeve B1-K1 Vervaardigen", "B1-K1-W1"), ("Proeve B1-K1 Vervaardigen", "B1-K1-W2"),
        ("Proeve P3-K1 Maakbaarheid", "P3-K1-W1"), ("Proeve P3-K1 Maakbaarheid", "P3-K1-W2")]   # "... en P3-K1-W2"
    assert programme.notes == ()


@pytest.mark.parametrize("name", [name for name in DOCUMENTS if name not in WORD])
def test_every_code_of_a_lookalike_is_placed(read, name):
    """The programme audit finds no code in a lookalike's text that was not read."""
    from bcp_analysis.audit.programme import audit_programme

    report = audit_programme(read["paths"][name], read[name])
    assert report.ok and not report.lost, report.lines()
    assert [finding for finding in report.findings if finding.kind == "werkproces"] == [], report.lines()


# --- Aeres MBO as Word makes it (python-docx, exported by LibreOffice) ------------------------------

@pytest.fixture(scope="module")
def word(tmp_path_factory):
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    paths = word_pdfs(WORD, tmp_path_factory.mktemp("siblings_word"))   # one LibreOffice call for all
    return {name: load_programme(path) for name, path in paths.items()}


def test_aeres_as_word_makes_it(word):
    programme = word["aeres-word"]
    assert programme.kenmerken == _kenmerken(profiel="Vakbekwaam medewerker bloem, groen en styling", crebo="25704",
                                             niveau="3", cohort="2026-2027", datum="09-03-2026")
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2", "B1-K3", "P2-K1"]
    assert programme.werkprocessen["werkproces_id"].tolist() == _ids("B1-K1", [1, 2]) + _ids("B1-K2", [1, 2, 3]) + \
        ["B1-K3-W1"] + _ids("P2-K1", [1, 2])
    assert programme.werkprocessen.set_index("werkproces_id").loc["P2-K1-W1", "titel"] == \
        "Maakt seizoensgebonden arrangementen"                                    # page 2, the opbouw
    # page 3: BP1 examines two kerntaken (no one kerntaak), BP2 a range "B1-K2-W1 t/m W3"
    assert _fields(programme, "code", "onderdeel", "duur", "plaats", "kerntaak_id", "pagina") == [
        ("25704.P1", "Beroepsproeve 1 (BP1)", "Min. 3 dagen", "Examenlocatie", "", 3),
        ("25704.P2", "Beroepsproeve 2 (BP2)", "2 dagen", "Leerbedrijf (LB)", "B1-K2", 3),
        ("25704.P3", "Beroepsproeve 3 (BP3)", "1 dag", "Examenlocatie", "P2-K1", 3)]
    assert [(row[0], row[1]) for row in _dekking(programme)] == (
        [("Beroepsproeve 1 (BP1)", code) for code in ["B1-K1-W1", "B1-K1-W2", "B1-K3-W1"]]
        + [("Beroepsproeve 2 (BP2)", code) for code in _ids("B1-K2", [1, 2, 3])]
        + [("Beroepsproeve 3 (BP3)", code) for code in _ids("P2-K1", [1, 2])])
    assert programme.notes == ()

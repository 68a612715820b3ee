"""The four programme documents of shared/programmes, read as counted by hand from their pages.

Each expected value names the page of the PDF it was counted on (the page of the file, 1-based,
as a PDF viewer numbers it). The folder lies beside the checkout; BCP_PROGRAMMES_DIR names another.
"""

import os
from pathlib import Path

import pytest

from bcp_analysis.readers import load_programme

SHARED = Path(os.environ.get("BCP_PROGRAMMES_DIR", Path(__file__).resolve().parents[2] / "shared" / "programmes"))
UTRECHT = SHARED / "utrecht-25697-examenplan.pdf"
AERES = SHARED / "aeres-25705-examenplan.pdf"
TALLAND = SHARED / "talland-25870-oer.pdf"
CURIO = SHARED / "curio-25896-oer.pdf"

pytestmark = pytest.mark.skipif(not UTRECHT.exists(), reason="shared/programmes is not beside this checkout")


@pytest.fixture(scope="module")
def utrecht():
    return load_programme(UTRECHT)


@pytest.fixture(scope="module")
def aeres():
    return load_programme(AERES)


@pytest.fixture(scope="module")
def talland():
    return load_programme(TALLAND)


@pytest.fixture(scope="module")
def curio():
    return load_programme(CURIO)


def _ids(kerntaak, numbers):
    return [f"{kerntaak}-W{number}" for number in numbers]


# --- MBO Utrecht, examenplan Gespecialiseerd pedagogisch medewerker ------------------------------

def test_utrecht_kenmerken(utrecht):
    assert utrecht.kenmerken == {
        "school": "MBO Utrecht",                                   # page 4, 1.3 Keuzedelen: "bij MBO Utrecht"
        "kwalificatiedossier": "Pedagogisch Werk",                 # page 1, table: Naam kwalificatiedossier
        "crebo_kwalificatiedossier": "23285",                      # page 1: Crebonr kwalificatiedossier
        "profiel": "Gespecialiseerd pedagogisch medewerker",       # page 1: Kwalificatie (profiel)
        "crebo": "25697",                                          # page 1: Crebonr. kwalificatie (profiel)
        "niveau": "4",                                             # page 1: Niveau
        "cohort": None,                                            # not stated
        "vastgesteld_op": "12-11-2025",                            # page 1: Vastgesteld op
    }


def test_utrecht_kerntaken_and_werkprocessen(utrecht):
    # page 1: B1-K1 with W1-W7; page 2: B1-K2 with W1, P2-K1 (its list runs on to page 3);
    # page 3: P2-K2 with W1-W3; page 6: B1-K2-W2, named in the verantwoording as not examined
    assert utrecht.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2", "P2-K1", "P2-K2"]
    assert utrecht.kerntaken.set_index("kerntaak_id").loc["B1-K1", "titel"] == \
        "Begeleiden van kinderen bij hun ontwikkeling"                                  # page 1
    expected = (_ids("B1-K1", range(1, 8)) + _ids("B1-K2", [1, 2]) + _ids("P2-K1", range(1, 8))
                + _ids("P2-K2", [1, 2, 3]))
    assert utrecht.werkprocessen["werkproces_id"].tolist() == expected
    titles = utrecht.werkprocessen.set_index("werkproces_id")
    assert titles.loc["B1-K1-W1", "titel"] == "Zorgt voor een veilig pedagogisch klimaat"        # page 1
    # page 1: "B1-K1-W3 -" ends a line, its title opens the next
    assert titles.loc["B1-K1-W3", "titel"] == "Bereidt de uitvoering van activiteiten voor"
    # page 1: the title wraps onto the next line ("... en leren" / "van het kind")
    assert titles.loc["B1-K1-W6", "titel"] == "Volgt en stimuleert de ontwikkeling en leren van het kind"
    assert titles.loc["P2-K1-W2", "titel"] == "Stelt een (gespecialiseerd) activiteitenprogramma op"  # pages 2-3
    assert titles.loc["B1-K2-W2", "titel"] == "Werkt aan het bewaken en bevorderen van kwaliteitszorg"  # page 6
    assert int(titles.loc["B1-K2-W2", "pagina"]) == 6


def test_utrecht_onderdelen(utrecht):
    onderdelen = utrecht.onderdelen
    # one exam per werkproces but B1-K2-W2: 7 (B1-K1, pages 1-2) + 1 (B1-K2, page 2) + 7 (P2-K1, page 3)
    # + 3 (P2-K2, header on page 3, rows on page 4); the Nederlands exams (page 4) name no code
    assert len(onderdelen) == 18
    assert onderdelen["onderdeel"].is_unique
    first = onderdelen.iloc[0]
    assert first["onderdeel"] == "Consortium, serie 2023 B1-K1-W1 Zorgt voor een veilig pedagogisch klimaat"
    assert (first["vorm"], first["duur"], first["plaats"], first["weging"]) == \
        ("Proeve van Bekwaamheid", "4 uur", "Beroepspraktijk", "1")                   # page 1, first row
    assert first["soort"] == "proeve van bekwaamheid"
    third = onderdelen.iloc[2]                                                          # page 1, third row
    assert (third["duur"], third["plaats"]) == ("4 we(e)k(en)", "Beroepspraktijk en/ of school")
    # Criterium gericht interview: B1-K1-W4, W6, W7 (page 2), P2-K1-W2, W7 (page 3); the rest are proeven
    assert onderdelen["soort"].value_counts().to_dict() == {"proeve van bekwaamheid": 13, "examen": 5}
    assert onderdelen["vorm"].eq("Criterium gericht interview op basis van portfolio").sum() == 5
    assert onderdelen["weging"].eq("1").all()                                            # every row: 1
    # pages: 3 rows on page 1, 4 + 1 on page 2, 7 on page 3, 3 on page 4
    assert onderdelen["pagina"].value_counts().sort_index().to_dict() == {1: 3, 2: 5, 3: 7, 4: 3}
    last = onderdelen.iloc[-1]
    assert (last["onderdeel"], last["duur"]) == ("Consortium, serie 2023 P2-K2-W3 Voert beheertaken uit", "1 uur")


def test_utrecht_dekking(utrecht):
    dekking = utrecht.dekking
    assert len(dekking) == 18                                    # one werkproces per exam
    assert dekking["niveau"].eq("toetsen").all()
    examined = set(dekking["werkproces_id"])
    assert "B1-K2-W2" not in examined                            # page 6: "wordt niet geëxamineerd"
    assert examined == set(utrecht.werkprocessen["werkproces_id"]) - {"B1-K2-W2"}
    row = dekking.set_index("werkproces_id").loc["B1-K1-W4"]
    assert int(row["pagina"]) == 2                               # page 2, first row
    assert row["onderdeel"].startswith("Consortium, serie 2023 B1-K1-W4")
    assert utrecht.notes == ()


# --- Aeres MBO, examenplan Vakexpert bloem, groen en styling ------------------------------------

def test_aeres_kenmerken(aeres):
    assert aeres.kenmerken == {
        "school": None,                    # the name stands only in the logo (a picture)
        "kwalificatiedossier": None,       # page 1 names the KD's version (2021), not its name
        "crebo_kwalificatiedossier": None,
        "profiel": "Vakexpert bloem, groen en styling",   # page 1: Opleiding
        "crebo": "25705",                                 # page 1: Crebo
        "niveau": "4",                                    # page 1: Niveau
        "cohort": "2026-2027",                            # page 1: Startcohort
        "vastgesteld_op": "11-03-2026",                   # page 1: Vaststellingsdatum
    }


def test_aeres_opbouw(aeres):
    # page 3 (landscape), "Opbouw van de opleiding": 4 kerntaken, 16 werkprocessen
    assert aeres.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P4-K1", "P4-K2", "P4-K3"]
    assert aeres.kerntaken.set_index("kerntaak_id").loc["P4-K2", "titel"] == \
        "Uitvoeren werkzaamheden rondom de organisatie en afwikkeling van een opdracht/project"
    assert aeres.werkprocessen["werkproces_id"].tolist() == (
        _ids("B1-K1", range(1, 5)) + _ids("P4-K1", range(1, 4)) + _ids("P4-K2", range(1, 6))
        + _ids("P4-K3", range(1, 5)))
    assert aeres.werkprocessen.set_index("werkproces_id").loc["P4-K3-W4", "titel"] == \
        "Stuurt medewerkers aan (in projecten)"
    assert aeres.werkprocessen["pagina"].eq(3).all()


def test_aeres_examenonderdelen(aeres):
    # page 6, "Beroepsgerichte examenonderdelen": BPV names no code; BP1 and BP2 do
    onderdelen = aeres.onderdelen.set_index("code")
    assert onderdelen.index.tolist() == ["25705.P1", "25705.P2"]
    assert onderdelen.loc["25705.P1", "onderdeel"] == "Beroepsproeve 1 (BP1)"
    assert onderdelen.loc["25705.P1", "duur"] == "Min. 5 dagen+30 min."
    assert onderdelen.loc["25705.P2", "duur"] == "Geen tijdsduur+ 30 minuten"
    assert onderdelen["plaats"].tolist() == ["Examenlocatie", "Examenlocatie"]
    assert onderdelen["weging"].tolist() == ["1", "1"]
    assert onderdelen["soort"].eq("proeve van bekwaamheid").all()
    assert onderdelen["pagina"].eq(6).all()
    dekking = aeres.dekking
    assert dekking.loc[dekking["onderdeel"] == "Beroepsproeve 1 (BP1)", "werkproces_id"].tolist() == (
        _ids("B1-K1", range(1, 5)) + ["P4-K1-W1", "P4-K1-W2", "P4-K2-W2", "P4-K2-W4"])
    assert dekking.loc[dekking["onderdeel"] == "Beroepsproeve 2 (BP2)", "werkproces_id"].tolist() == (
        ["P4-K1-W3", "P4-K2-W1", "P4-K2-W3", "P4-K2-W5"] + _ids("P4-K3", range(1, 5)))
    # every werkproces of page 3 is examined exactly once
    assert sorted(dekking["werkproces_id"]) == sorted(aeres.werkprocessen["werkproces_id"])
    assert aeres.notes == ()


# --- Talland College, OER Middenkaderfunctionaris bouw -------------------------------------------

def test_talland_kenmerken(talland):
    kenmerken = talland.kenmerken
    assert kenmerken["crebo"] == "25870"                                 # page 1: "25870 Middenkaderfunctionaris bouw"
    assert kenmerken["cohort"] == "2025-2026"                            # page 1: "C2025-2026"
    assert kenmerken["profiel"] == "Middenkaderfunctionaris bouw"        # page 6: Naam profiel, P1
    assert kenmerken["niveau"] == "4"                                    # page 6: Mbo-niveau
    assert kenmerken["school"] == "Talland College"                      # page 4 and on
    assert kenmerken["vastgesteld_op"] is None and kenmerken["kwalificatiedossier"] is None


def test_talland_own_profiel_and_the_others_apart(talland):
    # pages 6-7: basisdeel B1-K1 and profiel P1 (B1-K1-W1, W2; P1-K1 W1-W2, P1-K2 W1-W4, P1-K3 W1-W4)
    assert talland.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P1-K1", "P1-K2", "P1-K3"]
    assert talland.werkprocessen["werkproces_id"].tolist() == (
        _ids("B1-K1", [1, 2]) + _ids("P1-K1", [1, 2]) + _ids("P1-K2", range(1, 5)) + _ids("P1-K3", range(1, 5)))
    assert talland.werkprocessen.set_index("werkproces_id").loc["P1-K1-W2", "titel"] == \
        "Maakt ontwerp gereed voor aanvraag omgevingsvergunning en contractvorming"   # page 6, wrapped
    # pages 7-8: the profielen P2, P3 and P4 of the same dossier, each kept apart
    parts = {part.kenmerken["profiel"]: part.werkprocessen["werkproces_id"].tolist() for part in talland.other_parts}
    assert parts == {
        "P2 Middenkaderfunctionaris grond-, weg- en waterbouw": _ids("P2-K1", range(1, 5)) + _ids("P2-K2", range(1, 6)),
        "P3 Middenkaderfunctionaris landmeetkunde": _ids("P3-K1", range(1, 5)) + _ids("P3-K2", [1, 2]),
        "P4 Middenkaderfunctionaris verkeer en stedenbouw": _ids("P4-K1", [1, 2]) + _ids("P4-K2", [1, 2]),
    }
    assert [note.kind for note in talland.notes] == ["andere_kwalificatie"] * 3


def test_talland_proeven(talland):
    onderdelen = talland.onderdelen
    # pages 31-34: three proeven, each under its "Examenonderdeel" heading
    assert onderdelen["onderdeel"].tolist() == ["Verzamelt, verwerkt en integreert projectinformatie",
                                                "Werkt B&U-ontwerpen uit", "Voert werkvoorbereiding voor de B&U uit"]
    assert onderdelen["pagina"].tolist() == [31, 32, 34]      # page 34: its header row stands on page 33
    assert onderdelen["kerntaak_id"].tolist() == ["B1-K1", "P1-K1", "P1-K2"]
    assert onderdelen["vorm"].eq("PvB").all() and onderdelen["soort"].eq("proeve van bekwaamheid").all()
    assert onderdelen["periode"].tolist() == ["13 & 14", "14, 15 en 16", "14, 15 en 16"]
    assert onderdelen["weging"].eq("100%").all()
    assert onderdelen["plaats"].tolist() == ["school/ BPV", "School/ BPV", "School/ BPV"]


def test_talland_dekking(talland):
    dekking = talland.dekking
    pairs = sorted(zip(dekking["werkproces_id"], dekking["pagina"]))
    assert pairs == [("B1-K1-W1", 31), ("B1-K1-W2", 31),
                     ("P1-K1-W1", 32), ("P1-K1-W2", 33),   # page 33: the row runs on over the page break
                     ("P1-K2-W1", 34), ("P1-K2-W2", 34), ("P1-K2-W3", 34), ("P1-K2-W4", 34)]
    # P1-K3 (page 7) has no proeve in this OER
    assert not dekking["kerntaak_id"].eq("P1-K3").any()


# --- Curio, OER Productietechnicus: names the werkprocessen, maps no exam --------------------------

def test_curio_kenmerken(curio):
    kenmerken = curio.kenmerken
    assert kenmerken["crebo"] == "25896"                         # page 1: Crebo 25896
    assert kenmerken["cohort"] == "2024-2025"                    # page 1: Cohort 2024-2025
    assert kenmerken["school"] == "Curio"                        # running header of every page
    assert kenmerken["profiel"] == "Productietechnicus"          # page 21: Naam profiel
    assert kenmerken["niveau"] == "4"                            # page 21: Mbo-niveau
    assert kenmerken["vastgesteld_op"] is None


def test_curio_lists_werkprocessen_and_maps_no_exam(curio):
    # page 21, Bijlage 1: B1-K1 (W1-W4), P3-K1 (W1, W2), P3-K2 (W1-W5), P3-K3 (W1, W2), P3-K4 (W1, W2, W4: no W3)
    assert curio.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P3-K1", "P3-K2", "P3-K3", "P3-K4"]
    assert curio.werkprocessen["werkproces_id"].tolist() == (
        _ids("B1-K1", range(1, 5)) + _ids("P3-K1", [1, 2]) + _ids("P3-K2", range(1, 6)) + _ids("P3-K3", [1, 2])
        + _ids("P3-K4", [1, 2, 4]))
    titles = curio.werkprocessen.set_index("werkproces_id")["titel"]
    assert titles["B1-K1-W4"] == "Rondt de werkzaamheden af en levert het (metaal)product op"   # page 21, 2 lines
    assert curio.kerntaken.set_index("kerntaak_id").loc["P3-K1", "titel"] == \
        "Analyseert de maakbaarheid van het product en geeft advies"                               # page 21, 3 lines
    assert curio.werkprocessen["pagina"].eq(21).all()
    assert curio.onderdelen.empty and curio.dekking.empty and not curio.maps_exams
    assert "geen_examens" in [note.kind for note in curio.notes]


# --- the same documents as text ---------------------------------------------------------------------

@pytest.mark.parametrize("path", [UTRECHT, AERES, CURIO], ids=["utrecht", "aeres", "curio"])
def test_the_text_of_a_document_names_what_its_pdf_names(tmp_path, path):
    """The text reader on the text PDFium gives of the document: the same codes, titles and kenmerken.

    The text holds no table the text reader can read (a PDF's table as plain text), so it maps no
    exam: each table of exams is a note ("tabel") that names its lines, and only the Curio OER, which
    has no table of exams, is a document that maps none ("geen_examens"); what it names is the same.
    (Talland's OER is left out: without its exams, nothing tells
    which of its four profielen is its own, so none is kept apart.)
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    text = "\f".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    document.close()
    text_path = tmp_path / f"{path.stem}.txt"
    text_path.write_text(text.replace("\r\n", "\n").replace("\ufffe", "-"), encoding="utf-8")
    from_pdf, from_text = load_programme(path), load_programme(text_path)
    assert from_text.kenmerken == from_pdf.kenmerken
    for table in ("kerntaken", "werkprocessen"):
        columns = [column for column in from_pdf.tables()[table].columns if column not in ("regel",)]
        assert from_text.tables()[table][columns].equals(from_pdf.tables()[table][columns]), table
    kinds = [note.kind for note in from_text.notes]
    assert from_text.dekking.empty
    if path == CURIO:
        assert "geen_examens" in kinds and "tabel" not in kinds
    else:   # Utrecht: the exam tables of pages 1-5; Aeres: of its exams
        assert "tabel" in kinds and "geen_examens" not in kinds

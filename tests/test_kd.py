"""Tests of the KD reader: SBB's XML export of a kwalificatiedossier, one profiel as a Profile."""

import os
from pathlib import Path

import pytest

from bcp_analysis import load_profile
from bcp_analysis.errors import ProfileError
from bcp_analysis.readers import kd, kd_export, reader_for

REPO = Path(__file__).resolve().parent.parent
# The bundled export: SBB's "2635 Pedagogisch_Werk.xml", unchanged (BUNDLED_KD in paths.py once merged).
BUNDLED = REPO / "data" / "kd" / "pedagogisch-werk-23183.xml"
# The four real exports of issue 12; the tests of another export skip when they are absent.
# The SBB exports the project was given (shared/kd beside the checkout); BCP_KD_DIR names another folder.
SHARED_KD = Path(os.environ.get("BCP_KD_DIR", Path(__file__).resolve().parents[2] / "shared" / "kd"))
MAATSCHAPPELIJKE_ZORG = SHARED_KD / "4156 Maatschappelijke_Zorg.xml"
needs_shared = pytest.mark.skipif(not MAATSCHAPPELIJKE_ZORG.exists(),
                                  reason=f"de SBB-exports van issue 12 staan niet in {SHARED_KD}")

# The 25 SBB numbers used below (root <competenties> of every export): 3085 Aansturen,
# 3086 Begeleiden, 3087 Aandacht en begrip tonen, 3088 Samenwerken en overleggen, 3091
# Overtuigen en beïnvloeden, 3093 Formuleren en rapporteren, 3094 Vakdeskundigheid toepassen,
# 3096 Analyseren, 3097 Onderzoeken, 3102 Kwaliteit leveren, 3103 Instructies en procedures opvolgen.


def _competencies(profile, werkproces_id):
    table = profile.competenties
    return set(table.loc[table["werkproces_id"] == werkproces_id, "competentie"])


# --- the bundled export, counted by hand from data/kd/pedagogisch-werk-23183.xml ----------

# Werkprocessen per profiel: the basisdeel (kerntaak hoofdstuk 1: werkprocessen 1-8 on
# lines 281-427; kerntaak 2: werkprocessen 1-2 on lines 511 and 529) plus the profieldeel.
BASIS_IDS = [f"B1-K1-W{n}" for n in range(1, 9)] + ["B1-K2-W1", "B1-K2-W2"]
PROFIELDEEL_IDS = {
    # <profiel nr="966072" hoofdstuk="1">: one kerntaak, werkprocessen on lines 633-725
    "Pedagogisch medewerker kinderopvang": [f"P1-K1-W{n}" for n in range(1, 7)],
    # <profiel nr="966080" hoofdstuk="2">: kerntaak 1 with 7 (lines 813-931), kerntaak 2 with 4 (977-1035)
    "Gespecialiseerd pedagogisch medewerker": [f"P2-K1-W{n}" for n in range(1, 8)]
    + [f"P2-K2-W{n}" for n in range(1, 5)],
    # <profiel nr="966094" hoofdstuk="3">: kerntaak 1 with 3 (lines 1114-1154), kerntaak 2 with 4 (1194-1249)
    "Onderwijsassistent": [f"P3-K1-W{n}" for n in range(1, 4)] + [f"P3-K2-W{n}" for n in range(1, 5)],
}
# <competentie referentie> rows per profiel. Basisdeel, own lists: 5+2+3+3+4+7+6+5 (kerntaak 1)
# + 3+2 (kerntaak 2) = 40. Aanvullend: B1-K1-W8 gives profielen 966080 and 966094 3093 and 3096,
# which the werkproces already lists (no new need); B1-K2-W2 gives 966080 3091 (+1) and 966094
# 3091 and 3103 (3103 already listed: +1). Profieldeel: P1 3+3+2+5+4+2 = 19; P2 4+4+5+3+4+2+5
# + 5+2+5+4 = 43; P3 3+5+6 + 2+5+5+3 = 29.
COMPETENCY_ROWS = {
    "Pedagogisch medewerker kinderopvang": 40 + 19,
    "Gespecialiseerd pedagogisch medewerker": 41 + 43,
    "Onderwijsassistent": 41 + 29,
}
CREBO_NIVEAU = {
    "Pedagogisch medewerker kinderopvang": ("25486", "3"),
    "Gespecialiseerd pedagogisch medewerker": ("25484", "4"),
    "Onderwijsassistent": ("25485", "4"),
}


@pytest.fixture(scope="module")
def export():
    return kd_export.read_export(BUNDLED)


@pytest.mark.parametrize("profiel", list(PROFIELDEEL_IDS))
def test_each_profiel_has_exactly_its_werkprocessen_and_competencies(profiel):
    profile = load_profile(BUNDLED, profiel=profiel)
    assert profile.werkprocessen["werkproces_id"].tolist() == BASIS_IDS + PROFIELDEEL_IDS[profiel]
    assert len(profile.competenties) == COMPETENCY_ROWS[profiel]
    assert (profile.meta["crebo"], profile.meta["niveau"]) == CREBO_NIVEAU[profiel]


def test_aanvullende_competencies_hold_only_for_their_profiel():
    # B1-K2-W2 (lines 545-558): own 3103, 3102; aanvullend 966080: 3091; 966094: 3091, 3103.
    own = {"Instructies en procedures opvolgen", "Kwaliteit leveren"}
    assert _competencies(load_profile(BUNDLED, profiel="25486"), "B1-K2-W2") == own
    assert _competencies(load_profile(BUNDLED, profiel="25484"), "B1-K2-W2") == own | {"Overtuigen en beïnvloeden"}
    assert _competencies(load_profile(BUNDLED, profiel="25485"), "B1-K2-W2") == own | {"Overtuigen en beïnvloeden"}
    # B1-K1-W8 (lines 446-463): 3093, 3096, 3087, 3088, 3097; the aanvullende 3093 and 3096 repeat it.
    expected = {"Formuleren en rapporteren", "Analyseren", "Aandacht en begrip tonen", "Samenwerken en overleggen",
                "Onderzoeken"}
    profile = load_profile(BUNDLED, profiel="25484")
    assert _competencies(profile, "B1-K1-W8") == expected
    assert (profile.competenties["werkproces_id"] == "B1-K1-W8").sum() == 5


def test_codes_titles_and_provenance_come_from_the_xml():
    profile = load_profile(BUNDLED, profiel="Onderwijsassistent")
    kerntaken = profile.kerntaken
    assert kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2", "P3-K1", "P3-K2"]
    # titel="Uitvoeren van taken rondom de lessen " (line 1178): the trailing space goes
    assert kerntaken.loc[3, "titel"] == "Uitvoeren van taken rondom de lessen"
    assert kerntaken["regel"].tolist() == [229, 471, 1075, 1178]
    werkproces = profile.werkprocessen.set_index("werkproces_id").loc["B1-K1-W1"]
    assert werkproces["titel"] == "Inventariseert behoeften en wensen van het kind"
    assert werkproces["regel"] == 281
    assert werkproces["beschrijving"].startswith("De pedagogisch werker verzamelt informatie over het kind")
    rows = profile.competenties[profile.competenties["werkproces_id"] == "B1-K1-W1"]
    # lines 300-304: 3089, 3097, 3101, 3103, 3087 in this order
    assert rows["regel"].tolist() == [300, 301, 302, 303, 304]
    assert rows["competentie"].tolist() == [
        "Ethisch en integer handelen", "Onderzoeken", "Op de behoeften en verwachtingen van de klant richten",
        "Instructies en procedures opvolgen", "Aandacht en begrip tonen"]


def test_gedrag_and_resultaten_are_items_with_aanvullend_text():
    basis = load_profile(BUNDLED, profiel="25486")
    gedrag = basis.gedrag[basis.gedrag["werkproces_id"] == "B1-K1-W1"]
    # lines 290-296: "De pedagogisch werker:" then six "- " bullets
    assert len(gedrag) == 6
    assert gedrag["item"].iloc[0] == "creëert vertrouwen"
    assert gedrag["regel"].tolist() == list(range(291, 297))
    assert (basis.gedrag["werkproces_id"] == "B1-K1-W8").sum() == 7  # lines 432-438
    special = load_profile(BUNDLED, profiel="25484")
    # 966080 gets three more bullets (lines 439-441) and a second resultaat (line 430)
    assert (special.gedrag["werkproces_id"] == "B1-K1-W8").sum() == 7 + 3
    assert "beoordeelt ‘conclusies’ op relevantie en prioriteit" in set(special.gedrag["item"])
    assert (special.resultaten["werkproces_id"] == "B1-K1-W8").sum() == 2
    assert (basis.resultaten["werkproces_id"] == "B1-K1-W8").sum() == 1
    beschrijving = special.werkprocessen.set_index("werkproces_id").loc["B1-K1-W8", "beschrijving"]
    assert "De gespecialiseerd medewerker bespreekt de gegevens uit de evaluatie" in beschrijving


def test_vakkennis_per_kerntaak_from_the_dossier_wide_list():
    profile = load_profile(BUNDLED, profiel="25486")
    # B1-K2 (lines 477-489): five references for all, three aanvullend for 966072
    vakkennis = profile.vakkennis[profile.vakkennis["kerntaak_id"] == "B1-K2"]
    assert len(vakkennis) == 5 + 3
    assert vakkennis["regel"].iloc[0] == 477
    assert profile.kennis.empty and profile.vaardigheden.empty


def test_meta_names_dossier_and_profiel(export):
    profile = kd.build_profile(export, kd.find_profiel(export, "25484"))
    assert profile.meta["titel"] == "Gespecialiseerd pedagogisch medewerker"  # titel ends in a space in the XML
    assert profile.meta["dossier"] == "Pedagogisch Werk"
    assert profile.meta["dossier_crebo"] == "23183"
    assert profile.meta["geldig_vanaf"] == "2015-08-01"  # Geldig_vanaf="01-08-2015"
    assert profile.meta["status"] == "Vastgesteld"
    # the profiel's titel and crebo as in its <kwalificatieprofiel> element, after the dossier
    assert profile.bronvermelding == ("Bron: Kwalificatiedossier Pedagogisch Werk, SBB; "
                                      "profiel Gespecialiseerd pedagogisch medewerker (crebo 25484)")
    assert load_profile(BUNDLED, profiel="Onderwijsassistent").meta["bron"] == (
        "Kwalificatiedossier Pedagogisch Werk, SBB; profiel Onderwijsassistent (crebo 25485)")


def test_profiel_by_title_ignores_case_accents_and_spaces():
    profile = load_profile(BUNDLED, profiel="  gespecialiseerd PEDAGOGISCH medewerker")
    assert profile.meta["crebo"] == "25484"
    assert load_profile(BUNDLED, profiel=25485).meta["profiel"] == "Onderwijsassistent"


def test_without_profiel_a_dossier_of_several_lists_them():
    with pytest.raises(ProfileError) as error:
        load_profile(BUNDLED)
    message = str(error.value)
    for title, (crebo, _) in CREBO_NIVEAU.items():
        assert f"{title} (crebo {crebo})" in message
    assert "--profiel" in message


def test_unknown_profiel_lists_the_ones_there_are():
    with pytest.raises(ProfileError, match="geen profiel 'Kok'.*Onderwijsassistent \\(crebo 25485\\)"):
        load_profile(BUNDLED, profiel="Kok")


def test_registry_takes_xml_and_refuses_other_options():
    assert reader_for(BUNDLED) is kd.READER
    with pytest.raises(ProfileError, match="de optie 'jaar' past niet"):
        load_profile(BUNDLED, profiel="25485", jaar=2020)


def test_the_labour_market_section_goes_to_the_figure_reader(export):
    calls = []

    def figure_reader(lines, *, profile_year=None, source=None):
        calls.append((lines, profile_year, source))
        return type("Reading", (), {"rows": [{"indicator": "studenten", "scope": "", "periode": "2013-2014",
                                               "waarde": 11400.0, "eenheid": "studenten", "soort": "aantal",
                                               "bron": "", "controleren": "", "regel": lines[5][0]}]})()

    profile = kd.build_profile(export, export.profielen[0], figure_reader=figure_reader)
    lines, year, source = calls[0]
    # <arbeidsmarktinformatie> opens on line 1278 with its text; blank lines are left out
    assert lines[0] == (1278, "Pedagogisch Medewerker Kinderopvang")
    assert lines[1] == (1280, "Kans op werk")
    assert year == 2015 and source == "Kwalificatiedossier Pedagogisch Werk, SBB"
    assert profile.arbeidsmarkt["waarde"].tolist() == [11400.0]


def test_labour_market_figures_with_the_real_figure_reader():
    profile = load_profile(BUNDLED, profiel="25486")
    # line 1286: "In schooljaar 2013-2014 zijn er 11.400 studenten ... in opleiding."
    assert 11400.0 in set(profile.arbeidsmarkt["waarde"])
    assert profile.arbeidsmarkt["regel"].between(1278, 1325).all()


# --- another export the reader was not written against ------------------------------------


@needs_shared
def test_a_profiel_of_another_export():
    # 4156 Maatschappelijke_Zorg.xml, <profiel nr="1216577" titel="Agogisch medewerker GGZ"
    # hoofdstuk="4" niveau="4"> (line 1251), crebo 25474. Basisdeel kerntaak 1: werkprocessen
    # 1-7 (lines 412-659), kerntaak 2: 1-2 (lines 741, 759); profieldeel: P4-K1-W1..W6 (1292-1389).
    profile = load_profile(MAATSCHAPPELIJKE_ZORG, profiel="Agogisch medewerker GGZ")
    assert profile.werkprocessen["werkproces_id"].tolist() == (
        [f"B1-K1-W{n}" for n in range(1, 8)] + ["B1-K2-W1", "B1-K2-W2"] + [f"P4-K1-W{n}" for n in range(1, 7)])
    assert (profile.meta["crebo"], profile.meta["niveau"]) == ("25474", "4")
    # Basisdeel: 3+4+6+4+5+4+3 + 3+3 = 35 own, plus 3094 aanvullend at B1-K1-W5 (line 622); the
    # other aanvullende (3086 at W2 and W3, 3095/3100 at W4, 3096 at W7) repeat the own list.
    # Profieldeel: 4+6+5+4+4+3 = 26.
    assert len(profile.competenties) == 35 + 1 + 26
    assert "Vakdeskundigheid toepassen" in _competencies(profile, "B1-K1-W5")
    other = load_profile(MAATSCHAPPELIJKE_ZORG, profiel="25475")  # Begeleider gehandicaptenzorg: no aanvulling
    assert _competencies(other, "B1-K1-W5") == {"Samenwerken en overleggen", "Instructies en procedures opvolgen",
                                               "Met druk en tegenslag omgaan", "Aandacht en begrip tonen",
                                               "Begeleiden"}


@needs_shared
def test_every_profiel_of_every_shared_export_loads():
    for path in sorted(SHARED_KD.glob("*.xml")):
        export = kd_export.read_export(path)
        for record in export.profielen:
            profile = kd.build_profile(export, record)
            assert len(profile.werkprocessen) > 0
            assert profile.competenties["werkproces_id"].isin(profile.werkprocessen["werkproces_id"]).all()


# --- bad input: small exports written here -----------------------------------------------

_PROFIEL = """<profiel nr="20" titel="Enig profiel " hoofdstuk="1" niveau="2" beroepsgroep="Test">
        <creboinformatie><crebo Geldig_vanaf="01-08-2020">22222</crebo></creboinformatie>
        <profielkerntaken><kerntaak nr="21" titel="Profieltaak" hoofdstuk="1"><profielwerkprocessen>
          <werkproces nr="22" titel="Doet meer" hoofdstuk="1">
            <werkprocescompetenties><competentie referentie="1" /></werkprocescompetenties>
          </werkproces>
        </profielwerkprocessen></kerntaak></profielkerntaken>
      </profiel>"""

_EXPORT = """<?xml version="1.0" encoding="utf-8"?>
<sbb>
  <competenties>
    <competentie nr="1" titel="Samenwerken en overleggen" code="E" />
    <competentie nr="2" titel="Op de behoeften en verwachtingen van de &quot;klant&quot; richten " code="R" />
  </competenties>
  <dossiers>
    <dossier nr="9" titel="Testdossier" status="Vastgesteld">
      <dossiercrebos><dossiercrebo Geldig_vanaf="01-08-2020">11111</dossiercrebo></dossiercrebos>
      <kennisenvaardigheden>
        <kennisofvaardigheid nr="50" titel="heeft kennis van &amp;lt;b&amp;gt;X&amp;lt;/b&amp;gt;" />
      </kennisenvaardigheden>
      <basis><basistaken><basiskerntaken>
        <kerntaak nr="10" titel="Basistaak" hoofdstuk="1">
          <vakkennisenvaardigheden><vakkennisenvaardigheden referentie="$kennis" /></vakkennisenvaardigheden>
          <basiswerkprocessen>
            <werkproces nr="11" titel="Doet iets" hoofdstuk="1">
              <werkprocesomschrijving><![CDATA[Omschrijving.]]></werkprocesomschrijving>
              <werkprocesresultaat><![CDATA[Resultaat.]]></werkprocesresultaat>
              <werkprocesgedrag><![CDATA[De beroepsbeoefenaar:
- doet A;
- doet B.]]></werkprocesgedrag>
              <werkprocescompetenties>
                <competentie referentie="$competentie" />
                <werkprocescompetentiesperprofiel>
                  <aanvullend><profiel referentie="$aanvullend" />
                    <omschrijving><competentie referentie="2" /></omschrijving></aanvullend>
                </werkprocescompetentiesperprofiel>
              </werkprocescompetenties>
            </werkproces>
          </basiswerkprocessen>
        </kerntaak>
      </basiskerntaken></basistaken></basis>
      <profielen>$profielen</profielen>
    </dossier>
  </dossiers>
</sbb>
"""


def _write(tmp_path, competentie="1", kennis="50", aanvullend="20", profielen=_PROFIEL, text=None):
    if text is None:
        text = (_EXPORT.replace("$competentie", competentie).replace("$kennis", kennis)
                .replace("$aanvullend", aanvullend).replace("$profielen", profielen))
    path = tmp_path / "dossier.xml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _line_of(text, fragment):
    return next(number for number, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_small_valid_export_reads(tmp_path):
    path, text = _write(tmp_path)
    profile = load_profile(path)  # one profiel: no --profiel needed
    assert profile.meta["profiel"] == "Enig profiel"
    assert profile.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1", "P1-K1-W1"]
    # the quoted "klant" and the trailing space map onto the canonical name; aanvullend for profiel 20
    assert _competencies(profile, "B1-K1-W1") == {"Samenwerken en overleggen",
                                                  "Op de behoeften en verwachtingen van de klant richten"}
    assert profile.gedrag["item"].tolist() == ["doet A", "doet B."]
    assert profile.vakkennis["item"].tolist() == ["heeft kennis van X"]  # escaped HTML removed
    assert profile.vakkennis["regel"].tolist() == [_line_of(text, 'referentie="50"')]


def test_malformed_xml_names_the_line(tmp_path):
    path, text = _write(tmp_path)
    broken = text.replace("</werkprocesresultaat>", "</werkprocesresultat>", 1)
    path.write_text(broken, encoding="utf-8")
    line = _line_of(broken, "werkprocesresultat>")
    with pytest.raises(ProfileError, match=f"regel {line}, kolom .*geen geldige XML"):
        load_profile(path)


def test_a_file_that_is_not_an_sbb_export(tmp_path):
    path, _ = _write(tmp_path, text='<?xml version="1.0"?>\n<profiel><titel>X</titel></profiel>\n')
    with pytest.raises(ProfileError, match="regel 2: geen kwalificatiedossier van SBB .*<profiel>"):
        load_profile(path)


def test_a_broken_competency_reference(tmp_path):
    path, text = _write(tmp_path, competentie="99")
    line = _line_of(text, 'competentie referentie="99"')
    # in the werkproces of basis kerntaak hoofdstuk 1, werkproces hoofdstuk 1
    with pytest.raises(ProfileError, match=fr"werkproces B1-K1-W1 \(regel {line}\): verwijzing naar competentie 99"):
        load_profile(path)


def test_a_broken_kennis_reference(tmp_path):
    path, text = _write(tmp_path, kennis="77")
    line = _line_of(text, 'referentie="77"')
    message = fr"kerntaak B1-K1 \(regel {line}\): verwijzing naar kennis of vaardigheid 77"
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def test_aanvulling_for_a_profiel_that_is_not_there(tmp_path):
    path, text = _write(tmp_path, aanvullend="404")
    line = _line_of(text, 'profiel referentie="404"')
    message = fr"werkproces B1-K1-W1 \(regel {line}\): aanvulling voor profiel 404"
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def test_a_werkproces_whose_number_is_wrong_is_named_by_its_place(tmp_path):
    _, text = _write(tmp_path)
    # the basis kerntaak (hoofdstuk 1) has one werkproces, on the line of 'nr="11"'
    wrong = text.replace('titel="Doet iets" hoofdstuk="1"', 'titel="Doet iets" hoofdstuk="x"')
    path, text = _write(tmp_path, text=wrong)
    line = _line_of(text, '<werkproces nr="11"')
    message = fr"het 1e werkproces van kerntaak B1-K1 \(regel {line}\): <werkproces> heeft " 'hoofdstuk="x"'
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def test_a_werkproces_code_used_twice_names_the_second_by_its_place(tmp_path):
    _, text = _write(tmp_path)
    second = ('<werkproces nr="12" titel="Doet nog iets" hoofdstuk="1">\n'
              '              <werkprocescompetenties><competentie referentie="1" /></werkprocescompetenties>\n'
              "            </werkproces>\n          </basiswerkprocessen>")
    path, text = _write(tmp_path, text=text.replace("</basiswerkprocessen>", second, 1))
    line = _line_of(text, '<werkproces nr="12"')
    with pytest.raises(ProfileError, match=fr"het 2e werkproces van kerntaak B1-K1 \(regel {line}\): code B1-K1-W1 "
                                           "komt twee keer voor"):
        load_profile(path)


def test_an_empty_dossier(tmp_path):
    path, text = _write(tmp_path, profielen="")
    with pytest.raises(ProfileError, match=f"regel {_line_of(text, '<dossier nr=')}: dossier 'Testdossier' bevat geen"):
        load_profile(path)


def test_a_competency_the_export_lists_wrongly(tmp_path):
    _, text = _write(tmp_path)
    path, text = _write(tmp_path, text=text.replace('titel="Samenwerken en overleggen"', 'titel="Samenwerken"'))
    with pytest.raises(ProfileError, match="regel 4: competentie 'Samenwerken' is niet een van de 25"):
        load_profile(path)


def test_entities_are_not_expanded(tmp_path):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE sbb [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n'
            "<sbb>&b;</sbb>\n")
    path, _ = _write(tmp_path, text=bomb)
    with pytest.raises(ProfileError, match="entiteiten"):
        load_profile(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="bestaat niet"):
        load_profile(tmp_path / "weg.xml")

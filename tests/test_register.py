"""Tests of the SBB register reader: every dossier of a file, side by side, and the name look-ups."""

import os
from pathlib import Path

import pandas as pd
import pytest

import bcp_analysis as bcp
from bcp_analysis import load_corpus, load_dossier, load_profile, load_register
from bcp_analysis.errors import ProfileError

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data" / "kd" / "pedagogisch-werk-23183.xml"
SHARED_KD = Path(os.environ.get("BCP_KD_DIR", Path(__file__).resolve().parents[2] / "shared" / "kd"))
SHARED = sorted(SHARED_KD.glob("*.xml")) if SHARED_KD.is_dir() else []
needs_shared = pytest.mark.skipif(len(SHARED) != 4, reason=f"de vier SBB-exports staan niet in {SHARED_KD}")

# From the README of the shared exports and the <profiel> start tags of each file:
# dossier crebo -> the crebos of its profielen, in the file's order.
PROFIEL_CREBOS = {
    "23183": ["25486", "25484", "25485"],  # 2635 Pedagogisch_Werk.xml
    "23185": ["25489", "25488"],  # 2637 Sociaal_werk.xml
    "23189": ["25499", "25498", "25500"],  # 2755 Dienstverlening.xml
    "23181": ["25475", "25476", "25477", "25474", "25479", "25478"],  # 4156 Maatschappelijke_Zorg.xml
}


def _body(text):
    return text[text.index("<dossiers>") + len("<dossiers>"):text.index("</dossiers>")]


def join(paths, target, change=None):
    """Write the dossiers of several exports under one <dossiers> (the lists of the first file)."""
    texts = [Path(path).read_text(encoding="utf-8-sig") for path in paths]
    bodies = [_body(text) for text in texts]
    if change is not None:
        bodies = change(bodies)
    head = texts[0][:texts[0].index("<dossiers>") + len("<dossiers>")]
    target.write_text(head + "".join(bodies) + "</dossiers>\n</sbb>\n", encoding="utf-8")
    return target


def _line_of(path, fragment, start=1):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if number >= start and fragment in line)


def _facts(profile):
    """What a profiel is made of, without the lines (those move when files are joined)."""
    return (profile.kerntaken[["kerntaak_id", "titel"]].values.tolist(),
            profile.werkprocessen[["werkproces_id", "kerntaak_id", "titel", "beschrijving"]].values.tolist(),
            profile.competenties[["werkproces_id", "competentie"]].values.tolist(),
            profile.gedrag[["werkproces_id", "item"]].values.tolist(),
            profile.resultaten[["werkproces_id", "item"]].values.tolist(),
            profile.vakkennis[["kerntaak_id", "item"]].values.tolist(),
            {key: value for key, value in profile.meta.items()})


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    return join(SHARED, tmp_path_factory.mktemp("register") / "register.xml")


@pytest.fixture(scope="module")
def register(joined):
    return load_register(joined)


# --- a register joined from the four shared exports ---------------------------------------


@needs_shared
def test_the_joined_register_lists_every_dossier_and_profiel(register):
    assert register.dossiers["dossier_crebo"].tolist() == list(PROFIEL_CREBOS)  # file name order
    assert register.dossiers["nr"].tolist() == ["2635", "2637", "2755", "4156"]
    assert register.dossiers["profielen"].tolist() == [3, 2, 3, 6]
    assert register.profielen["crebo"].tolist() == [crebo for crebos in PROFIEL_CREBOS.values() for crebo in crebos]
    # referentiedomein="4135" in each file: <domein nr="4135" titel="Zorg en welzijn"> (line 18);
    # penvoerder <sectorkamer referentie="5674">: "Sectorkamer zorg, welzijn en sport" (line 26)
    assert set(register.dossiers["domein"]) == {"Zorg en welzijn"}
    assert set(register.dossiers["sectorkamer"]) == {"Sectorkamer zorg, welzijn en sport"}
    # 4156: versie="Gewijzigd 2016" on its <dossier>; the others have versie=""
    assert register.dossiers["versie"].tolist() == ["", "", "", "Gewijzigd 2016"]
    assert register.problemen.empty


@needs_shared
def test_the_joined_register_gives_what_each_file_gives(register):
    for path in SHARED:
        dossier = load_dossier(path)
        crebo = dossier.meta["dossier_crebo"]
        for profiel in PROFIEL_CREBOS[crebo]:
            alone, inside = load_profile(path, profiel=profiel), register.profile(profiel)
            facts_alone, facts_inside = _facts(alone), _facts(inside)
            assert facts_inside[:6] == facts_alone[:6]
            assert facts_inside[6] | {"bron": ""} == facts_alone[6] | {"bron": ""}
        mine = register.profielen[register.profielen["dossier_crebo"] == crebo]
        needs = register.behoeften[register.behoeften["profiel"].isin(mine["profiel"])].reset_index(drop=True)
        pd.testing.assert_frame_equal(needs, dossier.behoeften)
        from_register = register.dossier(crebo)
        pd.testing.assert_frame_equal(from_register.profielen.drop(columns="regel"),
                                      dossier.profielen.drop(columns="regel"))


@needs_shared
def test_agogisch_medewerker_ggz_counted_by_hand(register):
    # 4156 Maatschappelijke_Zorg.xml, profiel hoofdstuk 4: basisdeel 7 + 2 werkprocessen, profieldeel
    # P4-K1-W1..W6; 35 own basisdeel competencies + 1 aanvullend + 26 in the profieldeel (see test_kd).
    row = register.profielen.set_index("crebo").loc["25474"]
    assert (row["titel"], row["niveau"], row["werkprocessen"], row["dossier"]) == (
        "Agogisch medewerker GGZ", 4, 15, "Maatschappelijke Zorg")
    assert len(register.profile("Agogisch medewerker GGZ").competenties) == 35 + 1 + 26


@needs_shared
def test_a_register_in_another_order_gives_the_same_profielen(tmp_path, register):
    reversed_register = load_register(join(list(reversed(SHARED)), tmp_path / "omgekeerd.xml"))
    assert reversed_register.dossiers["nr"].tolist() == ["4156", "2755", "2637", "2635"]
    for crebo in ("25486", "25474", "25500"):
        assert _facts(reversed_register.profile(crebo))[:6] == _facts(register.profile(crebo))[:6]


# --- look-ups -------------------------------------------------------------------------------


@needs_shared
def test_a_dossier_by_nr_crebo_or_title(register):
    assert register.dossier("2637").titel == "Sociaal werk"
    assert register.dossier("23185").titel == "Sociaal werk"
    assert register.dossier("sociaal WERK").titel == "Sociaal werk"
    assert load_dossier(register, dossier="23189").profielen["crebo"].tolist() == PROFIEL_CREBOS["23189"]


@needs_shared
def test_without_a_choice_a_register_lists_its_dossiers(register, joined):
    with pytest.raises(ProfileError,
                       match="(?s)dit register heeft 4 dossiers: Pedagogisch Werk .*kies er een met --dossier"):
        register.dossier()
    with pytest.raises(ProfileError, match="geen dossier 'Bakkerij' in dit register"):
        register.dossier("Bakkerij")
    with pytest.raises(ProfileError, match="4 dossiers"):
        load_dossier(joined)
    with pytest.raises(ProfileError, match="dit register heeft 14 profielen"):
        load_profile(joined)


@needs_shared
def test_a_profiel_of_the_register_through_load_profile(joined):
    assert load_profile(joined, profiel="Thuisbegeleider").meta["crebo"] == "25479"
    helpende = load_profile(joined, profiel="25498", dossier="Dienstverlening")
    assert helpende.meta["profiel"] == "Helpende Zorg en Welzijn"
    register = load_register(joined)
    assert load_profile(register, profiel="25498").meta["profiel"] == "Helpende Zorg en Welzijn"
    with pytest.raises(ProfileError, match="de optie 'kolommen' past niet bij een register"):
        load_profile(register, profiel="25498", kolommen=2)


@needs_shared
def test_a_title_that_fits_several_profielen_lists_them(tmp_path):
    # The same dossier twice, the second one renumbered: every title now fits two profielen.
    def twice(bodies):
        copy = bodies[0].replace('<dossier nr="2635"', '<dossier nr="9635"').replace(">23183<", ">93183<")
        for crebo in PROFIEL_CREBOS["23183"]:
            copy = copy.replace(f">{crebo}<", f">9{crebo}<")
        return [bodies[0], copy]

    path = join([BUNDLED], tmp_path / "dubbel.xml", change=twice)
    register = load_register(path)
    assert register.profielen["profiel"].tolist()[:2] == ["Pedagogisch medewerker kinderopvang (25486)",
                                                         "Gespecialiseerd pedagogisch medewerker (25484)"]
    with pytest.raises(ProfileError, match="'Onderwijsassistent' past bij 2 profielen: Onderwijsassistent "
                                           r"\(crebo 25485, dossier Pedagogisch Werk\); Onderwijsassistent "
                                           r"\(crebo 925485"):
        register.profile("Onderwijsassistent")
    assert register.profile("Onderwijsassistent", dossier="9635").meta["crebo"] == "925485"
    assert register.profile("925485").meta["crebo"] == "925485"
    with pytest.raises(ProfileError, match="'Pedagogisch Werk' past bij 2 dossiers"):
        register.dossier("Pedagogisch Werk")


# --- a file of one dossier is a register of one -----------------------------------------------


def test_a_file_of_one_dossier_is_a_register_of_one():
    register = load_register(BUNDLED)
    assert register.dossiers["titel"].tolist() == ["Pedagogisch Werk"]
    assert register.profielen["crebo"].tolist() == ["25486", "25484", "25485"]
    assert register.dossier().titel == "Pedagogisch Werk"
    pd.testing.assert_frame_equal(register.dossier().profielen, load_dossier(BUNDLED).profielen)
    pd.testing.assert_frame_equal(register.profile("25485").competenties,
                                  load_profile(BUNDLED, profiel="25485").competenties)
    assert "load_register" in bcp.__all__ and "Register" in bcp.__all__


def test_corpus_of_a_register(tmp_path):
    path = join([BUNDLED, BUNDLED], tmp_path / "twee.xml", change=lambda bodies: [
        bodies[0], bodies[1].replace(">23183<", ">93183<").replace('nr="2635"', 'nr="9635"')])
    corpus = load_corpus(path)
    assert len(corpus.profielen) == 6
    assert corpus.profielen["profiel"].tolist()[0] == "Pedagogisch medewerker kinderopvang (25486, dossier 2635)"
    assert len(corpus.behoeften) == 2 * len(load_dossier(BUNDLED).behoeften)


# --- bad input ---------------------------------------------------------------------------------


def test_a_broken_dossier_is_reported_and_the_others_load(tmp_path):
    def break_second(bodies):
        # the second copy refers to a competency nr that is not in <competenties>
        second = bodies[1].replace(">23183<", ">93183<").replace('<dossier nr="2635"', '<dossier nr="9635"', 1)
        second = second.replace('<competentie referentie="3085"', '<competentie referentie="9999"', 1)
        for crebo in PROFIEL_CREBOS["23183"]:
            second = second.replace(f">{crebo}<", f">9{crebo}<")
        return [bodies[0], second, bodies[2].replace(">23183<", ">83183<").replace(
            '<dossier nr="2635"', '<dossier nr="8635"', 1).replace(">25486<", ">825486<").replace(
            ">25484<", ">825484<").replace(">25485<", ">825485<")]

    path = join([BUNDLED] * 3, tmp_path / "kapot.xml", change=break_second)
    register = load_register(path)
    assert register.dossiers["nr"].tolist() == ["2635", "8635"]
    assert len(register.profielen) == 6
    second_start = _line_of(path, '<dossier nr="9635"')
    bad_line = _line_of(path, 'referentie="9999"')
    problem = register.problemen.iloc[0]
    assert (problem["bestand"], problem["regel"], problem["dossier_nr"]) == (str(path), second_start, "9635")
    # the first <competentie referentie="3085"> is in werkproces B1-K1-W7 (line 418 of the export)
    assert f"werkproces B1-K1-W7 (regel {bad_line}): verwijzing naar competentie 9999" in problem["probleem"]
    assert problem["soort"] == "dossier niet gelezen"
    assert len(register.problemen) == 1
    # the dossiers before and after the broken one give what the file alone gives
    for crebo in PROFIEL_CREBOS["23183"]:
        alone = _facts(load_profile(BUNDLED, profiel=crebo))
        assert _facts(register.profile(crebo))[:6] == alone[:6]
        assert _facts(register.profile("8" + crebo))[:6] == alone[:6]


def test_domein_and_sectorkamer_come_from_the_registers_own_lists(tmp_path):
    # <domein nr="4130" titel="Economie en administratie"> (line 13 of every shared export);
    # a nr the list lacks is named as such
    path = join([BUNDLED, BUNDLED], tmp_path / "domeinen.xml", change=lambda bodies: [
        bodies[0].replace('referentiedomein="4135"', 'referentiedomein="4130"'),
        bodies[1].replace('referentiedomein="4135"', 'referentiedomein="1234"').replace(
            '<dossier nr="2635"', '<dossier nr="9635"').replace(">23183<", ">93183<")])
    register = load_register(path)
    assert register.dossiers["domein"].tolist() == ["Economie en administratie",
                                                    "nr 1234 (niet in de lijst van het bestand)"]
    assert register.profielen["domein"].tolist()[:3] == ["Economie en administratie"] * 3


def test_crebos_that_appear_twice_are_reported(tmp_path):
    path = join([BUNDLED, BUNDLED], tmp_path / "dubbel.xml",
                change=lambda bodies: [bodies[0], bodies[1].replace('<dossier nr="2635"', '<dossier nr="9635"', 1)])
    register = load_register(path)
    # the dossier crebo 23183 and its three profiel crebos all appear twice
    problems = register.problemen
    assert len(problems) == 4
    assert problems["probleem"].str.contains("<dossiercrebo> 23183 komt meer dan eens voor").sum() == 1
    for crebo in PROFIEL_CREBOS["23183"]:
        assert problems["probleem"].str.contains(f"<crebo> {crebo} komt meer dan eens voor").sum() == 1
    second = _line_of(path, '<dossier nr="9635"')
    assert (problems["regel"] >= second).all()
    with pytest.raises(ProfileError, match="'25485' past bij 2 profielen"):
        register.profile("25485")


def test_a_file_that_is_no_sbb_register_gets_one_message(tmp_path):
    path = tmp_path / "iets.xml"
    path.write_text('<?xml version="1.0"?>\n<catalogus><boek/></catalogus>\n', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_register(path)
    assert len(caught.value.problems) == 1
    assert "regel 2: geen kwalificatiedossier van SBB (het bestand begint met <catalogus>" in str(caught.value)
    path.write_text('<?xml version="1.0"?>\n<sbb><domeinen/></sbb>\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="geen kwalificatiedossier van SBB"):
        load_register(path)


def test_a_register_with_no_dossier_that_reads(tmp_path):
    text = BUNDLED.read_text(encoding="utf-8-sig").replace('referentie="3085"', 'referentie="9999"')
    path = join([BUNDLED, BUNDLED], tmp_path / "alles-kapot.xml",
                change=lambda bodies: [body.replace('referentie="3085"', 'referentie="9999"') for body in bodies])
    with pytest.raises(ProfileError, match="2 problemen"):
        load_register(path)
    one = tmp_path / "een.xml"
    one.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match="verwijzing naar competentie 9999"):  # as load_dossier says it
        load_register(one)


def test_entities_stay_refused(tmp_path):
    path = tmp_path / "bom.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE sbb [\n<!ENTITY a "aaaa">\n]>\n<sbb>&a;</sbb>\n',
                    encoding="utf-8")
    with pytest.raises(ProfileError, match="regel 3: de XML bevat entiteiten"):
        load_register(path)


def test_xml_that_breaks_off_keeps_the_dossiers_before_it(tmp_path):
    def break_third(bodies):
        second = bodies[1].replace('<dossier nr="2635"', '<dossier nr="9635"', 1).replace(">23183<", ">93183<")
        third = bodies[2].replace('<dossier nr="2635"', '<dossier nr="8635"', 1).replace(">23183<", ">83183<")
        return [bodies[0], second, third.replace("</werkprocesresultaat>", "</werkprocesresultat>", 1)]

    path = join([BUNDLED] * 3, tmp_path / "afgebroken.xml", change=break_third)
    register = load_register(path)
    assert register.dossiers["nr"].tolist() == ["2635", "9635"]
    unread = register.problemen[register.problemen["soort"] == "dossier niet gelezen"]
    assert len(unread) == 1  # the other problems: the profiel crebos of the copy, twice
    problem = unread.iloc[0]
    assert (problem["regel"], problem["dossier_nr"], problem["soort"]) == (
        _line_of(path, '<dossier nr="8635"'), "8635", "dossier niet gelezen")
    assert problem["probleem"].startswith(f"regel {_line_of(path, '</werkprocesresultat>')}, kolom ")
    assert "geen geldige XML" in problem["probleem"] and "de dossiers erna zijn niet gelezen" in problem["probleem"]
    # XML broken inside the first dossier: one message, as for a file of one dossier
    first_broken = join([BUNDLED, BUNDLED], tmp_path / "meteen.xml",
                        change=lambda bodies: [bodies[0].replace("</werkprocesresultaat>", "</x>", 1), bodies[1]])
    with pytest.raises(ProfileError, match="geen geldige XML"):
        load_register(first_broken)
    # broken after the last dossier: the file is refused, not read in part
    after = tmp_path / "erna.xml"
    after.write_text(BUNDLED.read_text(encoding="utf-8-sig").replace("</dossiers>", "</dossier>"), encoding="utf-8")
    with pytest.raises(ProfileError, match="geen geldige XML"):
        load_register(after)
    with pytest.raises(ProfileError, match="geen geldige XML"):
        load_dossier(after)


def test_the_verkenner_lists_every_profiel_of_a_register():
    from bcp_analysis.app.verkenner import open_document
    from bcp_analysis.paths import BUNDLED_REGISTER

    # data/README.md: Pedagogisch Werk (3 profielen), Sociaal werk (2), Dienstverlening (3)
    document = open_document(BUNDLED_REGISTER, "25498")
    assert len(document.profielen) == 8 and document.profielen[3] == "Sociaal-maatschappelijk dienstverlener"
    assert document.profiel == "Helpende Zorg en Welzijn" and document.profile.meta["crebo"] == "25498"

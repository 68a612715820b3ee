"""The verkenner in a real browser: ``bcp-analysis verken`` under Voilà, driven by Chromium through Selenium.

Expected values are counted by hand from the sources: ``data/raw/junior-accountmanager-2010.txt``
for the bundled profile, ``data/kd/pedagogisch-werk-23183.xml`` for the KD profiel,
``data/profiles/junior-accountmanager-2026-voorbeeld.yaml`` and ``data/curriculum/voorbeeld.csv``
for the example. The screenshots go to the folder printed by the test (``BCP_TEST_ARTEFACTEN``,
else the system's temporary folder), never into git; ``docs/handleiding.md`` shows copies of them.
"""

import re

import pytest
import verkenner_browser as browser

from bcp_analysis.paths import PROJECT_DIR

pytestmark = pytest.mark.skipif(not browser.available(), reason="Chromium, chromedriver of selenium ontbreekt "
                                "(.ci/run installeert ze)")

# What a committee member must never read: a float with more than two decimals ("0.454545", "0,4545"; a
# Dutch thousands dot as in "133.400" is fine), True/False, nan.
_RAW = re.compile(r"\b0\.\d{3,}|\b\d+\.\d{4,}|\d,\d{3,}|\bTrue\b|\bFalse\b|\bnan\b|\bNaN\b|<NA>")
# Developer words Voilà or the notebook would show.
_DEVELOPER = re.compile(r"Executing|Running|make verken|bcp-analysis verken|Traceback")


@pytest.fixture(scope="module")
def driver():
    driver = browser.chromium()
    yield driver
    driver.quit()


def _serve(*arguments, cwd=None):
    process, address = browser.start_verken(*arguments, cwd=cwd)
    return process, address


def _reads_as_dutch(driver):
    text = browser.page_text(driver)
    assert not _RAW.findall(text), _RAW.findall(text)[:5]
    assert not _DEVELOPER.findall(text), _DEVELOPER.findall(text)[:5]


def test_bundled_profile_werkproces_and_competentie(driver):
    process, address = _serve()
    folder = browser.artefact_folder()
    try:
        # while the page loads it says so in Dutch, not Voilà's "Executing 3 of 3"
        import urllib.request

        with urllib.request.urlopen(address, timeout=120) as response:
            served = response.read().decode("utf-8")
        assert "De verkenner wordt geladen" in served and 'document.title = "Verkenner"' in served
        browser.open_page(driver, address)
        browser.choose(driver, "Werkproces", "3.2 Benadert de account", ".bcp-competenties")
        # raw lines 1250-1264: "3.2 Benadert de account", then its seven competencies on lines
        # 1254, 1255, 1256, 1257, 1259 (+1260), 1262 and 1263 (+1264), as the text spells them
        rows = browser.table_rows(driver, "bcp-competenties")
        assert [row[0] for row in rows] == [
            "Beslissen en activiteiten initiëren", "Ethisch en integer handelen", "Overtuigen en beïnvloeden",
            "Presenteren", "Op de behoeften en verwachtingen van de klant richten", "Met druk en tegenslag omgaan",
            "Ondernemend en commercieel handelen"]
        assert [row[1] for row in rows] == ["1254", "1255", "1256", "1257", "1259", "1262", "1263"]
        # the text as written, whole where a name runs on to the next line (1263-1264)
        assert [row[2] for row in rows][:2] == ["Beslissen en activiteiten initiéren", "Ethisch en integer handelen"]
        assert rows[-1][2] == "Ondernemend en commercieel handelen"
        assert "Regel in junior-accountmanager-2010.txt" in browser.text_of(driver, "table.bcp-competenties")
        heading = browser.text_of(driver, ".bcp-werkproces")
        assert "Werkproces 3.2 (Benadert de account) vraagt 7 competenties" in heading
        driver.save_screenshot(str(folder / "verkenner-werkproces-3.2.png"))

        browser.choose(driver, "Competentie", "9. Presenteren", ".bcp-competentie-blok")
        # "Presenteren" stands on raw lines 1257 (3.2), 1345 (3.3) and 1402 (3.4), nowhere else
        needing = browser.table_rows(driver, "bcp-competentie")
        assert [row[0] for row in needing] == ["3.2", "3.3", "3.4"]
        assert [row[3] for row in needing] == ["1257", "1345", "1402"]
        assert "nodig in 3 van de 15 werkprocessen" in browser.text_of(driver, ".bcp-competentie-blok")
        assert "cluster Interacteren en presenteren" in browser.text_of(driver, ".bcp-competentie-blok")
        # the matrix: names as headings, the column of competency 9 and the row of 3.2 shaded
        shaded = ("return Array.from(document.querySelectorAll('table.bcp-matrix th.bcp-gekozen'))"
                  ".map(e => e.textContent)")
        # the matrix is its own output, drawn after the competency's block: wait until it shows the choice
        browser.wait_for(driver, lambda: driver.execute_script(shaded) == ["9. Presenteren"], timeout=30)
        assert driver.execute_script(shaded) == ["9. Presenteren"]
        crosses = driver.execute_script(
            "return Array.from(document.querySelectorAll('table.bcp-matrix tr.bcp-rij')).filter("
            "r => r.children[9].textContent.trim() !== '').map(r => r.dataset.werkproces)")
        assert crosses == ["3.2", "3.3", "3.4"]
        # Aansturen (2), Leren (16), Omgaan met verandering en aanpassen (21): in no werkproces, grey
        grey = driver.execute_script(
            "return Array.from(document.querySelectorAll('table.bcp-matrix th.bcp-nergens')).map(e => e.textContent)")
        assert grey == ["2. Aansturen", "16. Leren", "21. Omgaan met verandering en aanpassen"]
        # the answer to the selection stands in the first screen (1600 x 1400)
        top = driver.execute_script("return document.querySelector('.bcp-competentie-blok').getBoundingClientRect()"
                                    ".top + window.scrollY")
        assert top < 900
        _reads_as_dutch(driver)
        driver.save_screenshot(str(folder / "verkenner-competentie-presenteren.png"))

        # kerntaak 2 (2.1-2.4) has no Presenteren: the sentences say "van kerntaak 2"
        browser.choose(driver, "Kerntaak", "2 Beheert accounts", ".bcp-competentie-blok")
        text = browser.text_of(driver, ".bcp-competentie-blok")
        assert "is in geen werkproces van kerntaak 2 nodig; wel in 3.2, 3.3 en 3.4" in text
        browser.wait_for(driver, lambda: "in kerntaak 2 nergens gevraagd" in browser.text_of(
            driver, ".bcp-matrix-blok"), timeout=20)
        assert "Werkproces 3.2 hoort niet bij kerntaak 2" in browser.text_of(driver, ".bcp-keuze")
        driver.save_screenshot(str(folder / "verkenner-kerntaak-2.png"))
        browser.choose(driver, "Kerntaak", "Alle kerntaken", ".bcp-competentie-blok")
        browser.wait_for(driver, lambda: browser.dropdown(driver, "Werkproces").first_selected_option.text
                         == "3.2 Benadert de account", timeout=20)
        print(f"schermafdrukken in {folder}")
        assert (folder / "verkenner-werkproces-3.2.png").stat().st_size > 10_000
    finally:
        code, stderr = browser.stop_verken(process)
    # Ctrl-C stops the server too, and ends like every command of the CLI: 130, "afgebroken"
    assert code == 130 and stderr.strip() == "afgebroken"
    assert not browser.listening(address)


def test_kd_profiel_werkproces_and_competentie(driver):
    process, address = _serve("data/kd/pedagogisch-werk-23183.xml", "--profiel", "Onderwijsassistent")
    folder = browser.artefact_folder()
    try:
        browser.open_page(driver, address)
        assert browser.dropdown(driver, "Profiel").first_selected_option.text == "Onderwijsassistent"
        # the Document dropdown is wide enough for its longest name, "Pedagogisch Werk (meegeleverd
        # kwalificatiedossier)", measured in the dropdown's own font, with room for its arrow
        needed, shown = driver.execute_script(
            "const select = document.querySelectorAll('.widget-dropdown select')[0];"
            "const context = document.createElement('canvas').getContext('2d');"
            "context.font = getComputedStyle(select).font;"
            "const widest = Math.max(...[...select.options].map(o => context.measureText(o.textContent).width));"
            "return [widest + 24, select.clientWidth];")
        assert needed <= shown
        # Onderwijsassistent: basisdeel B1-K1 (8) and B1-K2 (2), profieldeel P3-K1 (3) and P3-K2 (4)
        assert len(browser.dropdown(driver, "Werkproces").options) == 17
        werkproces = "B1-K1-W2 Bereidt de uitvoering van activiteiten voor"
        browser.choose(driver, "Werkproces", werkproces, ".bcp-competenties")
        browser.choose(driver, "Werkproces", "B1-K1-W1 Inventariseert behoeften en wensen van het kind",
                       ".bcp-competenties")
        # lines 300-304: referenties 3089, 3097, 3101, 3103, 3087 (the competenties on lines 35-59)
        rows = browser.table_rows(driver, "bcp-competenties")
        assert [(row[0], row[1]) for row in rows] == [
            ("Ethisch en integer handelen", "300"), ("Onderzoeken", "301"),
            ("Op de behoeften en verwachtingen van de klant richten", "302"),
            ("Instructies en procedures opvolgen", "303"), ("Aandacht en begrip tonen", "304")]
        # the XML's lines are counted, and it has no pages or quotable text: those columns are left out
        header = browser.text_of(driver, "table.bcp-competenties")
        assert "Regel in pedagogisch-werk-23183.xml" in header and "Pagina" not in header
        # lines 290-296: "De pedagogisch werker:" and six bullets of gedrag
        browser.open_tab(driver, "Gedrag en vakkennis")
        assert "beschrijft 6 gedragingen" in browser.text_of(driver, ".bcp-items-blok")
        driver.save_screenshot(str(folder / "verkenner-kd-gedrag.png"))
        browser.open_tab(driver, "Proces-competentie-matrix")
        driver.save_screenshot(str(folder / "verkenner-kd-werkproces-B1-K1-W1.png"))

        browser.choose(driver, "Competentie", "5. Samenwerken en overleggen", ".bcp-competentie-blok")
        # referentie 3088 in the basisdeel on lines 352 (B1-K1-W4) and 449 (B1-K1-W8), and in the
        # profieldeel of Onderwijsassistent (hoofdstuk 3) on line 1261 (P3-K2-W4)
        needing = browser.table_rows(driver, "bcp-competentie")
        assert [(row[0], row[3]) for row in needing] == [("B1-K1-W4", "352"), ("B1-K1-W8", "449"),
                                                           ("P3-K2-W4", "1261")]
        assert "nodig in 3 van de 17 werkprocessen" in browser.text_of(driver, ".bcp-competentie-blok")
        _reads_as_dutch(driver)
        driver.save_screenshot(str(folder / "verkenner-kd-competentie-samenwerken.png"))
        print(f"schermafdrukken in {folder}")
        assert (folder / "verkenner-kd-werkproces-B1-K1-W1.png").stat().st_size > 10_000
    finally:
        code, _ = browser.stop_verken(process)
    assert code == 130


def test_paths_typed_in_the_page_count_from_where_verken_started(driver, tmp_path):
    # started in the checkout, as the README says; the page runs its notebook in notebooks/
    process, address = _serve(cwd=PROJECT_DIR)
    folder = browser.artefact_folder()
    try:
        browser.open_page(driver, address)
        assert f"telt vanaf de map {PROJECT_DIR}" in browser.text_of(driver, ".bcp-uitleg")
        browser.dropdown(driver, "Document").select_by_visible_text("Ander bestand (geef het pad)")
        browser.wait_for(driver, lambda: driver.find_elements(
            "xpath", "//div[contains(@class, 'widget-text')][label[normalize-space()='Bestand']]//input")[0]
            .is_displayed(), timeout=20)
        browser.type_into(driver, "Bestand", "data/profiles/bestaat-niet.yaml")
        browser.click_button(driver, "Openen")
        browser.wait_for(driver, lambda: "bestaat niet in de map" in browser.text_of(driver, ".bcp-meldingen"))
        assert str(PROJECT_DIR) in browser.text_of(driver, ".bcp-meldingen")

        browser.type_into(driver, "Bestand", "data/profiles/junior-accountmanager-2026-voorbeeld.yaml")
        browser.type_into(driver, "Vorige versie", "data/profiles/junior-accountmanager-2010.yaml")
        browser.type_into(driver, "Curriculum", "data/curriculum/voorbeeld.csv")
        browser.click_button(driver, "Openen")
        # the example's version has a werkproces 3.8 that the 2010 profile lacks
        browser.wait_for(driver, lambda: any(option.text.startswith("3.8 ") for option in
                                             browser.dropdown(driver, "Werkproces").options))
        browser.wait_for(driver, lambda: browser.text_of(driver, ".bcp-curriculum-blok") != "")
        # the example names no lines: no Regel, Pagina or Brontekst column
        assert "Regel" not in browser.text_of(driver, "table.bcp-competenties")
        driver.save_screenshot(str(folder / "verkenner-ander-bestand.png"))
        browser.choose(driver, "Werkproces", "3.1 Bereidt het verkoopproces voor", ".bcp-wijzigingen-blok")
        browser.choose(driver, "Competentie", "9. Presenteren", ".bcp-competentie-blok")
        browser.open_tab(driver, "Wijzigingen")
        # the example's header, change 7: Presenteren moved from 3.3 to 3.1 (one row removed, one added)
        browser.wait_for(driver, lambda: "raken 2 wijzigingen werkproces 3.1 of Presenteren: 1 toegevoegd, "
                         "1 verwijderd" in browser.text_of(driver, ".bcp-wijzigingen-blok"), timeout=20)
        driver.save_screenshot(str(folder / "verkenner-wijzigingen.png"))
        browser.open_tab(driver, "Curriculum")
        # data/curriculum/voorbeeld.csv: modules for 3.1, 3.2 and 3.4 (the werkprocessen of Presenteren)
        rows = browser.table_rows(driver, "bcp-curriculum")
        assert [(row[0], row[-1]) for row in rows] == [("3.1", "ja"), ("3.2", "ja"), ("3.4", "ja")]
        _reads_as_dutch(driver)
        driver.save_screenshot(str(folder / "verkenner-curriculum.png"))
        # Te herzien: the two changes held against the programme of the previous version. In
        # voorbeeld.csv 3.1 (Presenteren added) is taught in Verkoopvoorbereiding en acquisitie
        # (toetsen) only; 3.3 (Presenteren removed) in Verkoopvoorbereiding en acquisitie
        # (introductie), Gesprekstechniek (oefenen), Offertes en onderhandelen (oefenen) and
        # Beroepspraktijkvorming (toetsen): four onderdelen in all
        browser.open_tab(driver, "Te herzien")
        text = browser.text_of(driver, ".bcp-herzien-blok")
        assert "2 wijzigingen raken 4 onderdelen" in text
        rows = browser.table_rows(driver, "bcp-herzien")
        assert [row[0] for row in rows] == ["3.1", "3.3"]
        assert ["Verkoopvoorbereiding en acquisitie (toetsen)"] in [row[-1:] for row in rows]
        assert [row[-2] for row in rows] == ["1", "4"]
        header = browser.text_of(driver, "table.bcp-herzien")
        assert "_" not in header, header  # Dutch headers, not column names
        _reads_as_dutch(driver)
        driver.save_screenshot(str(folder / "verkenner-te-herzien.png"))
    finally:
        code, _ = browser.stop_verken(process)
    assert code == 130


def test_saving_shows_that_it_works_and_then_short_names(driver, tmp_path):
    process, address = _serve(cwd=tmp_path)
    folder = browser.artefact_folder()
    try:
        browser.open_page(driver, address)
        seconds, states = browser.save(driver)
        # the button says it is busy while saving, then the page names the files briefly
        assert "Bezig met bewaren…" in states
        saved = browser.text_of(driver, ".bcp-opgeslagen")
        assert saved.startswith("Bewaard in uitvoer/junior-accountmanager-2010/verkenner: verkenner-1-1-")
        assert str(tmp_path) not in saved
        assert len(list((tmp_path / "uitvoer" / "junior-accountmanager-2010" / "verkenner").iterdir())) == 3
        driver.save_screenshot(str(folder / "verkenner-bewaard.png"))
        print(f"bewaren: {seconds:.1f} s")
    finally:
        code, _ = browser.stop_verken(process)
    assert code == 130

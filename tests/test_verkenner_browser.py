"""The verkenner in a real browser: ``bcp-analysis verken`` under Voilà, driven by Chromium through Selenium.

Expected values are counted by hand from the sources: ``data/raw/junior-accountmanager-2010.txt``
for the bundled profile, ``data/kd/pedagogisch-werk-23183.xml`` for the KD profiel. The
screenshots go to the folder printed by the test (``BCP_TEST_ARTEFACTEN``, else the system's
temporary folder), never into git.
"""

import pytest
import verkenner_browser as browser

pytestmark = pytest.mark.skipif(not browser.available(), reason="Chromium, chromedriver of selenium ontbreekt "
                                "(.ci/run installeert ze)")


@pytest.fixture(scope="module")
def driver():
    driver = browser.chromium()
    yield driver
    driver.quit()


def _serve(*arguments):
    process, address = browser.start_verken(*arguments)
    return process, address


def test_bundled_profile_werkproces_and_competentie(driver):
    process, address = _serve()
    try:
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
        assert [row[3] for row in rows][:2] == ["Beslissen en activiteiten initiéren", "Ethisch en integer handelen"]
        heading = browser.text_of(driver, ".bcp-werkproces")
        assert "Werkproces 3.2 (Benadert de account) vraagt 7 competenties" in heading
        folder = browser.artefact_folder()
        driver.save_screenshot(str(folder / "verkenner-werkproces-3.2.png"))

        browser.choose(driver, "Competentie", "9. Presenteren", ".bcp-competentie-blok")
        # "Presenteren" stands on raw lines 1257 (3.2), 1345 (3.3) and 1402 (3.4), nowhere else
        needing = browser.table_rows(driver, "bcp-competentie")
        assert [row[0] for row in needing] == ["3.2", "3.3", "3.4"]
        assert [row[3] for row in needing] == ["1257", "1345", "1402"]
        assert "nodig in 3 van de 15 werkprocessen" in browser.text_of(driver, ".bcp-competentie-blok")
        assert "cluster Interacteren en presenteren" in browser.text_of(driver, ".bcp-competentie-blok")
        # the matrix shades the column of competency 9 and the row of 3.2
        shaded = driver.execute_script(
            "return Array.from(document.querySelectorAll('table.bcp-matrix th.bcp-gekozen')).map(e => e.textContent)")
        assert shaded == ["9"]
        crosses = driver.execute_script(
            "return Array.from(document.querySelectorAll('table.bcp-matrix tr.bcp-rij')).filter("
            "r => r.children[9].textContent.trim() !== '').map(r => r.dataset.werkproces)")
        assert crosses == ["3.2", "3.3", "3.4"]
        driver.save_screenshot(str(folder / "verkenner-competentie-presenteren.png"))
        print(f"schermafdrukken in {folder}")
        assert (folder / "verkenner-werkproces-3.2.png").stat().st_size > 10_000
    finally:
        code, stderr = browser.stop_verken(process)
    # Ctrl-C stops the server too, and ends like every command of the CLI: 130, "afgebroken"
    assert code == 130 and stderr.strip() == "afgebroken"
    assert not browser.listening(address)


def test_kd_profiel_werkproces_and_competentie(driver):
    process, address = _serve("data/kd/pedagogisch-werk-23183.xml", "--profiel", "Onderwijsassistent")
    try:
        browser.open_page(driver, address)
        assert browser.dropdown(driver, "Profiel").first_selected_option.text == "Onderwijsassistent"
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
        # lines 290-296: "De pedagogisch werker:" and six bullets of gedrag
        assert "beschrijft 6 gedragingen" in browser.text_of(driver, ".bcp-items-blok")
        folder = browser.artefact_folder()
        driver.save_screenshot(str(folder / "verkenner-kd-werkproces-B1-K1-W1.png"))

        browser.choose(driver, "Competentie", "5. Samenwerken en overleggen", ".bcp-competentie-blok")
        # referentie 3088 in the basisdeel on lines 352 (B1-K1-W4) and 449 (B1-K1-W8), and in the
        # profieldeel of Onderwijsassistent (hoofdstuk 3) on line 1261 (P3-K2-W4)
        needing = browser.table_rows(driver, "bcp-competentie")
        assert [(row[0], row[3]) for row in needing] == [("B1-K1-W4", "352"), ("B1-K1-W8", "449"),
                                                           ("P3-K2-W4", "1261")]
        assert "nodig in 3 van de 17 werkprocessen" in browser.text_of(driver, ".bcp-competentie-blok")
        driver.save_screenshot(str(folder / "verkenner-kd-competentie-samenwerken.png"))
        print(f"schermafdrukken in {folder}")
        assert (folder / "verkenner-kd-werkproces-B1-K1-W1.png").stat().st_size > 10_000
    finally:
        code, _ = browser.stop_verken(process)
    assert code == 130

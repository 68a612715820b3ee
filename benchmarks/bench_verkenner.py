"""How long the verkenner takes, in the browser, from a selection to the updated page (target: at most 300 ms).

Starts ``bcp-analysis verken`` on the bundled profile and on a KD profiel (Onderwijsassistent of
the bundled kwalificatiedossier), opens it in headless Chromium and times each change of the
Werkproces and Competentie dropdowns until the page shows the new view. Needs Chromium and
chromedriver (Debian's packages) and selenium.
"""

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import verkenner_browser as browser  # noqa: E402

_ROUNDS = 3


def _measure(arguments, werkprocessen, competenties):
    process, address = browser.start_verken(*arguments)
    driver = browser.chromium()
    try:
        browser.open_page(driver, address)
        werkproces_times, competentie_times = [], []
        for _ in range(_ROUNDS):
            for label in werkprocessen:
                werkproces_times.append(browser.choose(driver, "Werkproces", label, ".bcp-competenties"))
            for label in competenties:
                competentie_times.append(browser.choose(driver, "Competentie", label, ".bcp-competentie-blok"))
        return werkproces_times, competentie_times
    finally:
        driver.quit()
        browser.stop_verken(process)


def _line(name, times):
    milliseconds = sorted(time * 1000 for time in times)
    return (f"  {name:<12} mediaan {statistics.median(milliseconds):6.0f} ms, hoogste {milliseconds[-1]:6.0f} ms "
            f"({len(milliseconds)} keuzes)")


def main():
    if not browser.available():
        print("bench_verkenner: Chromium, chromedriver of selenium ontbreekt; overgeslagen")
        return 0
    cases = {
        "Junior accountmanager (meegeleverd)": ((), ["3.2 Benadert de account", "1.1 Verzamelt (markt)informatie"],
                                                ["9. Presenteren", "5. Samenwerken en overleggen"]),
        "KD Pedagogisch Werk, Onderwijsassistent": (
            ("data/kd/pedagogisch-werk-23183.xml", "--profiel", "Onderwijsassistent"),
            ["P3-K1-W2 Voert lesactiviteiten uit", "B1-K1-W1 Inventariseert behoeften en wensen van het kind"],
            ["5. Samenwerken en overleggen", "13. Analyseren"]),
    }
    print("Verkenner: van keuze tot bijgewerkte pagina, in Chromium (doel: hooguit 300 ms)")
    for name, (arguments, werkprocessen, competenties) in cases.items():
        werkproces_times, competentie_times = _measure(arguments, werkprocessen, competenties)
        print(name)
        print(_line("werkproces", werkproces_times))
        print(_line("competentie", competentie_times))
    return 0


if __name__ == "__main__":
    sys.exit(main())

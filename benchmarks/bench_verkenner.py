"""How long the verkenner takes, in the browser: a selection (target: at most 300 ms) and saving (at most 2 s).

Starts ``bcp-analysis verken`` on the bundled profile and on a KD profiel (Onderwijsassistent of
the bundled kwalificatiedossier), opens it in headless Chromium and times each change of the
Werkproces, Competentie and Kerntaak dropdowns until the page shows the new view, and each
click of "Bewaar grafiek en tabel" until the page names the saved files (checking that the
button said "Bezig met bewaren…" meanwhile). The saved files go to a temporary folder. Needs
Chromium and chromedriver (Debian's packages) and selenium. The machine's load (os.getloadavg)
is printed with the figures: on a busy machine every time is longer; the processor time of one
save, measured in this process, does not depend on the load and compares two versions of the code.
"""

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import verkenner_browser as browser  # noqa: E402

_ROUNDS = 3


def _measure(arguments, werkprocessen, competenties, kerntaken):
    with tempfile.TemporaryDirectory(prefix="bcp-bench-") as folder:
        process, address = browser.start_verken(*arguments, cwd=folder)
        driver = browser.chromium()
        try:
            browser.open_page(driver, address)
            times = {"werkproces": [], "competentie": [], "kerntaak": [], "bewaren": []}
            for _ in range(_ROUNDS):
                for label in werkprocessen:
                    times["werkproces"].append(browser.choose(driver, "Werkproces", label, ".bcp-competenties"))
                for label in competenties:
                    times["competentie"].append(browser.choose(driver, "Competentie", label, ".bcp-competentie-blok"))
                for label in kerntaken:
                    times["kerntaak"].append(browser.choose(driver, "Kerntaak", label, ".bcp-competentie-blok"))
                seconds, states = browser.save(driver)
                if "Bezig met bewaren…" not in states:
                    raise RuntimeError(f"the save button showed no working state: {states}")
                times["bewaren"].append(seconds)
            return times
        finally:
            driver.quit()
            browser.stop_verken(process)


def _save_cpu_seconds(rounds=5):
    """The processor time of one save in this process (the least of ``rounds``): what the load does not change.

    The times in the browser grow with the machine's load (other processes take the cores); the
    processor time of :func:`save_selection` itself does not, so it compares two versions of the code.
    """
    import time

    from bcp_analysis.app.verkenner import open_document, save_selection

    document = open_document()
    seconds = []
    with tempfile.TemporaryDirectory(prefix="bcp-bench-") as folder:
        save_selection(document, "3.2", "Presenteren", folder=folder)  # fonts and writers loaded
        for _ in range(rounds):
            start = time.process_time()
            save_selection(document, "3.2", "Presenteren", folder=folder)
            seconds.append(time.process_time() - start)
    return min(seconds)


def _line(name, times):
    milliseconds = sorted(time * 1000 for time in times)
    return (f"  {name:<12} mediaan {statistics.median(milliseconds):6.0f} ms, hoogste {milliseconds[-1]:6.0f} ms "
            f"({len(milliseconds)} keuzes)")


def main():
    if not browser.available():
        print("bench_verkenner: Chromium, chromedriver of selenium ontbreekt; overgeslagen")
        return 0
    project = Path(__file__).resolve().parent.parent
    cases = {
        "Junior accountmanager (meegeleverd)": (
            (), ["3.2 Benadert de account", "1.1 Verzamelt (markt)informatie"],
            ["9. Presenteren", "5. Samenwerken en overleggen"], ["2 Beheert accounts", "Alle kerntaken"]),
        "KD Pedagogisch Werk, Onderwijsassistent": (
            (str(project / "data/kd/pedagogisch-werk-23183.xml"), "--profiel", "Onderwijsassistent"),
            ["P3-K1-W2 Voert lesactiviteiten uit", "B1-K1-W1 Inventariseert behoeften en wensen van het kind"],
            ["5. Samenwerken en overleggen", "13. Analyseren"],
            ["B1-K1 Begeleiden van kinderen bij hun ontwikkeling", "Alle kerntaken"]),
    }
    print("Verkenner in Chromium: van keuze tot bijgewerkte pagina (doel: hooguit 300 ms) en bewaren "
          "(doel: hooguit 2 s, met 'Bezig met bewaren…' op de knop)")
    print(f"belasting van de machine (1, 5, 15 min): {', '.join(f'{load:.1f}' for load in os.getloadavg())} "
          f"op {os.cpu_count()} kernen")
    for name, (arguments, werkprocessen, competenties, kerntaken) in cases.items():
        times = _measure(arguments, werkprocessen, competenties, kerntaken)
        print(name)
        for kind, measured in times.items():
            print(_line(kind, measured))
    print(f"processortijd van bewaren (3.2 en Presenteren, meegeleverd profiel; onafhankelijk van de belasting): "
          f"{_save_cpu_seconds() * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time and peak memory of loading a national-size SBB register (one XML file of every dossier).

The register (200 dossiers, about 600 profielen) is made by resampling the real SBB exports
into one file: each dossier is a copy of one export, drawn with a fixed seed and weights
that give about 3 profielen per dossier, with its dossier nr, dossier crebo and profiel
crebos renumbered so every dossier and profiel is distinct, and its domein drawn from the
register's list. The load runs in a fresh Python process, so its time and peak memory
(``ru_maxrss``, which includes the interpreter and pandas) are its own; the CPU time of
the load is printed beside the wall clock, which grows when other work shares the machine.
Targets: at most 3 s and at most 300 MB. Run: ``.venv/bin/python benchmarks/bench_register.py
[folder with exports]`` (default: the four shared exports in /work/shared/kd, else the bundled one).
"""

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bcp_analysis.paths import BUNDLED_KD

_DOSSIERS = 200
_SEED = 17
_TIME_BUDGET = 3.0  # seconds
_MEMORY_BUDGET = 300  # MB

_MEASURE = """
import json, resource, sys, time
started = time.perf_counter()
from bcp_analysis.readers.kd_register import load_register
imported, cpu = time.perf_counter(), time.process_time()
register = load_register(sys.argv[1])
loaded = time.perf_counter()
print(json.dumps({"import": imported - started, "load": loaded - imported, "cpu": time.process_time() - cpu,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "dossiers": len(register.dossiers), "profielen": len(register.profielen),
                  "behoeften": len(register.behoeften), "problemen": len(register.problemen)}))
"""


def _exports(folder):
    paths = sorted(Path(folder).glob("*.xml")) if folder and Path(folder).is_dir() else []
    return paths or [BUNDLED_KD]


def _part(text, start, end):
    return text[text.index(start) + len(start):text.index(end)]


def resample(exports, target, count=_DOSSIERS, seed=_SEED):
    """Write one register of ``count`` renumbered dossiers drawn from ``exports``; return the number of profielen."""
    texts = [path.read_text(encoding="utf-8-sig") for path in exports]
    bodies = [_part(text, "<dossiers>", "</dossiers>") for text in texts]
    sizes = [len(re.findall(r"<profiel nr=", body)) for body in bodies]
    domeinen = re.findall(r'<domein nr="(\d+)"', texts[0])
    weights = [1 / size for size in sizes]  # a mean of about 3 profielen per dossier
    chooser = random.Random(seed)
    parts, total = [], 0
    for number in range(count):
        index = chooser.choices(range(len(bodies)), weights)[0]
        crebos = iter(range((900000 + number) * 100 + 1, (900000 + number) * 100 + 100))
        body = re.sub(r">(\d+)</dossiercrebo>", f">{900000 + number}</dossiercrebo>", bodies[index])
        body = re.sub(r">(\d+)</crebo>", lambda _, crebos=crebos: f">{next(crebos)}</crebo>", body)
        body = re.sub(r'<dossier nr="\d+"', f'<dossier nr="{700000 + number}"', body, count=1)
        body = re.sub(r'referentiedomein="\d+"', f'referentiedomein="{chooser.choice(domeinen)}"', body, count=1)
        parts.append(body)
        total += sizes[index]
    head = texts[0][:texts[0].index("<dossiers>") + len("<dossiers>")]
    Path(target).write_text(head + "".join(parts) + "</dossiers>\n</sbb>\n", encoding="utf-8")
    return total


def main(folder="/work/shared/kd"):
    exports = _exports(folder)
    with tempfile.TemporaryDirectory() as scratch:
        register = Path(scratch) / "register.xml"
        profielen = resample(exports, register)
        size = register.stat().st_size / 2 ** 20
        result = subprocess.run([sys.executable, "-c", _MEASURE, str(register)], check=True, capture_output=True,
                                text=True)
    figures = json.loads(result.stdout)
    print(f"exports resampled: {len(exports)}; register: {figures['dossiers']} dossiers, {figures['profielen']} "
          f"profielen (expected {profielen}), {figures['behoeften']} needs rows, {figures['problemen']} problems; "
          f"{size:.1f} MB of XML")
    print(f"import of the reader:  {figures['import']:6.2f} s")
    print(f"load_register:         {figures['load']:6.2f} s wall clock (target <= {_TIME_BUDGET:.0f} s: "
          f"{'gehaald' if figures['load'] <= _TIME_BUDGET else 'NIET gehaald'})")
    print(f"                       {figures['cpu']:6.2f} s of CPU (target <= {_TIME_BUDGET:.0f} s: "
          f"{'gehaald' if figures['cpu'] <= _TIME_BUDGET else 'NIET gehaald'}); load average of the machine "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall clock grows with it)")
    print(f"peak memory (maxrss):  {figures['maxrss_mb']:6.0f} MB (target <= {_MEMORY_BUDGET} MB: "
          f"{'gehaald' if figures['maxrss_mb'] <= _MEMORY_BUDGET else 'NIET gehaald'})")
    return figures


if __name__ == "__main__":
    main(*sys.argv[1:])

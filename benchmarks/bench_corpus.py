"""Time to load a national-size corpus of kwalificatiedossiers and to compare every two profielen.

The corpus (about 180 dossiers, 500 profielen, like the national set) is made by resampling
the real SBB exports: each synthetic dossier is a copy of one export, drawn with a fixed seed
and weights that give about 2.8 profielen per dossier, with its crebo numbers renumbered so
every dossier and profiel is distinct. Target: load + all similarities under 10 s together.
Run: ``.venv/bin/python benchmarks/bench_corpus.py [folder with exports]`` (default: the
bundled export and, when present, the four exports of issue 12 in /work/shared/kd).
"""

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from bcp_analysis.analyses.dossier import load_corpus, profile_similarity
from bcp_analysis.paths import BUNDLED_KD

_DOSSIERS = 180
_SEED = 12


def _exports(folder):
    paths = sorted(Path(folder).glob("*.xml")) if folder else []
    return paths or [BUNDLED_KD]


def _profielen(text):
    return len(re.findall(r"<profiel nr=", text))


def _resample(exports, target, count=_DOSSIERS, seed=_SEED):
    """Write ``count`` renumbered copies of the exports to ``target``; return the number of profielen."""
    texts = [path.read_text(encoding="utf-8-sig") for path in exports]
    sizes = [_profielen(text) for text in texts]
    # weight small dossiers more so the mean is about 500 / 180 = 2.8 profielen per dossier
    weights = [1 / size ** 1.5 for size in sizes]
    chooser = random.Random(seed)
    total = 0
    for number in range(count):
        index = chooser.choices(range(len(texts)), weights)[0]
        counter = iter(range(1, 100))
        text = re.sub(r">(\d+)</dossiercrebo>", f">{900000 + number}</dossiercrebo>", texts[index])
        crebo = lambda _, number=number, counter=counter: f">{(900000 + number) * 100 + next(counter)}</crebo>"  # noqa: E731
        text = re.sub(r">(\d+)</crebo>", crebo, text)
        (Path(target) / f"dossier-{number:03d}.xml").write_text(text, encoding="utf-8")
        total += sizes[index]
    return total


def main(folder="/work/shared/kd"):
    exports = _exports(folder if Path(folder).is_dir() else None)
    with tempfile.TemporaryDirectory() as target:
        profielen = _resample(exports, target)
        started = time.perf_counter()
        corpus = load_corpus(target)
        loaded = time.perf_counter()
        jaccard = profile_similarity(corpus)
        compared = time.perf_counter()
        cosine = profile_similarity(corpus, method="cosinus")
        cosine_done = time.perf_counter()
    print(f"exports resampled: {len(exports)}; corpus: {_DOSSIERS} dossiers, {len(corpus.profielen)} profielen "
          f"(expected {profielen}), {len(corpus.behoeften)} needs rows")
    print(f"load_corpus:                 {loaded - started:6.2f} s")
    print(f"similarities (Jaccard), {jaccard.shape[0]}x{jaccard.shape[1]}: {compared - loaded:6.3f} s")
    print(f"similarities (cosinus):      {cosine_done - compared:6.3f} s")
    total = compared - started
    print(f"load + Jaccard together:     {total:6.2f} s (target < 10 s: {'gehaald' if total < 10 else 'NIET gehaald'})")
    return cosine


if __name__ == "__main__":
    main(*sys.argv[1:])

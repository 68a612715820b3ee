"""Property-based tests for every registered reader: a damaged file gives a ProfileError with a place, never a crash.

Each reader in ``bcp_analysis.readers.READERS`` is fed random mutations of a sample file of
its format: lines dropped, swapped or cut, bytes flipped, keys renamed, values of another type.
A reader added to the registry is covered as soon as a file of its format exists under
``data/`` or ``tests/fixtures/``.
"""

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers import READERS, load_profile

ROOT = Path(__file__).resolve().parent.parent
# The sample of each format; a format not named here uses the first file of its suffix found.
SAMPLES = {
    ".yaml": ROOT / "data" / "profiles" / "junior-accountmanager-2010.yaml",
    ".txt": ROOT / "data" / "raw" / "junior-accountmanager-2010.txt",
    ".xml": ROOT / "data" / "kd" / "pedagogisch-werk-23183.xml",
}
# Options a sample of a format needs: a kwalificatiedossier holds several profielen.
OPTIONS = {".xml": {"profiel": "Onderwijsassistent"}}

# Keys a renamed key may become: near misses, other sections' keys, and nonsense.
KEYS = ["id", "titel", "tekst", "regel", "pagina", "competenties", "kennis", "gedrag", "vakkennis", "werkprocessen",
        "meta", "formaat", "waarde", "soort", "Titel", "titels", "onbekend", "1", "vastgesteld_op", "controleren"]
# Values of another type than the one expected.
VALUES = ["1", "3.10", "-0.5", "[]", "{}", "~", "ja", "true", "no", "2010-09-30", "30-09-2010", '""', "[a, b]",
          "{tekst: x, regel: 0}", "{tekst: x, regel: 4}", ".nan", "&a [*a]", "*onbekend", "|", "- x", "'1.1'"]
KEY_LINE = re.compile(rb"^(\s*(?:-\s+)?)([^\s:#'\"][^:#]*?):(\s|$)(.*)$")


def _sample(module, request):
    for suffix in READERS[module]:
        if suffix in SAMPLES:
            return SAMPLES[suffix]
        if suffix == ".pdf":  # a small profile drawn as a BCP's PDF (no PDF is kept in the repository)
            return request.getfixturevalue("small_pdf")
    for folder in (ROOT / "data", ROOT / "tests" / "fixtures"):
        found = sorted(path for path in folder.rglob("*") if path.suffix.lower() in READERS[module])
        if found:
            return found[0]
    return None


def _mutation(lines, draw):
    """Apply one drawn mutation to ``lines`` (a list of bytes, each ending in its newline)."""
    kind = draw(st.sampled_from(["drop", "swap", "truncate", "flip", "rename", "retype"]))
    if not lines:
        return lines
    index = draw(st.integers(0, len(lines) - 1))
    line = lines[index]
    if kind == "drop":
        count = draw(st.integers(1, 5))
        return lines[:index] + lines[index + count:]
    if kind == "swap":
        other = draw(st.integers(0, len(lines) - 1))
        lines = list(lines)
        lines[index], lines[other] = lines[other], lines[index]
        return lines
    if kind == "truncate":
        text = b"".join(lines)
        cut = draw(st.integers(0, len(text)))
        return text[:cut].splitlines(keepends=True)
    if kind == "flip":
        position = draw(st.integers(0, max(len(line) - 1, 0)))
        if not line:
            return lines
        flipped = line[position] ^ draw(st.integers(1, 255))
        return lines[:index] + [line[:position] + bytes([flipped]) + line[position + 1:]] + lines[index + 1:]
    match = KEY_LINE.match(line.rstrip(b"\n"))
    if match is None:
        return lines
    indent, key, space, value = match.groups()
    if kind == "rename":
        key = draw(st.sampled_from(KEYS)).encode()
    else:
        value = draw(st.sampled_from(VALUES)).encode()
    return lines[:index] + [indent + key + b":" + (space or b" ") + value + b"\n"] + lines[index + 1:]


@st.composite
def _mutated(draw, original):
    lines = original.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        lines = _mutation(lines, draw)
    return b"".join(lines)


def _check_reader(module, content):
    """Read ``content`` as a file of ``module``'s format: a Profile, or a ProfileError with places."""
    suffix = READERS[module][0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"profiel{suffix}"
        path.write_bytes(content)
        try:
            load_profile(path, **OPTIONS.get(suffix, {}))
        except ProfileError as error:
            assert str(path) in str(error)
            assert error.problems and error.place == error.problems[0].place
            for problem in error.problems:
                assert problem.place and problem.problem, problem
            if suffix in (".yaml", ".yml"):
                # YAML problems name their line ("regel 57 (...)", "werkproces 1.2 (regel 57)"); only a
                # whole-file problem has none.
                for problem in error.problems:
                    named = problem.place.startswith("regel ") or re.search(r" \(regel \d+\)$", problem.place)
                    assert named or problem.place == "bestand", problem


def _fuzz_settings():
    # derandomized, without database or deadline: the settings profile of tests/conftest.py
    return settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("module", sorted(READERS))
def test_reader_survives_mutations(module, request):
    sample = _sample(module, request)
    if sample is None:
        pytest.skip(f"geen voorbeeldbestand voor {module}: leg er een in data/ of tests/fixtures/")
    original = sample.read_bytes()

    @_fuzz_settings()
    @given(_mutated(original))
    def check(content):
        _check_reader(module, content)

    check()


@pytest.mark.parametrize("module", sorted(READERS))
def test_reader_reads_its_sample_unchanged(module, request):
    # The unmutated sample is read without error: the mutations above start from a good file.
    sample = _sample(module, request)
    if sample is None:
        pytest.skip(f"geen voorbeeldbestand voor {module}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"profiel{READERS[module][0]}"
        path.write_bytes(sample.read_bytes())
        assert len(load_profile(path, **OPTIONS.get(READERS[module][0], {})).werkprocessen) > 0

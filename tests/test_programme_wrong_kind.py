"""A file that is no programme document, given as one: one Dutch message, exit 1 from the command line, nothing written.

A profile in each of its forms (the BCP's text, a kwalificatiedossier's XML, a profile as YAML),
an empty file, a Word or Excel file, a scan: ``load_programme``, ``bcp-analysis curriculum DOC
PROFILE`` and ``bcp-analysis validate``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_programme_pdf import _pdf, _picture

from bcp_analysis.app.cli import main
from bcp_analysis.errors import NotAProgrammeError, ProfileError
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW, CURRICULUM_DIR
from bcp_analysis.readers import load_programme

SHARED = Path(os.environ.get("BCP_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
SHARED_TEXT = SHARED / "source" / "bcp-junior-accountmanager-2010.txt"

PROFILES = {
    "bcp-tekst.txt": (BUNDLED_RAW, "de tekst van een profiel"),
    "kwalificatiedossier.xml": (BUNDLED_KD, "kwalificatiedossier"),
    "profiel.yaml": (BUNDLED_PROFILE, "een profiel als .yaml"),
}


def _copy(tmp_path, source, name):
    folder = tmp_path / "invoer"
    folder.mkdir(exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def _files(tmp_path):
    return sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*"))


def _curriculum(document, capsys):
    """Run ``bcp-analysis curriculum DOCUMENT PROFILE``: (exit code, stdout, stderr)."""
    code = main(["curriculum", str(document), str(BUNDLED_PROFILE)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_a_profile_given_as_programme_says_it_is_a_profile(tmp_path, name):
    source, what = PROFILES[name]
    with pytest.raises(NotAProgrammeError) as caught:
        load_programme(_copy(tmp_path, source, name))
    message = str(caught.value)
    assert what in message and "geen examenplan, OER of toetsplan" in message
    assert "geef dit bestand als het profiel" in message   # and what to give instead


@pytest.mark.skipif(not SHARED_TEXT.exists(), reason="shared/source is not beside this checkout")
def test_the_shared_bcp_text_given_as_programme_says_it_is_a_profile():
    with pytest.raises(NotAProgrammeError, match="de tekst van een profiel"):
        load_programme(SHARED_TEXT)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_curriculum_with_a_profile_as_document_stops_with_one_message(tmp_path, capsys, name):
    source, what = PROFILES[name]
    document = _copy(tmp_path, source, name)
    before = _files(tmp_path)
    code, out, err = _curriculum(document, capsys)
    assert code == 1 and out == ""
    assert err.startswith(f"Fout: {document}: bestand: ") and what in err and err.count("Fout:") == 1
    assert "Traceback" not in err
    assert _files(tmp_path) == before


def test_the_source_of_an_examenplan_as_yaml_is_no_profile_and_asks_for_its_pdf(tmp_path):
    document = _copy(tmp_path, CURRICULUM_DIR / "voorbeeld-examenplan.yaml", "voorbeeld-examenplan.yaml")
    with pytest.raises(ProfileError) as caught:
        load_programme(document)
    assert not isinstance(caught.value, NotAProgrammeError)
    assert "geen profiel en geen examenplan" in str(caught.value) and "de pdf die ervan gemaakt is" in str(caught.value)


@pytest.mark.parametrize(("name", "content"), [("examenplan.txt", b""), ("examenplan.md", b"  \n\n\t\n"),
                                               ("examenplan.pdf", b"")])
def test_an_empty_document_says_it_is_empty(tmp_path, capsys, name, content):
    document = tmp_path / name
    document.write_bytes(content)
    with pytest.raises(ProfileError, match="het bestand is leeg") as caught:
        load_programme(document)
    assert caught.value.fix   # what to do about it
    code, out, err = _curriculum(document, capsys)
    assert (code, out) == (1, "") and "het bestand is leeg" in err and "Traceback" not in err
    assert _files(tmp_path) == [name]


@pytest.mark.parametrize(("name", "saved_as"), [("examenplan.docx", "als pdf"), ("examenplan.doc", "als pdf"),
                                                ("examenplan.xlsx", "CSV UTF-8"), ("examenplan.ods", "CSV UTF-8")])
def test_a_word_or_excel_file_asks_to_save_it_as_pdf_or_csv(tmp_path, capsys, name, saved_as):
    document = tmp_path / name
    document.write_bytes(b"PK\x03\x04 not read")
    with pytest.raises(ProfileError, match="wordt niet gelezen") as caught:
        load_programme(document)
    assert saved_as in caught.value.fix
    code, out, err = _curriculum(document, capsys)
    assert (code, out) == (1, "") and saved_as in err and "Traceback" not in err
    assert main(["validate", str(document)]) == 1   # validate, which takes a profile too, says the same
    assert saved_as in capsys.readouterr().err
    assert _files(tmp_path) == [name]


def test_an_unknown_ending_names_the_endings_read(tmp_path):
    document = tmp_path / "examenplan.key"
    document.write_bytes(b"x")
    with pytest.raises(ProfileError, match="onbekend soort bestand '.key'") as caught:
        load_programme(document)
    assert ".pdf" in caught.value.fix and ".csv" in caught.value.fix


def test_curriculum_with_a_scan_asks_for_ocr(tmp_path, capsys):
    document = _pdf(tmp_path, "scan.pdf", lambda page: _picture(page, with_text=False))
    code, out, err = _curriculum(document, capsys)
    assert (code, out) == (1, "") and "OCR" in err and "Traceback" not in err
    assert _files(tmp_path) == ["scan.pdf"]


def test_the_pdf_of_a_profile_of_one_werkproces_given_as_programme_says_it_is_a_profile(tmp_path, capsys):
    # a profile as small as it gets (kerntaak 1 with 1.1 only, as HTML/CSS prints it): five of its lines are a
    # profile's labels ("Beschrijving werkproces:", "Resultaat:", "Vakkennis en vakvaardigheden", "Kennis van:",
    # "Vaardigheden:"; "Competenties:" shares its line with the description)
    from documents import html
    from documents.model import Generated, Style, full_profile

    profile = full_profile()
    werkproces = profile["kerntaken"][0]["werkprocessen"][0]
    werkproces = {**werkproces, "competenties": werkproces["competenties"][:1], "resultaten": ["Een verslag van de "
                  "uitkomsten"], "kennis": ["Verkooptechnieken"], "vaardigheden": ["Rapporteren"]}
    profile["kerntaken"] = [{**profile["kerntaken"][0], "werkprocessen": [werkproces]}]
    path = tmp_path / "profiel.pdf"
    html.render_pdf(Generated(profile, None, Style()), path)
    with pytest.raises(NotAProgrammeError):
        load_programme(path)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Profiel: Junior accountmanager")

"""Tests of edition against edition: compare_registers, its report and ``bcp-analysis diff`` on two registers."""

import os
from pathlib import Path

import pandas as pd
import pytest

from bcp_analysis import compare_registers, load_register
from bcp_analysis.app.cli import main
from bcp_analysis.outputs.change_report import register_change_sheets, summarize_register_changes
from bcp_analysis.paths import BUNDLED_REGISTER

SHARED_KD = Path(os.environ.get("BCP_KD_DIR", Path(__file__).resolve().parents[2] / "shared" / "kd"))
MAATSCHAPPELIJKE_ZORG = SHARED_KD / "4156 Maatschappelijke_Zorg.xml"
needs_shared = pytest.mark.skipif(not MAATSCHAPPELIJKE_ZORG.exists(),
                                  reason=f"de SBB-exports staan niet in {SHARED_KD}")


def _bodies(path):
    text = Path(path).read_text(encoding="utf-8-sig")
    start = text.index("<dossiers>") + len("<dossiers>")
    head, rest = text[:start], text[start:text.index("</dossiers>")]
    parts = rest.split("</dossier>")
    return head, [part + "</dossier>" for part in parts[:-1]]


def _replace_once(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _profiel_block(body, nr):
    start = body.index(f'<profiel nr="{nr}"')
    return start, body.index("</profiel>", start)


def new_edition(target):
    """The bundled register (Pedagogisch Werk, Sociaal werk, Dienstverlening) with these changes made:

    - dossier Pedagogisch Werk (23183) renamed "Pedagogisch werk en onderwijs";
    - dossier Dienstverlening recoded 23189 -> 23999;
    - dossier Sociaal werk (23185, profielen 25489 and 25488) removed;
    - dossier Maatschappelijke Zorg (23181, six profielen) added;
    - profiel Onderwijsassistent (25485) renamed "Onderwijsassistent primair onderwijs";
    - profiel Pedagogisch medewerker kinderopvang recoded 25486 -> 25999;
    - in Onderwijsassistent's werkproces 966101 (P3-K2-W2) competency 3106 (Gedrevenheid en
      ambitie tonen, its only one) replaced by 3092 (Presenteren, which it did not need), and
      3085 (Aansturen) added to werkproces 966100 (P3-K2-W1).
    """
    head, (pedagogisch, sociaal, dienstverlening) = _bodies(BUNDLED_REGISTER)
    _, (zorg,) = _bodies(MAATSCHAPPELIJKE_ZORG)
    pedagogisch = _replace_once(pedagogisch, 'titel="Pedagogisch Werk"', 'titel="Pedagogisch werk en onderwijs"')
    pedagogisch = _replace_once(pedagogisch, 'titel="Onderwijsassistent"',
                                'titel="Onderwijsassistent primair onderwijs"')
    pedagogisch = _replace_once(pedagogisch, ">25486</crebo>", ">25999</crebo>")
    start, end = _profiel_block(pedagogisch, "966094")
    block = pedagogisch[start:end]
    block = _replace_once(block, '<competentie referentie="3106" />', '<competentie referentie="3092" />')
    werkproces = block.index('<werkproces nr="966100"')
    first = block.index('<competentie referentie="3095" />', werkproces)
    block = block[:first] + '<competentie referentie="3085" />' + block[first:]
    pedagogisch = pedagogisch[:start] + block + pedagogisch[end:]
    dienstverlening = _replace_once(dienstverlening, ">23189</dossiercrebo>", ">23999</dossiercrebo>")
    target.write_text(head + pedagogisch + dienstverlening + zorg + "\n  </dossiers>\n</sbb>\n", encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edities")
    return BUNDLED_REGISTER, new_edition(folder / "register-2026.xml")


@pytest.fixture(scope="module")
def changes(editions):
    old, new = editions
    return compare_registers(load_register(old), load_register(new))


def _rows(changes, soort):
    return changes[changes["soort"] == soort].drop(columns="soort").values.tolist()


@needs_shared
def test_the_dossier_changes_and_nothing_else(changes):
    columns = ["wijziging", "dossier", "profiel", "crebo", "competentie", "oud", "nieuw", "gekoppeld_op"]
    assert changes.columns.tolist() == ["soort"] + columns
    assert _rows(changes, "dossier") == [
        ["hernoemd", "Pedagogisch werk en onderwijs", "", "23183", "", "Pedagogisch Werk",
         "Pedagogisch werk en onderwijs", "crebo"],
        ["hercodeerd", "Dienstverlening", "", "23999", "", "23189", "23999", "titel"],
        ["toegevoegd", "Maatschappelijke Zorg", "", "23181", "", "", "Maatschappelijke Zorg (crebo 23181)", ""],
        ["verwijderd", "Sociaal werk", "", "23185", "", "Sociaal werk (crebo 23185)", "", ""],
    ]


@needs_shared
def test_the_profiel_changes_and_nothing_else(changes):
    rows = _rows(changes, "profiel")
    assert rows[:2] == [
        ["hercodeerd", "Pedagogisch werk en onderwijs", "Pedagogisch medewerker kinderopvang", "25999", "", "25486",
         "25999", "titel"],
        ["hernoemd", "Pedagogisch werk en onderwijs", "Onderwijsassistent primair onderwijs", "25485", "",
         "Onderwijsassistent", "Onderwijsassistent primair onderwijs", "crebo"],
    ]
    # the six profielen of Maatschappelijke Zorg (README of the shared exports), the two of Sociaal werk
    assert [(row[0], row[3]) for row in rows[2:]] == (
        [("toegevoegd", crebo) for crebo in ("25475", "25476", "25477", "25474", "25479", "25478")]
        + [("verwijderd", "25489"), ("verwijderd", "25488")])
    assert len(rows) == 10


@needs_shared
def test_the_competency_changes_of_the_changed_profiel_and_nothing_else(changes):
    # Aansturen (3085) for Onderwijsassistent was needed in B1-K1-W7 (line 418 of the bundled
    # dossier) and in P3-K1-W2, P3-K2-W3 and P3-K2-W4 (its profieldeel); now also in P3-K2-W1.
    profiel = ["Pedagogisch werk en onderwijs", "Onderwijsassistent primair onderwijs", "25485"]
    assert _rows(changes, "competentie") == [
        ["gewijzigd", *profiel, "Aansturen", "B1-K1-W7, P3-K1-W2, P3-K2-W3, P3-K2-W4",
         "B1-K1-W7, P3-K1-W2, P3-K2-W1, P3-K2-W3, P3-K2-W4", ""],
        ["toegevoegd", *profiel, "Presenteren", "", "P3-K2-W2", ""],
        ["verwijderd", *profiel, "Gedrevenheid en ambitie tonen", "P3-K2-W2", "", ""],
    ]
    assert len(changes) == 4 + 10 + 3


@needs_shared
def test_a_register_against_itself_and_the_summary(changes, editions):
    register = load_register(editions[1])
    assert compare_registers(register, register).empty
    assert summarize_register_changes(compare_registers(register, register)) == "Geen verschillen."
    lines = summarize_register_changes(changes).splitlines()
    assert lines[:4] == [
        "Dossiers: 1 toegevoegd, 1 verwijderd, 1 hernoemd, 1 hercodeerd",
        "Profielen: 6 toegevoegd, 2 verwijderd, 1 hernoemd, 1 hercodeerd",
        "Profielen met andere competenties: 1",
        "  Onderwijsassistent primair onderwijs (crebo 25485, Pedagogisch werk en onderwijs)",
    ]
    assert "    + Presenteren (P3-K2-W2)" in lines and "    - Gedrevenheid en ambitie tonen (P3-K2-W2)" in lines
    sheets = register_change_sheets(changes)
    assert list(sheets) == ["Dossiers", "Profielen", "Competenties per profiel", "Wijzigingen"]
    assert [len(sheet) for sheet in sheets.values()] == [4, 10, 3, 17]


@needs_shared
def test_diff_on_the_command_line(editions, tmp_path, capsys):
    old, new = editions
    csv, excel = tmp_path / "wijzigingen.csv", tmp_path / "wijzigingen.xlsx"
    assert main(["diff", str(old), str(new), "--csv", str(csv), "--excel", str(excel)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Dossiers: 1 toegevoegd, 1 verwijderd, 1 hernoemd, 1 hercodeerd\n")
    table = pd.read_csv(csv, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(table) == 17 and table["soort"].value_counts().to_dict() == {"profiel": 10, "dossier": 4,
                                                                            "competentie": 3}
    from openpyxl import load_workbook

    assert load_workbook(excel).sheetnames[:4] == ["Dossiers", "Profielen", "Competenties per profiel", "Wijzigingen"]


def test_profiles_of_two_registers_through_the_command_line(capsys):
    # --profiel keeps the profile diff; --dossier picks the dossier in a register
    assert main(["diff", str(BUNDLED_REGISTER), str(BUNDLED_REGISTER), "--profiel", "25498",
                 "--dossier", "Dienstverlening"]) == 0
    assert "Geen verschillen." in capsys.readouterr().out
    # validate of a profiel of a register: the profiel's summary, and the verdict of its dossier's
    # export alone (the audit is held to the lines of the profiel's own dossier)
    code = main(["validate", str(BUNDLED_REGISTER), "--profiel", "Sociaal-cultureel werker"])
    printed = capsys.readouterr().out
    assert printed.startswith("Profiel: Sociaal-cultureel werker")
    # texts of the labour-market sections of the other two dossiers (register lines 1281 and 3343)
    assert "pedagogisch medewerker kinderopvang’ is gering" not in printed
    assert "sport- en bewegingsbegeleider" not in printed
    assert code == main(["validate", str(SHARED_KD / "2637 Sociaal_werk.xml"), "--profiel", "Sociaal-cultureel werker"])
    capsys.readouterr()
    assert main(["validate", str(BUNDLED_REGISTER)]) == 0
    printed = capsys.readouterr().out.splitlines()
    # data/README.md: three dossiers with 3, 2 and 3 profielen
    assert printed[:4] == ["Register: 3 kwalificatiedossiers, 8 profielen",
                           "  Pedagogisch Werk (crebo 23183, nr 2635): 3 profielen",
                           "  Sociaal werk (crebo 23185, nr 2637): 2 profielen",
                           "  Dienstverlening (crebo 23189, nr 2755): 3 profielen"]
    assert printed[-2].endswith("register-zorg-en-welzijn-2015.xml: in orde.")


def test_validate_reports_a_dossier_that_does_not_read(tmp_path, capsys):
    head, bodies = _bodies(BUNDLED_REGISTER)
    broken = tmp_path / "kapot.xml"
    broken.write_text(head + bodies[0] + bodies[1].replace('referentie="3085"', 'referentie="9999"', 1) + bodies[2]
                      + "</dossiers></sbb>\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "Register: 2 kwalificatiedossiers, 6 profielen" in captured.out
    assert "(dossier 2637, dossier niet gelezen): werkproces" in captured.out and "competentie 9999" in captured.out
    assert "1 dossier niet gelezen" in captured.err and "Traceback" not in captured.err

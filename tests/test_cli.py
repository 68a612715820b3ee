"""Tests for bcp_analysis.cli: messages without tracebacks, exit codes, summaries."""

import subprocess
import sys

from bcp_analysis.cli import main
from bcp_analysis.paths import BUNDLED_PROFILE


def test_validate_good_file_prints_summary(capsys):
    assert main(["validate", str(BUNDLED_PROFILE)]) == 0
    out = capsys.readouterr().out
    assert "Junior accountmanager" in out
    # 3 kerntaken and 15 werkprocessen (raw lines 628-665), 97 competency links
    assert "3 kerntaken, 15 werkprocessen, 97 competentiekoppelingen" in out
    assert "22 van de 25" in out  # Aansturen, Leren and Omgaan met verandering are never needed
    assert len(out.splitlines()) < 40  # one screen


def test_validate_bad_file_one_message_no_traceback(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("formaat: 1\nmeta: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bcp_analysis.cli", "validate", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr and "regel" in result.stderr and "Oplossing" in result.stderr
    assert result.stdout == ""


def test_validate_missing_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "weg.yaml")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_tables_writes_csv(tmp_path, capsys):
    assert main(["tables", "--out", str(tmp_path)]) == 0
    kennis = (tmp_path / "kennis.csv").read_text(encoding="utf-8-sig").splitlines()
    assert kennis[0] == "werkproces_id,item,regel,pagina"
    assert len(kennis) == 1 + 74  # kennis bullets of the 15 werkprocessen, counted by hand
    assert "geschreven" in capsys.readouterr().out


def test_diff_lists_changes_and_writes_csv(tmp_path, capsys):
    from bcp_analysis.paths import EXAMPLE_PROFILE

    out = tmp_path / "wijzigingen.csv"
    assert main(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    # the example's header documents 8 changes, one of them (a moved competency) in two rows
    assert printed.startswith("9 wijzigingen")
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "onderdeel,werkproces_id,wijziging,oud,nieuw,toelichting"
    assert len(rows) == 1 + 9


def test_diff_without_changes_exits_zero(capsys):
    assert main(["diff", str(BUNDLED_PROFILE), str(BUNDLED_PROFILE)]) == 0
    assert "Geen verschillen." in capsys.readouterr().out


def test_diff_bad_file_exits_nonzero(tmp_path, capsys):
    empty = tmp_path / "leeg.yaml"
    empty.write_text("", encoding="utf-8")
    assert main(["diff", str(BUNDLED_PROFILE), str(empty)]) == 1
    assert "leeg" in capsys.readouterr().err


def test_curriculum_report(capsys):
    from bcp_analysis.paths import EXAMPLE_CURRICULUM

    assert main(["curriculum", str(EXAMPLE_CURRICULUM)]) == 0
    printed = capsys.readouterr().out
    # data/curriculum/README.md: 2.4 and 3.7 are covered by no module
    assert "Niet gedekt door een module (2):" in printed

"""Tests for bcp_analysis.app.cli: messages without tracebacks, exit codes, summaries."""

import csv
import io
import subprocess
import sys

from bcp_analysis.app.cli import main
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
    result = subprocess.run([sys.executable, "-m", "bcp_analysis.app.cli", "validate", str(path)],
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
    assert kennis[0] == "werkproces_id;item;regel;pagina"  # ';' for Dutch Excel
    assert len(kennis) == 1 + 74  # kennis bullets of the 15 werkprocessen, counted by hand
    assert "geschreven" in capsys.readouterr().out


def test_diff_lists_changes_and_writes_csv(tmp_path, capsys):
    from bcp_analysis.paths import EXAMPLE_PROFILE

    out = tmp_path / "wijzigingen.csv"
    assert main(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    lines = printed.splitlines()
    # the 2026 example brings no competency that 2010 did not need, and drops none
    assert lines[:2] == ["Competenties die het profiel nu nodig heeft en eerst niet: geen",
                         "Competenties die het profiel niet meer nodig heeft: geen"]
    # the example's header documents 8 changes, two of them in two rows (a moved competency; the
    # changed vacancy forecast, in its row and in the trends text)
    assert "10 wijzigingen" in lines
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["onderdeel", "werkproces_id", "wijziging", "oud", "nieuw", "toelichting"]
    assert len(rows) == 1 + 10  # the trends text keeps its paragraphs inside its quoted field


def test_diff_excel_writes_the_change_sheets(tmp_path, capsys):
    from openpyxl import load_workbook

    from bcp_analysis.paths import EXAMPLE_PROFILE

    out = tmp_path / "wijzigingen.xlsx"
    assert main(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--excel", str(out)]) == 0
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Competenties erbij en eraf", "Werkprocessen erbij en eraf", "Wijzigingen",
                                   "Competenties per versie"]
    assert workbook["Wijzigingen"].max_row == 1 + 10  # the 10 rows of the CSV above


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


def test_curriculum_takes_the_profile_file_after_the_csv(tmp_path, capsys):
    from bcp_analysis.paths import EXAMPLE_CURRICULUM, EXAMPLE_PROFILE

    assert main(["curriculum", str(EXAMPLE_CURRICULUM), str(EXAMPLE_PROFILE)]) == 0
    # the example programme (data/curriculum/voorbeeld.csv) names no 3.7; the made-up 2026 version
    # (its header, change 6) adds 3.8, which the programme cannot name either
    printed = capsys.readouterr().out
    assert ("Niet gedekt door een module (2):\n  3.7  Voert aftersales uit\n"
            "  3.8  Zet digitale verkoopkanalen in") in printed


# --- the profile file is the argument; --profile still works for a while -------------------

def test_profile_file_is_the_argument_of_tables(tmp_path, capsys):
    from bcp_analysis.paths import BUNDLED_KD

    assert main(["tables", str(BUNDLED_KD), "--profiel", "Onderwijsassistent", "--out", str(tmp_path)]) == 0
    werkprocessen = (tmp_path / "werkprocessen.csv").read_text(encoding="utf-8-sig").splitlines()
    assert werkprocessen[1].startswith("B1-K1-W1;")
    assert capsys.readouterr().err == ""


def test_old_option_profile_is_accepted_with_a_line_that_it_goes_away(tmp_path, capsys):
    from bcp_analysis.paths import BUNDLED_KD

    assert main(["tables", "--profile", str(BUNDLED_KD), "--profiel", "Onderwijsassistent",
                 "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Let op: --profile verdwijnt") and "bcp-analysis tables BESTAND" in err
    assert (tmp_path / "werkprocessen.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("B1-K1-W1;")


def test_profile_file_given_twice_is_refused(capsys):
    import pytest

    with pytest.raises(SystemExit) as stopped:
        main(["tables", str(BUNDLED_PROFILE), "--profile", str(BUNDLED_PROFILE)])
    assert stopped.value.code == 2
    assert "geef het profielbestand één keer" in capsys.readouterr().err


def test_make_build_passes_profile_as_the_argument():
    import shlex
    import shutil

    import pytest

    from bcp_analysis.app.cli import _parser

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(["make", "-n", "-s", "-C", str(root), "build", "PROFILE=kd/dossier met spatie.xml",
                             "PROFIEL=Onderwijsassistent", "OUT=uit"], capture_output=True, text=True, check=True)
    words = shlex.split(result.stdout.strip().splitlines()[-1])
    args = _parser().parse_args(words[words.index("build"):])
    assert (args.profile, args.profiel, args.out, args.profile_option) == (
        "kd/dossier met spatie.xml", "Onderwijsassistent", "uit", None)


def test_help_names_no_profile_option_beside_profiel(capsys):
    import pytest

    for command in ("tables", "build", "curriculum"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        printed = capsys.readouterr().out
        assert "--profile" not in printed and "--profiel NAAM" in printed and "BESTAND" in printed


# --- never lose a file (issue 13) ------------------------------------------------------

import errno  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bcp_analysis import files  # noqa: E402
from bcp_analysis.paths import EXAMPLE_PROFILE  # noqa: E402

EVENEMENTEN = Path(__file__).parent / "fixtures" / "extract" / "medewerker-evenementen.txt"


def _run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_extract_never_over_its_input(tmp_path, capsys):
    raw = tmp_path / "same.txt"
    raw.write_bytes(EVENEMENTEN.read_bytes())
    code, _, err = _run(["extract", str(raw), "-o", str(tmp_path / "." / "same.txt")], capsys)
    assert code == 1 and "invoerbestand" in err
    assert raw.read_bytes() == EVENEMENTEN.read_bytes()


def test_diff_never_over_its_input(tmp_path, capsys):
    old = tmp_path / "a.yaml"
    old.write_bytes(BUNDLED_PROFILE.read_bytes())
    for option in ("--csv", "--excel"):
        code, _, err = _run(["diff", str(old), str(EXAMPLE_PROFILE), option, str(old)], capsys)
        assert code == 1 and "invoerbestand" in err
    assert old.read_bytes() == BUNDLED_PROFILE.read_bytes()


def test_extract_keeps_a_yaml_completed_by_hand_unless_forced(tmp_path, capsys):
    keep = tmp_path / "keep.yaml"
    assert _run(["extract", str(EVENEMENTEN), "-o", str(keep)], capsys)[0] == 0
    assert _run(["extract", str(EVENEMENTEN), "-o", str(keep)], capsys)[0] == 0  # its own file: rewritten
    completed = keep.read_bytes() + b"# aangevuld met de hand\n"
    keep.write_bytes(completed)
    code, _, err = _run(["extract", str(EVENEMENTEN), "-o", str(keep)], capsys)
    assert code == 1 and "--force" in err and keep.read_bytes() == completed
    assert _run(["extract", str(EVENEMENTEN), "-o", str(keep), "--force"], capsys)[0] == 0
    assert keep.read_bytes() != completed


def test_diff_csv_over_someone_elses_file_needs_force(tmp_path, capsys):
    out = tmp_path / "wijzigingen.csv"
    out.write_bytes(b"eigen werk")
    code, _, err = _run(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--csv", str(out)], capsys)
    assert code == 1 and "--force" in err and out.read_bytes() == b"eigen werk"


def test_extract_reads_any_registered_format_and_writes_yaml(tmp_path, capsys):
    copy = tmp_path / "kopie.yaml"
    assert _run(["extract", str(BUNDLED_PROFILE), "-o", str(copy)], capsys)[0] == 0
    from bcp_analysis import load_profile

    assert len(load_profile(copy).werkprocessen) == 15  # 1.1 to 3.7, raw lines 631-665


def test_extract_writes_an_incomplete_profile_and_exits_1(tmp_path, capsys):
    import types

    from bcp_analysis import readers

    received = {}

    class ProefReader(readers.Reader):
        SUFFIXES, LABEL, OPTIONS = (".proef",), "een proefbestand", ("profiel",)

        def read(self, path, **options):
            raise AssertionError("extract reads through extract")

        def extract(self, path, **options):
            received.update(options)
            report = types.SimpleNamespace(format=lambda: "rapport van de proef", problems=lambda: [])
            return types.SimpleNamespace(profile={"formaat": 1, "meta": {"titel": "Half"}, "kerntaken": []},
                                         report=report)

    source = tmp_path / "dossier.proef"
    source.write_text("x", encoding="utf-8")
    out = tmp_path / "half.yaml"
    with readers.registered(ProefReader()):
        code, printed, err = _run(["extract", str(source), "--profiel", "Medewerker", "-o", str(out)], capsys)
    assert received == {"profiel": "Medewerker"}
    assert code == 1 and "rapport van de proef" in printed and "kerntaken" in err
    # what is missing is named in the written YAML, the file to complete: "kerntaken: []" is its line 4
    assert f"{out}: regel 4 (kerntaken)" in err
    assert "titel: Half" in out.read_text(encoding="utf-8")


def test_profiel_option_reaches_the_reader_which_refuses_it(capsys):
    code, _, err = _run(["validate", str(BUNDLED_PROFILE), "--profiel", "Junior"], capsys)
    assert code == 1 and "profiel" in err and "past niet" in err


# --- one message for every failure of the machine around it ------------------------------

def test_folder_given_as_profile(tmp_path, capsys):
    code, _, err = _run(["validate", str(tmp_path)], capsys)
    assert code == 1 and "dit is een map, geen bestand" in err and "bestaat niet" not in err


def test_excel_naming_a_folder(tmp_path, capsys):
    code, _, err = _run(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--excel", str(tmp_path)], capsys)
    assert code == 1 and "dit is een map, geen bestand" in err


def test_out_naming_a_file(tmp_path, capsys):
    out = tmp_path / "tabellen.csv"
    out.write_bytes(b"")
    for command in (["tables", "--out", str(out)], ["build", "--out", str(out)]):
        code, _, err = _run(command, capsys)
        assert code == 1 and "dit is een bestand, geen map" in err


def test_unreadable_input(tmp_path, capsys, monkeypatch):
    raw = tmp_path / "profiel.txt"
    raw.write_bytes(EVENEMENTEN.read_bytes())
    real = Path.read_bytes

    def read_bytes(path):
        if path == raw:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = _run(["validate", str(raw)], capsys)
    assert code == 1 and "geen toestemming" in err and str(raw) in err


@pytest.mark.parametrize("error, words", [
    (PermissionError(errno.EACCES, "Permission denied"), "geen toestemming"),
    (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
    (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen"),
])
def test_failures_while_writing_are_one_dutch_message(tmp_path, capsys, monkeypatch, error, words):
    def fail(path, content):
        error.filename = str(path)
        raise error

    monkeypatch.setattr(files, "_write_temporary", fail)
    code, _, err = _run(["tables", "--out", str(tmp_path / "uit")], capsys)
    assert code == 1 and err.startswith("Fout: ") and words in err and "Oplossing" in err
    assert not any((tmp_path / "uit").glob("*.csv"))


def test_ctrl_c_is_afgebroken_exit_130(capsys, monkeypatch):
    import bcp_analysis.analyses.summaries

    def interrupted(profile):
        raise KeyboardInterrupt

    monkeypatch.setattr(bcp_analysis.analyses.summaries, "summary", interrupted)
    code, _, err = _run(["validate", str(BUNDLED_PROFILE)], capsys)
    assert code == 130 and err.strip() == "afgebroken"


# --- Dutch from the command line -------------------------------------------------------

def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    printed = capsys.readouterr().out
    assert printed.startswith("gebruik: bcp-analysis")
    assert "toon deze hulp en stop" in printed and "opties:" in printed
    assert "usage" not in printed and "show this help" not in printed and "options:" not in printed


def test_subcommand_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    printed = capsys.readouterr().out
    assert printed.startswith("gebruik: bcp-analysis build") and "--vorige" in printed and "--force" in printed


def test_wrong_option_and_missing_argument_are_dutch():
    for argv, words in ((["validate", "x.yaml", "--onzin"], "onbekende argumenten: --onzin"),
                        (["extract"], "deze argumenten ontbreken: BESTAND"),
                        (["valideer"], "bij opdracht: ongeldige keuze: 'valideer'"),
                        (["diff", "a", "b", "--csv"], "bij --csv: hier hoort één waarde achter")):
        result = subprocess.run([sys.executable, "-m", "bcp_analysis.app.cli", *argv], capture_output=True, text=True)
        assert result.returncode == 2
        assert result.stderr.startswith("gebruik: bcp-analysis")
        assert f": fout: {words}" in result.stderr
        assert "error" not in result.stderr and "usage" not in result.stderr


# --- a profiel of a kwalificatiedossier (--profiel) -------------------------------------------

from bcp_analysis.paths import BUNDLED_KD  # noqa: E402


def test_validate_a_profiel_of_the_dossier(capsys):
    code, printed, _ = _run(["validate", str(BUNDLED_KD), "--profiel", "Onderwijsassistent"], capsys)
    # Onderwijsassistent (crebo 25485): 17 werkprocessen, 70 competency rows (counted in tests/test_kd.py)
    assert code == 0 and "Profiel: Onderwijsassistent" in printed
    assert "17 werkprocessen, 70 competentiekoppelingen" in printed


def test_validate_a_dossier_without_profiel_lists_the_profielen(capsys):
    code, _, err = _run(["validate", str(BUNDLED_KD)], capsys)
    assert code == 1 and "--profiel" in err and "Onderwijsassistent" in err and "Traceback" not in err


def test_tables_of_a_profiel_by_crebo(tmp_path, capsys):
    # 25484: Gespecialiseerd pedagogisch medewerker, 84 competency rows
    assert _run(["tables", str(BUNDLED_KD), "--profiel", "25484", "--out", str(tmp_path)], capsys)[0] == 0
    rows = (tmp_path / "competenties.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 84
    assert (tmp_path / "kennis.csv").read_text(encoding="utf-8-sig").splitlines() == ["werkproces_id;item;regel;pagina"]


def test_diff_of_a_profiel_with_itself_and_with_an_unknown_name(capsys):
    code, printed, _ = _run(["diff", str(BUNDLED_KD), str(BUNDLED_KD), "--profiel", "Onderwijsassistent"], capsys)
    assert code == 0 and "Geen verschillen." in printed
    code, _, err = _run(["diff", str(BUNDLED_KD), str(BUNDLED_KD), "--profiel", "Kapper"], capsys)
    assert code == 1 and "Kapper" in err and "Onderwijsassistent" in err


def test_build_without_the_notebooks_extra_names_it(monkeypatch, capsys, tmp_path):
    import sys

    import bcp_analysis.outputs

    # the build module imported anew, and afterwards the one the other tests imported, in both places
    monkeypatch.delitem(sys.modules, "bcp_analysis.outputs.build", raising=False)
    monkeypatch.delattr(bcp_analysis.outputs, "build", raising=False)
    monkeypatch.setitem(sys.modules, "nbclient", None)  # import nbclient -> ModuleNotFoundError
    # a new folder: every notebook has to run (the notebook runner loads only then)
    assert main(["build", "--out", str(tmp_path / "uit")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '".[notebooks]"' in err and "nbclient" in err and "Traceback" not in err


def test_validate_a_text_lists_lines_left_inside_werkprocessen(tmp_path, capsys):
    import shutil
    import types

    from bcp_analysis import load_profile, readers
    from bcp_analysis.paths import BUNDLED_RAW

    # The bundled text read by a reader whose report says it left two lines inside werkprocessen.
    real = readers.reader_for(BUNDLED_RAW).extract(BUNDLED_RAW).report
    report = types.SimpleNamespace(
        unplaced_in_werkprocessen=lambda: [(130, "1.2", "KLADBLOK 42"), (190, "2.1", "Rustig")],
        figures_not_placed=lambda: [], where=lambda number: f"regel {number}", place_of=lambda number: (number, None),
        unplaced=real.unplaced)

    class ProefTekst(readers.Reader):
        SUFFIXES, LABEL = (".proeftekst",), "een proeftekst"

        def read(self, path, **options):
            return load_profile(BUNDLED_RAW)

        def extract(self, path, **options):
            return types.SimpleNamespace(profile={}, report=report)

    source = tmp_path / "profiel.proeftekst"
    shutil.copyfile(BUNDLED_RAW, source)
    with readers.registered(ProefTekst()):
        code, printed, _ = _run(["validate", str(source)], capsys)
    assert code == 0
    assert ("  - werkproces 1.2 (regel 130): niet geplaatst: neem de tekst over of verwijder haar in de .yaml "
            "('KLADBLOK 42')\n  - werkproces 2.1 (regel 190): niet geplaatst") in printed
    # the text's own 4 (3 periods and 3.4's title, as validate of the .txt gives) and the 2 lines
    assert printed.rstrip().endswith(f"{source}: te controleren: 6 bevindingen (zie hierboven).")


def test_extract_output_is_validated_by_its_own_lines(tmp_path, capsys):
    from pathlib import Path

    from bcp_analysis import load_profile

    fixture = Path(__file__).parent / "fixtures" / "extract" / "medewerker-evenementen.txt"
    out = tmp_path / "evenementen.yaml"
    assert _run(["extract", str(fixture), "-o", str(out)], capsys)[0] == 0
    assert len(load_profile(out).werkprocessen) == 5  # the fixture's 2 kerntaken, 5 werkprocessen


def test_validate_names_the_figures_it_could_not_place(capsys):
    from bcp_analysis.paths import BUNDLED_KD, BUNDLED_RAW

    assert main(["validate", str(BUNDLED_RAW)]) == 0
    printed = capsys.readouterr().out
    # §1.4 of the raw text: 2010 (line 516), 2008 (line 526) and "tussen 2009 en 2014" (line 529) are the
    # period of no figure; the overview names 3.4 "Breng de offerte uit" (line 659), its heading "Brengt" (1397)
    assert ("  - regel 516: periode niet geplaatst: '2010' is de periode van geen cijfer van arbeidsmarkt hierbij"
            in printed)
    assert "  - regel 1397: de titel van werkproces 3.4 in het overzicht ('Breng de offerte uit')" in printed
    assert printed.rstrip().endswith(f"{BUNDLED_RAW}: te controleren: 4 bevindingen (zie hierboven).")
    assert "in orde." not in printed
    # the dossier's Arbeidsmarktinformatie: every figure is a row ("1 augustus 2016", XML line 1298, is a date)
    assert main(["validate", str(BUNDLED_KD), "--profiel", "25485"]) == 0
    printed = capsys.readouterr().out
    assert printed.rstrip().endswith(f"{BUNDLED_KD}: in orde.")


def test_validate_fails_on_a_figure_no_row_holds(tmp_path, capsys):
    from bcp_analysis.paths import BUNDLED_RAW

    lines = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    # line 822, in the description of werkproces 1.3: a figure the text reader puts in the description
    lines[821] = "Het aantal accounts steeg met 12,5% en hij werkt een voorstel uit"
    path = tmp_path / "profiel.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, printed, _ = _run(["validate", str(path)], capsys)
    assert code == 1
    assert "  - regel 822: cijfer niet geplaatst: '12,5%' staat in de bron maar in geen rij van arbeidsmarkt" in printed
    assert printed.rstrip().endswith(f"{path}: niet in orde: 1 onderdeel van de bron niet in het profiel en "
                                     "4 bevindingen te controleren (zie hierboven).")


def test_validate_the_bundled_yaml_is_in_orde(capsys):
    code, printed, _ = _run(["validate", str(BUNDLED_PROFILE)], capsys)
    assert code == 0 and printed.rstrip().endswith(f"{BUNDLED_PROFILE}: in orde.")


def test_extract_prints_the_audit_and_fails_when_something_is_lost(tmp_path, capsys):
    from bcp_analysis.paths import BUNDLED_RAW

    lines = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    lines[12] = "vakvolwassen werknemer; er zijn 59.600 vacatures voor dit beroep."  # line 13, front matter
    path = tmp_path / "profiel.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "profiel.yaml"
    code, printed, _ = _run(["extract", str(path), "-o", str(out)], capsys)
    assert code == 1 and out.exists()  # written, to be completed by hand
    assert "  - regel 13: cijfer niet geplaatst: '59.600'" in printed
    assert f"{path}: niet in orde: 1 onderdeel van de bron niet in het profiel" in printed
    code, printed, _ = _run(["extract", str(BUNDLED_RAW)], capsys)
    assert code == 0 and printed.rstrip().endswith(f"{BUNDLED_RAW}: te controleren: 4 bevindingen (zie hierboven).")


# --- a file of several dossiers: asked of its reader, read once -----------------------------


def test_validate_asks_the_reader_whether_a_file_holds_dossiers(tmp_path, capsys):
    import shutil

    from bcp_analysis import readers
    from bcp_analysis.paths import BUNDLED_REGISTER
    from bcp_analysis.readers.kd import READER as KD

    class SbbReader(readers.Reader):
        """The SBB register under another file ending: only the reader knows it holds dossiers."""

        SUFFIXES, LABEL, OPTIONS = (".sbb",), "een register als .sbb", ("profiel", "dossier")

        def read(self, path, **options):
            return KD.read(path, **options)

        def collection(self, path, **options):
            return KD.collection(path, **options)

        def read_register(self, path):
            return KD.read_register(path)

    copy = tmp_path / "register.sbb"
    shutil.copyfile(BUNDLED_REGISTER, copy)
    with readers.registered(SbbReader()):
        code, printed, _ = _run(["validate", str(copy)], capsys)
    # data/README.md: the bundled register holds three dossiers with 3, 2 and 3 profielen
    assert code == 0 and printed.startswith("Register: 3 kwalificatiedossiers, 8 profielen\n")


def test_validate_a_profiel_of_a_register_reads_the_register_once(monkeypatch, capsys):
    from bcp_analysis.paths import BUNDLED_REGISTER
    from bcp_analysis.readers import kd, kd_export

    calls = []
    reading = kd_export.read_register

    def counted(path):
        calls.append(path)
        return reading(path)

    monkeypatch.setattr(kd_export, "read_register", counted)
    monkeypatch.setattr(kd, "read_register", counted)
    assert _run(["validate", str(BUNDLED_REGISTER), "--profiel", "Onderwijsassistent"], capsys)[0] == 0
    assert len(calls) == 1


def test_the_findings_of_a_profiel_of_a_register_are_chosen_by_their_line():
    from bcp_analysis.app import cli
    from bcp_analysis.audit import AuditReport, Finding
    from bcp_analysis.paths import BUNDLED_REGISTER
    from bcp_analysis.readers.kd_register import load_register

    register = load_register(BUNDLED_REGISTER)
    profile = register.profile("Onderwijsassistent")  # of Pedagogisch Werk, the first dossier
    first, second = (int(line) for line in register.dossiers["regel"].iloc[:2])
    # places as text that name no line: the filter reads the field, not the text
    findings = [Finding("cijfer", "in het eigen dossier", "", "", regel=first + 1),
                Finding("cijfer", "in het volgende dossier", "", "", regel=second + 1),
                Finding("titel", "voor de dossiers", "", "", regel=1),
                Finding("titel", "zonder regel", "", "")]
    kept = cli._within_own_dossier(AuditReport(source="register.xml", findings=findings), register, profile)
    assert [finding.place for finding in kept.findings] == ["in het eigen dossier", "voor de dossiers",
                                                            "zonder regel"]

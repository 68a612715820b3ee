"""Tests for bcp_analysis.readers.protocol: a reader written here, for a made-up format, works everywhere.

The format ``.bcpjson`` is a profile as JSON, flatter than the YAML format: the kerntaken as
{id: title}, the werkprocessen as one list, and ``los``: lines the reader places nowhere. The
reader is registered for the length of each test only; no module of the package is changed
for it. ``.bcpjsons`` is a list of such profiles: a document that holds several profielen.
"""

import dataclasses
import json
from pathlib import Path

import pandas as pd
import pytest

from bcp_analysis.app.cli import main
from bcp_analysis.errors import ProfileError
from bcp_analysis.readers import READERS, Reader, find_reader, load_profile, reader_for, register, registered

# The document of the tests, counted by hand: 2 kerntaken; werkprocessen 1.1, 1.2 and 2.1;
# 2 + 1 + 3 = 6 competencies; one line left over ("Koffie zetten", in 1.2).
DOCUMENT = {
    "beroep": "Proefberoep",
    "vastgesteld_op": "2026-01-15",
    "kerntaken": {"1": "Bereidt het werk voor", "2": "Voert het werk uit"},
    "werkprocessen": [
        {"id": "1.1", "titel": "Stelt een plan op", "beschrijving": "Hij maakt een plan.",
         "competenties": ["Plannen en organiseren", "Analyseren"],
         "resultaten": ["Een plan"], "kennis": ["Planning"], "vaardigheden": ["Plannen"]},
        {"id": "1.2", "titel": "Overlegt", "beschrijving": "Hij overlegt met de klant.",
         "competenties": ["Samenwerken en overleggen"],
         "resultaten": ["Afspraken"], "kennis": ["Gesprekstechniek"], "vaardigheden": ["Luisteren"]},
        {"id": "2.1", "titel": "Voert uit", "beschrijving": "Hij voert het plan uit.",
         "competenties": ["Kwaliteit leveren", "Instructies en procedures opvolgen", "Vakdeskundigheid toepassen"],
         "resultaten": ["Het werk is gedaan"], "kennis": ["Materialen"], "vaardigheden": ["Uitvoeren"]},
    ],
    "los": [{"werkproces": "1.2", "tekst": "Koffie zetten"}],
}


class _Report:
    """The report of a .bcpjson reading: only the lines left over."""

    def __init__(self, left):
        self.left = left
        self.unplaced = [(number, text) for number, _, text in left]

    def format(self):
        return f"proefverslag: {len(self.left)} regel(s) niet geplaatst"

    def where(self, number):
        return f"regel {number}"

    def place_of(self, number):
        return number, None

    def problems(self):
        return []

    def unplaced_in_werkprocessen(self):
        return list(self.left)

    def figures_not_placed(self):
        return []


class _Extraction:
    def __init__(self, profile, report):
        self.profile, self.report = profile, report


def _line_of(lines, werkproces_id):
    """The 1-based line of the file where the werkproces's id stands."""
    return next(number for number, line in enumerate(lines, start=1) if f'"id": "{werkproces_id}"' in line)


def _to_mapping(document, lines):
    """The profile of a .bcpjson document in the YAML format, each werkproces with its line."""
    kerntaken = []
    for kerntaak_id, titel in document["kerntaken"].items():
        werkprocessen = [{"id": werkproces["id"], "regel": _line_of(lines, werkproces["id"]),
                          **{key: value for key, value in werkproces.items() if key != "id"}}
                         for werkproces in document["werkprocessen"]
                         if werkproces["id"].split(".")[0] == kerntaak_id]
        kerntaken.append({"id": kerntaak_id, "titel": titel, "werkprocessen": werkprocessen})
    return {"formaat": 1, "meta": {"titel": document["beroep"], "vastgesteld_op": document["vastgesteld_op"]},
            "kerntaken": kerntaken}


class JsonReader(Reader):
    """A profile as JSON: extracted, with a report of the lines it left over; its lines can be quoted."""

    SUFFIXES = (".bcpjson",)
    LABEL = "een proefprofiel als .bcpjson"

    def read(self, path, **options):
        from bcp_analysis.readers.yaml_profile import profile_from_dict

        return profile_from_dict(self.extract(path).profile, path)

    def extract(self, path, **options):
        text = Path(path).read_text(encoding="utf-8")
        lines = text.splitlines()
        document = json.loads(text)
        left = [(number, item["werkproces"], item["tekst"])
                for number, line in enumerate(lines, start=1) for item in document["los"]
                if f'"tekst": "{item["tekst"]}"' in line]
        return _Extraction(_to_mapping(document, lines), _Report(left))

    def source_lines(self, path):
        return Path(path).read_text(encoding="utf-8").splitlines()

    def audit_source(self, path):
        """The audit's reading: every line of the file, and per werkproces its competencies with their line."""
        from bcp_analysis.readers.audit_source import AuditSource, CompetencyList, SourceLine

        lines = Path(path).read_text(encoding="utf-8").splitlines()
        lists = []
        for werkproces in json.loads("\n".join(lines))["werkprocessen"]:
            start = _line_of(lines, werkproces["id"])
            items = tuple(SourceLine(_item_line(lines, start, name), name) for name in werkproces["competenties"])
            lists.append(CompetencyList(items, werkproces_id=werkproces["id"]))
        return AuditSource(str(path), tuple(SourceLine(number, line.strip()) for number, line in
                                            enumerate(lines, start=1)),
                           rows_at=None, reviewed=True, mentions=(), competency_lists=tuple(lists))


def _item_line(lines, start, name):
    """The line of an item of a list (one item a line) from ``start`` on."""
    quoted = json.dumps(name, ensure_ascii=False)
    return next(number for number in range(start, len(lines) + 1) if lines[number - 1].strip(" ,") == quoted)


class JsonsReader(Reader):
    """Several .bcpjson documents in one list: a document that holds several profielen."""

    SUFFIXES = (".bcpjsons",)
    LABEL = "een lijst van proefprofielen als .bcpjsons"
    OPTIONS = ("profiel",)

    def _profiles(self, path):
        from bcp_analysis.readers.yaml_profile import profile_from_dict

        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [profile_from_dict(_to_mapping(document, lines), path)
                for document in json.loads(Path(path).read_text(encoding="utf-8"))]

    def read(self, path, **options):
        profiles = self._profiles(path)
        return next(profile for profile in profiles if profile.titel == options.get("profiel", profiles[0].titel))

    def collection(self, path, **options):
        from bcp_analysis.model.dossier import Dossier, needs_table, profile_needs

        profiles = self._profiles(path)
        profielen = pd.DataFrame([{"profiel": profile.titel, "crebo": f"9000{number}", "niveau": 3,
                                   "dossier": "Proefdossier", "dossier_crebo": "90000",
                                   "werkprocessen": len(profile.werkprocessen),
                                   "competenties": profile.competenties["competentie"].nunique()}
                                  for number, profile in enumerate(profiles, start=1)])
        behoeften = needs_table(pd.concat([profile_needs(profile, "") for profile in profiles]))
        return Dossier({"dossier": "Proefdossier"}, profielen, behoeften, str(path),
                       lambda profiel=None: self.read(path, profiel=profiel))


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "proefberoep.bcpjson"
    path.write_text(json.dumps(DOCUMENT, ensure_ascii=False, indent=1), encoding="utf-8")
    with registered(JsonReader()) as reader:
        yield path, reader


def test_registered_reader_is_chosen_for_its_files_and_only_while_registered(tmp_path):
    reader = JsonReader()
    with registered(reader):
        assert reader_for(tmp_path / "a.BCPJSON") is reader
        assert READERS[reader] == (".bcpjson",)
    assert find_reader(tmp_path / "a.bcpjson") is None and reader not in READERS
    with pytest.raises(ProfileError, match="onbekend soort bestand '.bcpjson'"):
        reader_for(tmp_path / "a.bcpjson")


def test_register_refuses_a_taken_ending_and_what_is_no_reader():
    class Second(JsonReader):
        SUFFIXES = (".txt",)

    with pytest.raises(ValueError, match=r"\.txt"):
        register(Second())
    with pytest.raises(TypeError):
        register(object())
    with pytest.raises(TypeError):  # a reader without read is not a reader
        type("Half", (Reader,), {"SUFFIXES": (".half",), "LABEL": "half"})()


def test_capabilities_are_asked_not_guessed(document):
    _, reader = document
    assert reader.extracts and not reader.holds_profielen
    assert JsonsReader().holds_profielen and not JsonsReader().extracts
    assert reader_for("profiel.yaml").extracts is False and reader_for("profiel.yaml").unplaced_lines("x") == []


def test_load_profile_reads_the_made_up_format(document):
    path, _ = document
    profile = load_profile(path)
    assert profile.titel == "Proefberoep"
    assert profile.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "2.1"]
    assert len(profile.competenties) == 6
    with pytest.raises(ProfileError, match="past niet bij een proefprofiel als .bcpjson"):
        load_profile(path, profiel="Proefberoep")


def test_validate_through_the_protocol(document, capsys):
    path, _ = document
    assert main(["validate", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "Profiel: Proefberoep" in printed and "2 kerntaken, 3 werkprocessen, 6 competentiekoppelingen" in printed
    # an extracting reader: an empty table may be a part it missed, and says so
    assert "functiebenamingen: 0 (niet uit de tekst gelezen" in printed
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if "Koffie zetten" in text)
    # the reader's line left over is a finding of the audit, with its place and werkproces
    assert (f"  - werkproces 1.2 (regel {line}): niet geplaatst: neem de tekst over of verwijder haar in "
            "de .yaml ('Koffie zetten')") in printed
    assert printed.rstrip().endswith(f"{path}: te controleren: 1 bevinding (zie hierboven).")


def test_audit_through_the_protocol(document):
    from bcp_analysis.audit import audit_document
    from bcp_analysis.audit.sources import read_source

    path, reader = document
    source = read_source(path)
    assert [listed.werkproces_id for listed in source.competency_lists] == ["1.1", "1.2", "2.1"]
    profile = load_profile(path)
    assert audit_document(path, profile=profile).ok
    # without a profile given, the reader reads it (a reader that extracts but makes no profile of an extraction)
    assert audit_document(path).ok
    # without the row "Analyseren" of werkproces 1.1, the audit names the line of the file where it stands
    table = profile.competenties
    dropped = dataclasses.replace(profile, competenties=table[~((table["werkproces_id"] == "1.1")
                                                                & (table["competentie"] == "Analyseren"))])
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if text.strip() == '"Analyseren"')
    [finding] = audit_document(path, profile=dropped).findings
    assert (finding.kind, finding.regel, finding.pagina, finding.place) == ("competentie", line, None, f"regel {line}")
    assert "werkproces 1.1" in finding.message


def test_tables_through_the_protocol(document, tmp_path, capsys):
    path, _ = document
    out = tmp_path / "tabellen"
    assert main(["tables", str(path), "--out", str(out)]) == 0
    rows = (out / "werkprocessen.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [row.split(";")[0] for row in rows[1:]] == ["1.1", "1.2", "2.1"]


def test_extract_through_the_protocol(document, tmp_path, capsys):
    path, _ = document
    out = tmp_path / "proefberoep.yaml"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    assert "proefverslag: 1 regel(s) niet geplaatst" in capsys.readouterr().out
    written = load_profile(out)
    assert written.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "2.1"]
    assert written.competenties["competentie"].tolist() == [
        "Plannen en organiseren", "Analyseren", "Samenwerken en overleggen",
        "Kwaliteit leveren", "Instructies en procedures opvolgen", "Vakdeskundigheid toepassen"]


def test_herkomst_quotes_the_lines_of_a_reader_that_can(document):
    from bcp_analysis.analyses.summaries import herkomst

    path, _ = document
    rows = herkomst(load_profile(path), "2.1")
    assert rows["brontekst"].iloc[0] == '"id": "2.1",'


def test_build_through_the_protocol(document, tmp_path, monkeypatch, capsys):
    import nbformat

    from bcp_analysis.outputs import build as build_module

    given = {}

    def fake_run(notebook, parameters=None, timeout=600):
        # a kernel would not know a reader registered in this process: record, run nothing
        given[notebook.name] = dict(parameters or {})
        return nbformat.v4.new_notebook()

    monkeypatch.setattr(build_module, "run_notebook", fake_run)
    path, _ = document
    out = tmp_path / "uitvoer"
    assert main(["build", str(path), "--out", str(out)]) == 0
    rows = (out / "tabellen" / "werkprocessen.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 3
    assert (out / "proces_competentie_matrix.png").is_file() and (out / "bcp-analyse.xlsx").is_file()
    assert given and all(values["PROFIEL"] == str(path.resolve()) for values in given.values())
    # the build's audit read the document through the reader's own audit_source: nothing of it is missing
    printed = capsys.readouterr().out.splitlines()
    assert [line for line in printed if line.startswith("controle van de bron")] == [
        f"controle van de bron: {path.resolve()}: in orde."]


def test_a_document_of_several_profielen_through_the_protocol(tmp_path):
    from bcp_analysis.outputs.build import is_dossier
    from bcp_analysis.readers.dossiers import load_corpus, load_dossier

    second = dict(DOCUMENT, beroep="Tweede proefberoep", kerntaken={"1": "Bereidt het werk voor"},
                  werkprocessen=DOCUMENT["werkprocessen"][:2])
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / "proefdossier.bcpjsons"
    path.write_text(json.dumps([DOCUMENT, second], ensure_ascii=False, indent=1), encoding="utf-8")
    with registered(JsonsReader()):
        assert is_dossier(path) and not is_dossier(path, "Proefberoep")
        dossier = load_dossier(path)
        assert dossier.profielen["profiel"].tolist() == ["Proefberoep", "Tweede proefberoep"]
        assert dossier.profile("Tweede proefberoep").werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2"]
        assert load_profile(path, profiel="Tweede proefberoep").titel == "Tweede proefberoep"
        corpus = load_corpus(folder)
    # 6 competencies in the first, 2 + 1 = 3 in the second (werkprocessen 1.1 and 1.2)
    assert corpus.profielen["werkprocessen"].tolist() == [3, 2]
    assert corpus.behoeften.groupby("profiel", sort=False).size().tolist() == [6, 3]
    assert corpus.profielen["bestand"].tolist() == ["proefdossier.bcpjsons"] * 2


def test_load_dossier_of_a_format_of_one_profile_says_so():
    from bcp_analysis.paths import BUNDLED_PROFILE
    from bcp_analysis.readers.dossiers import load_dossier

    with pytest.raises(ProfileError, match="bevat één profiel, geen dossier met profielen") as caught:
        load_dossier(BUNDLED_PROFILE)
    assert "load_profile" in caught.value.fix


def _count_extractions(monkeypatch, path):
    """The list that every extraction of ``path``'s reader from now on adds the path to."""
    from bcp_analysis.readers import reader_for

    reader = reader_for(path)
    calls = []
    extract = type(reader).extract

    def counted(self, path, **options):
        calls.append(path)
        return extract(self, path, **options)

    monkeypatch.setattr(type(reader), "extract", counted)
    return calls


def test_the_audit_extracts_a_document_once(monkeypatch):
    # the profile and the lines the reader could not place come from one extraction of the document
    from bcp_analysis.audit import audit_document
    from bcp_analysis.paths import BUNDLED_RAW

    calls = _count_extractions(monkeypatch, BUNDLED_RAW)
    report = audit_document(BUNDLED_RAW)
    assert len(calls) == 1
    # the bundled text's findings (raw lines 499-536: three years without a figure; one title that differs)
    assert sorted({finding.kind for finding in report.findings}) == ["periode", "titel"]


def test_every_reader_that_extracts_makes_a_profile_of_its_extraction():
    from bcp_analysis.readers import all_readers
    from bcp_analysis.readers.protocol import Reader

    extracting = [reader for reader in all_readers() if reader.extracts]
    assert {reader.LABEL for reader in extracting} and all(
        type(reader).profile_of is not Reader.profile_of for reader in extracting)


def test_validate_and_extract_read_a_document_once(monkeypatch, tmp_path, capsys):
    # validate's summary, its lines not placed inside werkprocessen and its audit come from one extraction,
    # and so do extract's report and audit (before: three extractions in validate, two in extract)
    from bcp_analysis.paths import BUNDLED_RAW

    calls = _count_extractions(monkeypatch, BUNDLED_RAW)
    assert main(["validate", str(BUNDLED_RAW)]) == 0
    assert len(calls) == 1
    assert "te controleren" in capsys.readouterr().out
    assert main(["extract", str(BUNDLED_RAW), "-o", str(tmp_path / "profiel.yaml")]) == 0
    assert len(calls) == 2

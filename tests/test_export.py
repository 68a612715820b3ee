"""Tests for bcp_analysis.outputs.workbook: the committee workbook."""

import datetime
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from bcp_analysis.outputs.deliverables import committee_tables
from bcp_analysis.outputs.workbook import header_text, write_workbook


def _sheets():
    matrix = pd.DataFrame(
        {"Analyseren": [1, 0], "Presenteren": [0, 1]},
        index=pd.Index(["1.1", "1.10"], name="werkproces_id"),
    )
    frequency = pd.DataFrame({
        "competentie": ["Analyseren", "Presenteren"],
        "aantal_werkprocessen": [7, 3],
        "aandeel": [7 / 15, 0.2],
        "werkprocessen": [["1.1", "1.2"], ["3.2"]],
        "groei_procent": [44.68, float("nan")],
    })
    return {"Matrix": matrix, "Frequentie": frequency}


def test_header_text_rule_and_mapping():
    assert header_text("aantal_werkprocessen") == "Aantal werkprocessen"
    assert header_text("groei_per_jaar_procent") == "Groei per jaar (%)"
    assert header_text("werkproces_id") == "Werkproces"
    assert header_text("Ethisch en integer handelen") == "Ethisch en integer handelen"
    assert header_text("aandeel", {"aandeel": "Aandeel (fractie)"}) == "Aandeel (fractie)"


def test_workbook_sheets_headers_and_values(tmp_path):
    path = write_workbook(_sheets(), tmp_path / "tabellen.xlsx")
    assert path == tmp_path / "tabellen.xlsx"
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Matrix", "Frequentie"]
    matrix = workbook["Matrix"]
    rows = [[cell.value for cell in row] for row in matrix.iter_rows()]
    # the named index becomes the first column; "1.10" stays a string
    assert rows == [["Werkproces", "Analyseren", "Presenteren"], ["1.1", 1, 0], ["1.10", 0, 1]]
    assert all(cell.font.bold for cell in matrix[1])
    assert matrix.freeze_panes == "A2"
    frequency = workbook["Frequentie"]
    rows = [[cell.value for cell in row] for row in frequency.iter_rows()]
    # a default RangeIndex is not written
    assert rows[0] == ["Competentie", "Aantal werkprocessen", "Aandeel", "Werkprocessen", "Groei (%)"]
    assert rows[1][:2] == ["Analyseren", 7]
    assert rows[1][2] == pytest.approx(7 / 15)
    assert rows[1][3] == "1.1, 1.2"  # lists are joined
    assert rows[2][4] is None  # NaN is an empty cell
    assert frequency["C2"].number_format == "0.00"
    # the competency column is wider than the default and fits its longest value
    assert frequency.column_dimensions["A"].width >= len("Presenteren")


def test_workbook_is_deterministic_and_atomic(tmp_path):
    first = write_workbook(_sheets(), tmp_path / "a.xlsx").read_bytes()
    second = write_workbook(_sheets(), tmp_path / "b.xlsx").read_bytes()
    assert first == second
    archive = zipfile.ZipFile(tmp_path / "a.xlsx")
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    properties = load_workbook(tmp_path / "a.xlsx").properties
    assert properties.created == properties.modified == datetime.datetime(2010, 9, 30)
    # no temporary files left behind; unchanged content leaves the file untouched
    stamp = (tmp_path / "a.xlsx").stat().st_mtime_ns
    write_workbook(_sheets(), tmp_path / "a.xlsx")
    assert (tmp_path / "a.xlsx").stat().st_mtime_ns == stamp
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]


@pytest.mark.parametrize("name", ["x" * 32, "Wat?", "a/b", ""])
def test_bad_sheet_names_are_refused(tmp_path, name):
    with pytest.raises(ValueError, match="bladnaam"):
        write_workbook({name: pd.DataFrame({"a": [1]})}, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_committee_tables_of_bundled_profile(tmp_path, bundled_profile):
    profile = bundled_profile
    tables = committee_tables(profile)
    assert list(tables) == [
        "Proces-competentie-matrix", "Competenties", "Clusters", "Gelijkenis competenties",
        "Kennis terugkerend", "Vaardigheden terugkerend", "Arbeidsmarkt", "Vacatureontwikkeling",
        "Vacatures per richting",
    ]
    assert all(len(name) <= 31 for name in tables)
    path = write_workbook(tables, tmp_path / "commissie.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == list(tables)

    matrix = workbook["Proces-competentie-matrix"]
    header = [cell.value for cell in matrix[1]]
    # werkproces, titel, then the 25 competencies (CONTRIBUTING.md, "Reference: the 25 competencies")
    assert header[:3] == ["Werkproces", "Titel", "Beslissen en activiteiten initiëren"]
    assert len(header) == 27 and header[-1] == "Bedrijfsmatig handelen"
    rows = {row[0]: row for row in matrix.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 15
    # 1.1 needs Samenwerken en overleggen, Analyseren, Onderzoeken, Bedrijfsmatig handelen
    # (raw lines 686-692): 4 ones, in those columns
    needed = {header[i] for i, value in enumerate(rows["1.1"]) if value == 1}
    assert needed == {"Samenwerken en overleggen", "Analyseren", "Onderzoeken", "Bedrijfsmatig handelen"}
    assert rows["1.1"][1] == "Verzamelt (markt)informatie"

    change = workbook["Vacatureontwikkeling"]
    values = dict(zip([c.value for c in change[1]], [c.value for c in change[2]]))
    # 193000 - 133400 = 59600 (raw lines 533-536)
    assert values["Van jaar"] == 2009 and values["Tot jaar"] == 2014
    assert values["Verschil"] == 59600
    assert values["Groei (%)"] == pytest.approx(44.68)

    shares = workbook["Vacatures per richting"]
    last = [cell.value for cell in shares[5]]
    # 100 - 26.5 - 21.5 - 19.3 = 32.7 (raw lines 511-513)
    assert last[:3] == ["Overige richtingen", "2009", pytest.approx(32.7)]

    # every sheet holds exactly the values of its table
    for name, table in tables.items():
        sheet = workbook[name]
        assert sheet.max_row == len(table) + 1, name
        frame = table.reset_index() if table.index.name else table
        assert sheet.max_column == frame.shape[1], name
        for column_number, column in enumerate(frame.columns, start=1):
            written = [sheet.cell(row=row, column=column_number).value for row in range(2, len(frame) + 2)]
            expected = [None if pd.isna(value) else value for value in frame[column].tolist()]
            if pd.api.types.is_float_dtype(frame[column]):
                assert written == pytest.approx(expected), (name, column)
            else:
                assert written == expected, (name, column)


def test_committee_workbook_has_the_sheets_of_deliverables(tmp_path, bundled_profile):
    from openpyxl import load_workbook

    from bcp_analysis.outputs.deliverables import committee_tables
    from bcp_analysis.outputs.workbook import write_committee_workbook

    profile = bundled_profile
    path = write_committee_workbook(profile, tmp_path / "tabellen.xlsx")
    sheets = load_workbook(path).sheetnames
    # the one list: the workbook holds exactly the tables deliverables gives, in that order
    assert sheets == list(committee_tables(profile))
    assert sheets[:3] == ["Proces-competentie-matrix", "Competenties", "Clusters"]

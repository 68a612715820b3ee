"""Tests for bcp_analysis.outputs.tables: CSV files a committee can open in Dutch Excel."""

import io

import pandas as pd

from bcp_analysis.outputs.tables import csv_bytes, write_tables


def test_every_table_written_readable_and_stable(tmp_path, bundled_profile):
    profile = bundled_profile
    paths = write_tables(profile, tmp_path)
    assert [path.stem for path in paths] == list(profile.tables())
    competenties = pd.read_csv(tmp_path / "competenties.csv", dtype=str, encoding="utf-8-sig", sep=";")
    assert len(competenties) == 97
    assert "Creëren en innoveren" in set(competenties["competentie"])  # accents survive
    werkprocessen = pd.read_csv(tmp_path / "werkprocessen.csv", dtype=str, encoding="utf-8-sig", sep=";")
    assert werkprocessen["werkproces_id"].iloc[-1] == "3.7"
    assert (tmp_path / "competenties.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    write_tables(profile, tmp_path)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before


def test_csv_for_dutch_excel_semicolons_and_decimal_comma():
    table = pd.DataFrame({"indicator": ["Aandeel vacatures, mbo", "Groei"], "waarde": [12.5, 3.0],
                          "werkproces_id": ["1.10", "1.1"]})
    content = csv_bytes(table)
    assert content.startswith(b"\xef\xbb\xbf")
    lines = content.decode("utf-8-sig").splitlines()
    # a comma inside a cell needs no quotes with ';'; ids stay text with a point
    assert lines == ["indicator;waarde;werkproces_id", "Aandeel vacatures, mbo;12,5;1.10", "Groei;3,0;1.1"]
    assert pd.read_csv(io.BytesIO(content), sep=";", decimal=",", encoding="utf-8-sig",
                       dtype={"werkproces_id": str})["waarde"].tolist() == [12.5, 3.0]


def test_csv_with_commas_on_request():
    table = pd.DataFrame({"indicator": ["Groei"], "waarde": [12.5]})
    assert csv_bytes(table, dutch=False).decode("utf-8-sig").splitlines() == ["indicator,waarde", "Groei,12.5"]


def test_arbeidsmarkt_values_get_a_decimal_comma(tmp_path, bundled_profile):
    profile = bundled_profile
    write_tables(profile, tmp_path)
    table = pd.read_csv(tmp_path / "arbeidsmarkt.csv", sep=";", decimal=",", encoding="utf-8-sig")
    expected = profile.arbeidsmarkt["waarde"].astype(float).tolist()
    assert table["waarde"].astype(float).tolist() == expected

"""Tests for bcp_analysis.tables: CSV files a committee can open in Excel."""

import pandas as pd

from bcp_analysis import load_profile
from bcp_analysis.tables import write_tables


def test_every_table_written_readable_and_stable(tmp_path):
    profile = load_profile()
    paths = write_tables(profile, tmp_path)
    assert [path.stem for path in paths] == list(profile.tables())
    competenties = pd.read_csv(tmp_path / "competenties.csv", dtype=str, encoding="utf-8-sig")
    assert len(competenties) == 97
    assert "Creëren en innoveren" in set(competenties["competentie"])  # accents survive
    werkprocessen = pd.read_csv(tmp_path / "werkprocessen.csv", dtype=str, encoding="utf-8-sig")
    assert werkprocessen["werkproces_id"].iloc[-1] == "3.7"
    assert (tmp_path / "competenties.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    write_tables(profile, tmp_path)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before

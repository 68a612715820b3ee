"""Tests for bcp_analysis.model.profile: the table vocabulary, the one sort key for ids, Profile.tables."""

import pandas as pd

from bcp_analysis.model.profile import TABLES, Profile, make_table, werkproces_sort_key


def test_make_table_has_fixed_columns_and_dtypes():
    table = make_table("werkprocessen", [
        {"werkproces_id": "1.10", "kerntaak_id": "1", "titel": "Een", "beschrijving": "Tekst", "regel": 57}])
    assert table.columns.tolist() == ["werkproces_id", "kerntaak_id", "titel", "beschrijving", "regel", "pagina"]
    assert table["werkproces_id"].tolist() == ["1.10"]  # stays text, not 1.1
    assert str(table["regel"].dtype) == "Int64" and table["regel"].iloc[0] == 57
    assert table["pagina"].isna().all()


def test_make_table_empty_keeps_dtypes():
    table = make_table("arbeidsmarkt")
    assert len(table) == 0
    assert table.columns.tolist() == list(TABLES["arbeidsmarkt"])
    assert table["waarde"].dtype == "float64" and str(table["regel"].dtype) == "Int64"


def test_werkproces_sort_key_orders_numbers_numerically():
    ids = ["1.10", "2.1", "1.2", "1.9", ""]
    assert sorted(ids, key=werkproces_sort_key) == ["", "1.2", "1.9", "1.10", "2.1"]


def test_werkproces_sort_key_orders_kd_codes():
    ids = ["P1-K1-W1", "B1-K2-W1", "B1-K1-W10", "B1-K1-W2"]
    assert sorted(ids, key=werkproces_sort_key) == ["B1-K1-W2", "B1-K1-W10", "B1-K2-W1", "P1-K1-W1"]


def _profile(**tables):
    empty = {name: make_table(name) for name in TABLES}
    return Profile(meta={"titel": "Test"}, **{**empty, **tables})


def test_tables_leave_out_empty_kd_tables():
    assert "gedrag" not in _profile().tables() and "vakkennis" not in _profile().tables()
    assert list(_profile().tables()) == [name for name in TABLES if name not in ("gedrag", "vakkennis")]


def test_tables_keep_filled_kd_tables():
    gedrag = make_table("gedrag", [{"werkproces_id": "B1-K1-W1", "item": "werkt nauwkeurig"}])
    tables = _profile(gedrag=gedrag).tables()
    assert "gedrag" in tables and "vakkennis" not in tables
    pd.testing.assert_frame_equal(tables["gedrag"], gedrag)


def test_bronvermelding():
    assert _profile().bronvermelding == "Bron: BCP Test"

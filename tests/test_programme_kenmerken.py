"""The kenmerken a programme document states in its title, and the labels that win over it.

Every expected value is read by hand from the title written in the test.
"""

from __future__ import annotations

import pytest

from bcp_analysis.readers import load_programme
from bcp_analysis.readers.programme_kenmerken import kenmerken_of, title_kenmerken
from bcp_analysis.readers.programme_layout import Line

_TABLE = ("| Naam | Examenvorm | Werkprocessen | Duur |\n"
          "|---|---|---|---|\n"
          "| {naam} | Proeve van bekwaamheid | {code} | 4 uur |\n")


def _lines(*texts, pagina=None):
    return [Line(pagina, number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(("title", "expected"), [
    ("# Examenplan Verkoper (crebo 25251)", {"profiel": "Verkoper", "crebo": "25251"}),
    ("Toetsplan Verkoper, crebo 25251", {"profiel": "Verkoper", "crebo": "25251"}),
    ("Examenplan Verkoper 25251 cohort 2025-2026", {"profiel": "Verkoper", "crebo": "25251", "cohort": "2025-2026"}),
    ("Crebo 25251 – niveau 2", {"crebo": "25251", "niveau": "2"}),
    ("OER Allround medewerker (25252) niveau 3", {"profiel": "Allround medewerker", "crebo": "25252", "niveau": "3"}),
    ("Onderwijs- en examenregeling Verzorgende-IG, 25491",
     {"profiel": "Verzorgende-IG", "crebo": "25491"}),
    ("## Examenprogramma Kok niveau 2 crebo 25180", {"profiel": "Kok", "crebo": "25180", "niveau": "2"}),
    ("Opleidingsplan voor de opleiding Medewerker ICT-support – ROC Midden Nederland",
     {"school": "ROC Midden Nederland", "profiel": "Medewerker ICT-support"}),
    ("Examenplan cohort 2026-2027", {"cohort": "2026-2027"}),       # a title without a name (Aeres, page 1)
    ("Examenplan en diploma-eisen", {}),                             # Utrecht, page 1: no name after the kind
])
def test_a_title_states_its_kenmerken(title, expected):
    assert title_kenmerken(_lines(title)) == expected


@pytest.mark.parametrize("title", [
    "Examenplan Bijlage 25251",          # no name before the number, and no word crebo
    "Examenplan 25180 versie 3",         # a number right after the kind: no name, no crebo
    "Jaarverslag Verkoper (25251)",      # not a kind of programme document
    "Ordernummer 25251 niveau",          # a number beside another word; niveau without its number
])
def test_a_number_without_the_word_crebo_or_a_title_is_no_crebo(title):
    assert "crebo" not in title_kenmerken(_lines(title))


def test_only_the_first_lines_of_page_one_are_a_title():
    # page 1 has three lines of text before the examenplan's name; page 2 names another one
    lines = _lines("Inleiding", "Deze regeling", "geldt voor alle opleidingen", "Examenplan Verkoper (crebo 25251)",
                   pagina=1) + _lines("Toetsplan Kok, crebo 25180", pagina=2)
    assert title_kenmerken(lines) == {}


def test_the_first_heading_below_a_few_lines_is_a_title():
    lines = _lines("Versie 3, vastgesteld door de examencommissie", "", "Laatst gewijzigd: 1-7-2025",
                   "Concept", "# OER Allround medewerker (25252) niveau 3")
    assert title_kenmerken(lines) == {"profiel": "Allround medewerker", "crebo": "25252", "niveau": "3"}


def test_a_heading_far_down_is_a_chapter_not_the_title():
    # eight lines of text before it: the first heading is line 9, a chapter of the document
    lines = _lines(*[f"Regel {number} van de inleiding" for number in range(1, 9)],
                   "# Bijlage: Examenplan Kok (crebo 25180)")
    assert title_kenmerken(lines) == {}


def test_a_label_wins_over_the_title():
    found = kenmerken_of(_lines("# Examenplan Verkoper (crebo 25251)", "Opleiding: Verkoper detailhandel",
                                "Niveau: 2"))
    assert (found["profiel"], found["crebo"], found["niveau"]) == ("Verkoper detailhandel", "25251", "2")


def test_kenmerken_of_stays_importable_from_the_builder():
    from bcp_analysis.readers.programme_build import kenmerken_of as of_build

    assert of_build is kenmerken_of


def test_a_markdown_examenplan_reads_its_title(tmp_path):
    path = tmp_path / "examenplan.md"
    path.write_text("# Examenplan Verkoper (crebo 25251)\n\nCohort 2025-2026, niveau 2\n\n"
                    + _TABLE.format(naam="PvB Verkopen", code="B1-K1-W1"), encoding="utf-8")
    programme = load_programme(path)
    assert programme.kenmerken == {"school": None, "kwalificatiedossier": None, "crebo_kwalificatiedossier": None,
                                   "profiel": "Verkoper", "crebo": "25251", "niveau": "2", "cohort": "2025-2026",
                                   "vastgesteld_op": None}
    assert programme.onderdelen["onderdeel"].tolist() == ["PvB Verkopen"]
    assert programme.other_parts == ()


def test_a_title_crebo_is_the_own_crebo_when_a_label_for_another_follows(tmp_path):
    # the title names crebo 25251; the second half states "Crebo: 25252", a part of another qualification
    path = tmp_path / "examenplan.md"
    path.write_text("# Toetsplan Verkoper, crebo 25251\n\n" + _TABLE.format(naam="PvB Verkopen", code="B1-K1-W1")
                    + "\nCrebo: 25252\nOpleiding: Eerste verkoper\n\n"
                    + _TABLE.format(naam="PvB Leidinggeven", code="P1-K1-W2"), encoding="utf-8")
    programme = load_programme(path)
    assert (programme.crebo, programme.kenmerken["profiel"]) == ("25251", "Verkoper")
    assert programme.dekking["werkproces_id"].tolist() == ["B1-K1-W1"]
    [other] = programme.other_parts
    assert (other.crebo, other.kenmerken["profiel"]) == ("25252", "Eerste verkoper")
    assert other.dekking["werkproces_id"].tolist() == ["P1-K1-W2"]


def test_a_title_crebo_stated_again_splits_nothing(tmp_path):
    path = tmp_path / "examenplan.md"
    path.write_text("# Examenplan Verkoper (crebo 25251)\n\nCrebo: 25251\n\n"
                    + _TABLE.format(naam="PvB Verkopen", code="B1-K1-W1"), encoding="utf-8")
    programme = load_programme(path)
    assert programme.crebo == "25251" and programme.other_parts == ()
    assert [note.kind for note in programme.notes] == []

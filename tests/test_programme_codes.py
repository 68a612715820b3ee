"""The grammar of werkproces codes: every form a school prints reads back as the codes it stands for."""

from hypothesis import given
from hypothesis import strategies as st

from bcp_analysis.readers.programme_codes import find_codes, kerntaak_of


def _ids(text, **options):
    return [hit.werkproces_id or hit.kerntaak_id for hit in find_codes(text, **options)]


def test_the_forms_of_the_issue():
    assert _ids("W1 t/m W5", kerntaak="B1-K1") == [f"B1-K1-W{n}" for n in range(1, 6)]
    assert _ids("B1-K1-W1 t/m 5") == [f"B1-K1-W{n}" for n in range(1, 6)]
    assert _ids("B1-K1-W2 & W3") == ["B1-K1-W2", "B1-K1-W3"]
    assert _ids("W2 & W3", kerntaak="P2-K1") == ["P2-K1-W2", "P2-K1-W3"]
    assert _ids("B1-K1-W1, W2 en W4") == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W4"]
    assert _ids("B1-K2- W1") == ["B1-K2-W1"]
    assert _ids("B1-k1-W1") == ["B1-K1-W1"]
    assert _ids("B1-\nK1-W1") == ["B1-K1-W1"]
    assert _ids("B1?K1?W1") == ["B1-K1-W1"]
    assert _ids("B1-?1-W3") == ["B1-K1-W3"]
    assert _ids("B1-K1-W1 tot en met B1-K1-W3") == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"]


def test_a_kerntaak_alone_and_in_a_sentence():
    assert _ids("B1-K1 - Begeleiden van kinderen") == ["B1-K1"]
    hits = find_codes("Om voor kerntaak P1-K2 te slagen")
    assert [(hit.werkproces_id, hit.kerntaak_id) for hit in hits] == [("", "P1-K2")]


def test_what_is_no_code():
    assert find_codes("Heb je een klacht? Bespreek het. W1 en W2") == []     # bare W without a kerntaak
    assert find_codes("crebo 25697, niveau 4, B1 en K1") == []
    assert find_codes("AB1-K1-W1") == []                                      # part of a longer word


def test_a_question_mark_for_b_or_p_is_reported_not_guessed():
    [hit] = find_codes("examen ?1-K1-W2")
    assert (hit.werkproces_id, hit.kerntaak_id) == ("", "")
    assert "?" in hit.problem


def test_lines_are_counted_from_first_line():
    hits = find_codes("Naam\nB1-K1-W1\n\nP2-\nK1-W3 & W4", first_line=10)
    assert [(hit.werkproces_id, hit.regel) for hit in hits] == [("B1-K1-W1", 11), ("P2-K1-W3", 13), ("P2-K1-W4", 13)]


def test_kerntaak_of():
    assert kerntaak_of("B1-K12-W3") == "B1-K12"
    assert kerntaak_of("3.7") == "3"


def test_a_kerntaak_followed_by_its_werkprocessen():
    assert _ids("B1-K1: W1 t/m W3") == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"]
    assert _ids("P2-K1: W2 & W4") == ["P2-K1-W2", "P2-K1-W4"]
    assert _ids("P2-K1-W2\n& W5") == ["P2-K1-W2", "P2-K1-W5"]          # a list over a cell's lines
    assert _ids("P2-K2: W1 t/\nm W4") == ["P2-K2-W1", "P2-K2-W2", "P2-K2-W3", "P2-K2-W4"]
    assert _ids("B1-K1-W1\nt/m\nB1-K1-W3") == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"]   # a range over a cell's lines


def test_the_forms_of_a_bcp():
    """A BCP's programme writes werkprocessen WP 1.1 and kerntaken Kerntaak 1 (ids 1.1 and 1)."""
    assert _ids("WP 1.1") == ["1.1"]
    assert _ids("WP 1.1 t/m 1.4") == ["1.1", "1.2", "1.3", "1.4"]
    assert _ids("WP 1.1 t/m WP 1.4") == ["1.1", "1.2", "1.3", "1.4"]
    assert _ids("WP 2.1 & 2.2") == ["2.1", "2.2"]
    assert _ids("WP 3.3, WP 3.5") == ["3.3", "3.5"]
    assert _ids("wp 1.1") == ["1.1"]
    assert _ids("WP1.1") == ["1.1"]
    assert _ids("WP\n1.1") == ["1.1"]
    assert _ids("WP 1.1 t/m WP\n1.4") == ["1.1", "1.2", "1.3", "1.4"]   # a range broken in a narrow cell
    assert _ids("WP 3.1 t/\nm WP 3.3") == ["3.1", "3.2", "3.3"]          # ... after the slash of t/m
    assert _ids("WP 3.3 &\n3.7") == ["3.3", "3.7"]
    assert _ids("werkproces 2.3") == ["2.3"]
    assert _ids("Kerntaak 1") == ["1"]
    assert _ids("Kerntaak 1: Stelt verkoopplannen op") == ["1"]
    assert _ids("WP 1.1: Verzamelt (markt)informatie") == ["1.1"]
    assert _ids("WP 1.1 - Verzamelt (markt)informatie") == ["1.1"]
    assert _ids("WP 3.3 Voert het verkoopgesprek") == ["3.3"]


def test_a_bcp_id_needs_its_wp_or_its_kerntaak_word():
    assert find_codes("1,5 uur, versie 2.1, op 1.1.2025, weging 50%, hoofdstuk 3.2") == []
    assert _ids("WP 1.1.2") == []      # a paragraph number, no werkproces
    assert _ids("WP 2.1 & 3.2") == ["2.1"]   # "3.2" after '&' belongs to another kerntaak: not read as a list


# --- property tests: a kerntaak's werkprocessen, printed in any of the forms, read back -----------

kerntaken = st.tuples(st.sampled_from("BP"), st.integers(1, 9), st.integers(1, 12))
numbers = st.lists(st.integers(1, 15), min_size=1, max_size=8, unique=True).map(sorted)


def _runs(values):
    runs = [[values[0]]]
    for value in values[1:]:
        if value == runs[-1][-1] + 1:
            runs[-1].append(value)
        else:
            runs.append([value])
    return runs


@st.composite
def printed(draw):
    """(text, the werkprocessen it names): one kerntaak's werkprocessen, printed as a school may."""
    deel, deel_nr, kerntaak_nr = draw(kerntaken)
    values = draw(numbers)
    dash = draw(st.sampled_from(["-", "-", "?", "- ", "-\n", "–"]))
    k = draw(st.sampled_from(["K", "k"]))
    prefix = f"{deel}{deel_nr}{dash}{k}{kerntaak_nr}{dash}"
    style = draw(st.sampled_from(["full", "range", "list"]))
    if style == "full":
        text = ", ".join(f"{prefix}W{value}" for value in values)
    else:
        parts = []
        for index, run in enumerate(_runs(values)):
            head = f"{prefix}W{run[0]}" if index == 0 else f"W{run[0]}"
            if len(run) > 1 and style == "range":
                tail = draw(st.sampled_from([f" t/m W{run[-1]}", f" t/m {run[-1]}", f" tot en met W{run[-1]}"]))
                parts.append(head + tail)
            else:
                parts.append(" & ".join([head] + [f"W{value}" for value in run[1:]]))
        separator = draw(st.sampled_from([", ", " & ", " en "]))
        text = separator.join(parts)
    kerntaak = f"{deel}{deel_nr}-K{kerntaak_nr}"
    return text, [f"{kerntaak}-W{value}" for value in values]


@given(printed(), st.sampled_from(["", "Examen: ", "PvB 1 "]), st.sampled_from(["", ".", " (praktijk)"]))
def test_every_printed_form_reads_back_exactly(case, before, after):
    text, expected = case
    assert _ids(before + text + after) == expected


@given(printed(), st.integers(0, 5))
def test_a_code_keeps_the_line_it_starts_on(case, blank_lines):
    text, expected = case
    hits = find_codes("Kop\n" + "\n" * blank_lines + text, first_line=1)
    assert [hit.werkproces_id for hit in hits] == expected
    assert hits[0].regel == 2 + blank_lines


@given(st.lists(printed(), min_size=1, max_size=4))
def test_several_kerntaken_in_one_cell(cases):
    text = "\n".join(case[0] for case in cases)
    expected = [code for _, codes in cases for code in codes]
    assert _ids(text) == expected

"""The audit of every word against a reader that loses or adds a word (``-m corpus_large``, minutes).

One word is taken out of one text field of a profile that reads back exactly, or a word of another
field is put in, and the audit must name it with a finding that makes ``validate`` fail (a word
put in that the document holds only far from the field: a ``woordplaats`` finding). The
documents: the bundled text, and a generated profile as reportlab draws it and as a table drawn
cell by cell (tests/documents). Which field, which word and where are drawn by hypothesis
(``--hypothesis-seed=N`` draws the same again); a failure shrinks to the smallest case.

A text the profile's format holds once for several rows (a loopbaan column's name, an aspect or an
occupation of the comparison) is changed in all those rows, as a reader would change it. Left out,
as the audit's known limit: a level of the loopbaan table and the bron of the figures, which each row
holds but the document may print once for several rows (a row that lost its value loses no word of the
document; the other rows hold it). The profile's own title, and a field whose whole text it is ("Junior
accountmanager", a function of the loopbaan table), are in. Also left out: the name the reader gives
a part that has no heading ("inleiding"), which is no word of the document. Words are put into every
field, titles too, on the bundled text and on both PDFs.
"""

import dataclasses
import re

import pytest
from documents import cells, reportlab_pdf
from documents.model import draw_documents
from documents.roundtrip import differences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bcp_analysis.audit import audit_document
from bcp_analysis.audit.words import _FIELDS, _REPEATED, words_of
from bcp_analysis.paths import BUNDLED_RAW
from bcp_analysis.readers import load_profile
from bcp_analysis.readers.pdf import extract_pdf

pytestmark = pytest.mark.corpus_large

DROPS = 100
_TITLES = {("kerntaken", "titel"), ("werkprocessen", "titel")}
_OWN_NAMES = {("trends", "onderdeel"), ("beschrijving", "onderdeel")}
# Texts the profile's format holds once for several rows (a loopbaan column's name, an aspect and an
# occupation of the comparison): a reader that loses a word of one loses it from all those rows.
_SHARED = {("loopbaan", "kolom"), ("vergelijking", "aspect"), ("vergelijking", "beroep")}


def _cells(profile):
    """(table, rows, column) of every text field that a lost word of must be named (``rows``: the rows that
    share its text where the format holds it once), and ("meta", key, None) for the colofon's keys."""
    repeated = {value for table, column in _REPEATED - _TITLES - _SHARED
                for value in getattr(profile, table)[column].dropna()}
    found = []
    for table, (columns, _) in _FIELDS.items():
        frame = getattr(profile, table)
        for column in columns:
            if (table, column) in _REPEATED - _TITLES - _SHARED or (table, column) in _OWN_NAMES:
                continue
            texts = frame[column][frame[column].map(lambda value: isinstance(value, str) and bool(words_of(value))
                                                    and value not in repeated)]
            if (table, column) in _SHARED:
                found += [(table, tuple(texts.index[texts == text]), column) for text in sorted(set(texts))]
            else:
                found += [(table, (row,), column) for row in texts.index]
    found += [("meta", key, None) for key, value in sorted(profile.meta.items())
              if isinstance(value, str) and words_of(value) and not value[:4].isdigit()]
    return found


def _text(profile, cell):
    table, rows, column = cell
    return profile.meta[rows] if table == "meta" else getattr(profile, table).at[rows[0], column]


def _changed(profile, cell, text):
    """The profile with the field (each of its rows) holding ``text``."""
    table, rows, column = cell
    if table == "meta":
        return dataclasses.replace(profile, meta={**profile.meta, rows: text})
    frame = getattr(profile, table).copy()
    for row in rows:
        frame.at[row, column] = text
    return dataclasses.replace(profile, **{table: frame})


def _without(profile, cell, number):
    """The profile with the ``number``-th word (a run of text with letters) of one field left out, its paragraphs
    kept."""
    parts = re.split(r"(\s+)", _text(profile, cell).strip())   # pieces of text, the white space between them
    kept = [index for index in range(0, len(parts), 2) if words_of(parts[index])]
    at = kept[number % len(kept)]
    # the piece goes with the white space after it, or before it where that is a paragraph's break or none
    space = at + 1 if at + 1 < len(parts) and "\n" not in parts[at + 1] else at - 1
    rest = "".join(part for index, part in enumerate(parts) if index not in (at, space))
    return _changed(profile, cell, rest), parts[at]


def _with(profile, cell, number, word):
    """The profile with ``word`` put in one field before its ``number``-th piece of text, its paragraphs kept."""
    parts = re.split(r"(\s+)", _text(profile, cell).strip())
    at = 2 * (number % (len(parts) // 2 + 2))
    return _changed(profile, cell, "".join(parts[:at] + [word, " "] + parts[at:]).strip())


def _names_every_change(path, profile, additions=True):
    assert audit_document(path, profile=profile).lost == [], "the profile as read loses nothing"
    cells_ = _cells(profile)
    words = sorted({word for cell in cells_ for word in words_of(_text(profile, cell))})

    @settings(max_examples=DROPS, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(cells_) - 1), st.integers(0, 50))
    def drop(cell, number):
        changed, dropped = _without(profile, cells_[cell], number)
        report = audit_document(path, profile=changed)
        assert report.lost, f"{cells_[cell]} zonder '{dropped}': niets genoemd ({report.verdict()})"
        assert "niet in orde" in report.verdict()

    @settings(max_examples=DROPS, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(cells_) - 1), st.integers(0, 50), st.sampled_from(words))
    def add(cell, number, word):
        report = audit_document(path, profile=_with(profile, cells_[cell], number, word))
        # a word the document holds only far from the field is named as such ("woordplaats", to review)
        named = report.lost or [finding for finding in report.findings if finding.kind == "woordplaats"]
        assert named, f"{cells_[cell]} met '{word}': niets genoemd ({report.verdict()})"

    drop()
    if additions:
        add()


def test_a_word_lost_from_or_added_to_any_field_of_the_bundled_text_is_named():
    _names_every_change(BUNDLED_RAW, load_profile(BUNDLED_RAW))


@pytest.mark.parametrize("render", [reportlab_pdf.render_pdf, cells.render_pdf], ids=["reportlab", "cells"])
def test_a_word_lost_from_any_field_of_a_generated_pdf_is_named(tmp_path, render):
    [document] = draw_documents(1)
    path = tmp_path / "profiel.pdf"
    render(document, path)
    extraction = extract_pdf(path)
    assert differences(document, extraction) == []
    _names_every_change(path, load_profile(path))

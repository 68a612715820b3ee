"""Corrections of letters and words that PDF-to-text extraction misreads."""

import functools
import re

import yaml

from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import TEKSTCORRECTIES_FILE

__all__: list[str] = []  # nothing of it is used outside its layer

# "é" directly after a plain vowel is a misread "ë" (initiéren, Creéren, commerciéle).
# "één" is untouched because its second "é" follows "é", not a plain vowel; emphatic
# "én" is untouched because its "é" follows a space.
_DIAERESIS = re.compile(r"(?<=[aeiouAEIOU])([éÉ])")


@functools.cache
def _corrections():
    """Read the curated word corrections once; return (pattern, mapping)."""
    path = TEKSTCORRECTIES_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProfileError(path, "bestand", f"kan de tekstcorrecties niet lezen ({exc})",
                           "herstel het bestand uit versiebeheer") from None
    words = data.get("woorden") if isinstance(data, dict) else None
    if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        raise ProfileError(path, "woorden", "verwacht een mapping van misgelezen woord naar correctie",
                           "schrijf elk paar als 'fout: goed' onder 'woorden:'")
    mapping = dict(words)
    if not mapping:
        return None, mapping
    # Longest keys first so that a phrase wins over a word it contains.
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(key) for key in keys) + r")(?!\w)")
    return pattern, mapping


def word_corrections():
    """Return the curated whole-word corrections of ``data/reference/tekstcorrecties.yaml``.

    Returns
    -------
    dict of str to str
        Misread word (or phrase) to its correction.

    Examples
    --------
    >>> word_corrections()["beinvioeden"]
    'beïnvloeden'
    """
    return dict(_corrections()[1])


def fix_text(text):
    """Correct the misread letters and words of PDF-extracted text.

    Applies the curated whole-word corrections (matched case-sensitively, as whole words)
    and then the general rule that an ``é`` directly after a plain vowel is a misread
    ``ë``. ``één`` and emphatic ``én`` are left alone. Applying it twice changes nothing.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> fix_text("Beslissen en activiteiten initiéren")
    'Beslissen en activiteiten initiëren'
    >>> fix_text("Eris één klant én een account, 0.a. potentiéle")
    'Er is één klant én een account, o.a. potentiële'
    """
    pattern, mapping = _corrections()
    if pattern is not None:
        text = pattern.sub(lambda match: mapping[match.group(0)], text)
    return _DIAERESIS.sub(lambda match: "ë" if match.group(1) == "é" else "Ë", text)

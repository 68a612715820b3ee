"""Grouping kennis and vaardigheden items that differ only in spelling or phrasing.

A profile repeats the same item under slightly different wordings:
"Luisteren, samenvatten en doorvragen" next to "Luisteren, samenvatten, doorvragen", or
"Leesvaardigheid Engels en tweede moderne vreemde taal" next to "Luister-, lees-,
schrijf- en gespreksvaardigheid Engels en tweede moderne vreemde taal". This module gives
each item a *key*; items with the same key form one group. The source wording is never
replaced: :func:`group_items` returns it next to its key and its group's representative.

The key is built in four steps.

1. **Spelling.** Accents stripped (``ë`` → ``e``) and casefolded by
   :func:`bcp_analysis.dutch.fold`; every dash (``‐ – —``) becomes ``-``.
2. **Compound coordinations** (Dutch *samentrekking*), recognised from the hyphens the
   text itself writes:

   - a *leading list of compound parts* -- one or more words ending in a hyphen, joined
     by commas or "en", at the start of the item, followed by a closed compound
     ("Luister-, lees-, schrijf- en gespreksvaardigheid ...") -- is replaced by the
     compound's *head* ("vaardigheid ..."). The head is what remains of the closing
     compound after removing a known *modifier* from its front. Modifiers are the parts
     written with a trailing hyphen in any item of the same collection ("luister",
     "lees", "schrijf", "gespreks", "spreek" in the bundled profile's vaardigheden), so
     the rule learns them from the text rather than from a word list. When no known
     modifier starts the closing compound, the list is kept.
   - a *single leading compound* ("Leesvaardigheid ...") is reduced to its head in the
     same way, but only when that head was itself found as the head of a coordination in
     the collection ("vaardigheid"); so "Rekenvaardigheid" stays as it is unless some
     item writes "reken-" as a part, and "Luisteren" never loses "luister".
   - a *trailing coordination* "Xa en -b" ("Gesprekstechnieken en -structuren") is
     written out as the sorted pair of full compounds ("gespreksstructuren
     gesprekstechnieken"), so the order of the two parts no longer matters. The shared
     front X is found by removing from the first word a part that some item of the
     collection writes with a leading hyphen; when none fits, the words are kept.

3. **Punctuation.** Every character that is not a letter or digit becomes a space.
4. **Lists.** The word "en" is dropped, so "a, b en c" and "a, b, c" agree; spaces are
   collapsed.

The rule is deliberately conservative: it only ever removes what the text marks as a
coordination, and it never merges items whose heads differ ("Overlegvaardigheden" and
"Rekenvaardigheid" stay apart). In the bundled profile it merges the eight wordings of
the English-language skill into one group keyed ``vaardigheid engels tweede moderne
vreemde taal``, the two wordings of "Luisteren, samenvatten (en) doorvragen", and
"Gesprekstechnieken en -structuren" with "Gespreksstructuren en -technieken".

A group is named by what every member says. Where the members differ only in spelling,
punctuation or the order of a coordination, that is its first wording. Where step 2
reduced a compound to its head, the members say different things ("Leesvaardigheid
Engels ..." is reading only, "Luister- en gespreksvaardigheid Engels ..." listening and
speaking), so the group is named by the head and the rest of its first wording:
"Vaardigheid Engels en tweede moderne vreemde taal".
"""

import re

import pandas as pd

from bcp_analysis.dutch import fold

__all__: list[str] = []  # nothing of it is used outside its layer

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_PART = re.compile(r"^([\w/()]+)-,?$")
_MIN_HEAD = 3


def _spelling(text):
    """Step 1: accents stripped, casefolded, dashes unified."""
    return _DASHES.sub("-", fold(text))


def _tokens(text):
    """Split spelled text on whitespace, detaching commas so 'lees-,' reads as 'lees-'."""
    return text.replace(",", " , ").split()


def _leading_parts(tokens):
    """Return (modifiers, index of the closing compound) of a leading list of parts, or None."""
    modifiers = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        match = _PART.match(token)
        if match:
            modifiers.append(match.group(1))
        elif token not in (",", "en"):
            break
        index += 1
    if not modifiers or index >= len(tokens) or tokens[index].startswith("-"):
        return None
    return modifiers, index


def _trailing_parts(tokens):
    """Yield (index, suffix) for each 'word en -suffix' in the tokens."""
    for index in range(len(tokens) - 2):
        if tokens[index + 1] == "en" and tokens[index + 2].startswith("-") and len(tokens[index + 2]) > 1:
            if re.match(r"^\w", tokens[index]):
                yield index, tokens[index + 2][1:]


def _strip_modifier(word, modifiers):
    """Return the head of ``word`` after its longest known modifier, or None."""
    for modifier in sorted(modifiers, key=len, reverse=True):
        if word.startswith(modifier) and len(word) - len(modifier) >= _MIN_HEAD:
            return word[len(modifier):]
    return None


def _split_suffix(word, suffixes):
    """Return (front, suffix) when ``word`` ends in a known suffix part, else None."""
    for suffix in sorted(suffixes, key=len, reverse=True):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)], suffix
    return None


def compound_vocabulary(items):
    """Learn from a collection of items which word parts it writes as compound parts.

    Parameters
    ----------
    items : iterable of str
        Item wordings, for instance all vaardigheden of a profile.

    Returns
    -------
    dict
        ``modifiers`` (parts written with a trailing hyphen, "lees-"), ``heads`` (heads
        of leading coordinations whose closing compound starts with a known modifier) and
        ``suffixes`` (parts written with a leading hyphen, "-structuren"); each a
        frozenset of normalised strings.

    Examples
    --------
    >>> vocabulary = compound_vocabulary(["Lees- en schrijfvaardigheid", "Schrijf- en spreekvaardigheid"])
    >>> sorted(vocabulary["modifiers"]), sorted(vocabulary["heads"])
    (['lees', 'schrijf'], ['vaardigheid'])
    """
    token_lists = [_tokens(_spelling(item)) for item in items]
    modifiers, suffixes = set(), set()
    for tokens in token_lists:
        leading = _leading_parts(tokens)
        if leading:
            modifiers.update(leading[0])
        suffixes.update(suffix for _, suffix in _trailing_parts(tokens))
    heads = set()
    for tokens in token_lists:
        leading = _leading_parts(tokens)
        if leading:
            head = _strip_modifier(tokens[leading[1]], modifiers)
            if head:
                heads.add(head)
    return {"modifiers": frozenset(modifiers), "heads": frozenset(heads), "suffixes": frozenset(suffixes)}


def _key(text, vocabulary):
    """Apply steps 1-4 with a learned vocabulary."""
    return _key_and_name(text, vocabulary)[0]


def _key_and_name(text, vocabulary):
    """Return the key of a text and, when step 2 reduced a compound to its head, the
    head followed by the rest of the text as written ("Vaardigheid Engels ..."); else None."""
    tokens = _tokens(_spelling(text))
    written = _tokens(str(text))
    if len(written) != len(tokens):
        written = tokens
    name = None
    leading = _leading_parts(tokens)
    rest = None
    if leading:
        head = _strip_modifier(tokens[leading[1]], vocabulary["modifiers"])
        if head:
            tokens, rest = [head, *tokens[leading[1] + 1:]], written[leading[1] + 1:]
    elif tokens:
        head = _strip_modifier(tokens[0], vocabulary["modifiers"])
        if head and head in vocabulary["heads"]:
            tokens, rest = [head, *tokens[1:]], written[1:]
    if rest is not None:
        name = " ".join([tokens[0][:1].upper() + tokens[0][1:], *rest]).replace(" , ", ", ").replace(" ,", ",")
    for index, suffix in reversed(list(_trailing_parts(tokens))):
        split = _split_suffix(tokens[index], vocabulary["suffixes"])
        if split:
            front, own = split
            compounds = sorted({front + own, front + suffix})
            tokens = [*tokens[:index], *compounds, *tokens[index + 3:]]
    words = re.sub(r"[^\w]+|_", " ", " ".join(tokens)).split()
    return " ".join(word for word in words if word != "en"), name


def normalize_item(text, context=None):
    """Return the grouping key of an item (see the module docstring for the rule).

    Parameters
    ----------
    text : str
        An item as the profile writes it.
    context : iterable of str, optional
        Other items of the same collection; the compound parts they write with hyphens
        are used to recognise compounds in ``text``. Default: only ``text`` itself.

    Returns
    -------
    str
        The key: lower case, without accents, punctuation or "en".

    Examples
    --------
    >>> normalize_item("Luisteren, samenvatten en doorvragen")
    'luisteren samenvatten doorvragen'
    >>> normalize_item("Luisteren, samenvatten, doorvragen")
    'luisteren samenvatten doorvragen'
    >>> normalize_item("Luister-, gespreks- en schrijfvaardigheid Engels en tweede moderne vreemde taal",
    ...                context=["Luister-, schrijf- en gespreksvaardigheid Engels"])
    'vaardigheid engels tweede moderne vreemde taal'
    >>> normalize_item("Creëren van diepterelaties (o.a. met behulp van incentives)")
    'creeren van diepterelaties o a met behulp van incentives'
    """
    items = [text, *(context or [])]
    return _key(text, compound_vocabulary(items))


def group_items(items):
    """Group item wordings by their key, keeping every source wording.

    The compound parts are learned from ``items`` as a whole (see
    :func:`compound_vocabulary`), so pass a whole collection at once, for instance all
    vaardigheden of a profile.

    Parameters
    ----------
    items : iterable of str
        Item wordings, in the order of the source; repeats allowed.

    Returns
    -------
    pandas.DataFrame
        One row per input item, in input order: ``item`` (the source wording),
        ``sleutel`` (its key) and ``groep`` (the name of its group: what every member
        says; the first wording with that key, unless the members differ in a compound
        that step 2 reduced to its head, see the module docstring).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> groups = group_items(profile.vaardigheden["item"])
    >>> engels = groups[groups["sleutel"] == "vaardigheid engels tweede moderne vreemde taal"]
    >>> engels["item"].nunique(), engels["groep"].iloc[0]
    (8, 'Vaardigheid Engels en tweede moderne vreemde taal')
    >>> group_items(["Leesvaardigheid Engels", "Leesvaardigheid Engels"])["groep"].tolist()
    ['Leesvaardigheid Engels', 'Leesvaardigheid Engels']
    """
    texts = [str(item) for item in items]
    vocabulary = compound_vocabulary(texts)
    analysed = [_key_and_name(text, vocabulary) for text in texts]
    keys = [key for key, _ in analysed]
    first, wordings, reduced = {}, {}, {}
    for text, (key, name) in zip(texts, analysed):
        first.setdefault(key, text)
        wordings.setdefault(key, set()).add(text)
        if name is not None:
            reduced.setdefault(key, name)
    names = {key: reduced[key] if key in reduced and len(wordings[key]) > 1 else text for key, text in first.items()}
    return pd.DataFrame(
        {"item": texts, "sleutel": keys, "groep": [names[key] for key in keys]},
        columns=["item", "sleutel", "groep"],
    ).astype("str")

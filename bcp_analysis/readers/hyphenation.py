"""Words broken at a line end, put back together: the one place where two lines of text are joined.

A line that ends in a hyphen before a line that goes on in lower case is one of three things:

- a word that a typesetting system hyphenated (``hyphens: auto``): it writes U+2010 (‐) or a
  soft hyphen (U+00AD). Always joined without the hyphen: "ontwikke‐" + "lingen" is
  "ontwikkelingen". (PDFium marks any hyphen at a line end, a compound's too, as U+0002: the
  PDF reader gives that as an ordinary hyphen);
- a compound written with a hyphen ("follow-" + "up", "ECABO-" + "domein"): kept with its
  hyphen;
- a word broken by hand with an ordinary hyphen ("klachtafhande-" + "ling"): joined without it.

Between the last two the document decides where it can: the joined form elsewhere in the
document ("klachtafhandeling" in another line) joins it, the hyphenated form elsewhere keeps
it. Otherwise the Dutch hyphenation dictionary (pyphen's ``nl_NL``) is asked whether the break
stands where Dutch breaks the joined word; when it does, the break is undecidable (a compound
breaks there too): the hyphenated form is kept and reported (:func:`undecided`). A hyphen of a
word part before a conjunction ("verkoop-" + "en accountplannen") stays apart. A line broken
after "/" ("verkoop-/" + "ordersysteem", "en/" + "of") is joined without a space, and so is a
line that ends in a hyphen standing alone before a word in lower case: a word written with a
hyphen in front ("c.q. -" + "dossier"), broken after it.

The document's words are set for a reading with :func:`document_words`.
"""

import contextlib
import contextvars
import functools
import re

__all__ = ["join_lines", "document_words", "undecided", "TYPESET_HYPHENS"]

# Hyphens a typesetting system writes where it breaks a word.
TYPESET_HYPHENS = "\u2010\u00ad"
_CONJUNCTION = re.compile(r"(?:en|of|tot|en/of|dan|als|noch|t/m)\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_LAST_WORD = re.compile(r"([^\W\d_]+)[-" + TYPESET_HYPHENS + r"]$", re.UNICODE)
_FIRST_WORD = re.compile(r"^([^\W\d_]+)", re.UNICODE)

_VOCABULARY = contextvars.ContextVar("bcp_hyphenation_vocabulary", default=frozenset())
_UNDECIDED = contextvars.ContextVar("bcp_hyphenation_undecided", default=None)


@contextlib.contextmanager
def document_words(text):
    """Within the block, joins look up words in ``text`` (the whole document), and collect what stays undecided.

    Parameters
    ----------
    text : str

    Yields
    ------
    list of str
        The hyphenated forms kept because neither the document nor the dictionary decided.

    Examples
    --------
    >>> with document_words("Klachtafhandeling is werk.") as kept:
    ...     join_lines("de klachtafhande-", "ling duurt")
    'de klachtafhandeling duurt'
    """
    words = frozenset(word.casefold() for word in _WORD.findall(text))
    kept = []
    vocabulary, collected = _VOCABULARY.set(words), _UNDECIDED.set(kept)
    try:
        yield kept
    finally:
        _VOCABULARY.reset(vocabulary)
        _UNDECIDED.reset(collected)


def undecided():
    """The hyphenated forms kept undecided so far within :func:`document_words` (empty outside it)."""
    kept = _UNDECIDED.get()
    return list(kept) if kept is not None else []


@functools.cache
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def _breaks_there(joined, at):
    """Whether Dutch hyphenation breaks ``joined`` after ``at`` letters."""
    return at in _dictionary().positions(joined.casefold())


def _hyphen_join(left, right):
    """The two pieces of a word broken at its hyphen ('-'), joined as the document or the dictionary says."""
    head, tail = _LAST_WORD.search(left).group(1), _FIRST_WORD.match(right).group(1)
    joined, compound = f"{head}{tail}".casefold(), f"{head}-{tail}".casefold()
    words = _VOCABULARY.get()
    if joined in words and compound not in words:
        return left[:-1] + right
    if compound not in words and _breaks_there(joined, len(head)) and joined not in words:
        kept = _UNDECIDED.get()
        if kept is not None:
            kept.append(f"{head}-{tail}")
    return left + right


def join_lines(left, right):
    """Join two pieces of text cut at a line end: a space, or a word put back together.

    Parameters
    ----------
    left, right : str
        The text before the line end and the text after it.

    Returns
    -------
    str

    Examples
    --------
    >>> join_lines("de ontwikke\u2010", "lingen van")
    'de ontwikkelingen van'
    >>> join_lines("een follow-", "up")
    'een follow-up'
    >>> join_lines("verkoop-", "en accountplannen")
    'verkoop- en accountplannen'
    >>> join_lines("het verkoop-/", "ordersysteem")
    'het verkoop-/ordersysteem'
    >>> join_lines("accountgegevens c.q. -", "dossier bepaalt")
    'accountgegevens c.q. -dossier bepaalt'
    >>> join_lines("Hij werkt", "samen")
    'Hij werkt samen'
    """
    if not left:
        return right
    if not right:
        return left
    if left.endswith(" -") and right[:1].islower() and not _CONJUNCTION.match(right):
        return left + right  # a word that starts with a hyphen, broken after it: "c.q. -" "dossier"
    if left.endswith("/") and not left.endswith(" /"):
        return left + right  # a line broken after a slash: "en/" "of", "verkoop-/" "ordersysteem"
    starts_word = right[:1].islower() and not _CONJUNCTION.match(right)
    if left[-1] in TYPESET_HYPHENS and _LAST_WORD.search(left) and starts_word:
        return left[:-1] + right
    if left.endswith("-") and (right[0] in "/)" or right[0].isdigit() or re.search(r"(?:^|\s)[A-Z]{2,}-$", left)):
        return left + right
    if left.endswith("-") and _LAST_WORD.search(left) and _FIRST_WORD.match(right) and starts_word:
        return _hyphen_join(left, right)
    return f"{left} {right}"

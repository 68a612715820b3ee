"""Dutch wording of numbers, counts and lists, and the text helpers every module shares."""

import unicodedata

__all__ = ["number", "join", "count", "shorten", "fold"]


def number(value, decimals=0):
    """Format a number the Dutch way: thousands with a dot, decimals with a comma.

    Parameters
    ----------
    value : float
    decimals : int, default 0

    Returns
    -------
    str

    Examples
    --------
    >>> number(133400), number(0.6, 2), number(-0.15, 2)
    ('133.400', '0,60', '-0,15')
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def join(names):
    """Join names as a Dutch list: 'A', 'A en B', 'A, B en C'.

    Parameters
    ----------
    names : iterable of str

    Returns
    -------
    str

    Examples
    --------
    >>> join(["Aansturen", "Leren", "Omgaan met verandering en aanpassen"])
    'Aansturen, Leren en Omgaan met verandering en aanpassen'
    """
    names = [str(name) for name in names]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def count(value, singular, plural):
    """Write a count with its noun in the right number: '1 module', '2 modules', '0 modules'.

    Parameters
    ----------
    value : int
    singular, plural : str

    Returns
    -------
    str

    Examples
    --------
    >>> count(1, "module", "modules"), count(2, "werkproces", "werkprocessen"), count(1043000, "baan", "banen")
    ('1 module', '2 werkprocessen', '1.043.000 banen')
    """
    return f"{number(value)} {singular if value == 1 else plural}"


def shorten(text, width):
    """Shorten a text to at most ``width`` characters, white space folded, cut with '…'.

    Parameters
    ----------
    text : str
    width : int

    Returns
    -------
    str

    Examples
    --------
    >>> shorten("Ethisch en  integer handelen", 12)
    'Ethisch en…'
    >>> shorten("Leren", 12)
    'Leren'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def fold(text):
    """Return a text with accents stripped and case folded, for comparing names.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> fold("Creëren en Innoveren")
    'creeren en innoveren'
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()

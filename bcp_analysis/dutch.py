"""Dutch wording of numbers and lists, for everything a committee reads."""

__all__ = ["number", "join"]


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

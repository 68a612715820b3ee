"""How a message names a place in a profile: ``werkproces 3.5 (regel 664)``, not ``kerntaken[2].werkprocessen[4]``."""

__all__: list[str] = []  # nothing of it is used outside its layer


def ordinal(number):
    """A Dutch ordinal in figures: ``1e``, ``2e``, ``15e``.

    Examples
    --------
    >>> ordinal(5)
    '5e'
    """
    return f"{number}e"


def werkproces_place(werkproces_id, where, position=None):
    """The place of something in a werkproces: ``werkproces 3.5 (regel 664)``.

    Parameters
    ----------
    werkproces_id : str
        Its id; "" when it has none that can be used.
    where : str
        The line as a user finds it ("regel 664", "pagina 3, regel 12").
    position : str, optional
        The werkproces named by position ("het 5e werkproces van kerntaak 3"), for one
        without a usable id.

    Examples
    --------
    >>> werkproces_place("3.5", "regel 664")
    'werkproces 3.5 (regel 664)'
    >>> werkproces_place("", "regel 80", "het werkproces van regel 75")
    'het werkproces van regel 75 (regel 80)'
    """
    name = f"werkproces {werkproces_id}" if werkproces_id else (position or "een werkproces zonder nummer")
    return f"{name} ({where})" if where else name


def _usable_id(entry, path, wrong_ids):
    value = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(value, str) or not value.strip() or tuple(path) in wrong_ids:
        return None
    return value.strip()


def _entry(items, index):
    return items[index] if isinstance(items, list) and 0 <= index < len(items) else None


def _rest(parts):
    """The rest of a path in words: ``("competenties", 1)`` -> "2e item van 'competenties'"."""
    words, index = [], 0
    while index < len(parts):
        key = parts[index]
        if index + 1 < len(parts) and isinstance(parts[index + 1], int) and not isinstance(key, int):
            words.append(f"{ordinal(parts[index + 1] + 1)} item van '{key}'")
            index += 2
        else:
            words.append(f"{ordinal(key + 1)} item" if isinstance(key, int) else f"veld '{key}'")
            index += 1
    return words


def profile_path_name(data, path, wrong_ids=()):
    """The name of a place inside a kerntaak of a profile mapping (the YAML format); None elsewhere.

    A werkproces is named by its id ("werkproces 3.5"); one whose id cannot be used (missing,
    of the wrong form, or reported as wrong) by its position ("het 5e werkproces van kerntaak
    3"). A kerntaak likewise ("kerntaak 3", "de 3e kerntaak"). What lies below follows in
    words ("werkproces 3.5, 2e item van 'competenties'", "werkproces 3.5, veld 'kennis'").

    Parameters
    ----------
    data : dict
        The profile mapping.
    path : tuple
        Keys and list indexes from the top, e.g. ``("kerntaken", 2, "werkprocessen", 4, "kennis")``.
    wrong_ids : collection of tuple
        Paths of the kerntaken and werkprocessen whose id was reported as wrong.

    Returns
    -------
    str or None

    Examples
    --------
    >>> data = {"kerntaken": [{"id": "1", "werkprocessen": [{"id": "1.1"}, {"id": "1.x"}]}]}
    >>> profile_path_name(data, ("kerntaken", 0, "werkprocessen", 0, "competenties", 1))
    "werkproces 1.1, 2e item van 'competenties'"
    >>> profile_path_name(data, ("kerntaken", 0, "werkprocessen", 1, "id"), {("kerntaken", 0, "werkprocessen", 1)})
    "het 2e werkproces van kerntaak 1, veld 'id'"
    >>> profile_path_name(data, ("meta", "titel")) is None
    True
    """
    path = tuple(path)
    if len(path) < 2 or path[0] != "kerntaken" or not isinstance(path[1], int):
        return None
    kerntaak = _entry(data.get("kerntaken") if isinstance(data, dict) else None, path[1])
    kerntaak_id = _usable_id(kerntaak, path[:2], wrong_ids)
    kerntaak_name = f"kerntaak {kerntaak_id}" if kerntaak_id else f"de {ordinal(path[1] + 1)} kerntaak"
    if len(path) < 4 or path[2] != "werkprocessen" or not isinstance(path[3], int):
        return ", ".join([kerntaak_name] + _rest(path[2:]))
    werkprocessen = kerntaak.get("werkprocessen") if isinstance(kerntaak, dict) else None
    werkproces_id = _usable_id(_entry(werkprocessen, path[3]), path[:4], wrong_ids)
    if werkproces_id:
        name = f"werkproces {werkproces_id}"
    else:
        name = f"het {ordinal(path[3] + 1)} werkproces van {kerntaak_name}"
    return ", ".join([name] + _rest(path[4:]))

"""What every reader does with the options of ``load_profile`` it does not take."""

from bcp_analysis.errors import ProfileError

__all__: list[str] = []  # nothing of it is used outside its layer

# What each option is for, in the user's words, to say why a reader refuses it.
_OPTION_HELP = {
    "profiel": "--profiel kiest een profiel uit een kwalificatiedossier (.xml)",
    "dossier": "--dossier kiest een kwalificatiedossier uit een register van SBB (.xml)",
}


def refuse_options(path, options, label, accepted=()):
    """Raise ProfileError for an option that a reader of ``label`` files does not take.

    Parameters
    ----------
    path : str or os.PathLike
        The file being read.
    options : dict
        The options given to ``load_profile``; ``None`` values count as not given.
    label : str
        The reader's format in the user's words ("een profiel als .yaml").
    accepted : iterable of str, optional
        The options this reader takes.

    Raises
    ------
    ProfileError
    """
    for name, value in sorted(options.items()):
        if value is None or name in accepted:
            continue
        meaning = _OPTION_HELP.get(name, f"de optie '{name}' is onbekend")
        raise ProfileError(path, "bestand", f"de optie '{name}' past niet bij {label} ({meaning})",
                           f"laat '{name}' weg voor dit bestand")

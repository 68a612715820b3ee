"""The package's one exception type for bad input."""

__all__ = ["ProfileError"]


class ProfileError(ValueError):
    """A profile, reference or curriculum file that cannot be used as it is.

    The message names the file, the place in it, what is wrong and, where it can,
    the likely fix. The command line prints it without a traceback.

    Parameters
    ----------
    path : str or os.PathLike
        The file that is wrong.
    place : str
        Where in the file: a line number, or a path such as ``kerntaken[0].werkprocessen[2]``.
    problem : str
        What is wrong.
    fix : str, optional
        The likely fix.
    """

    def __init__(self, path, place, problem, fix=None):
        self.path = str(path)
        self.place = place
        self.problem = problem
        self.fix = fix
        message = f"{self.path}: {place}: {problem}"
        if fix:
            message += f"\n  Oplossing: {fix}"
        super().__init__(message)

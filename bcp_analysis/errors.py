"""The package's errors: a base class, ``ProfileError`` for a wrong document, ``OutputError`` for the output side."""

from __future__ import annotations

import os
import typing
from collections.abc import Iterable, Sequence

from bcp_analysis.dutch import count

__all__ = ["BcpAnalysisError", "NotAProgrammeError", "OutputError", "Problem", "ProfileError"]

# How many problems a message shows in full; the rest are counted.
_SHOWN = 10


class Problem(typing.NamedTuple):
    """One problem in a file: where it is, what is wrong and the likely fix.

    Attributes
    ----------
    place : str
        Where in the file: ``"regel 57"``, ``"regel 4 (meta.titel)"``, or the werkproces or
        kerntaak with its line: ``"werkproces 2.1 (regel 57)"``, ``"het 5e werkproces van kerntaak 3 (regel 57)"``.
    problem : str
        What is wrong.
    fix : str or None
        The likely fix, or None when none can be given.
    """

    place: str
    problem: str
    fix: str | None = None


def _describe(problem):
    text = f"{problem.place}: {problem.problem}"
    if problem.fix:
        text += f"\n  Oplossing: {problem.fix}"
    return text


class BcpAnalysisError(Exception):
    """The base of the package's errors: a message for the user, in Dutch, naming a file and a place.

    The message names the file, the place in it, what is wrong and, where it can,
    the likely fix. The command line prints it without a traceback and exits with status 1.
    An error may carry several problems (see :meth:`from_problems`): the message then shows
    the first ten in full and counts the rest. Raised as one of its subclasses:
    :class:`ProfileError` (the input) or :class:`OutputError` (the output side).

    Parameters
    ----------
    path : str or os.PathLike
        The file that is wrong.
    place : str
        Where in the file: a line number, or the werkproces with its line (``werkproces 2.1 (regel 57)``).
    problem : str
        What is wrong.
    fix : str, optional
        The likely fix.

    Attributes
    ----------
    path : str
    place, problem, fix : str
        Those of the first problem.
    problems : list of Problem
        Every problem found, in the order of the file.
    """

    def __init__(self, path: str | os.PathLike, place: str, problem: str,
                 fix: str | None = None) -> None:
        self.path = str(path)
        self.place = place
        self.problem = problem
        self.fix = fix
        self.problems = [Problem(place, problem, fix)]
        super().__init__(f"{self.path}: {_describe(self.problems[0])}")

    @classmethod
    def from_problems(cls, path: str | os.PathLike,
                      problems: Iterable[Problem | Sequence[str | None]]) -> BcpAnalysisError:
        """Return one error for every problem found in a file.

        Parameters
        ----------
        path : str or os.PathLike
            The file that is wrong.
        problems : sequence of Problem
            At least one.

        Returns
        -------
        BcpAnalysisError
            Of the class it is called on; its message shows the first ten problems in full and the number of the rest.

        Examples
        --------
        >>> error = ProfileError.from_problems("p.yaml", [
        ...     Problem("regel 2", "verplicht onderdeel 'titel' ontbreekt", "voeg 'titel:' toe"),
        ...     Problem("regel 9", "soort 'verwacht' is onbekend")])
        >>> print(error)
        p.yaml: 2 problemen
        regel 2: verplicht onderdeel 'titel' ontbreekt
          Oplossing: voeg 'titel:' toe
        regel 9: soort 'verwacht' is onbekend
        >>> len(error.problems), error.place
        (2, 'regel 2')
        """
        problems = [Problem(*problem) for problem in problems]
        if not problems:
            raise ValueError("from_problems needs at least one problem")
        error = cls(path, *problems[0])
        if len(problems) == 1:
            return error
        error.problems = problems
        lines = [f"{error.path}: {count(len(problems), 'probleem', 'problemen')}"]
        lines.extend(_describe(problem) for problem in problems[:_SHOWN])
        rest = len(problems) - _SHOWN
        if rest > 0:
            lines.append(f"... en nog {count(rest, 'probleem', 'problemen')}; "
                         "los deze eerst op en controleer het bestand opnieuw")
        error.args = ("\n".join(lines),)
        return error


class ProfileError(BcpAnalysisError, ValueError):
    """A profile, reference or curriculum file that cannot be used as it is: what is wrong in a document.

    See :class:`BcpAnalysisError` for the parameters and the message.

    Examples
    --------
    >>> error = ProfileError("profiel.yaml", "regel 3", "de tekst is leeg", "vul de tekst in")
    >>> print(error)
    profiel.yaml: regel 3: de tekst is leeg
      Oplossing: vul de tekst in
    >>> error.problems
    [Problem(place='regel 3', problem='de tekst is leeg', fix='vul de tekst in')]
    """


class NotAProgrammeError(ProfileError):
    """A document given as a programme (examenplan, OER, toetsplan) that is a profile: give it as the profile.

    See :class:`BcpAnalysisError` for the parameters and the message.

    Examples
    --------
    >>> error = NotAProgrammeError("bcp.pdf", "bestand", "dit is de pdf van een profiel", "geef hem als het profiel")
    >>> isinstance(error, ProfileError)
    True
    """


class OutputError(BcpAnalysisError):
    """The output side: an output file or folder that cannot be written as asked, a notebook that fails.

    See :class:`BcpAnalysisError` for the parameters and the message.

    Examples
    --------
    >>> print(OutputError("uit", "uitvoermap", "dit is een bestand, geen map", "geef een map"))
    uit: uitvoermap: dit is een bestand, geen map
      Oplossing: geef een map
    """

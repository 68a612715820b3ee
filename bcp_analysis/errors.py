"""The package's errors: a base class, ``ProfileError`` for a wrong document, ``OutputError`` for the output side."""

from __future__ import annotations

import os
import typing
from collections.abc import Iterable, Sequence

from bcp_analysis.dutch import count

__all__ = ["BcpAnalysisError", "NotAProgrammeError", "OutputError", "Problem", "ProfileError", "UsageError",
           "place_text"]

# How many problems a message shows in full; the rest are counted.
_SHOWN = 10


def place_text(part: str | None = None, regel: int | None = None, pagina: int | None = None) -> str:
    """A place as a user finds it, made from its parts: "regel 57", "pagina 2, regel 3", "werkproces 2.1 (regel 57)".

    Parameters
    ----------
    part : str, optional
        What the place is part of ("werkproces 2.1", "meta.titel", "bestand").
    regel, pagina : int, optional
        The line (on its page) and the page.

    Returns
    -------
    str
        The line alone, the part alone, or the part with the line in brackets.

    Examples
    --------
    >>> place_text(regel=57), place_text("werkproces 2.1", 57), place_text(regel=3, pagina=2)
    ('regel 57', 'werkproces 2.1 (regel 57)', 'pagina 2, regel 3')
    >>> place_text("bestand")
    'bestand'
    """
    line = ", ".join(([] if pagina is None else [f"pagina {pagina}"]) + ([] if regel is None else [f"regel {regel}"]))
    if not part:
        return line
    return f"{part} ({line})" if line else part


class _Problem(typing.NamedTuple):
    place: str
    problem: str
    fix: str | None = None


class Problem(_Problem):
    """One problem in a file: where it is, what is wrong and the likely fix.

    A tuple of three, ``(place, problem, fix)``, as it always was, that carries its place as
    data besides: ``regel`` and ``pagina``. Made with :meth:`at`, the place's text is made from
    those; ``Problem(place, problem, fix)`` with a place in words (no line) stays possible.

    Attributes
    ----------
    place : str
        Where in the file, as the message says it: ``"regel 57"``, ``"werkproces 2.1 (regel 57)"``,
        ``"bestand"``; made by :meth:`at` from the part, ``regel`` and ``pagina``.
    problem : str
        What is wrong.
    fix : str or None
        The likely fix, or None when none can be given.
    regel : int or None
        The line (on its page, in a PDF), where there is one.
    pagina : int or None
        The page of a PDF.

    Examples
    --------
    >>> problem = Problem.at("de tekst is leeg", "vul de tekst in", regel=57, part="werkproces 2.1")
    >>> problem
    Problem(place='werkproces 2.1 (regel 57)', problem='de tekst is leeg', fix='vul de tekst in')
    >>> problem.regel, problem.pagina
    (57, None)
    """

    def __new__(cls, place: str, problem: str, fix: str | None = None, regel: int | None = None,
                pagina: int | None = None) -> Problem:
        self = super().__new__(cls, place, problem, fix)
        self.regel = regel
        self.pagina = pagina
        return self

    @classmethod
    def at(cls, problem: str, fix: str | None = None, *, regel: int | None = None, pagina: int | None = None,
           part: str | None = None) -> Problem:
        """Return a problem whose place is made from its part, line and page (see :func:`place_text`)."""
        return cls(place_text(part, regel, pagina) or "bestand", problem, fix, regel, pagina)


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
    regel, pagina : int, optional
        The line and page as data; given, ``place`` names what they are part of ("werkproces
        2.1", or "" for the line alone) and the message's place is made from the three.

    Attributes
    ----------
    path : str
    place, problem, fix : str
        Those of the first problem.
    regel, pagina : int or None
        Those of the first problem.
    problems : list of Problem
        Every problem found, in the order of the file.
    """

    def __init__(self, path: str | os.PathLike, place: str, problem: str,
                 fix: str | None = None, *, regel: int | None = None, pagina: int | None = None) -> None:
        first = Problem(place, problem, fix) if regel is None and pagina is None else \
            Problem.at(problem, fix, regel=regel, pagina=pagina, part=place)
        self.path = str(path)
        self.place = first.place
        self.problem = problem
        self.fix = fix
        self.regel = first.regel
        self.pagina = first.pagina
        self.problems = [first]
        super().__init__(f"{self.path}: {_describe(first)}")

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
        problems = [problem if isinstance(problem, Problem) else Problem(*problem) for problem in problems]
        if not problems:
            raise ValueError("from_problems needs at least one problem")
        first = problems[0]
        error = cls(path, first.place, first.problem, first.fix)
        error.regel, error.pagina = first.regel, first.pagina
        error.problems = [first]
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
    >>> ProfileError("profiel.pdf", "werkproces 2.1", "de tekst is leeg", regel=3, pagina=2).place
    'werkproces 2.1 (pagina 2, regel 3)'
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

class UsageError(BcpAnalysisError, ValueError):
    """A value given to a function of the package (in a notebook, a script) that it cannot use.

    The message names the function, the argument, what is wrong and what to give instead.

    Parameters
    ----------
    function : str
        The function called, as the user wrote it ("similarity").
    argument : str
        The argument that is wrong ("on").
    problem : str
    fix : str, optional

    Examples
    --------
    >>> print(UsageError("similarity", "on", "onbekende vergelijking 'woorden'", "kies uit 'competenties' of 'kennis'"))
    similarity: argument on: onbekende vergelijking 'woorden'
      Oplossing: kies uit 'competenties' of 'kennis'
    """

    def __init__(self, function: str, argument: str, problem: str, fix: str | None = None) -> None:
        super().__init__(function, f"argument {argument}", problem, fix)


class OutputError(BcpAnalysisError):
    """The output side: an output file or folder that cannot be written as asked, a notebook that fails.

    See :class:`BcpAnalysisError` for the parameters and the message.

    Examples
    --------
    >>> print(OutputError("uit", "uitvoermap", "dit is een bestand, geen map", "geef een map"))
    uit: uitvoermap: dit is een bestand, geen map
      Oplossing: geef een map
    """

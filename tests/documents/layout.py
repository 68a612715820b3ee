"""The parts of a generated profile document in reading order, shared by every producer."""

__all__ = ["MONTHS", "QUESTION", "chapters"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
QUESTION = "Wat is het arbeidsmarktperspectief voor dit beroep?"


def chapters(document):
    """The parts after the title page: (kind, content) with kind 'chapter', 'heading', 'text', 'bullets',
    'overview' ([(kerntaak id, titel, [(werkproces id, titel)])]) or 'werkproces' (its mapping)."""
    profile, labour = document.profile, document.labour
    yield "chapter", "1 Beroepsbeschrijving"
    yield "heading", "1.1 Mogelijke functiebenamingen"
    yield "bullets", profile["functiebenamingen"]
    if labour is not None:
        yield "heading", "1.4 Trends en innovaties"
        yield "heading", labour.heading
        if labour.question:
            yield "text", QUESTION
        for paragraph in labour.paragraphs:
            yield "text", paragraph
    yield "chapter", "2 Overzicht van kerntaken en werkprocessen in het beroep"
    yield "overview", [(kerntaak["id"], kerntaak["titel"],
                        [(werkproces["id"], werkproces["titel"]) for werkproces in kerntaak["werkprocessen"]])
                       for kerntaak in profile["kerntaken"]]
    yield "chapter", "3 Beschrijving van de kerntaken"
    for kerntaak in profile["kerntaken"]:
        yield "heading", f"Kerntaak {kerntaak['id']} {kerntaak['titel']}"
        for werkproces in kerntaak["werkprocessen"]:
            yield "werkproces", werkproces

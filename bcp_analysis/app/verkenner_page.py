"""The verkenner's page: its widgets around one document, in JupyterLab or under Voilà (``bcp-analysis verken``).

Layout only: what each view holds comes from :func:`bcp_analysis.app.verkenner.views`, and
its HTML from :mod:`bcp_analysis.app.verkenner_html`. The first screen holds the choices and
the answer to them; the matrix, the items, the similar werkprocessen, the changes and the
curriculum are tabs below it.
"""

import html
import os
import threading
from pathlib import Path

from bcp_analysis.app.verkenner import (
    DOCUMENTS,
    ENVIRONMENT,
    open_document,
    save_selection,
    source_of,
    start_folder,
    typed_path,
    views,
)
from bcp_analysis.app.verkenner_html import STYLE, matrix_html, section, source_headers, table_html
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import competentiemodel

__all__ = ["Verkenner", "verkenner"]

_ALL_KERNTAKEN = "Alle kerntaken"
_OTHER = "Ander bestand (geef het pad)"


def _load_for_saving():
    """Load what saving needs and draw one small chart to PNG and SVG.

    The first drawing of a session loads the fonts and the SVG writer, which took about a
    second of the first save; done here, while the page is read, every save is equally quick.
    """
    import io

    import bcp_analysis.outputs.workbook  # noqa: F401
    from bcp_analysis.outputs.charts import chart_style, new_figure

    with chart_style():
        figure = new_figure(4, 3)
        figure.text(0.5, 0.5, "Bewaren 0123456789", fontweight="bold")
        figure.add_subplot().text(0.5, 0.5, "Competenties", fontstyle="italic", rotation=90)
        for kind in ("png", "svg"):
            figure.savefig(io.BytesIO(), format=kind, dpi=150)


def _environment(name, value):
    return value if value is not None else (os.environ.get(ENVIRONMENT[name]) or None)


def _shown_path(path, folder):
    """A path as the page names it: from the start folder when it lies in it, else whole."""
    try:
        return Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
    except ValueError:
        return str(path)


_TABS = (("matrix", "Proces-competentie-matrix"), ("items", "Resultaten, kennis en vaardigheden"),
         ("gelijkenis", "Gelijkende werkprocessen"), ("wijzigingen", "Wijzigingen"), ("curriculum", "Curriculum"),
         ("herzien", "Te herzien"))


# Headers a committee member reads better than the column's name made readable
_TAB_HEADERS = {"herzien": {"oud_werkproces_id": "In vorige versie", "wijziging": "Wat verandert",
                            "onderdelen": "Onderdelen (niveau) die het raakt"}}


class Verkenner:
    """The verkenner's widgets around one document; ``widget`` is what a notebook shows.

    The first screen holds the choices and the answer to them (the competencies of the
    werkproces, the werkprocessen of the competency); the matrix, the items, the similar
    werkprocessen, the changes and the curriculum are tabs below it.

    Parameters
    ----------
    path, profiel, previous, curriculum : optional
        As :func:`open_document`; None takes the environment variable of :data:`ENVIRONMENT`.
    """

    def __init__(self, path=None, profiel=None, previous=None, curriculum=None):
        import ipywidgets as widgets

        self._widgets = widgets
        self.folder = start_folder()
        given = _environment("bestand", path)
        self._vorige = _environment("vorige", previous)
        self._curriculum = _environment("curriculum", curriculum)
        documents = dict(DOCUMENTS)
        if given and str(Path(given).resolve()) not in {str(Path(path).resolve()) for path in documents.values()}:
            documents = {f"{Path(given).name} (gegeven bestand)": str(given), **documents}
        documents[_OTHER] = ""
        chosen = next((label for label, path in documents.items()
                       if given and path and Path(path).resolve() == Path(given).resolve()), next(iter(documents)))
        wide, half = {"width": "44em"}, {"width": "36em"}  # half: a path as long as the example's shows whole
        self.document_keuze = widgets.Dropdown(options=list(documents.items()), value=documents[chosen],
                                               description="Document", layout=dict(wide))
        self.bestand = widgets.Text(value="", placeholder="pad naar .yaml, .txt, .pdf of .xml",
                                    description="Bestand", layout={**half, "display": "none"})
        self.vorige = widgets.Text(value=_shown_path(self._vorige, self.folder) if self._vorige else "",
                                   placeholder="optioneel: pad naar de vorige versie", description="Vorige versie",
                                   layout=dict(half))
        self.curriculum = widgets.Text(
            value=_shown_path(self._curriculum, self.folder) if self._curriculum else "",
            placeholder="optioneel: examenplan, OER of CSV", description="Curriculum", layout=dict(half))
        self.openen = widgets.Button(description="Openen", icon="folder-open", layout={"width": "8em"})
        self.uitleg = widgets.HTML(f'<div class="bcp-uitleg">Een pad zonder begin telt vanaf de map '
                                   f'{html.escape(str(self.folder))} (waar de verkenner startte).</div>')
        self.profiel = widgets.Dropdown(options=[], description="Profiel", layout=dict(wide))
        self.kerntaak = widgets.Dropdown(options=[], description="Kerntaak", layout=dict(wide))
        self.werkproces = widgets.Dropdown(options=[], description="Werkproces", layout=dict(wide))
        names = competentiemodel()["competentie"].tolist()
        self.competentie = widgets.Dropdown(options=[(f"{number}. {name}", name) for number, name in
                                                     enumerate(names, start=1)],
                                            value=names[0], description="Competentie", layout=dict(wide))
        self.bewaar = widgets.Button(description="Bewaar grafiek en tabel", icon="save",
                                     layout={"width": "17em", "min_width": "17em"})
        self.kop = widgets.HTML()
        self.meldingen = widgets.HTML()
        self.keuze = widgets.HTML()
        self.opgeslagen = widgets.HTML(layout={"margin": "0 0 0 1em"})
        self.werkproces_views = widgets.HTML()
        self.competentie_views = widgets.HTML()
        self.tab_views = {key: widgets.HTML() for key, _ in _TABS}
        self.tabs = widgets.Tab()
        self._busy = False
        self._chosen = None  # the werkproces the user chose last, restored when the filter allows it again
        self.document_keuze.observe(self._on_document, names="value")
        self.openen.on_click(self._on_open)
        self.profiel.observe(self._on_profiel, names="value")
        self.kerntaak.observe(self._on_kerntaak, names="value")
        self.werkproces.observe(self._on_werkproces, names="value")
        self.competentie.observe(self._on_selection, names="value")
        self.bewaar.on_click(self._on_save)
        self.widget = widgets.VBox([
            widgets.HTML(STYLE), self.kop, self.meldingen,
            widgets.HBox([self.document_keuze, self.profiel], layout={"flex_flow": "row wrap"}),
            widgets.HBox([self.bestand, self.vorige, self.curriculum, self.openen], layout={"flex_flow": "row wrap"}),
            self.uitleg,
            self.kerntaak, self.werkproces, self.keuze,
            widgets.HBox([self.competentie, self.bewaar, self.opgeslagen], layout={"align_items": "center"}),
            widgets.HBox([self.werkproces_views, self.competentie_views]),
            self.tabs,
        ])
        self.widget.add_class("bcp-verkenner")
        self.opgeslagen.add_class("bcp-opgeslagen")
        for field in (self.document_keuze, self.bestand, self.vorige, self.curriculum, self.profiel,
                      self.kerntaak, self.werkproces, self.competentie):
            field.style.description_width = "7em"
        for fixed in (self.document_keuze, self.profiel, self.kerntaak, self.werkproces, self.competentie, self.bewaar):
            fixed.layout.flex = "0 0 auto"  # a long message beside them never narrows them
        self.werkproces_views.layout = {"width": "50%", "padding": "0 1em 0 0"}
        self.competentie_views.layout = {"width": "50%", "overflow": "auto"}
        self.document = None
        self._open(self.document_keuze.value or given, _environment("profiel", profiel))
        # what saving needs (matplotlib, the workbook) loads meanwhile, so the first save is quick
        threading.Thread(target=_load_for_saving, daemon=True).start()

    # --- events

    def _on_document(self, change):
        other = change["new"] == ""
        self.bestand.layout.display = None if other else "none"
        if not other:
            self._open(change["new"])

    def _missing(self, label, text):
        """The message for a typed path that names no file, or "" when it does."""
        if not text or typed_path(text, self.folder).is_file():
            return ""
        return (f"{label} '{text}' bestaat niet in de map {self.folder} (de map waar de verkenner startte). "
                "Geef het pad vanaf die map, of een volledig pad.")

    def _on_open(self, _button):
        typed = {"Bestand": "" if self.document_keuze.value else self.bestand.value.strip(),
                 "Vorige versie": self.vorige.value.strip(), "Curriculum": self.curriculum.value.strip()}
        missing = [message for label, text in typed.items() if (message := self._missing(label, text))]
        if missing:
            self.meldingen.value = ('<div class="bcp-meldingen"><b>Niet geopend</b>\n'
                                    + html.escape("\n".join(missing)) + "</div>")
            return
        self._vorige = str(typed_path(typed["Vorige versie"], self.folder)) if typed["Vorige versie"] else None
        self._curriculum = str(typed_path(typed["Curriculum"], self.folder)) if typed["Curriculum"] else None
        path = self.document_keuze.value or (typed_path(typed["Bestand"], self.folder) if typed["Bestand"] else "")
        if not path:
            return
        same = self.document is not None and Path(path).resolve() == Path(self.document.path).resolve()
        self._open(path, self.profiel.value if same else None)

    def _on_profiel(self, change):
        if not self._busy and change["new"]:
            self._open(self.document.path, change["new"])

    def _on_kerntaak(self, _change):
        if self._busy:
            return
        self._busy = True
        try:
            self._fill_werkprocessen()
        finally:
            self._busy = False
        self._show()

    def _on_werkproces(self, change):
        if not self._busy:
            self._chosen = change["new"]
            self.keuze.value = ""
            self._show()

    def _on_selection(self, _change):
        if not self._busy:
            self._show()

    def _on_save(self, _button):
        if self.document is None or self.document.profile is None:
            return
        self.bewaar.disabled = True
        self.bewaar.description, self.bewaar.icon = "Bezig met bewaren…", "spinner"
        self.bewaar.add_class("bcp-bezig")
        self.opgeslagen.value = ""
        try:
            paths = save_selection(self.document, self.werkproces.value, self.competentie.value,
                                   self.kerntaak.value or None)
        except (ProfileError, OSError) as exc:
            self.opgeslagen.value = f'<span class="bcp-meldingen">Niet bewaard: {html.escape(str(exc))}</span>'
            return
        finally:
            self.bewaar.remove_class("bcp-bezig")
            self.bewaar.description, self.bewaar.icon = "Bewaar grafiek en tabel", "save"
            self.bewaar.disabled = False
        folder = _shown_path(paths[0].parent, self.folder)
        self.opgeslagen.value = (f"Bewaard in {html.escape(folder)}: "
                                 + ", ".join(html.escape(path.name) for path in paths))

    # --- filling

    def _open(self, path, profiel=None):
        self._busy = True
        try:
            self.document = open_document(path, profiel, self._vorige, self._curriculum)
            document = self.document
            self.profiel.options = document.profielen
            if document.profielen:
                self.profiel.value = document.profiel
            self.profiel.layout.display = None if document.profielen else "none"
            self.meldingen.value = self._meldingen_html(document)
            profile = document.profile
            self.opgeslagen.value = self.keuze.value = ""
            if profile is None:
                self.kop.value = f"<h2>{html.escape(document.path.name)}: niet te lezen</h2>"
                self.kerntaak.options, self.werkproces.options = [], []
                self.werkproces_views.value = self.competentie_views.value = ""
                self.tabs.children = []
                return
            self.kop.value = f"<h2>{html.escape(profile.titel)}</h2><div>{html.escape(profile.bronvermelding)}</div>"
            self.kerntaak.options = [(_ALL_KERNTAKEN, "")] + [
                (f"{row.kerntaak_id} {row.titel}", row.kerntaak_id) for row in profile.kerntaken.itertuples()]
            self.kerntaak.value = ""
            self._chosen = None
            self._fill_werkprocessen()
            self._fill_tabs()
        finally:
            self._busy = False
        self._show()

    @staticmethod
    def _meldingen_html(document):
        if not document.meldingen:
            return ""
        text = html.escape("\n\n".join(document.meldingen))
        if document.profile is None:
            return f'<div class="bcp-meldingen"><b>Meldingen bij dit document</b>\n{text}</div>'
        return (f'<details class="bcp-meldingen"><summary><b>Meldingen bij dit document '
                f"({len(document.meldingen)})</b></summary>{text}</details>")

    def _fill_tabs(self):
        document = self.document
        present = {"wijzigingen": document.previous is not None, "curriculum": document.curriculum is not None,
                   "herzien": document.previous is not None and document.curriculum is not None}
        tabs = [(key, title) for key, title in _TABS if present.get(key, True)]
        items_title = "Gedrag en vakkennis" if document.profielen else dict(_TABS)["items"]
        self.tabs.children = [self.tab_views[key] for key, _ in tabs]
        self.tabs.titles = [items_title if key == "items" else title for key, title in tabs]
        self.tabs.selected_index = 0

    def _fill_werkprocessen(self):
        profile = self.document.profile
        table = profile.werkprocessen
        if self.kerntaak.value:
            table = table[table["kerntaak_id"] == self.kerntaak.value]
        options = [(f"{row.werkproces_id} {row.titel}", row.werkproces_id) for row in table.itertuples()]
        wanted = self._chosen or self.werkproces.value
        self.werkproces.options = options
        ids = [value for _, value in options]
        self.keuze.value = ""
        if not ids:
            return
        self.werkproces.value = wanted if wanted in ids else ids[0]
        if wanted and wanted not in ids:
            self.keuze.value = (f'<div class="bcp-keuze">Werkproces {html.escape(wanted)} hoort niet bij kerntaak '
                                f"{html.escape(self.kerntaak.value)}; getoond wordt {html.escape(ids[0])}, het eerste "
                                f"werkproces van die kerntaak. Bij \u201c{_ALL_KERNTAKEN}\u201d komt "
                                f"{html.escape(wanted)} terug.</div>")

    def _show(self):
        document = self.document
        if document is None or document.profile is None or self.werkproces.value is None:
            return
        werkproces_id, competentie = self.werkproces.value, self.competentie.value
        shown = views(document, werkproces_id, competentie, self.kerntaak.value or None)
        headers = source_headers(source_of(document))
        sentence, crosses = shown["competenties"]
        self.werkproces_views.value = section(sentence, table_html(crosses, "bcp-competenties", headers=headers),
                                              "bcp-werkproces")
        self.competentie_views.value = section(
            shown["competentie"][0], table_html(shown["competentie"][1], "bcp-competentie", highlight=werkproces_id,
                                                headers=headers), "bcp-competentie-blok")
        matrix_sentence, matrix = shown["matrix"]
        self.tab_views["matrix"].value = section(
            matrix_sentence, matrix_html(matrix, document.profile.werkprocessen, werkproces_id, competentie),
            "bcp-matrix-blok")
        self.tab_views["items"].value = section(
            shown["items"][0], table_html(shown["items"][1], "bcp-items", headers=headers), "bcp-items-blok")
        self.tab_views["gelijkenis"].value = section(
            shown["gelijkenis"][0], table_html(shown["gelijkenis"][1], "bcp-gelijkenis"), "bcp-gelijkenis-blok")
        for key, css in (("wijzigingen", "bcp-wijzigingen"), ("curriculum", "bcp-curriculum"),
                         ("herzien", "bcp-herzien")):
            self.tab_views[key].value = (section(shown[key][0], table_html(shown[key][1], css,
                                                                          headers=_TAB_HEADERS.get(key)),
                                                 css + "-blok") if key in shown else "")

    def __repr__(self):
        document = self.document
        if document is None or document.profile is None:
            return f"Verkenner: {Path(document.path).name if document else '?'} is niet te lezen"
        return (f"Verkenner: {document.profile.titel}, werkproces {self.werkproces.value}, "
                f"competentie {self.competentie.value}")

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle


def verkenner(path=None, profiel=None, previous=None, curriculum=None):
    """Return the verkenner on a document; a notebook shows it as its cell's value.

    Parameters
    ----------
    path : str or os.PathLike, optional
        Default ``BCP_VERKENNER_BESTAND``, else the bundled profile.
    profiel : str, optional
        For a kwalificatiedossier; default ``BCP_VERKENNER_PROFIEL``, else its first profiel.
    previous, curriculum : str or os.PathLike, optional
        A previous version and a curriculum; default their environment variables.

    Returns
    -------
    Verkenner
    """
    return Verkenner(path, profiel, previous, curriculum)

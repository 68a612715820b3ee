"""A generated profile as HTML/CSS, rendered to PDF by WeasyPrint: a CSS grid for the two columns."""

import html

from documents.layout import MONTHS, chapters

__all__ = ["to_html", "render_pdf"]


def _css(style):
    font = '"DejaVu Serif", serif' if style.serif else '"DejaVu Sans", sans-serif'
    marker = style.marker if style.marker != "\uf0b7" else "•"
    border = "1px solid #000" if style.bordered_overview else "none"
    column_border = "1px solid #000" if style.bordered_columns else "none"
    running = []
    if style.header:
        running.append(f'@top-left {{ content: "{style.header}"; font-size: 8pt; }}')
    if style.footer:
        running.append(f'@bottom-left {{ content: "{style.footer}"; font-size: 8pt; }}')
    running.append('@bottom-right { content: counter(page); font-size: 8pt; }')
    return f"""
@page {{ size: A4; margin: 2.2cm 2cm; {' '.join(running)} }}
body {{ font-family: {font}; font-size: 10pt; line-height: 1.3;
       text-align: {'justify' if style.justified else 'left'}; hyphens: {'auto' if style.hyphenated else 'manual'}; }}
h1 {{ font-size: 16pt; margin: 0 0 1em 0; }}
h2 {{ font-size: 13pt; margin: 1.2em 0 0.6em 0; }}
h3 {{ font-size: 11pt; margin: 1em 0 0.5em 0; }}
p.kop {{ font-weight: bold; margin: 0.8em 0 0.3em 0; }}
p {{ margin: 0 0 0.6em 0; }}
ul {{ list-style-type: "{marker}  "; margin: 0 0 0.6em 0; padding-left: 1.4em; }}
table.overzicht {{ border-collapse: collapse; width: 100%; }}
table.overzicht td, table.overzicht th {{ border: {border}; padding: 4pt; vertical-align: top; text-align: left; }}
div.kolommen {{ display: grid; grid-template-columns: 55% 40%; column-gap: 5%; margin-bottom: 0.8em; }}
div.kolommen > div {{ border: {column_border}; padding: 2pt; }}
.paginaeinde {{ break-before: page; }}
"""


def _heading(level, text, style):
    if style.headings_by_style:
        return f"<h{level}>{html.escape(text)}</h{level}>"
    return f'<p class="kop">{html.escape(text)}</p>'


def _list(items):
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def _paragraphs(text):
    return "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in text.split("\n\n"))


def to_html(document):
    """The HTML of a generated document."""
    style, profile = document.style, document.profile
    meta = profile["meta"]
    year, month, day = (int(part) for part in str(meta["vastgesteld_op"]).split("-"))
    parts = [f"<html lang='nl'><head><meta charset='utf-8'><style>{_css(style)}</style></head><body>",
             _heading(1, "Beroepscompetentieprofiel", style), _heading(1, meta["titel"], style),
             f"<p>Vastgesteld door: {html.escape(meta['vastgesteld_door'])}</p>",
             f"<p>Op: {day} {MONTHS[month - 1]} {year}</p>"]
    for kind, content in chapters(document):
        if kind == "chapter":
            parts.append(f'<div class="paginaeinde"></div>{_heading(2, content, style)}')
        elif kind == "heading":
            parts.append(_heading(3, content, style))
        elif kind == "text":
            parts.append(_paragraphs(content))
        elif kind == "bullets":
            parts.append(_list(content))
        elif kind == "overview":
            rows = "".join(
                f"<tr><td>Kerntaak {html.escape(kerntaak_id)}<br>{html.escape(titel)}</td><td>"
                + "<br>".join(f"{html.escape(wid)} {html.escape(wtitel)}" for wid, wtitel in werkprocessen)
                + "</td></tr>" for kerntaak_id, titel, werkprocessen in content)
            parts.append(f'<table class="overzicht"><tr><th>Kerntaak</th><th>Werkproces</th></tr>{rows}</table>')
        elif kind == "werkproces":
            werkproces = content
            parts.append(
                '<div class="kolommen"><div><p class="kop">Beschrijving werkproces:</p>'
                f'{_paragraphs(werkproces["beschrijving"])}</div><div>'
                f'<p class="kop">{html.escape(werkproces["id"])} {html.escape(werkproces["titel"])}</p>'
                f'<p class="kop">Competenties:</p>{_list(werkproces["competenties"])}</div></div>'
                f'<p class="kop">Resultaat:</p>{_list(werkproces["resultaten"])}'
                '<p class="kop">Vakkennis en vakvaardigheden</p>'
                f'<p class="kop">Kennis van:</p>{_list(werkproces["kennis"])}'
                f'<p class="kop">Vaardigheden:</p>{_list(werkproces["vaardigheden"])}')
    parts.append("</body></html>")
    return "\n".join(parts)


def render_pdf(document, path):
    """Render a generated document to a PDF at ``path`` with WeasyPrint."""
    import weasyprint

    weasyprint.HTML(string=to_html(document)).write_pdf(str(path))

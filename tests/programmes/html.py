"""A generated examenplan as HTML/CSS, rendered to PDF by WeasyPrint.

Ruled tables with ``border-collapse``; the header row in ``thead`` (repeated on every page)
or as the first row of ``tbody`` (only on the first); a header row alone at the foot of a
page is a table of its own followed by a page break; landscape pages by a named ``@page``.
"""

import html

from programme_documents import parts

__all__ = ["to_html", "render_pdf"]


def _css(style):
    font = '"DejaVu Serif", serif' if style.serif else '"DejaVu Sans", sans-serif'
    size = "A4 landscape" if style.orientation == "liggend" else "A4"
    return f"""
@page {{ size: {size}; margin: 1.8cm; @bottom-left {{ content: "Examenplan"; font-size: 8pt; }}
        @bottom-right {{ content: "Pagina " counter(page); font-size: 8pt; }} }}
@page liggend {{ size: A4 landscape; }}
div.liggend {{ page: liggend; }}
body {{ font-family: {font}; font-size: 10pt; line-height: 1.3; }}
h1 {{ font-size: 16pt; }} h2 {{ font-size: 13pt; }} h3 {{ font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 1em; font-size: 8pt; }}
td, th {{ border: 0.5pt solid #000; padding: 3pt; vertical-align: top; text-align: left; }}
tr {{ break-inside: avoid; }}
.paginaeinde {{ break-before: page; }}
"""


def _cell(text, tag="td"):
    return f"<{tag}>" + "<br>".join(html.escape(line) for line in str(text).split("\n")) + f"</{tag}>"


def _table(columns, rows, repeat, css_class=""):
    header = "<tr>" + "".join(_cell(column, "th") for column in columns) + "</tr>"
    body = "".join("<tr>" + "".join(_cell(value) for value in row) + "</tr>" for row in rows)
    if repeat:
        return f'<table class="{css_class}"><thead>{header}</thead><tbody>{body}</tbody></table>'
    return f'<table class="{css_class}"><tbody>{header if columns else ""}{body}</tbody></table>'


def to_html(generated):
    """The HTML of a generated examenplan."""
    style = generated.style
    out = [f"<html><head><meta charset='utf-8'><style>{_css(style)}</style></head><body>"]
    closing = ""
    for kind, content in parts(generated):
        if kind == "title":
            out.append(f"<h1>{html.escape(content)}</h1>")
        elif kind == "kenmerken":
            if style.kenmerken_table:
                out.append(_table(["Eigenschap", "Waarde"], content, False))
            else:
                out += [f"<p>{html.escape(label)}: {html.escape(value)}</p>" for label, value in content]
        elif kind in ("heading", "subheading"):
            level = 2 if kind == "heading" else 3
            out.append(f"<h{level}>{html.escape(content)}</h{level}>")
        elif kind == "text":
            out.append(f"<p>{html.escape(content)}</p>")
        elif kind == "landscape":
            out.append('<div class="liggend">')
            closing = "</div>"
        elif kind == "overview":
            out.append(_table(["Kerntaak", "Werkprocessen"], [(kerntaak, "\n".join(lines))
                                                              for kerntaak, lines in content], True))
        elif kind == "table":
            if content["orphan_header"]:
                out.append(_table(content["columns"], [], False))
                rows = "".join("<tr>" + "".join(_cell(value) for value in row) + "</tr>" for row in content["rows"])
                out.append(f'<table class="paginaeinde"><tbody>{rows}</tbody></table>')
            else:
                out.append(_table(content["columns"], content["rows"], style.repeat_header))
    out.append(closing + "</body></html>")
    return "\n".join(out)


def render_pdf(generated, path):
    """Render a generated examenplan to a PDF at ``path`` with WeasyPrint."""
    import weasyprint

    weasyprint.HTML(string=to_html(generated)).write_pdf(str(path))

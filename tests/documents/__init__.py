"""Generated profile documents for the tests: a model drawn by hypothesis, rendered by several PDF producers.

``model`` draws a profile and a style; ``layout`` gives its parts in reading order;
``reportlab_pdf``, ``word`` (python-docx, converted by LibreOffice) and ``html`` (WeasyPrint)
render it; ``roundtrip`` compares what a reader gives with the profile drawn.
"""

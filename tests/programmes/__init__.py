"""Generated examenplannen (tests/programme_documents.py) rendered by three PDF producers.

``reportlab_pdf`` draws tables with rules (platypus) and knows the page of every row;
``word`` writes a .docx with python-docx, converted by LibreOffice; ``html`` renders HTML/CSS
with WeasyPrint. ``roundtrip`` holds a Programme read back against the tables expected.
"""

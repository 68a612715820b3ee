"""The safe, streaming XML parse of SBB's files: one small tree with line numbers per ``<dossier>``.

The parser is :mod:`defusedxml`'s SAX driver (no entity expansion, no external references);
expat's element and text events go straight to the handler, which keeps the lists before
the dossiers and hands each ``<dossier>`` on as its end tag is read.
"""

import xml.sax
import xml.sax.handler

import defusedxml
import defusedxml.expatreader

from bcp_analysis.errors import ProfileError

__all__: list[str] = []  # nothing of it is used outside its layer

FIX_EXPORT = "gebruik het XML-bestand zoals SBB het exporteert (kwalificatiesmbo.nl), onbewerkt"


# --- a small tree with line numbers ------------------------------------------------------


class Node:
    """One XML element: tag, attributes, the line of its start tag, children and leading text.

    ``text_line`` is the line where the text starts (that of the start tag).
    """

    __slots__ = ("tag", "attrib", "line", "children", "parts", "text_line")

    def __init__(self, tag, attrib, line, children=None, parts=None, text_line=0):
        self.tag = tag
        self.attrib = attrib
        self.line = line
        self.children = [] if children is None else children
        self.parts = [] if parts is None else parts
        self.text_line = text_line

    @property
    def text(self):
        return "".join(self.parts)

    def find(self, tag):
        return next((child for child in self.children if child.tag == tag), None)

    def findall(self, tag):
        return [child for child in self.children if child.tag == tag]

    def path(self, *tags):
        """The first descendant along ``tags`` (child, grandchild, ...), or None."""
        node = self
        for tag in tags:
            node = node.find(tag) if node is not None else None
        return node


class _NotRegister(Exception):
    """Raised by the handler when the root element is not ``<sbb>``: the file is no SBB export."""

    def __init__(self, tag, line):
        super().__init__(tag, line)
        self.tag, self.line = tag, line


class _StreamHandler(xml.sax.handler.ContentHandler):
    """SAX handler that streams a register: one ``Node`` tree per ``<dossier>``, handed on as it closes.

    The lists before the dossiers (``domeinen``, ``sectorkamers``, ``competenties``) stay
    under ``root``; each ``sbb/dossiers/dossier`` is given to ``on_dossier`` when its end tag
    is read and then dropped, so memory holds one dossier's elements at a time. A text's
    line is that of its element's start tag, where the text begins.
    """

    def __init__(self, on_dossier=None):
        super().__init__()
        self.root = None
        self.dossiers = 0
        self._stack = []
        self._locator = None
        self._expat = None
        self._on_dossier = on_dossier
        self.broken = None

    @property
    def open_dossier(self):
        """The ``<dossier>`` element being read (its start tag seen, not its end tag), or None."""
        stack = self._stack
        return stack[2] if len(stack) > 2 and stack[2].tag == "dossier" else None

    def setDocumentLocator(self, locator):  # noqa: N802 (SAX API)
        self._locator = locator

    def line(self):
        if self._expat is not None:
            return self._expat.CurrentLineNumber
        return self._locator.getLineNumber() if self._locator is not None else 0

    def startElement(self, name, attrs):  # noqa: N802 (SAX API)
        self.start(name, dict(attrs.items()))

    def start(self, name, attrib):
        """Expat's start handler (``attrib`` a fresh dict of the element's attributes)."""
        line = self._expat.CurrentLineNumber if self._expat is not None else self.line()
        node = Node(name, attrib, line, None, None, line)
        stack = self._stack
        if stack:
            stack[-1].children.append(node)
        else:
            if name != "sbb":
                raise _NotRegister(name, node.line)
            self.root = node
        stack.append(node)

    def endElement(self, name):  # noqa: N802 (SAX API)
        node = self._stack.pop()
        if name == "dossier" and len(self._stack) == 2 and self._stack[-1].tag == "dossiers":
            self._stack[-1].children.pop()
            self.dossiers += 1
            if self._on_dossier is not None:
                self._on_dossier(node, self.root)

    def characters(self, content):
        node = self._stack[-1]
        if not node.children:  # text after a child element is not part of this format's texts
            node.parts.append(content)


class _StreamParser(defusedxml.expatreader.DefusedExpatParser):
    """defusedxml's SAX driver (entities and external references refused) that hands expat's
    element and text events straight to a ``_StreamHandler``, with text buffered by expat."""

    def reset(self):
        super().reset()
        handler = self._cont_handler
        if isinstance(handler, _StreamHandler):
            expat = self._parser
            expat.buffer_text = True
            expat.StartElementHandler = handler.start
            expat.EndElementHandler = handler.endElement
            expat.CharacterDataHandler = handler.characters
            handler._expat = expat


def parse(path, on_dossier=None):
    """Stream an XML file safely; return the handler (its ``root`` without the dossiers), or raise ProfileError.

    XML that breaks off after one or more whole dossiers is not refused: the handler's
    ``broken`` is then the error (a ProfileError) and ``open_dossier`` the dossier element it
    broke in (or None); the dossiers before it were handed on.
    """
    handler = _StreamHandler(on_dossier)
    parser = _StreamParser()
    parser.setContentHandler(handler)
    try:
        with open(path, "rb") as stream:
            parser.parse(stream)
    except FileNotFoundError:
        raise ProfileError(path, "bestand", "het bestand bestaat niet", "controleer de naam en de map") from None
    except IsADirectoryError:
        raise ProfileError(path, "bestand", "dit is een map, geen bestand", "geef een XML-bestand van SBB") from None
    except OSError as error:
        raise ProfileError(path, "bestand", f"het bestand kan niet gelezen worden ({error.strerror})") from None
    except xml.sax.SAXParseException as error:
        place = f"regel {error.getLineNumber()}, kolom {error.getColumnNumber() + 1}"
        if not handler.dossiers:
            raise ProfileError(path, place, f"geen geldige XML ({error.getMessage()})", FIX_EXPORT) from None
        # Dossiers were read before the fault: they stay, and the fault is the last problem.
        handler.broken = ProfileError(path, place, f"geen geldige XML ({error.getMessage()}); dit dossier en de "
                                      "dossiers erna zijn niet gelezen", FIX_EXPORT)
        return handler
    except defusedxml.DefusedXmlException as error:
        raise ProfileError(
            path, f"regel {handler.line()}",
            f"de XML bevat entiteiten of externe verwijzingen ({type(error).__name__}); die worden "
            "om veiligheidsredenen niet gelezen", FIX_EXPORT,
        ) from None
    except _NotRegister as error:
        raise not_sbb(path, error.tag, error.line) from None
    if handler.root is None:
        raise ProfileError(path, "regel 1", "het bestand bevat geen XML-elementen", FIX_EXPORT)
    return handler


def not_sbb(path, tag, line):
    return ProfileError(path, f"regel {line}",
                        f"geen kwalificatiedossier van SBB (het bestand begint met <{tag}>, verwacht <sbb> "
                        "met <competenties> en <dossiers>)", FIX_EXPORT)

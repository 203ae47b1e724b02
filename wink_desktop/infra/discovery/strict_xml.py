"""A small, strict XML reader for documents from the network, on the standard expat parser.

No document type declaration is accepted at all, so no entity of any kind exists: no
"billion laughs" expansion, no external entity reading a file or a URL. The tree keeps what
autoconfig needs (tag, attributes, the text before the first child element). The caller
bounds the document's size. It is what defusedxml does on top of expat, without loading
ElementTree: ``discover`` pays for every module it loads at each start.
"""

from __future__ import annotations

from typing import NoReturn
from xml.parsers import expat


class XmlError(ValueError):
    """Not well-formed XML, or a forbidden construct (DTD, entity declaration)."""


class Node:
    """One element: ``tag``, ``attrib``, ``children`` and ``text`` as ElementTree has them.

    ``text`` is the character data before the first child element (None when there is
    none), as in ElementTree.
    """

    __slots__ = ("attrib", "children", "tag", "text")

    def __init__(self, tag: str, attrib: dict[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.children: list[Node] = []
        self.text: str | None = None

    def get(self, name: str) -> str | None:
        """The attribute ``name``, or None."""
        return self.attrib.get(name)

    def findall(self, tag: str) -> list[Node]:
        """The direct children named ``tag``, in document order."""
        return [child for child in self.children if child.tag == tag]

    def find(self, tag: str) -> Node | None:
        """The first direct child named ``tag``."""
        return next((child for child in self.children if child.tag == tag), None)

    def findtext(self, tag: str) -> str | None:
        """The text of the first child named ``tag`` ("" when empty), None when absent."""
        child = self.find(tag)
        return None if child is None else child.text or ""


def _forbidden(*_args: object) -> NoReturn:
    msg = "DTD and entity declarations are not allowed"
    raise XmlError(msg)


def parse(document: bytes) -> Node:
    """The root element of ``document``.

    Raises:
        XmlError: not well-formed, a DTD or an entity, or no element at all.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    # Character data in a few large pieces rather than one call per line.
    parser.buffer_text = True
    stack: list[Node] = []
    roots: list[Node] = []

    def start(tag: str, attrib: dict[str, str]) -> None:
        node = Node(tag, attrib)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(_tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack and not stack[-1].children:
            stack[-1].text = (stack[-1].text or "") + data

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.UnparsedEntityDeclHandler = _forbidden
    parser.NotationDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden
    try:
        parser.Parse(document, True)
    except expat.ExpatError as exc:
        msg = f"not well-formed: {exc}"
        raise XmlError(msg) from exc
    if not roots:
        msg = "no element"
        raise XmlError(msg)
    return roots[0]

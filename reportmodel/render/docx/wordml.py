"""WordprocessingML as text: text and attribute values escaped exactly as lxml serialises them,
a run's text with its breaks and tabs, and run and paragraph properties in the schema's order.
emit.py writes the body with these; the bytes are those python-docx's lxml tree would give."""

from __future__ import annotations

import re

from reportmodel.core.textsafety import BIDI
from reportmodel.render.text_safety import clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"
EMU_PER_TWIP = 635

# Characters XML 1.0 cannot hold that clean_text keeps (it removes the controls): lone
# surrogates and U+FFFE/U+FFFF. lxml refused them with an error; here they are dropped.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_TEXT_SPECIAL = re.compile("[&<>\ud800-\udfff\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\t\n\r\ud800-\udfff\ufffe\uffff]')
# Anything clean_text, the breaks and tabs or the escaping would change: most text has none.
_RUN_SPECIAL = re.compile(f"[\x00-\x1f\x7f-\x9f&<>{BIDI}\u200e\u200f\u2028\u2029"
                          "\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Element text escaped as lxml serialises it (&, <, > only)."""
    if _TEXT_SPECIAL.search(text) is None:
        return text
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(value: str) -> str:
    """An attribute value escaped as lxml serialises it (quotes and whitespace too)."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    value = _NOT_XML.sub("", value)
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def twips(emu: int) -> int:
    return int(emu) // EMU_PER_TWIP


def hex_colour(colour: str) -> str:
    return xml_attr(colour.lstrip("#").upper())


def t_xml(text: str) -> str:
    """A run's text: w:t, with w:br for line breaks and w:tab for tabs as Word wants them.
    Control characters and escape sequences are dropped (clean_text): XML cannot hold them."""
    if _RUN_SPECIAL.search(text) is None:
        if text[:1].isspace() or text[-1:].isspace():
            return '<w:t xml:space="preserve">' + text + "</w:t>"
        return "<w:t>" + text + "</w:t>"
    text = clean_text(text)
    if "\n" not in text and "\t" not in text:
        text = xml_text(text)
        if text[:1].isspace() or text[-1:].isspace():  # only then: it costs bytes
            return '<w:t xml:space="preserve">' + text + "</w:t>"
        return "<w:t>" + text + "</w:t>"
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append('<w:t xml:space="preserve">' + xml_text(piece) + "</w:t>")
    return "".join(out)


def rpr_xml(*, bold: bool = False, italic: bool = False, size: float | None = None,
            color: str | None = None, shade: str | None = None, mono: bool = False,
            underline: bool = False) -> str:
    """A run's properties, in the schema's order."""
    if not (bold or italic or size or color or shade or mono or underline):
        return ""
    out = ["<w:rPr>"]
    if mono:
        out.append('<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>')
    if bold:
        out.append("<w:b/>")
    if italic:
        out.append("<w:i/>")
    if color:
        out.append(f'<w:color w:val="{hex_colour(color)}"/>')
    if size:
        half_points = int(size * 2)
        out.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    if underline:
        out.append('<w:u w:val="single"/>')
    if shade:
        out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(shade)}"/>')
    out.append("</w:rPr>")
    return "".join(out)


def ppr_xml(style_id, align, keep_next, before, after, indent, num, page_break_before,
             line_exact, dotted_tab) -> str:
    """A paragraph's properties, in the schema's order ("" for none)."""
    if not (style_id or align or keep_next or before is not None or after is not None or indent
            or num or page_break_before or line_exact is not None or dotted_tab is not None):
        return ""
    out = []
    if style_id:
        out.append(f'<w:pStyle w:val="{style_id}"/>')
    if keep_next:
        out.append("<w:keepNext/>")
    if page_break_before:
        out.append("<w:pageBreakBefore/>")
    if num:
        out.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/>'
                   f'<w:numId w:val="{xml_attr(str(num[0]))}"/></w:numPr>')
    if dotted_tab is not None:
        out.append(f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{dotted_tab}"/></w:tabs>')
    if before is not None or after is not None or line_exact is not None:
        spacing = "<w:spacing"
        if before is not None:
            spacing += f' w:before="{int(before * 20)}"'
        if after is not None:
            spacing += f' w:after="{int(after * 20)}"'
        if line_exact is not None:
            spacing += f' w:line="{line_exact}" w:lineRule="exact"'
        out.append(spacing + "/>")
    if indent:
        out.append(f'<w:ind w:left="{indent}"/>')
    if align and align != "left":
        out.append(f'<w:jc w:val="{ {"right": "right", "center": "center"}.get(align, "left")}"/>')
    return "<w:pPr>" + "".join(out) + "</w:pPr>" if out else "<w:pPr/>"  # as lxml wrote it

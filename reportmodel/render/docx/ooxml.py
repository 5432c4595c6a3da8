"""The WordprocessingML that python-docx has no API for: fields, the proofing language, list
numbering restarts and the update-fields setting."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from reportmodel.render.docx.wordml import SPACE, W, xml_text


def _child(parent, tag: str, **attrs: str):
    """The first child `tag` of `parent`, created (at the end) when missing, with `attrs` set."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _sub(parent, tag: str, **attrs: str):
    return etree.SubElement(parent, W + tag, {W + k: v for k, v in attrs.items()})


def _run(p, size: float | None = None):
    r = _sub(p, "r")
    if size:  # on every run of the field: Word and LibreOffice style the result after `begin`
        _sub(_sub(r, "rPr"), "sz", val=str(int(size * 2)))
    return r


def add_field(p, instruction: str, shown: str = "", size: float | None = None) -> None:
    """A complex field ({PAGE}, {NUMPAGES}) in paragraph element `p` (of a header or footer):
    Word and LibreOffice compute its value; `shown` is the cached result a reader sees before."""
    _sub(_run(p, size), "fldChar", fldCharType="begin")
    t = _sub(_run(p, size), "instrText")
    t.set(SPACE, "preserve")
    t.text = f" {instruction} "
    _sub(_run(p, size), "fldChar", fldCharType="separate")
    _sub(_run(p, size), "t").text = shown
    _sub(_run(p, size), "fldChar", fldCharType="end")


# The same fields as text, for the body (emit.py writes the body as text).

def _fld_xml(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def field_begin_xml(instruction: str) -> str:
    """The first half of a field: its instruction; the result follows, then field_end_xml.
    The result of the table of contents spans several paragraphs."""
    return (_fld_xml("begin") + '<w:r><w:instrText xml:space="preserve"> '
            + xml_text(instruction) + " </w:instrText></w:r>" + _fld_xml("separate"))


def field_end_xml() -> str:
    return _fld_xml("end")


def field_xml(instruction: str, shown: str = "") -> str:
    """A whole field (a PAGEREF) whose cached result is `shown`."""
    return (field_begin_xml(instruction) + "<w:r><w:t>" + xml_text(shown) + "</w:t></w:r>"
            + field_end_xml())


def set_language(document, tag: str) -> None:
    """The proofing language of all text: in the document defaults and in Normal, which a
    template may have set to something else."""
    styles = document.styles.element
    doc_defaults = _child(styles, "w:docDefaults")
    r_pr_default = _child(doc_defaults, "w:rPrDefault")
    r_pr = _child(r_pr_default, "w:rPr")
    _child(r_pr, "w:lang", **{"w:val": tag})
    try:
        normal = document.styles["Normal"].element
    except KeyError:
        return
    lang = normal.get_or_add_rPr().find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), tag)


# Children of w:settings that come after w:updateFields in the schema's sequence.
_AFTER_UPDATE_FIELDS = {
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator"}


def update_fields_on_open(document) -> None:
    """Word asks to update the fields (the table of contents) when the file is opened, and
    hyphenates in the text's language."""
    settings = document.settings.element
    for tag in ("w:updateFields", "w:autoHyphenation"):
        old = settings.find(qn(tag))
        if old is not None:
            settings.remove(old)
    tab_stop = settings.find(qn("w:defaultTabStop"))
    if tab_stop is not None:  # autoHyphenation follows defaultTabStop in the sequence
        tab_stop.addnext(OxmlElement("w:autoHyphenation"))
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for child in settings:
        if child.tag.rsplit("}", 1)[-1] in _AFTER_UPDATE_FIELDS:
            child.addprevious(update)
            return
    settings.append(update)


def restart_numbering(document, style_num_id: str, start: int):
    """A new list instance over the style's numbering that starts at `start`; returns its numId.
    Without it every numbered list in the document would continue the previous one's count."""
    numbering = document.part.numbering_part.element
    num = next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == style_num_id),
               None)
    if num is None:
        return None
    abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    new = OxmlElement("w:num")
    new.set(qn("w:numId"), new_id)
    _child(new, "w:abstractNumId", **{"w:val": abstract})
    override = _child(new, "w:lvlOverride", **{"w:ilvl": "0"})
    _child(override, "w:startOverride", **{"w:val": str(start)})
    numbering.append(new)
    return new_id


def style_num_id(document, style_name: str) -> str | None:
    try:
        style = document.styles[style_name].element
    except KeyError:
        return None
    num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if num_id is None else num_id.get(qn("w:val"))



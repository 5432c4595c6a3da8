"""The WordprocessingML that python-docx has no API for: fields, the proofing language, list
numbering restarts and the update-fields setting."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportmodel.render.docx.emit import SPACE, sub


def _child(parent, tag: str, **attrs: str):
    """The first child `tag` of `parent`, created (at the end) when missing, with `attrs` set."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _run(p, size: float | None = None):
    r = sub(p, "r")
    if size:  # on every run of the field: Word and LibreOffice style the result after `begin`
        sub(sub(r, "rPr"), "sz", val=str(int(size * 2)))
    return r


def _fld(p, kind: str, size: float | None = None) -> None:
    sub(_run(p, size), "fldChar", fldCharType=kind)


def _instr(p, instruction: str, size: float | None = None) -> None:
    t = sub(_run(p, size), "instrText")
    t.set(SPACE, "preserve")
    t.text = f" {instruction} "


def add_field(p, instruction: str, shown: str = "", size: float | None = None) -> None:
    """A complex field ({PAGE}, {NUMPAGES}) in paragraph element `p`: Word and LibreOffice
    compute its value; `shown` is the cached result a reader sees before that."""
    _fld(p, "begin", size)
    _instr(p, instruction, size)
    _fld(p, "separate", size)
    t = sub(_run(p, size), "t")
    t.text = shown
    _fld(p, "end", size)


def field_begin(p, instruction: str) -> None:
    """The first half of a field whose result spans several paragraphs (the table of contents)."""
    _fld(p, "begin")
    _instr(p, instruction)
    _fld(p, "separate")


def field_end(p) -> None:
    _fld(p, "end")


def toc_entry(p, level: int, text_width: int) -> None:
    """A contents line: indented by level, a dotted right tab at the margin for the page."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = sub(p, "pPr")
        p.insert(0, ppr)
    tabs = sub(ppr, "tabs")
    sub(tabs, "tab", val="right", leader="dot", pos=str(text_width))
    sub(ppr, "spacing", after="40")
    if level > 1:
        sub(ppr, "ind", left=str(340 * (level - 1)))


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



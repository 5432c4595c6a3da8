"""The WordprocessingML that python-docx has no API for: shading, repeated header rows, fields,
language, list numbering restarts, hyperlinks and the update-fields setting."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def _child(parent, tag: str, **attrs: str):
    """The first child `tag` of `parent`, created (at the end) when missing, with `attrs` set."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def shd(fill: str):
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill.lstrip("#").upper())
    return el


def shade_cell(tc, fill: str) -> None:
    tc_pr = tc.get_or_add_tcPr()
    old = tc_pr.find(qn("w:shd"))
    if old is not None:
        tc_pr.remove(old)
    # The schema orders tcPr's children: shd comes after the width, borders and merges.
    after = [qn(t) for t in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                             "w:vAlign", "w:hideMark")]
    el = shd(fill)
    for i, child in enumerate(tc_pr):
        if child.tag in after:
            tc_pr.insert(i, el)
            return
    tc_pr.append(el)


def shade_run(run, fill: str) -> None:
    run._r.get_or_add_rPr().append(shd(fill))


def repeat_header(tr) -> None:
    """Word repeats a row marked tblHeader at the top of every page the table runs onto."""
    tr_pr = tr.get_or_add_trPr()
    _child(tr_pr, "w:tblHeader")


def cant_split(tr) -> None:
    _child(tr.get_or_add_trPr(), "w:cantSplit")


def no_borders(table, between_rows: str | None = None) -> None:
    """No lines; with `between_rows`, a thick line of that colour (white) parts the rows."""
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    if borders is None:  # the schema orders tblPr: borders before shading, layout, margins, look
        borders = OxmlElement("w:tblBorders")
        later = [c for c in tbl_pr if c.tag in {qn(t) for t in (
            "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
            "w:tblDescription")}]
        if later:
            later[0].addprevious(borders)
        else:
            tbl_pr.append(borders)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side == "insideH" and between_rows:
            _child(borders, f"w:{side}", **{"w:val": "single", "w:sz": "24",
                                            "w:color": between_rows})
        else:
            _child(borders, f"w:{side}", **{"w:val": "nil"})


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A complex field ({PAGE}, {NUMPAGES}, {TOC …}): Word and LibreOffice compute its value;
    `shown` is the cached result a reader sees before that."""
    def fld(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)
    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld("separate")
    paragraph.add_run(shown)
    fld("end")


def field_begin(paragraph: Paragraph, instruction: str) -> None:
    """The first half of a field whose result spans several paragraphs (the table of contents)."""
    for kind in ("begin", None, "separate"):
        run = paragraph.add_run()._r
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run.append(instr)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run.append(el)


def field_end(paragraph: Paragraph) -> None:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(el)


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


def restart_numbering(document, paragraph: Paragraph, style_num_id: str, start: int):
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


def set_num(paragraph: Paragraph, num_id: str, level: int = 0) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = int(num_id)


def style_num_id(document, style_name: str) -> str | None:
    try:
        style = document.styles[style_name].element
    except KeyError:
        return None
    num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    return None if num_id is None else num_id.get(qn("w:val"))


def add_hyperlink(paragraph: Paragraph, url: str, text: str):
    """A clickable external link; returns its run element for styling."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    _child(r_pr, "w:color", **{"w:val": "1F4E9A"})
    _child(r_pr, "w:u", **{"w:val": "single"})
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)
    return run

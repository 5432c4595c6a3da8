"""`--only` for narrative sections and the contents (docs/export.md): one section alone, or an
appendix of front parts led by a section the layout lists in `appendices` ("Bilaga 1 –
Verksamhetsberättelse …" then its contents, summary, overview, legend and goals), each a document
with its own title, in Markdown, Word and PDF alike."""

from reportmodel.io.storage import parse
from reportmodel.render import build_document, export_markdown, outline

from .conftest import DATA
from .test_export_cli import run

PROCESS = (DATA / "process-oriented.toml").read_text(encoding="utf-8")
# Bilaga 1 as the process source has it: a section heading before the contents, an appendix.
BILAGA = PROCESS.replace('    "memo",\n    "toc",', '    "memo",\n    "section:bilaga-1",\n    "toc",', 1)
BILAGA = BILAGA.replace('[layout.titles]', 'appendices = ["section:bilaga-1", "goals"]\n\n'
                        '[layout.titles]\ntoc = "Innehållsförteckning"', 1)
BILAGA = BILAGA.replace('[sections.arendebeskrivning]', '[sections.bilaga-1]\n'
                        'title = "Bilaga 1 – Verksamhetsberättelse 2022"\n'
                        'text = "Nämndens verksamhetsberättelse."\n\n[sections.arendebeskrivning]', 1)
FRONT = "section:bilaga-1,toc,section:sammanfattning,sections,overview,legend"


def report(text):
    loaded = parse(text)
    assert loaded.errors == [], loaded.errors
    return loaded.report


def test_one_section_alone_is_a_document_titled_by_it():
    markdown = export_markdown(report(PROCESS), only="section:sammanfattning")
    assert markdown.startswith("# Sammanfattning\n")
    assert "## Sammanfattning" not in markdown
    assert report(PROCESS).sections["sammanfattning"].text.strip().split("\n")[0] in markdown


def test_an_appendix_of_front_parts_takes_its_sections_title():
    doc = build_document(report(BILAGA), only=FRONT)
    heads = outline(doc)
    assert heads[0] == (1, "Bilaga 1 – Verksamhetsberättelse 2022")
    assert [t for level, t in heads if level == 2][:2] == ["Innehållsförteckning", "Sammanfattning"]
    assert "Förslag till beslut" not in [t for _, t in heads]
    # Not listed in appendices: the report's title stays, the section is a heading.
    plain = build_document(report(BILAGA.replace('"section:bilaga-1", "goals"', '"goals"')),
                           only=FRONT)
    assert outline(plain)[0] == (1, report(BILAGA).meta.title)


def test_the_contents_of_an_appendix_end_at_the_next_appendix():
    markdown = export_markdown(report(BILAGA))
    toc = markdown.split("## Innehållsförteckning\n")[1].split("\n## ")[0]
    assert "- Sammanfattning" in toc and "- Förklaring symboler" in toc
    assert "Perspektiv" not in toc  # the goals are the next appendix here


def test_the_command_line_takes_sections_and_the_contents(tmp_path):
    path = tmp_path / "bilaga.toml"
    path.write_text(BILAGA, encoding="utf-8")
    for suffix in ("md", "docx", "pdf"):
        out = tmp_path / f"bilaga1.{suffix}"
        result = run("export", path, "-o", out, "--only", FRONT, cwd=tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        assert out.stat().st_size > 0
    assert (tmp_path / "bilaga1.md").read_text(encoding="utf-8").startswith(
        "# Bilaga 1 – Verksamhetsberättelse 2022\n")
    wrong = run("export", path, "--only", "section:nosuch", cwd=tmp_path)
    assert wrong.returncode == 2 and b"section:nosuch" in wrong.stderr
    helped = run("export", "--help", cwd=tmp_path)
    assert b"section:<id>" in helped.stdout and b"toc" in helped.stdout


def test_word_and_pdf_put_the_contents_where_the_layout_does_under_its_title():
    import io

    import docx
    import pypdf

    from reportmodel.render.office import render_document

    document = build_document(report(BILAGA))
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_document(
        document, "docx"))).paragraphs if p.text.strip()]
    at = paragraphs.index("Innehållsförteckning")
    assert "Innehåll" not in paragraphs
    # After Bilaga 1's heading and text, not right after the memo.
    assert paragraphs[at - 2:at] == ["Bilaga 1 – Verksamhetsberättelse 2022",
                                     "Nämndens verksamhetsberättelse."]
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_document(
        document, "pdf"))).pages]
    contents = next(i for i, text in enumerate(pages) if "Innehållsförteckning" in text)
    before = "\n".join(pages[:contents + 1])
    assert before.index("Nämndens verksamhetsberättelse.") < before.index("Innehållsförteckning")
    assert not any(text.lstrip().startswith("Innehåll\n") for text in pages)

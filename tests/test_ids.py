from reportmodel.core.ids import is_valid_id, slugify, unique_id


def test_swedish_letters_fold_to_their_base():
    assert slugify("Ändamålsenlig och kostnadseffektiv verksamhet") == \
        "andamalsenlig-och-kostnadseffektiv-verksamhet"
    assert slugify("Ökad trygghet för äldre") == "okad-trygghet-for-aldre"
    assert slugify("Café & Idé") == "cafe-ide"


def test_punctuation_and_spaces_become_single_dashes():
    assert slugify("  Attraktiv kommun; bo och leva  ") == "attraktiv-kommun-bo-och-leva"
    assert slugify("Genomlysning ... underskott 2020-21.") == "genomlysning-underskott-2020-21"


def test_empty_or_symbol_only_titles_still_get_an_id():
    assert slugify("") == "item"
    assert slugify("✓ ▶") == "item"


def test_long_titles_are_cut_on_a_word_boundary():
    title = "Genomföra aktiviteter enligt KLLK:s digitaliseringsplan, ex digitalisera nämndsprocessen"
    slug = slugify(title)
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert title.lower().startswith("genomföra")
    assert slug.startswith("genomfora-aktiviteter")


def test_unique_id_appends_a_counter():
    taken = {"trygghet", "trygghet-2"}
    assert unique_id("Trygghet", taken) == "trygghet-3"
    assert unique_id("Villatomter", taken) == "villatomter"


def test_derived_ids_are_valid():
    for title in ["Åäö", "A--b", "x_y", "Mål 16 - Fredliga samhällen", "2022"]:
        assert is_valid_id(slugify(title)), title
    assert not is_valid_id("Budget")
    assert not is_valid_id("a--b")
    assert not is_valid_id("-a")

"""Saving never loses the officer's work: atomic replace, a .bak of the previous version, and a
failed save leaves the original byte-identical and says why."""

import pytest

from reportmodel.io import storage
from reportmodel.core.problems import SaveError
from reportmodel.io.storage import load_report, save_report

from .conftest import DATA


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes((DATA / "numbered-goals.toml").read_bytes())
    return path


def leftovers(directory):
    return sorted(p.name for p in directory.iterdir() if "yearend-tmp" in p.name)


def test_save_replaces_and_keeps_the_previous_version_as_bak(report_file):
    original = report_file.read_bytes()
    report = load_report(report_file)
    report.goals["minskad-franvaro"].assessment = "uppfyllt"
    save_report(report, report_file)
    assert load_report(report_file).goals["minskad-franvaro"].assessment == "uppfyllt"
    assert (report_file.parent / "r.toml.bak").read_bytes() == original
    assert leftovers(report_file.parent) == []


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_save_leaves_the_original_intact(report_file, monkeypatch, failing):
    original = report_file.read_bytes()
    report = load_report(report_file)
    report.goals["minskad-franvaro"].comment = "Ny kommentar som inte får förstöra filen."

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_open = open

        class Full:
            def __init__(self, fh):
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.fh.close()

            def write(self, data):
                self.fh.write(data[: len(data) // 2])  # half written, then the disk is full
                boom()

        monkeypatch.setattr(storage, "open", lambda p, mode="r": Full(real_open(p, mode)),
                            raising=False)
    elif failing == "fsync":
        monkeypatch.setattr(storage.os, "fsync", boom)
    else:
        monkeypatch.setattr(storage.os, "replace", boom)
    with pytest.raises(SaveError, match="No space left on device; the file on disk is unchanged"):
        save_report(report, report_file)
    assert report_file.read_bytes() == original
    assert leftovers(report_file.parent) == []


def test_permission_denied_is_explained(report_file, monkeypatch):
    # Simulated: CI may run as root, which directory permissions do not stop.
    original = report_file.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "open", denied, raising=False)
    with pytest.raises(SaveError, match="Permission denied; the file on disk is unchanged"):
        save_report(load_report(report_file), report_file)
    assert report_file.read_bytes() == original


def test_directory_removed_is_explained(tmp_path):
    report = load_report(DATA / "numbered-goals.toml")
    with pytest.raises(SaveError, match="could not save"):
        save_report(report, tmp_path / "gone" / "r.toml")


def test_a_value_toml_cannot_hold_is_refused_before_anything_is_written(report_file):
    original = report_file.read_bytes()
    report = load_report(report_file)
    report.goals["minskad-franvaro"].comment = "trasig \udc80 surrogat"
    with pytest.raises(SaveError, match="cannot be written to TOML"):
        save_report(report, report_file)
    assert report_file.read_bytes() == original
    assert not (report_file.parent / "r.toml.bak").exists()


def test_a_value_that_does_not_survive_the_round_trip_is_refused(report_file):
    original = report_file.read_bytes()
    report = load_report(report_file)
    report.goals["minskad-franvaro"].comment = "Windows\r\nradslut"  # TOML would make it \n
    with pytest.raises(SaveError, match="would change the report"):
        save_report(report, report_file)
    assert report_file.read_bytes() == original


# -- the verified-chunk cache: a save re-verifies only what changed, and never less ----------

def test_a_bad_value_in_one_item_is_caught_although_the_rest_is_cached(report_file):
    report = load_report(report_file)
    assert report.verified  # every item read from disk is known to round-trip
    report.goals["trygg-skolmiljo"].comment = "ny\rrad"  # a lone CR: TOML keeps it, we don't
    original = report_file.read_bytes()
    with pytest.raises(SaveError, match="goals.trygg-skolmiljo"):
        save_report(report, report_file)
    assert report_file.read_bytes() == original


def test_saves_after_edits_give_the_same_bytes_as_a_fresh_render(report_file):
    from reportmodel.io.codec_write import dumps

    report = load_report(report_file)
    for n in range(3):
        report.goals["minskad-franvaro"].comment = f"Kommentar nummer {n}.\n\nAndra stycket."
        report.meta.officer = f"Handläggare {n}"
        save_report(report, report_file)
        assert report_file.read_bytes() == dumps(report).encode()
        assert load_report(report_file) == report


def test_non_canonical_values_on_disk_are_verified_not_trusted(report_file):
    text = report_file.read_text().replace('outcome = "prel: 73"', 'outcome = "prel 73,0"')
    report_file.write_text(text)
    report = load_report(report_file)
    save_report(report, report_file)
    assert 'outcome = "prel: 73.0"' in report_file.read_text()
    assert load_report(report_file) == report


def test_two_leaf_items_with_one_id_are_refused_a_section_named_as_a_goal_is_not(report_file):
    import copy

    from reportmodel.core.model import Section

    report = load_report(report_file)
    # Each collection is its own id space: a section may be called what a goal is.
    report.sections["minskad-franvaro"] = Section(id="minskad-franvaro", title="Frånvaro")
    save_report(report, report_file)
    assert load_report(report_file).sections["minskad-franvaro"].title == "Frånvaro"
    # Leaf items share one: the file would not load.
    indicator = report.goals["minskad-franvaro"].indicators["franvaro"]
    other = next(g for key, g in report.goals.items() if key != "minskad-franvaro")
    other.indicators["franvaro"] = copy.deepcopy(indicator)
    before = report_file.read_bytes()
    with pytest.raises(SaveError, match='two items share the id "franvaro"'):
        save_report(report, report_file)
    assert report_file.read_bytes() == before

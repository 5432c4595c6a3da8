"""Settings (config.toml), the remembered item, and the language switch, driven with Pilot.

conftest points XDG_CONFIG_HOME / XDG_STATE_HOME into tmp: nothing here reads or writes the
developer's own settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app import YearendApp
from tui.common.keys import describe_keys
from tui.settings.config import State, config_path, load_settings, save_settings, Settings, state_path

DATA = Path(__file__).parent / "data" / "editor"
SIZE = (120, 36)


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "rapport.toml"
    shutil.copy(DATA / "small.toml", path)
    return path


def write_config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_lives_in_the_isolated_xdg_dirs(tmp_path):
    assert "xdg_config_home" in str(config_path())
    assert "xdg_state_home" in str(state_path())


def test_broken_config_names_file_and_line_and_keeps_defaults():
    path = write_config('language = "sv"\ntheme = \n')
    loaded = load_settings()
    assert loaded.settings == Settings()
    [message] = loaded.messages("en")
    assert message.startswith(f"{path}:2:")
    assert "TOML syntax" in message


def test_wrong_values_are_reported_by_line_and_the_rest_is_used():
    path = write_config('language = "fi"\ntheme = "nord"\n\n[keys]\nsave = "f5"\nnope = "x"\n'
                        'quit = 3\n')
    loaded = load_settings(themes={"nord", "textual-dark"}, binding_ids={"save", "quit"})
    assert loaded.settings.language == "auto" and loaded.settings.theme == "nord"
    assert loaded.settings.keys == {"save": "f5"}
    messages = loaded.messages("en")
    assert messages[0].startswith(f"{path}:1: warning: language: \"fi\" is not a language")
    assert messages[1].startswith(f"{path}:6: warning: keys.nope: no key binding has this id")
    assert messages[2].startswith(f"{path}:7: warning: keys.quit: 3 is not a key")


def test_saved_settings_read_back_the_same(tmp_path):
    settings = Settings(language="en", theme="nord", keys={"set_value": "f2", "quit": 'x,"'})
    path = save_settings(settings, tmp_path / "sub" / "config.toml")
    assert load_settings(path).settings == settings
    assert not list(path.parent.glob(".*tmp"))  # the temporary file went


async def test_broken_config_starts_the_editor_with_a_warning(report_file):
    write_config("[keys\n")
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main is not None
        [note] = [n for n in app._notifications if "config.toml:1" in n.message]
        assert note.severity == "warning"


async def test_a_key_rebound_in_the_config_works_and_the_old_one_does_not(report_file):
    write_config('[keys]\nset_value = "f2"\nnext_attention = "x"\n')
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "x")  # next item needing attention, rebound from n (the
        node = app.main.outline.current  # first is an indicator without an outcome; then a goal)
        assert node is not None and node.kind == "goal"
        await pilot.press("n")  # no longer bound: the cursor stays
        assert app.main.outline.current.path == node.path
        name, scale = app.look.primary(node)
        await pilot.press("1")  # set_value was rebound to f2: 1 does nothing
        assert getattr(app.report.goals[node.path[-1]], name) != scale.values[0].key
        await pilot.press("f2")
        assert getattr(app.report.goals[node.path[-1]], name) == scale.values[0].key
        # the help lists the rebound key, not the old one
        rows = dict((desc, keys) for _t, bindings in app.keymapped_sections()
                    for keys, desc in describe_keys(
                        bindings, app.words, app.get_key_display))
        assert "x" in rows[app.words.binding("next_attention")].split()


async def test_the_last_item_is_remembered_and_reopened(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        chosen = app.main.outline.current.path
        await pilot.press("q")
    assert State().last_item(report_file) == chosen
    assert State().last_file == str(report_file.resolve())
    again = YearendApp(report_file, cursor_blink=False)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert again.main.outline.current.path == chosen


async def test_language_switch_from_the_palette_keeps_the_place_and_is_saved(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        here = app.main.outline.current.path
        assert app.words("outline.title") == "Innehåll"
        await pilot.press("ctrl+p", *"Språk: Engelska", "enter")
        await pilot.pause()
        await pilot.pause()
        assert app.words.lang == "en"
        assert str(app.main.outline.border_title) == "Contents"
        assert app.main.outline.current.path == here
    assert load_settings().settings.language == "en"
    # and the next start speaks English to this Swedish report
    again = YearendApp(report_file, cursor_blink=False)
    async with again.run_test(size=SIZE) as pilot:
        assert again.words.lang == "en"


async def test_settings_screen_saves_theme_and_language(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        from textual.widgets import Select
        from tui.settings.screen import SettingsScreen

        app.action_settings()
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#language", Select).value = "en"
        app.screen.query_one("#theme", Select).value = "nord"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "nord" and app.words.lang == "en"
    saved = load_settings().settings
    assert (saved.language, saved.theme) == ("en", "nord")


def test_edit_without_file_opens_the_last_report(tmp_path, yearend_cli):
    broken = tmp_path / "trasig.toml"
    shutil.copy(DATA / "broken.toml", broken)
    state = State()
    state.remember(broken)
    assert state.save()
    result = yearend_cli("edit")
    # the remembered file is the one opened: its problems are listed, as for `yearend edit FILE`
    assert result.returncode == 2
    assert str(broken) in result.stderr


def test_edit_without_file_and_nothing_remembered_says_so(yearend_cli):
    result = yearend_cli("edit")
    assert result.returncode == 2
    assert "ingen FIL angiven" in result.stderr and "Traceback" not in result.stderr


async def test_language_switch_keeps_a_running_comparison(tmp_path):
    from reportmodel.io.storage import load_report
    from tui.compare import mode as compare_mode

    samples = Path(__file__).resolve().parents[1] / "sample_data"
    new, old = tmp_path / "kalmar-2023-plan.toml", tmp_path / "kalmar-2022.toml"
    shutil.copy(samples / "kalmar-2023-plan.toml", new)
    shutil.copy(samples / "kalmar-2022.toml", old)
    app = YearendApp(new, cursor_blink=False)
    compare_mode.of(app).pending = (old, load_report(old))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        marks_before = app.main.outline.marks
        assert app.compare.on and marks_before
        await app.set_language("en")
        await pilot.pause()
        assert app.words.lang == "en" and app.main.outline.marks == marks_before
        assert "kalmar-2022.toml" in str(app.main.outline.border_subtitle)

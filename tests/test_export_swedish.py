"""Swedish conventions in output: sort order, percentages, shares, numbers."""

from datetime import date

from reportmodel.core.swedish import format_date, format_number, format_percent, format_share, sort_key


def test_swedish_alphabet_puts_a_ring_a_umlaut_o_umlaut_after_z_in_that_order():
    names = ["Östen", "Zeta", "Ärla", "Åsa", "Adam", "Ödla", "Åke", "zebra", "Äpple"]
    assert sorted(names, key=sort_key) == ["Adam", "zebra", "Zeta", "Åke", "Åsa", "Äpple",
                                           "Ärla", "Ödla", "Östen"]


def test_case_and_accents_only_break_ties():
    assert sorted(["B", "a", "A", "b"], key=sort_key) == ["a", "A", "b", "B"]
    assert sorted(["éa", "eb", "ea"], key=sort_key) == ["ea", "éa", "eb"]
    # ü sorts as y, æ as ä and ø as ö, as in ICU's Swedish collation.
    assert sorted(["Myra", "Müller", "Mz"], key=sort_key) == ["Müller", "Myra", "Mz"]
    assert sorted(["Øse", "Ære", "Åre", "Öre"], key=sort_key) == ["Åre", "Ære", "Öre", "Øse"]


def test_spaces_and_digits_sort_before_letters():
    assert sorted(["b", "a b", "ab", "2 x", "10 x"], key=sort_key) == [
        "10 x", "2 x", "a b", "ab", "b"]


def test_percent_and_numbers():
    assert format_percent(88.5) == "88,5\u00a0%"
    assert format_percent(88.5, "en") == "88.5%"
    assert format_number(-1234.5) == "\u22121\u00a0234,5"
    assert format_date(date(2022, 12, 31)) == "2022-12-31"


def test_shares_round_half_up_and_have_no_whole_of_zero():
    assert format_share(1, 8) == "13\u00a0%"  # 12.5 -> 13, where round() would give 12
    assert format_share(1, 3) == "33\u00a0%"
    assert format_share(2, 3) == "67\u00a0%"
    assert format_share(0, 0) == ""

"""The 17 global goals of Agenda 2030 with their official Swedish names (K23 line 451)."""

from reportmodel.core.vocabulary.agenda2030 import GLOBAL_GOALS

__all__ = ["GLOBAL_GOALS", "goal_label", "goal_name"]


def goal_name(number: int, lang: str = "sv") -> str:
    sv, en = GLOBAL_GOALS[number]
    return en if lang == "en" else sv


def goal_label(number: int, lang: str = "sv") -> str:
    """'16 Fredliga och inkluderande samhällen', as reports print a link."""
    return f"{number} {goal_name(number, lang)}"

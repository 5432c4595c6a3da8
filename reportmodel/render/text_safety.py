"""Kept for the render modules' imports: the one sanitising module is reportmodel.core.textsafety
(messages, keys and file names use it too)."""

from reportmodel.core.textsafety import clean_text, one_line

__all__ = ["clean_text", "one_line"]

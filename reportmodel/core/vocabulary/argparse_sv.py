"""argparse's own words in Swedish ("usage:", "the following arguments are required: %s"),
keyed by argparse's English text; yearend/argparse_words.py puts them in for a Swedish run.
"""

from __future__ import annotations

# argparse's own words (Python 3.11-3.13), in Swedish.
ARGPARSE_SV: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "dessa argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "väntade ett argument",
    "expected at most one argument": "väntade högst ett argument",
    "expected at least one argument": "väntade minst ett argument",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "tvetydig flagga: %(option)s kan betyda %(matches)s",
    "not allowed with argument %s": "inte tillåtet tillsammans med %s",
    "ignored explicit argument %r": "ignorerade argumentet %r",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
}

"""Only what pyproject.toml cannot say: docs/ is installed as the package `yearend.docs`, so
`yearend help format` reads the same Markdown files that the repository shows, from an installed
wheel as from a clone (editable install). Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["reportmodel*", "tui*", "yearend*"]) + ["yearend.docs"],
    package_dir={"yearend.docs": "docs"},
    package_data={"yearend.docs": ["*.md"], "": ["*.tcss", "*.toml", "*.typ"]},
)

import pytest

from .corpus import generate


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The hostile files, generated once per test session."""
    return generate(tmp_path_factory.mktemp("hostile") / "corpus")

"""The parts of an exported report, one module each, in the order the document reads."""

"""Helpers shared by the test suites: the test bed, running both CLIs, making engine objects."""

"""Golden cases: each folder under tests/golden/ holds a case.yaml (inputs and commands) and its
expected outputs; test_golden.py runs them all through the command line (README.md: the format)."""

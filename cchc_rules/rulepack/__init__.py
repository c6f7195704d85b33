"""The rule pack: pydantic models of the rules files, and loading them with their positions."""

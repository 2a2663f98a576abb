"""The rules of SPEC.md and the units of work. Plain Python: no Qt import here."""

"""Dataclasses, enums and validation rules.  Imports nothing else of the project, does no I/O."""

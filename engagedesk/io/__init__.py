"""Spreadsheets in and out: CSV import and export, column mapping, safe cells."""

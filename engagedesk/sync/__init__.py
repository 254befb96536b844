"""Sync by file: bundles, the clock, export, import and merge."""

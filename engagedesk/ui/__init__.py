"""The window: Qt widgets, item models and dialogs.  The only package that imports Qt widgets.

Screens never touch the database: they await services on the store thread (see ``tasks``).
"""

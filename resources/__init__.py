"""Files the program ships: fonts, icons, translations, sample data.

Installed as the package ``engagedesk.resources`` (see pyproject.toml) and read with
``engagedesk.resources_path``, so they are found the same way in a source checkout, an installed
wheel and a frozen bundle.
"""

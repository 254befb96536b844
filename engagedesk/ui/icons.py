"""The program's own icon, read from the shipped PNGs the portable way (``importlib.resources``)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from engagedesk.resources_path import resource

# Made from resources/icons/engagedesk.svg by packaging/make_icons (which also makes 512 px, for
# the desktop's icon theme: a window icon that large is never drawn, yet X11 would be sent 1 MB).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """EngageDesk's icon at every size it is drawn at (title bar, task bar, Alt+Tab, dock).

    Read as bytes, not as a path, so it works from a wheel, a zip or a frozen bundle alike.  A
    size that cannot be read is skipped; with none at all the icon is empty (``isNull()``) and
    Qt shows its default, which never stops the program.
    """
    icon = QIcon()
    for size in APP_ICON_SIZES:
        try:
            data = resource(f"icons/engagedesk-{size}.png").read_bytes()
        except OSError:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon

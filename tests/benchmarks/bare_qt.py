"""The baseline: a bare PySide6 program that shows an empty main window and quits."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()  # painted, exactly as the app reports it
print(f"shown {time.time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())

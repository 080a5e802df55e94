"""The floor of the frozen-program measurements (benchmarks/bench_frozen.py): a bare PySide6
window, frozen by the same spec (build/calcert.spec with CALCERT_FLOOR=1) as the program.
It prints "ready" once its window is shown, like the program with CALCERT_QUIT_WHEN_READY=1."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CALcert"))
    window.resize(900, 600)
    window.show()
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    if os.environ.get("CALCERT_QUIT_WHEN_READY"):
        QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())

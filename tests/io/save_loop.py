"""Driving :mod:`tests.io.save_kill_child` from a test: start, fork a saver, kill it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class SaveLoop:
    """The zygote process and the lines its workers printed."""

    def __init__(self, folder: Path, data_dir: Path) -> None:
        env = dict(os.environ, TIMELINE_DATA_DIR=str(data_dir),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.io.save_kill_child", str(folder)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert self._line() == "ready"

    def start(self, generation: int, first: str) -> int:
        """Fork a worker that saves from ``generation`` on, ``first`` file first."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {generation} {first}\n")
        self.process.stdin.flush()
        word, pid = self._line().split()
        assert word == "pid"
        return int(pid)

    def wait_for(self, wanted: str) -> list[str]:
        """Lines up to and including one starting with ``wanted``."""
        lines = []
        while not (lines and lines[-1].startswith(wanted)):
            lines.append(self._line())
        return lines

    def kill(self, pid: int) -> list[str]:
        """SIGKILL the worker; the lines it printed before dying."""
        os.kill(pid, signal.SIGKILL)
        return self.wait_for("reaped")[:-1]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the save loop process died"
        return line.strip()


def temporaries(folders: set[Path]) -> set[Path]:
    """The atomic writer's temporary files in ``folders``."""
    return {p for folder in folders for p in folder.iterdir() if p.name.endswith(".tmp")}


def wait_for_new_temporary(folders: set[Path], timeout: float) -> bool:
    """Poll until a temporary file appears that was not there when called."""
    import time

    before = temporaries(folders)
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if temporaries(folders) - before:
            return True
        time.sleep(0.001)
    return False

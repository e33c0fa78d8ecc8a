"""Progress on stderr for long runs: documents, MB, documents/s and ETA.

tqdm draws the bar when it is installed; otherwise a plain line is rewritten now and
then. Either way it is shown only when asked for (a terminal, no `--quiet`).
"""
from __future__ import annotations

import sys
import time


class Progress:
    """Counts bytes (the bar's unit, so ETA follows the archive size) and documents."""

    def __init__(self, total_bytes: int | None, enabled: bool) -> None:
        self.docs, self.enabled, self._start = 0, enabled, time.perf_counter()
        self._last = 0.0
        self._bar = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                tqdm = None
            if tqdm is not None:
                self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000,
                                 desc="kgner", file=sys.stderr, dynamic_ncols=True,
                                 smoothing=0.1, mininterval=0.25)

    def update(self, nbytes: int, docs: int = 1) -> None:
        self.docs += docs
        if not self.enabled:
            return
        now = time.perf_counter()
        if self._bar is not None:
            self._bar.update(nbytes)
            if now - self._last > 0.25:
                rate = self.docs / max(now - self._start, 1e-9)
                self._bar.set_postfix_str(f"{self.docs} docs, {rate:.0f} docs/s", refresh=False)
                self._last = now
        elif now - self._last > 1.0:
            rate = self.docs / max(now - self._start, 1e-9)
            print(f"\rkgner: {self.docs} documents, {rate:.0f} docs/s", end="", file=sys.stderr)
            self._last = now

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self.enabled:
            print(file=sys.stderr)

"""The entry point every benchmark module shares: `--quick`, a watchdog that
dumps every thread's stack and ends the process instead of hanging, and the
RESULT lines printed last."""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
from collections.abc import Callable

TIMEOUT_VAR = "OTP_BENCH_TIMEOUT"


def run_benchmark(main: Callable[[bool], list[str]]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="few rounds: proves it runs")
    args = parser.parse_args()
    timeout = float(os.environ.get(TIMEOUT_VAR, "0") or 0)
    if timeout > 0:
        faulthandler.dump_traceback_later(timeout, exit=True)
    lines = main(args.quick)
    faulthandler.cancel_dump_traceback_later()
    for line in lines:
        print(line, flush=True)
    sys.exit(0)

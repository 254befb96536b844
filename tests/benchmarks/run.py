"""Run the benchmarks and print one JSON object: ``{"results": [...]}``.

    python tests/benchmarks/run.py [--quick] [--only NAME ...]

``--quick`` runs at small scale (under a minute); the default at the scale the targets name.
Progress goes to stderr.  To add results, register them with ``@benchmark`` in a module
named ``bench_*.py`` beside this one (found by itself), or listed in ``MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import BENCHMARKS, Context, log, run_one  # noqa: E402

HERE = Path(__file__).resolve().parent
MODULES = ["foundation", "desk"] + sorted(path.stem for path in HERE.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    for module in MODULES:
        importlib.import_module(module)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small scale, under a minute")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (for a look)")
    args = parser.parse_args(argv)

    names = args.only or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2

    ctx = Context(quick=args.quick)
    log(f"load average before: {os.getloadavg()}  (other work on the machine skews timings)")
    results = []
    try:
        for name in names:
            log(f"== {name}")
            results.append(run_one(BENCHMARKS[name], ctx))
            log(json.dumps(results[-1], ensure_ascii=False))
    finally:
        log(f"load average after: {os.getloadavg()}")
        if args.keep:
            log(f"kept {ctx.workdir}")
        else:
            shutil.rmtree(ctx.workdir, ignore_errors=True)
    print(json.dumps({"results": results}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

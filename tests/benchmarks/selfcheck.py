"""Check the benchmark runner without pytest: ``python tests/benchmarks/selfcheck.py``.

Runs ``run.py --quick --only demo_100k_s`` and checks it prints one well-formed JSON object,
then checks an unknown name exits 2 naming the known ones.  Exit 0 when all is well.
"""

import json
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent / "run.py"


def main() -> int:
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--only", "demo_100k_s"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert list(report) == ["results"] and len(report["results"]) == 1, report
    result = report["results"][0]
    assert result["name"] == "demo_100k_s" and result["unit"] == "s", result
    assert {"name", "value", "unit", "target", "ok"} <= result.keys(), result
    assert isinstance(result["ok"], bool) and isinstance(result["target"], (int, float)), result
    assert result["value"] is None or isinstance(result["value"], (int, float)), result

    wrong = subprocess.run([sys.executable, str(RUN), "--only", "no_such_benchmark"],
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "demo_100k_s" in wrong.stderr and not wrong.stdout, wrong
    print(f"ok: {json.dumps(result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

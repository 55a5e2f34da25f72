"""Aggregation of 300 generated school files: time and peak memory.

Target: under 10 s on the development machine.  Prints figures; never asserts (machines are shared
and noisy — compare ratios within one run).   Usage: python benchmarks/aggregate_300.py [COUNT]
"""

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vqdesk.core.aggregate import aggregate_files  # noqa: E402
from vqdesk.core.sample_region import write_region_samples  # noqa: E402

TARGET_SECONDS = 10.0


def main(count: int = 300) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = write_region_samples(folder / "schools", count)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        result = aggregate_files(folder / "region.vqd", level="city", name="示例省示例市", year=2025,
                                 inputs=paths)
        elapsed = time.perf_counter() - started
        # Memory in a second pass: tracing slows Python down, so it must not touch the timing.
        tracemalloc.start()
        aggregate_files(folder / "region-2.vqd", level="city", name="示例省示例市", year=2025, inputs=paths)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    figures = {"schools": count, "generate_s": generated, "aggregate_s": elapsed,
               "per_school_ms": elapsed / count * 1000, "peak_mib": peak / 2**20,
               "ratio_to_target": elapsed / TARGET_SECONDS,
               "aggregated": sum(1 for s in result.submissions if s.data is not None)}
    return figures


if __name__ == "__main__":
    f = main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
    print(f"schools {f['schools']}  aggregated {f['aggregated']}")
    print(f"generate   {f['generate_s']:.1f} s (not measured against a target)")
    print(f"aggregate  {f['aggregate_s']:.2f} s   ({f['per_school_ms']:.1f} ms/school)   "
          f"target {TARGET_SECONDS:.0f} s   ratio {f['ratio_to_target']:.2f}")
    print(f"peak Python memory during aggregation  {f['peak_mib']:.1f} MiB")

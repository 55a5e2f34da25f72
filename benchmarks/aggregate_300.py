"""Aggregation of 300 generated school files into one city report, as `vqdesk aggregate` does.

The schools are generated once (vqdesk.core.sample_region, not timed), then aggregated --repeat
times into new files; a last, untimed pass measures Python's peak allocation with tracemalloc,
which slows Python down and so must not touch the timing.
Usage: python benchmarks/aggregate_300.py [COUNT] [--repeat N]
"""

import statistics
import time
import tracemalloc

from _common import emit, parser, temp_folder, timings

from vqdesk.core.aggregate import aggregate_files
from vqdesk.core.sample_region import write_region_samples


def main(count: int, repeat: int) -> dict:
    with temp_folder() as folder:
        started = time.perf_counter()
        paths = write_region_samples(folder / "schools", count)
        generated = time.perf_counter() - started
        outputs = iter(folder / f"region-{i}.vqd" for i in range(repeat + 2))

        def aggregate(_):
            return aggregate_files(next(outputs), level="city", name="示例省示例市", year=2025, inputs=paths)

        seconds = timings(aggregate, repeat)
        tracemalloc.start()
        result = aggregate(None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    aggregated = sum(1 for s in result.submissions if s.data is not None)
    per_school = statistics.median(seconds) / count * 1000
    notes = (f"{aggregated} of {count} schools aggregated, {per_school:.1f} ms per school; "
             f"Python peak {peak / 2**20:.0f} MiB; generating the schools took {generated:.1f} s (not timed)")
    return emit("aggregate_300", seconds, notes, schools=count, aggregated=aggregated, generate_s=generated,
                python_peak_mib=peak / 2**20)


if __name__ == "__main__":
    p = parser(__doc__, 3)
    p.add_argument("count", nargs="?", type=int, default=300, help="number of schools (default 300)")
    args = p.parse_args()
    main(args.count, args.repeat)

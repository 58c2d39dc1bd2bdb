"""The batch verbs beside their anchors, in one run (``benches/batches.sh``), on the same
1,000,000 request lines the batch tests use (the parity corpus repeated):

- Spark ``callplan.spark.evaluate`` (``mapInArrow``) beside a per-row Python UDF calling
  ``callplan.evaluate_json`` and beside ``callplan check --jsonl`` on the file;
- Polars ``callplan.polars.classify`` of 1,000,000 numbers beside PyPI ``phonenumbers`` and
  ``rphonenumbers`` (parse + ``is_valid_number``) through ``map_elements``;
- the peak memory of ``callplan.arrow.evaluate`` over the million requests in batches of
  10,000, one batch at a time, against the same in one array (each in a fresh process).

Each timing is the best of ``ROUNDS`` after a warm-up."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

# The anchors as benches/python.sh runs them: the same writings, the same parse + is_valid.
from python_bench import US_WRITINGS, classify_phonenumbers

ROUNDS = 2


def best_seconds(run, rounds: int = ROUNDS) -> float:
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def spark_figures(requests: Path, cli: Path) -> None:
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import udf

    import callplan
    import callplan.spark

    spark = SparkSession.builder.getOrCreate()
    frame = spark.read.text(str(requests)).withColumnRenamed("value", "request").cache()
    rows = frame.count()

    def through_map_in_arrow() -> None:
        callplan.spark.evaluate(frame, "request").write.format("noop").mode("overwrite").save()

    pickled_udf = udf(callplan.evaluate_json, "string", useArrow=False)
    arrow_udf = udf(callplan.evaluate_json, "string", useArrow=True)

    def through_row_udf() -> None:
        frame.select(pickled_udf("request")).write.format("noop").mode("overwrite").save()

    def through_arrow_row_udf() -> None:
        frame.select(arrow_udf("request")).write.format("noop").mode("overwrite").save()

    def identity(batches):
        yield from batches

    def through_identity_map_in_arrow() -> None:
        frame.mapInArrow(identity, frame.schema).write.format("noop").mode("overwrite").save()

    def through_cli() -> None:
        with requests.open("rb") as lines:
            subprocess.run([cli, "check", "--jsonl", "-"], stdin=lines, stdout=subprocess.DEVNULL, check=False)

    arrow = best_seconds(through_map_in_arrow)
    row_udf = best_seconds(through_row_udf, rounds=1)
    arrow_row_udf = best_seconds(through_arrow_row_udf, rounds=1)
    transfer = best_seconds(through_identity_map_in_arrow)
    jsonl = best_seconds(through_cli)
    print(f"Spark {spark.version} local-cluster[2,1,1024], {rows:,} requests: evaluate (mapInArrow) {rows / arrow:,.0f} rows/s "
          f"({arrow:.2f} s); per-row UDF of evaluate_json {rows / row_udf:,.0f} rows/s ({row_udf:.2f} s, pickled rows): "
          f"{row_udf / arrow:.2f}x; the same UDF Arrow-optimised (Spark 4's default) {arrow_row_udf:.2f} s: {arrow_row_udf / arrow:.2f}x; "
          f"check --jsonl {rows / jsonl:,.0f} rows/s ({jsonl:.2f} s): mapInArrow at {arrow / jsonl:.2f}x its time; "
          f"a mapInArrow that answers nothing (the cached rows to Python workers and back) {transfer:.2f} s")

    phones = spark.createDataFrame([(number,) for number in one_million_numbers()], "phone string").repartition(2).cache()
    phones.count()
    classify_row = udf(lambda text: callplan.classify_number(text)[1], "string", useArrow=False)
    classify_arrow = best_seconds(lambda: callplan.spark.classify(phones, "phone").write.format("noop").mode("overwrite").save())
    classify_udf = best_seconds(lambda: phones.select(classify_row("phone")).write.format("noop").mode("overwrite").save(), rounds=1)
    print(f"Spark, 1,000,000 numbers: classify (mapInArrow) {1e6 / classify_arrow:,.0f} rows/s ({classify_arrow:.2f} s); "
          f"per-row UDF of classify_number {1e6 / classify_udf:,.0f} rows/s ({classify_udf:.2f} s): {classify_udf / classify_arrow:.1f}x")
    spark.stop()


def one_million_numbers() -> list[str]:
    return [US_WRITINGS[index % len(US_WRITINGS)].format(index % 10_000) for index in range(1_000_000)]


def polars_figures() -> None:
    import phonenumbers
    import polars as pl
    import rphonenumbers

    import callplan.polars

    frame = pl.DataFrame({"phone": one_million_numbers()})

    ours = best_seconds(lambda: frame.with_columns(callplan.polars.classify("phone")), rounds=5)
    google = best_seconds(lambda: frame.with_columns(pl.col("phone").map_elements(classify_phonenumbers(phonenumbers), return_dtype=pl.Boolean)), rounds=1)
    port = best_seconds(lambda: frame.with_columns(pl.col("phone").map_elements(classify_phonenumbers(rphonenumbers), return_dtype=pl.Boolean)), rounds=1)
    print(f"Polars {pl.__version__}, 1,000,000 numbers: callplan.polars.classify {ours:.3f} s; phonenumbers "
          f"{phonenumbers.__version__} via map_elements {google:.1f} s ({google / ours:.0f}x); rphonenumbers {port:.2f} s ({port / ours:.0f}x)")


def peak_memory(requests: Path) -> None:
    """Each way in a fresh process: its peak resident memory beside the input's size."""
    for way, rows in (("batches", 100_000), ("batches", 1_000_000), ("one-array", 100_000), ("one-array", 1_000_000),
                      ("parquet-stream", 100_000), ("parquet-stream", 1_000_000)):
        out = subprocess.run([sys.executable, __file__, "--peak", way, str(rows), str(requests)], capture_output=True, text=True, check=True)
        print(out.stdout.strip())


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def column_of_lines(path: Path):
    """The file's lines as an Arrow string column, made without a Python object per line."""
    import numpy as np
    import pyarrow as pa

    data = np.fromfile(path, dtype=np.uint8)
    newlines = np.flatnonzero(data == 10)
    starts = np.concatenate(([0], newlines[:-1] + 1)) - np.arange(len(newlines))
    offsets = np.concatenate((starts, [len(data) - len(newlines)])).astype(np.int64)
    text = np.delete(data, newlines)
    return pa.LargeStringArray.from_buffers(len(newlines), pa.py_buffer(offsets), pa.py_buffer(text))


def measure_peak(way: str, rows: int, requests: Path) -> None:
    """The most resident memory while the verb runs, over what was resident before it
    (sampled every millisecond)."""
    import gc
    import threading

    import callplan.arrow

    column = column_of_lines(requests).slice(0, rows)
    if way == "parquet-stream":  # the table on disk, read and answered a batch at a time
        import pyarrow as pa
        import pyarrow.parquet as pq

        source, sink = requests.with_suffix(f".{rows}.parquet"), requests.with_suffix(f".{rows}.answers.parquet")
        pq.write_table(pa.table({"request": column}), source, row_group_size=10_000)
        del column
        column = pa.array([], pa.string())
    gc.collect()
    before = resident_mib()
    most = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.001):
            most[0] = max(most[0], resident_mib())

    sampler = threading.Thread(target=sample)
    sampler.start()
    answered, kept = 0, ""
    if way == "batches":
        for start in range(0, len(column), 10_000):
            answered += len(callplan.arrow.evaluate(column.slice(start, 10_000)))
    elif way == "parquet-stream":
        batches = pq.ParquetFile(source).iter_batches(batch_size=10_000)
        answers = callplan.arrow.evaluate_batches(pa.RecordBatchReader.from_batches(pq.read_schema(source), batches))
        with pq.ParquetWriter(sink, answers.schema) as writer:
            for batch in answers:
                writer.write_batch(batch)
                answered += batch.num_rows
        kept = f" (from and to Parquet files of {source.stat().st_size / 2**20:,.0f} and {sink.stat().st_size / 2**20:,.0f} MiB)"
    else:
        answers = callplan.arrow.evaluate(column)
        answered, kept = len(answers), f" (the answers it returns: {answers.nbytes / 2**20:,.0f} MiB)"
    done.set()
    sampler.join()
    print(f"arrow.evaluate, {way}{' of 10,000' if way == 'batches' else ''}: {answered:,} requests ({column.nbytes / 2**20:,.0f} MiB of text); "
          f"resident memory at most {most[0] - before:,.0f} MiB over the {before:,.0f} MiB before{kept}")


def main() -> None:
    if sys.argv[1] == "--peak":
        measure_peak(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
        return
    requests, cli = Path(sys.argv[1]), Path(sys.argv[2])
    peak_memory(requests)
    polars_figures()
    spark_figures(requests, cli)


if __name__ == "__main__":
    main()

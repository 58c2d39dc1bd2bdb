# Sourced (`. bindings/python/spark-env.sh PYTHON`) by the data tests and the batch benchmarks:
# the one place of the Spark they run, a `local-cluster` of two executors of one core and
# 1 GiB, each its own JVM with its own Python workers (started from PYTHON, the environment
# the wheel is installed in), as on a cluster, with all of its work on this host. Any
# `SparkSession.builder.getOrCreate()` — the README's, the tests' — gets this Spark.
export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON="$1"
export PYSPARK_SUBMIT_ARGS="--master local-cluster[2,1,1024] --conf spark.driver.host=127.0.0.1 \
--conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false pyspark-shell"

-- bilateral: events. One row per event (its first dyad row, dyad_rank = 0), every column of the layout.
-- ${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW events AS
SELECT *
FROM read_parquet('${root}/events/**/*.parquet', hive_partitioning = true, union_by_name = true)
WHERE dyad_rank = 0;

-- bilateral: events by dyad. One row per event and dyad it belongs to (dyad = 'x|y', x < y), every
-- row carrying the whole event; an event that belongs to no dyad has one row with dyad NULL. The event
-- files are sorted by dyad, then date, so a query on one dyad reads only its row groups.
-- ${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW events_by_dyad AS
SELECT *
FROM read_parquet('${root}/events/**/*.parquet', hive_partitioning = true, union_by_name = true);

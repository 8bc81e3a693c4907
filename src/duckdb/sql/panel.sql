-- bilateral: the event cells of dyad panels. panel: one row per dyad, grain ('year' or 'month') and
-- period (period_start, and its label period: 2025 or 2025-08) with events whose date starts in the period:
-- counted by quad class (quad_unknown: none stored nor derivable), derived quad classes, events with no
-- category, the intensity sum (added in the engine's event order) and count; imprecise counts the events
-- starting in the period whose date is less precise than it (a year, in a monthly panel), in no other
-- count. panel_categories: the same events counted by category. Undated events are in no cell. Country
-- attribution (the dyad column); the engine's record attribution filters each dyad's rows further.
-- ${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW panel_events AS
SELECT e.dyad, g.grain, date_trunc(g.grain, e.starts_at) AS period_start,
  lpad(CAST(year(e.starts_at) AS VARCHAR), 4, '0')
    || CASE WHEN g.grain = 'month' THEN '-' || lpad(CAST(month(e.starts_at) AS VARCHAR), 2, '0') ELSE '' END
    AS period,
  (g.grain = 'month' AND e.date_precision = 'year') AS imprecise,
  e.seq, e.starts_at, e.ends_at, e.category, e.quad_class, e.quad_basis, e.intensity
FROM read_parquet('${root}/events/**/*.parquet', hive_partitioning = true, union_by_name = true) AS e
CROSS JOIN (VALUES ('year'), ('month')) AS g(grain)
WHERE e.dyad IS NOT NULL AND e.starts_at IS NOT NULL;

CREATE OR REPLACE VIEW panel AS
SELECT dyad, grain, period_start, period,
  count(*) FILTER (WHERE NOT imprecise) AS events,
  count(*) FILTER (WHERE NOT imprecise AND quad_class = 1) AS quad_1,
  count(*) FILTER (WHERE NOT imprecise AND quad_class = 2) AS quad_2,
  count(*) FILTER (WHERE NOT imprecise AND quad_class = 3) AS quad_3,
  count(*) FILTER (WHERE NOT imprecise AND quad_class = 4) AS quad_4,
  count(*) FILTER (WHERE NOT imprecise AND quad_class IS NULL) AS quad_unknown,
  count(*) FILTER (WHERE NOT imprecise AND quad_basis = 'derived') AS quad_derived,
  count(*) FILTER (WHERE NOT imprecise AND category IS NULL) AS uncategorized,
  sum(intensity ORDER BY starts_at, ends_at DESC, seq) FILTER (WHERE NOT imprecise) AS intensity_sum,
  count(intensity) FILTER (WHERE NOT imprecise) AS intensity_count,
  count(*) FILTER (WHERE imprecise) AS imprecise
FROM panel_events
GROUP BY dyad, grain, period_start, period;

CREATE OR REPLACE VIEW panel_categories AS
SELECT dyad, grain, period_start, period, category, count(*) AS events
FROM panel_events
WHERE NOT imprecise AND category IS NOT NULL
GROUP BY dyad, grain, period_start, period, category;

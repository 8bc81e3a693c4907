/**
 * The SQL of the views the engine and other SQL engines read the Parquet files through. Each view is also
 * shipped as a file, `sql/<name>.sql` (source `src/duckdb/sql/`, copied to `dist/sql/` by the build; a test
 * checks that the files hold exactly this text), for BigQuery, Spark, Athena or the DuckDB shell. `${root}`
 * stands for the Parquet directory written by `exportParquet`.
 * @internal
 */

/** The names of the shipped SQL files, in the order they may be run. @internal */
export const VIEW_NAMES = ["events_by_dyad", "events", "attribution", "panel"] as const;

/** The views each file creates, in order. @internal */
export const VIEWS_OF: Readonly<Record<ViewName, readonly string[]>> = {
  events_by_dyad: ["events_by_dyad"],
  events: ["events"],
  attribution: ["attribution"],
  panel: ["panel_events", "panel", "panel_categories"],
};

/** The name of a shipped SQL view. @internal */
export type ViewName = (typeof VIEW_NAMES)[number];

const EVENT_FILES =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: `${root}` is the SQL files' placeholder
  "read_parquet('${root}/events/**/*.parquet', hive_partitioning = true, union_by_name = true)";

/** The text of each shipped SQL file. @internal */
export const VIEW_SQL: Readonly<Record<ViewName, string>> = {
  events_by_dyad: `-- bilateral: events by dyad. One row per event and dyad it belongs to (dyad = 'x|y', x < y), every
-- row carrying the whole event; an event that belongs to no dyad has one row with dyad NULL. The event
-- files are sorted by dyad, then date, so a query on one dyad reads only its row groups.
-- \${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW events_by_dyad AS
SELECT *
FROM ${EVENT_FILES};
`,
  events: `-- bilateral: events. One row per event (its first dyad row, dyad_rank = 0), every column of the layout.
-- \${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW events AS
SELECT *
FROM ${EVENT_FILES}
WHERE dyad_rank = 0;
`,
  attribution: `-- bilateral: attribution. One row per event, side and party the event counts for on that side: the
-- records it names (named = true) and the countries they count for at the event's date (named = false,
-- unless the country is also named). Country attribution reads every row; record attribution only the
-- named ones.
-- \${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW attribution AS
WITH events AS (
  SELECT seq, id, starts_at, ends_at, actors, recipients, actor_countries, recipient_countries
  FROM ${EVENT_FILES}
  WHERE dyad_rank = 0
),
sides AS (
  SELECT seq, id, starts_at, ends_at, 'actor' AS side, actors AS named_parties,
    list_distinct(list_concat(coalesce(actors, []), coalesce(actor_countries, []))) AS parties
  FROM events
  UNION ALL
  SELECT seq, id, starts_at, ends_at, 'recipient' AS side, recipients AS named_parties,
    list_distinct(list_concat(coalesce(recipients, []), coalesce(recipient_countries, []))) AS parties
  FROM events
)
SELECT seq, id AS event_id, starts_at, ends_at, side, party,
  coalesce(list_contains(named_parties, party), false) AS named
FROM (SELECT *, unnest(parties) AS party FROM sides);
`,
  panel: `-- bilateral: the event cells of dyad panels. panel: one row per dyad, grain ('year' or 'month') and
-- period (period_start, and its label period: 2025 or 2025-08) with events whose date starts in the period:
-- counted by quad class (quad_unknown: none stored nor derivable), derived quad classes, events with no
-- category, the intensity sum (added in the engine's event order) and count; imprecise counts the events
-- starting in the period whose date is less precise than it (a year, in a monthly panel), in no other
-- count. panel_categories: the same events counted by category. Undated events are in no cell. Country
-- attribution (the dyad column); the engine's record attribution filters each dyad's rows further.
-- \${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW panel_events AS
SELECT e.dyad, g.grain, date_trunc(g.grain, e.starts_at) AS period_start,
  lpad(CAST(year(e.starts_at) AS VARCHAR), 4, '0')
    || CASE WHEN g.grain = 'month' THEN '-' || lpad(CAST(month(e.starts_at) AS VARCHAR), 2, '0') ELSE '' END
    AS period,
  (g.grain = 'month' AND e.date_precision = 'year') AS imprecise,
  e.seq, e.starts_at, e.ends_at, e.category, e.quad_class, e.quad_basis, e.intensity
FROM ${EVENT_FILES} AS e
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
`,
};

/**
 * A view's SQL for a directory: `${root}` replaced by the path as the inside of a SQL string literal (each
 * single quote doubled). Paths are the one thing spliced into SQL text: DuckDB takes no parameters in a
 * view's definition.
 * @internal
 */
export function viewSql(name: ViewName, root: string): string {
  let end = root.length;
  while (end > 1 && root[end - 1] === "/") end--;
  const inside = root.slice(0, end).replaceAll("'", "''");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: `${root}` is the SQL files' placeholder
  return VIEW_SQL[name].replaceAll("${root}", inside);
}

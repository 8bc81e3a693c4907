/**
 * The SQL of the views the engine and other SQL engines read the Parquet files through. Each view is also
 * shipped as a file, `sql/<name>.sql` (source `src/duckdb/sql/`, copied to `dist/sql/` by the build; a test
 * checks that the files hold exactly this text), for BigQuery, Spark, Athena or the DuckDB shell. `${root}`
 * stands for the Parquet directory written by `exportParquet`.
 * @internal
 */

/** The names of the shipped SQL files, in the order they may be run. @internal */
export const VIEW_NAMES = ["events_by_dyad", "events", "attribution", "panel"] as const;

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
  panel: `-- bilateral: panel event cells. One row per dyad, calendar period and period grain ('year' or
-- 'month'): the dyad's events whose date falls in the period (an event dated less precisely than the
-- period, a year in a monthly panel, is left out; undated events too), counted by quad class, with the
-- derived quad classes, the events with no category, the intensity sum and count, and the events' seqs.
-- Categories are counted by panel_categories below. \${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW panel AS
WITH placed AS (
  SELECT e.*, g.grain,
    CAST(date_trunc(g.grain, e.starts_at) AS DATE) AS period_start
  FROM ${EVENT_FILES} AS e
  CROSS JOIN (VALUES ('year'), ('month')) AS g(grain)
  WHERE e.dyad IS NOT NULL AND e.starts_at IS NOT NULL
    AND NOT (g.grain = 'month' AND e.date_precision = 'year')
)
SELECT dyad, grain, period_start,
  count(*) AS events,
  count(*) FILTER (WHERE quad_class = 1) AS quad_1,
  count(*) FILTER (WHERE quad_class = 2) AS quad_2,
  count(*) FILTER (WHERE quad_class = 3) AS quad_3,
  count(*) FILTER (WHERE quad_class = 4) AS quad_4,
  count(*) FILTER (WHERE quad_class IS NULL) AS quad_unknown,
  count(*) FILTER (WHERE quad_basis = 'derived') AS quad_derived,
  count(*) FILTER (WHERE category IS NULL) AS uncategorized,
  sum(intensity ORDER BY starts_at, ends_at DESC, seq) AS intensity_sum,
  count(intensity) AS intensity_count,
  list(seq ORDER BY starts_at, ends_at DESC, seq) AS seqs
FROM placed
GROUP BY dyad, grain, period_start;
`,
};

/**
 * A view's SQL for a directory: `${root}` replaced by the path as the inside of a SQL string literal (each
 * single quote doubled). Paths are the one thing spliced into SQL text: DuckDB takes no parameters in a
 * view's definition.
 * @internal
 */
export function viewSql(name: ViewName, root: string): string {
  const inside = root.replace(/\/+$/, "").replaceAll("'", "''");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: `${root}` is the SQL files' placeholder
  return VIEW_SQL[name].replaceAll("${root}", inside);
}

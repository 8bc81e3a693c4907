-- bilateral: attribution. One row per event, side and party the event counts for on that side: the
-- records it names (named = true) and the countries they count for at the event's date (named = false,
-- unless the country is also named). Country attribution reads every row; record attribution only the
-- named ones.
-- ${root}: the directory exportParquet wrote.
CREATE OR REPLACE VIEW attribution AS
WITH events AS (
  SELECT seq, id, starts_at, ends_at, actors, recipients, actor_countries, recipient_countries
  FROM read_parquet('${root}/events/**/*.parquet', hive_partitioning = true, union_by_name = true)
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

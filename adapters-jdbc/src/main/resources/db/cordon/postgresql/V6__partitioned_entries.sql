-- Cordon schema, version 6 (PostgreSQL): the registration ledger partitioned by month.
--
-- cordon_entry grows without bound (one row per person and passage, every day) while a day's work
-- reads one day: it becomes a table partitioned by RANGE (entry_day), one partition per calendar
-- month, named cordon_entry_yYYYYmMM. Cordon creates the partition of a month the first time a batch
-- of that month is written (under a transaction-scoped advisory lock, CREATE TABLE … LIKE, then
-- ATTACH PARTITION). There is no default partition: attaching a partition beside one locks it
-- exclusively, which would make a writer that creates a month wait for every transaction that has
-- read the table. A row of a month without a partition written by something other than Cordon is
-- refused by PostgreSQL (no partition of relation "cordon_entry" found for row): create the month's
-- partition first, or write through Cordon (which also claims the id in cordon_entry_key).
--
-- A primary key of a partitioned table must hold the partition key, so (id, entry_day) is unique per
-- partition only. The id stays unique across the table through cordon_entry_key (id PRIMARY KEY,
-- entry_day), unpartitioned: every write claims the id there first (INSERT … ON CONFLICT DO NOTHING),
-- and only the rows whose id was claimed reach cordon_entry; a lookup by id reads the id's day there
-- and so touches one partition. Indexes are declared on the parent: every partition gets them.
--
-- Other ledgers stay plain tables: disinfection records (a few per site and day, three orders of
-- magnitude fewer rows than entries) and stock movements (a balance reads a holding's whole history,
-- so a partition by day would not prune it) are small enough that their indexes keep a day's reads flat.

CREATE TABLE cordon_entry_key (
  id        VARCHAR(100) COLLATE "C" PRIMARY KEY,
  entry_day DATE NOT NULL
);

CREATE TABLE cordon_entry_partitioned (
  id            VARCHAR(100) COLLATE "C" NOT NULL,
  site_id       VARCHAR(100) COLLATE "C" NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  entry_day     DATE NOT NULL,
  person_id     VARCHAR(100) COLLATE "C",
  category      VARCHAR(20) NOT NULL,
  decision      VARCHAR(20) NOT NULL,
  temperature   NUMERIC(4, 1),
  health_code   VARCHAR(20),
  supersedes    VARCHAR(100) COLLATE "C",
  superseded_by VARCHAR(100) COLLATE "C",
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  body          TEXT NOT NULL,
  CONSTRAINT cordon_entry_partitioned_pkey PRIMARY KEY (id, entry_day)
) PARTITION BY RANGE (entry_day);

-- a partition for every month that holds entries
DO $$
DECLARE
  m DATE;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', entry_day)::date FROM cordon_entry LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF cordon_entry_partitioned FOR VALUES FROM (%L) TO (%L)',
      'cordon_entry_y' || to_char(m, 'YYYY') || 'm' || to_char(m, 'MM'), m, (m + INTERVAL '1 month')::date);
  END LOOP;
END
$$;

INSERT INTO cordon_entry_partitioned (id, site_id, occurred_at, entry_day, person_id, category, decision, temperature,
    health_code, supersedes, superseded_by, recorded_at, body)
  SELECT id, site_id, occurred_at, entry_day, person_id, category, decision, temperature, health_code, supersedes,
      superseded_by, recorded_at, body
  FROM cordon_entry;
INSERT INTO cordon_entry_key (id, entry_day) SELECT id, entry_day FROM cordon_entry;

DROP TABLE cordon_entry;
ALTER TABLE cordon_entry_partitioned RENAME TO cordon_entry;
ALTER TABLE cordon_entry RENAME CONSTRAINT cordon_entry_partitioned_pkey TO cordon_entry_pkey;

CREATE INDEX cordon_entry_at ON cordon_entry (occurred_at, id) WHERE superseded_by IS NULL;
CREATE INDEX cordon_entry_site_at ON cordon_entry (site_id, occurred_at, id) WHERE superseded_by IS NULL;
CREATE INDEX cordon_entry_person_at ON cordon_entry (person_id, occurred_at, id)
  WHERE superseded_by IS NULL AND person_id IS NOT NULL;
CREATE INDEX cordon_entry_day_site ON cordon_entry (entry_day, site_id) WHERE superseded_by IS NULL;
CREATE INDEX cordon_entry_key_day ON cordon_entry_key (entry_day);

-- TRUNCATE cordon_entry (tests, benchmarks, a reset) empties the key table with it, so that the ids
-- can be written again. Dropping or detaching one partition does not: see the adapter's README
-- (retention) for the DELETE FROM cordon_entry_key that goes with it.
CREATE FUNCTION cordon_entry_truncate_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE cordon_entry_key;
  RETURN NULL;
END
$$;
CREATE TRIGGER cordon_entry_truncate_keys AFTER TRUNCATE ON cordon_entry
  FOR EACH STATEMENT EXECUTE FUNCTION cordon_entry_truncate_keys();

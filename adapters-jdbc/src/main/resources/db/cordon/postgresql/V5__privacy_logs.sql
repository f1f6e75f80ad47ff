-- Cordon schema, version 5 (PostgreSQL): the append-only logs of personal information (issue 15).
-- cordon_purge_log: one line per committed batch of a purge or an erasure (counts, no personal value,
-- no record id). cordon_access_log: one line per reveal of personal values (who, when, why, which
-- records). Lines are written once; Cordon never updates or deletes them. logged_at is the line's
-- instant, for reading a period.
CREATE TABLE cordon_purge_log (
  id          VARCHAR(100) COLLATE "C" PRIMARY KEY,
  logged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  body        TEXT NOT NULL
);
CREATE INDEX cordon_purge_log_at ON cordon_purge_log (logged_at, id);

CREATE TABLE cordon_access_log (
  id          VARCHAR(100) COLLATE "C" PRIMARY KEY,
  logged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  body        TEXT NOT NULL
);
CREATE INDEX cordon_access_log_at ON cordon_access_log (logged_at, id);

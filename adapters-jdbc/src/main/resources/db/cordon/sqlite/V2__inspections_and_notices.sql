-- Cordon schema, version 2 (SQLite): inspections and named notices.
-- Both are written once and never changed: one row per record keyed by id, the record as JSON text
-- in "body" (written by dev.cordon.core.json.CordonJson), query columns beside it.

-- Inspections (檢查督導). scope_key is the inspected scope's key (Scope.key(): site:<id> or unit:<id>).
CREATE TABLE cordon_inspection (
  id              VARCHAR(100) PRIMARY KEY,
  inspection_date TEXT NOT NULL,
  scope_key       VARCHAR(110) NOT NULL,
  recorded_at     INTEGER NOT NULL DEFAULT (unixepoch()),
  body            BLOB NOT NULL
);
CREATE INDEX cordon_inspection_date ON cordon_inspection (inspection_date, id);
CREATE INDEX cordon_inspection_scope ON cordon_inspection (scope_key, inspection_date, id);

-- Named notices (通報), numbered per year: (notice_year, notice_sequence) is the document number.
CREATE TABLE cordon_notice (
  id              VARCHAR(100) PRIMARY KEY,
  notice_year     INTEGER NOT NULL,
  notice_sequence INTEGER NOT NULL,
  notice_date     TEXT NOT NULL,
  recorded_at     INTEGER NOT NULL DEFAULT (unixepoch()),
  body            BLOB NOT NULL,
  CONSTRAINT cordon_notice_number UNIQUE (notice_year, notice_sequence)
);
CREATE INDEX cordon_notice_date ON cordon_notice (notice_date, notice_year, notice_sequence, id);

-- One row per year that ever had a notice written or numbered: the row a writer locks
-- (on SQLite the write transaction holds the single write lock) while it takes MAX(notice_sequence) + 1 and stores the notice, so that two
-- issuers never get the same number.
CREATE TABLE cordon_notice_year (
  notice_year INTEGER PRIMARY KEY
);

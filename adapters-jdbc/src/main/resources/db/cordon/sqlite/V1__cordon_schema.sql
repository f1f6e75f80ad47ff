-- Cordon schema, version 1 (SQLite).
-- One table per aggregate. Every table keeps the record itself as JSON text in "body" (written by
-- dev.cordon.core.json.CordonJson; read it with SQLite's json_extract() for ad-hoc queries) and copies
-- of the attributes that queries filter or sort on into plain columns.
-- SQLite has no date types: instants are microseconds since 1970-01-01T00:00Z (INTEGER), dates ISO text
-- (2021-10-25), recorded_at seconds since the epoch. "body" is the record's JSON compressed (deflate with
-- a preset dictionary, format byte 1; see Bodies.java): ask Cordon for records rather than reading it. Text compares byte by byte (BINARY),
-- which for UTF-8 is code-point order, the order Cordon's ids sort in.
--
-- Versioned aggregates keep every version: (id, version_no) is the key and is_current marks the
-- latest one. Ledgers are append-only: a correction is a new row whose "supersedes" names the old
-- row, and the old row's superseded_by is set to the correction; nothing is ever deleted.

CREATE TABLE cordon_metadata (
  name          VARCHAR(100) PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE cordon_unit (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_unit_current ON cordon_unit (id) WHERE is_current;

CREATE TABLE cordon_person (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_person_current ON cordon_person (id) WHERE is_current;

CREATE TABLE cordon_site (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  unit_id     VARCHAR(100) NOT NULL,
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_site_current ON cordon_site (id) WHERE is_current;

CREATE TABLE cordon_supply_item (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_supply_item_current ON cordon_supply_item (id) WHERE is_current;

CREATE TABLE cordon_travel_declaration (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  employee_id VARCHAR(100) NOT NULL,
  span_start  TEXT NOT NULL,
  span_end    TEXT,
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_travel_declaration_current ON cordon_travel_declaration (id) WHERE is_current;
CREATE INDEX cordon_travel_declaration_span ON cordon_travel_declaration (is_current, span_start);
CREATE INDEX cordon_travel_declaration_employee ON cordon_travel_declaration (employee_id, id);

CREATE TABLE cordon_risk_area (
  id            VARCHAR(100) NOT NULL,
  version_no    INTEGER NOT NULL,
  is_current    INTEGER NOT NULL,
  recorded_at   INTEGER NOT NULL DEFAULT (unixepoch()),
  region        CHAR(6) NOT NULL,
  in_force_from TEXT NOT NULL,
  in_force_to   TEXT,
  body          BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_risk_area_current ON cordon_risk_area (id) WHERE is_current;
CREATE INDEX cordon_risk_area_in_force ON cordon_risk_area (is_current, in_force_from);

CREATE TABLE cordon_assignment (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  person_id   VARCHAR(100) NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_assignment_current ON cordon_assignment (id) WHERE is_current;
CREATE INDEX cordon_assignment_validity ON cordon_assignment (is_current, valid_from);

CREATE TABLE cordon_finding (
  id           VARCHAR(100) NOT NULL,
  version_no   INTEGER NOT NULL,
  is_current   INTEGER NOT NULL,
  recorded_at  INTEGER NOT NULL DEFAULT (unixepoch()),
  rule_id      VARCHAR(100) NOT NULL,
  severity     VARCHAR(20) NOT NULL,
  status       VARCHAR(20) NOT NULL,
  unit_id      VARCHAR(100),
  finding_date TEXT NOT NULL,
  body         BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_finding_current ON cordon_finding (id) WHERE is_current;
CREATE INDEX cordon_finding_date ON cordon_finding (is_current, finding_date, id);

-- The registration ledger. entry_day is the local day of occurred_at in the zone recorded in
-- cordon_metadata ('zone'), the key of the daily counts.
CREATE TABLE cordon_entry (
  id            VARCHAR(100) PRIMARY KEY,
  site_id       VARCHAR(100) NOT NULL,
  occurred_at   INTEGER NOT NULL,
  entry_day     TEXT NOT NULL,
  person_id     VARCHAR(100),
  category      VARCHAR(20) NOT NULL,
  decision      VARCHAR(20) NOT NULL,
  temperature   NUMERIC(4, 1),
  health_code   VARCHAR(20),
  supersedes    VARCHAR(100),
  superseded_by VARCHAR(100),
  recorded_at   INTEGER NOT NULL DEFAULT (unixepoch()),
  body          BLOB NOT NULL
);
CREATE INDEX cordon_entry_at ON cordon_entry (occurred_at, id);
CREATE INDEX cordon_entry_site_at ON cordon_entry (site_id, occurred_at, id);
CREATE INDEX cordon_entry_person_at ON cordon_entry (person_id, occurred_at, id) WHERE person_id IS NOT NULL;
CREATE INDEX cordon_entry_day_site ON cordon_entry (entry_day, site_id);

CREATE TABLE cordon_disinfection_record (
  id                VARCHAR(100) PRIMARY KEY,
  site_id           VARCHAR(100) NOT NULL,
  occurred_at       INTEGER NOT NULL,
  disinfection_day  TEXT NOT NULL,
  recorded_at       INTEGER NOT NULL DEFAULT (unixepoch()),
  body              BLOB NOT NULL
);
CREATE INDEX cordon_disinfection_record_at ON cordon_disinfection_record (occurred_at, id);
CREATE INDEX cordon_disinfection_record_day_site ON cordon_disinfection_record (disinfection_day, site_id);

CREATE TABLE cordon_stock_movement (
  id             VARCHAR(100) PRIMARY KEY,
  item_id        VARCHAR(100) NOT NULL,
  kind           VARCHAR(20) NOT NULL,
  occurred_at    INTEGER NOT NULL,
  holder_id      VARCHAR(100) NOT NULL,
  destination_id VARCHAR(100),
  quantity       NUMERIC(15, 3) NOT NULL,
  lot            VARCHAR(100),
  expiry         TEXT,
  supersedes     VARCHAR(100),
  superseded_by  VARCHAR(100),
  recorded_at    INTEGER NOT NULL DEFAULT (unixepoch()),
  body           BLOB NOT NULL
);
CREATE INDEX cordon_stock_movement_at ON cordon_stock_movement (occurred_at, id);
CREATE INDEX cordon_stock_movement_holder ON cordon_stock_movement (holder_id, item_id, occurred_at, id);
CREATE INDEX cordon_stock_movement_destination ON cordon_stock_movement (destination_id, item_id, occurred_at, id)
  WHERE destination_id IS NOT NULL;

-- One row per (holder, item) that ever had a movement: the row a writer reads (SELECT … FOR UPDATE elsewhere)
-- while it checks that a movement keeps the balance at or above zero; on SQLite the write
-- transaction (BEGIN IMMEDIATE) already holds the single write lock.
CREATE TABLE cordon_stock_holding (
  holder_id VARCHAR(100) NOT NULL,
  item_id   VARCHAR(100) NOT NULL,
  PRIMARY KEY (holder_id, item_id)
);

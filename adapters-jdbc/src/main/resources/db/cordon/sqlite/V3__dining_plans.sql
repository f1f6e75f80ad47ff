-- Cordon schema, version 3 (SQLite): adopted canteen plans.
-- A versioned aggregate like those of version 1: (id, version_no) is the key, is_current marks the
-- latest version, the plan itself is JSON text in "body" (written by dev.cordon.core.json.CordonJson),
-- query columns beside it.

-- Canteen plans (錯峰就餐方案). plan_date is the day planned, site_id the canteen.
CREATE TABLE cordon_dining_plan (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL DEFAULT (unixepoch()),
  plan_date   TEXT NOT NULL,
  site_id     VARCHAR(100) NOT NULL,
  body        BLOB NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_dining_plan_current ON cordon_dining_plan (id) WHERE is_current;
CREATE INDEX cordon_dining_plan_date ON cordon_dining_plan (is_current, plan_date, id);
CREATE INDEX cordon_dining_plan_site ON cordon_dining_plan (site_id, plan_date, id);

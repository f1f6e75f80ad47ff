-- Cordon schema, version 3 (H2): adopted canteen plans.
-- A versioned aggregate like those of version 1: (id, version_no) is the key, is_current marks the
-- latest version, the plan itself is JSON text in "body" (written by dev.cordon.core.json.CordonJson),
-- query columns beside it.

-- Canteen plans (錯峰就餐方案). plan_date is the day planned, site_id the canteen.
CREATE TABLE cordon_dining_plan (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  BOOLEAN NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  plan_date   DATE NOT NULL,
  site_id     VARCHAR(100) NOT NULL,
  body        CHARACTER VARYING NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE INDEX cordon_dining_plan_date ON cordon_dining_plan (is_current, plan_date, id);
CREATE INDEX cordon_dining_plan_site ON cordon_dining_plan (site_id, plan_date, id);

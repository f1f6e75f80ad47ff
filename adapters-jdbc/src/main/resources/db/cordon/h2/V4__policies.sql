-- Cordon schema, version 4 (H2): the prevention policies stored with the data.
-- A versioned aggregate like those of version 1: (id, version_no) is the key, is_current marks the
-- latest version; id is the day the policy takes effect (ISO text, so text order is date order), the
-- policy itself is JSON text in "body" (written by dev.cordon.core.json.CordonJson).
CREATE TABLE cordon_policy (
  id          VARCHAR(100) NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  BOOLEAN NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  body        CHARACTER VARYING NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE INDEX cordon_policy_current ON cordon_policy (is_current, id);

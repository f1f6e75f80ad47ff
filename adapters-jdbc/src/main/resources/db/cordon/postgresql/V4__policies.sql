-- Cordon schema, version 4 (PostgreSQL): the prevention policies stored with the data.
-- A versioned aggregate like those of version 1: (id, version_no) is the key, is_current marks the
-- latest version (one per id, by a unique partial index); id is the day the policy takes effect (ISO
-- text, so text order is date order), the policy itself is JSON text in "body".
CREATE TABLE cordon_policy (
  id          VARCHAR(100) COLLATE "C" NOT NULL,
  version_no  INTEGER NOT NULL,
  is_current  BOOLEAN NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  body        TEXT NOT NULL,
  PRIMARY KEY (id, version_no)
);
CREATE UNIQUE INDEX cordon_policy_current ON cordon_policy (id) WHERE is_current;

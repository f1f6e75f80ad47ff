-- Cordon schema, version 6: on PostgreSQL the registration ledger becomes a table partitioned by
-- month (see db/cordon/postgresql/V6__partitioned_entries.sql). This database has no declarative
-- partitioning and keeps cordon_entry as it is; the version exists so that every dialect's schema
-- has the same number. The statement below changes nothing.
UPDATE cordon_metadata SET setting_value = setting_value WHERE 1 = 0;

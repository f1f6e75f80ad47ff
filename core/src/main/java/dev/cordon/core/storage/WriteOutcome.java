package dev.cordon.core.storage;

/** What a write did. Writes are idempotent by record id. */
public enum WriteOutcome {
  /** The record was new and is now stored. */
  STORED,
  /** An identical record was already stored under that id; nothing changed. */
  ALREADY_PRESENT
}

package dev.cordon.core.storage;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;

/** The disinfection log (消殺記錄), append-only. */
public interface DisinfectionLog extends LedgerStore<DisinfectionRecordId, DisinfectionRecord>, DisinfectionQueries {}

package dev.cordon.core.storage;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;

/** The registration ledger (出入登記臺賬), append-only, with its queries. */
public interface EntryLedger extends LedgerStore<EntryId, Entry>, EntryQueries {}

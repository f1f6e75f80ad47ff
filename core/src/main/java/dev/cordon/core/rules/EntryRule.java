package dev.cordon.core.rules;

/**
 * A rule that judges each entry on its own (the ENTRY-* rules): it may also run right after entries
 * are recorded, over just those entries ({@link Checks#checkEntries}).
 */
public interface EntryRule extends Rule {}

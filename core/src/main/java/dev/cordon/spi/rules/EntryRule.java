package dev.cordon.spi.rules;

/**
 * A rule that judges each entry on its own (the ENTRY-* rules): it also runs right after entries
 * are recorded, over just those entries — {@link RuleContext#records()} then shows only them as the
 * entries of their days. A plug-in rule that reads nothing but single entries may implement it too.
 */
public interface EntryRule extends Rule {}

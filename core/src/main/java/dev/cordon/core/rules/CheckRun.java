package dev.cordon.core.rules;

import dev.cordon.core.finding.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a check run did (檢查記錄): the range, the as-of instant, the rules that ran and where each
 * came from (provenance), and the findings it produced — new, updated (a longer range, more
 * evidence) or unchanged (already stored as they are).
 *
 * @param from the first day checked
 * @param to the first day after the days checked
 * @param asOf the instant deadlines were judged at
 * @param rules the rules that ran, as {@code id (origin)}
 * @param skipped rules switched off by the policy
 * @param findings every finding the run produced, in its stored form, ordered by id
 * @param created how many were new
 * @param updated how many were stored findings that changed
 * @param unchanged how many were stored already as they are
 */
public record CheckRun(LocalDate from, LocalDate to, Instant asOf, List<String> rules, List<String> skipped,
    List<Finding> findings, int created, int updated, int unchanged) {
  public CheckRun {
    rules = List.copyOf(rules);
    skipped = List.copyOf(skipped);
    findings = List.copyOf(findings);
  }
}

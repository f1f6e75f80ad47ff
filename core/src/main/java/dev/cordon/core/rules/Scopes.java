package dev.cordon.core.rules;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.Site;
import dev.cordon.spi.rules.Records;
import java.util.Optional;

/** Findings about a {@link Scope}: its subject and the unit it rolls up to. */
public final class Scopes {
  private Scopes() {}

  /** The subject of a finding about {@code scope}: the site or the unit. */
  public static Subject subjectOf(Scope scope) {
    return scope.unit().map(u -> Subject.of(SubjectKind.UNIT, u.value()))
        .orElseGet(() -> Subject.of(SubjectKind.SITE, scope.site().orElseThrow().value()));
  }

  /** The unit a finding about {@code scope} rolls up to: the unit, or the site's owner. */
  public static Optional<UnitId> unitOf(Records records, Scope scope) {
    return scope.unit().or(() -> scope.site().flatMap(records::site).map(Site::owner));
  }
}

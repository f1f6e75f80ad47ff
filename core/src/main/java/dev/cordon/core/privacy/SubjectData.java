package dev.cordon.core.privacy;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.person.Person;
import dev.cordon.core.travel.TravelDeclaration;
import java.util.List;
import java.util.Objects;

/**
 * Everything Cordon holds about one person (個人信息查閱結果, PIPL Art. 45), as found by a
 * {@link PersonKey}: the people whose current or an earlier version carries the key, the entries
 * whose entrant carries it or is one of those people, those people's travel declarations, the
 * findings whose evidence or subject names any of those records or people, and the notices naming
 * those findings. Records in their latest version, each list in id order; the earlier versions of the
 * people found are listed apart. Personal values are <em>not</em> masked: this is for the person's
 * own access or for erasure, never for display to anyone else.
 *
 * @param key what the records were found by
 * @param people the people found, latest versions
 * @param earlierPersonVersions every earlier version of the people found, oldest first per person
 * @param entries the registration-ledger entries found, superseded ones included
 * @param travelDeclarations the travel declarations of the people found, latest versions
 * @param findings the findings naming any record or person found
 * @param notices the notices naming any finding found
 */
public record SubjectData(PersonKey key, List<Person> people, List<Person> earlierPersonVersions,
    List<Entry> entries, List<TravelDeclaration> travelDeclarations, List<Finding> findings,
    List<Notice> notices) {
  /** Copies the lists. */
  public SubjectData {
    Objects.requireNonNull(key, "key");
    people = List.copyOf(people);
    earlierPersonVersions = List.copyOf(earlierPersonVersions);
    entries = List.copyOf(entries);
    travelDeclarations = List.copyOf(travelDeclarations);
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return people.isEmpty() && entries.isEmpty() && travelDeclarations.isEmpty() && findings.isEmpty()
        && notices.isEmpty();
  }

  /** How many records were found (people, entries, travel declarations, findings, notices). */
  public int size() {
    return people.size() + entries.size() + travelDeclarations.size() + findings.size() + notices.size();
  }
}

package dev.cordon.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** What a finding is about: a kind and the id of the site, unit, person or record. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableSubject.class)
@JsonDeserialize(as = ImmutableSubject.class)
public abstract class Subject {
  /** The kind of subject. */
  @Value.Parameter
  public abstract SubjectKind kind();

  /** The subject's id. */
  @Value.Parameter
  @NotBlank
  @Size(max = 210)
  public abstract String id();

  /** A subject. */
  public static Subject of(SubjectKind kind, String id) {
    return ImmutableSubject.of(kind, id);
  }

  @Value.Check
  void check() {
    Validation.require(this);
  }

  @Override
  public String toString() {
    return kind() + ":" + id();
  }
}

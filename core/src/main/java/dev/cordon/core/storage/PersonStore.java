package dev.cordon.core.storage;

import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;

/** People: employees, visitors and contractors (人員). */
public interface PersonStore extends VersionedStore<PersonId, Person> {}

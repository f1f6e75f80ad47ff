package dev.cordon.core.storage;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;

/** Duty assignments (責任分工). */
public interface AssignmentStore extends VersionedStore<AssignmentId, Assignment>, AssignmentQueries {}

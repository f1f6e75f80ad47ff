package dev.cordon.core.storage;

import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;

/** The units of the organisation (單位). */
public interface UnitStore extends VersionedStore<UnitId, Unit> {}

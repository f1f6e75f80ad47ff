package dev.cordon.core.storage;

import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;

/**
 * Travel declarations (外出報備); every step of the workflow is a new version.
 * {@link TravelDeclaration#spanStart()} and {@link TravelDeclaration#spanEnd()} say which days a
 * declaration concerns.
 */
public interface TravelStore extends VersionedStore<TravelDeclarationId, TravelDeclaration>, TravelQueries {}

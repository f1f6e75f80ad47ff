package dev.cordon.core.storage;

import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;

/** Published medium/high-risk areas (中高風險地區). */
public interface RiskAreaStore extends VersionedStore<RiskAreaId, RiskArea>, RiskAreaQueries {}

package dev.cordon.core.storage;

import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;

/** Prevention supply items (防疫物資). */
public interface SupplyItemStore extends VersionedStore<SupplyItemId, SupplyItem> {}

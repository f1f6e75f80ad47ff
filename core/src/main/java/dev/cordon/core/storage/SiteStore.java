package dev.cordon.core.storage;

import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;

/** Sites with entry control (場所). */
public interface SiteStore extends VersionedStore<SiteId, Site> {}

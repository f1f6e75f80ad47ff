package dev.cordon.spi.risk;

import dev.cordon.core.risk.PublishedRiskAreas;

/**
 * A source of published medium/high-risk area lists (中高風險地區名單), e.g. a file of daily lists or
 * a feed. Load it into storage with {@code cordon.loadRiskAreas(source)}.
 */
public interface RiskAreaSource {
  /**
   * A short, stable id, e.g. {@code cn-national-2021q4}.
   *
   * @return a short, stable id, e.g. {@code cn-national-2021q4}
   */
  String id();

  /**
   * Reads the lists: the dated areas and the published names that could not be resolved.
   *
   * @return the lists: the dated areas and the published names that could not be resolved
   * @throws dev.cordon.core.CordonConfigurationException if the source cannot be read
   */
  PublishedRiskAreas load();

  /**
   * China's national lists of 2021-09-30 … 2021-12-30, shipped with Cordon.
   *
   * @return national lists of 2021-09-30 … 2021-12-30, shipped with Cordon
   */
  static RiskAreaSource china2021q4() {
    return new China2021Q4RiskAreas();
  }
}

package dev.cordon.spi.risk;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.risk.PublishedRiskAreas;
import java.io.IOException;
import java.io.InputStream;

/**
 * China's national medium/high-risk area lists of 2021-09-30 … 2021-12-30 (as quoted by provincial
 * health-commission notices), shipped in {@code cordon-core} under {@code dev/cordon/core/risk/}
 * (source and licence in the README there). The last list (2021-12-30) stays in force open-ended:
 * load a later source to end its areas.
 */
public final class China2021Q4RiskAreas implements RiskAreaSource {
  /** The id. */
  public static final String ID = "cn-national-2021q4";
  private static final String ROWS = "risk-areas-2021q4.tsv";
  private static final String LISTS = "risk-areas-2021q4-daily-summary.tsv";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PublishedRiskAreas load() {
    try (InputStream rows = PublishedRiskAreas.class.getResourceAsStream(ROWS);
        InputStream lists = PublishedRiskAreas.class.getResourceAsStream(LISTS)) {
      if (rows == null || lists == null) {
        throw new CordonConfigurationException("The built-in risk-area lists (" + ROWS + ", " + LISTS
            + ") are missing from the class path: is cordon-core complete?");
      }
      return PublishedRiskAreas.read(rows, lists);
    } catch (IOException e) {
      throw new CordonConfigurationException("Could not read the built-in risk-area lists", e);
    }
  }

  @Override
  public String toString() {
    return "RiskAreaSource[" + ID + "]";
  }
}

package dev.cordon.tck.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the classes named in its arguments with whatever JUnit Platform is on the class path, in a
 * child JVM of {@link JUnitLinesTest}; prints the platform version and one line of counts, and
 * exits 1 when a test failed or none ran. Uses only launcher API that JUnit 5.14 and 6 share.
 */
public final class KitRunner {
  private KitRunner() {}

  /**
   * Entry point.
   *
   * @param args the test classes to run
   * @throws Exception when a class is missing
   */
  public static void main(String[] args) throws Exception {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (String c : args) {
      request.selectors(selectClass(Class.forName(c)));
    }
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request.build(), listener);
    TestExecutionSummary s = listener.getSummary();
    Package p = org.junit.jupiter.api.Test.class.getPackage();
    System.out.println("jupiter " + p.getImplementationVersion() + " found " + s.getTestsFoundCount()
        + " succeeded " + s.getTestsSucceededCount() + " failed " + s.getTotalFailureCount());
    s.printFailuresTo(new PrintWriter(System.out), 5);
    System.exit(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0 ? 0 : 1);
  }
}

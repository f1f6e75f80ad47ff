/**
 * The adapter conformance kit and the rule test kit: abstract JUnit contract tests that storage
 * providers, report writers and rules extend in their own tests. {@code dev.cordon.tck.internal} is
 * not exported. The contract packages are opened to JUnit, which runs their inherited test methods.
 */
module dev.cordon.tck {
  // not used by the kit: read by javadoc, which meets core's Immutables style annotation (CLASS retention)
  requires static org.immutables.value.annotations;
  requires transitive dev.cordon.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive org.assertj.core;
  // QuickTheories (last released 2019) has no module name of its own; "quicktheories" is derived from
  // its file name, and used only inside the kit
  requires quicktheories;

  exports dev.cordon.tck;
  exports dev.cordon.tck.rules;

  opens dev.cordon.tck to org.junit.platform.commons;
  opens dev.cordon.tck.rules to org.junit.platform.commons;
}

/**
 * Cordon core: the domain types, structural validation, the compliance rules and the rule SPI
 * ({@code dev.cordon.spi.rules}), policies, report values, the storage ports and the services over
 * them. No I/O.
 *
 * <p>Exports the API and SPI packages only. {@code dev.cordon.core.internal} is not exported, and
 * {@code dev.cordon.core.service.internal} (how the runtime creates the services) and
 * {@code dev.cordon.core.view.internal} (scoped and revealed views) only to {@code dev.cordon.spi}.
 * The packages of the domain values are opened, to Jackson and Hibernate Validator only, for their
 * generated immutable implementations.
 */
module dev.cordon.core {
  // in public signatures: CordonJson hands out an ObjectMapper, the values carry constraint annotations
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates messages with EL but requires it "static"; Expressly provides it
  requires jakarta.el;
  requires org.slf4j;
  // Hibernate Validator logs through jboss-logging; JbossLoggingToSlf4j routes it to SLF4J
  requires org.jboss.logging;
  // Immutables' annotations are read at compile time only (CLASS retention); not transitive, since a
  // program compiled against core on the module path need not have them
  requires static org.immutables.value.annotations;

  exports dev.cordon.core;
  exports dev.cordon.core.dining;
  exports dev.cordon.core.disinfection;
  exports dev.cordon.core.duty;
  exports dev.cordon.core.entry;
  exports dev.cordon.core.finding;
  exports dev.cordon.core.inspection;
  exports dev.cordon.core.json;
  exports dev.cordon.core.notice;
  exports dev.cordon.core.org;
  exports dev.cordon.core.person;
  exports dev.cordon.core.policy;
  exports dev.cordon.core.privacy;
  exports dev.cordon.core.region;
  exports dev.cordon.core.report;
  exports dev.cordon.core.risk;
  exports dev.cordon.core.rules;
  exports dev.cordon.core.rules.dining;
  exports dev.cordon.core.rules.disinfection;
  exports dev.cordon.core.rules.duty;
  exports dev.cordon.core.rules.entry;
  exports dev.cordon.core.rules.inspection;
  exports dev.cordon.core.rules.ledger;
  exports dev.cordon.core.rules.notice;
  exports dev.cordon.core.rules.supply;
  exports dev.cordon.core.rules.travel;
  exports dev.cordon.core.service;
  exports dev.cordon.core.site;
  exports dev.cordon.core.storage;
  exports dev.cordon.core.supply;
  exports dev.cordon.core.travel;
  exports dev.cordon.core.validation;
  exports dev.cordon.spi.rules;

  exports dev.cordon.core.service.internal to dev.cordon.spi;
  exports dev.cordon.core.view.internal to dev.cordon.spi;

  // the generated Immutable* classes are package-private: Jackson builds them, Hibernate Validator
  // reads their accessors (and its message bundle, dev/cordon/core/validation/Messages*.properties)
  opens dev.cordon.core.dining to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.disinfection to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.duty to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.entry to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.finding to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.inspection to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.json to com.fasterxml.jackson.databind;
  opens dev.cordon.core.notice to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.org to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.person to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.policy to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.privacy to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.region to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.report to com.fasterxml.jackson.databind;
  opens dev.cordon.core.risk to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.site to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.supply to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.travel to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.cordon.core.validation to org.hibernate.validator;

  provides org.jboss.logging.LoggerProvider with dev.cordon.core.internal.JbossLoggingToSlf4j;
}

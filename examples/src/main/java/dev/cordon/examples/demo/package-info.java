/**
 * The demo's deterministic generator (API tier of the examples): {@link dev.cordon.examples.demo.DemoData}
 * builds a district-heating group's October 2021 — organisation, registration ledgers, travel, supplies,
 * duty and disinfection — with planted compliance cases ({@link dev.cordon.examples.demo.Planted}).
 * All personal data is generated, never real.
 */
package dev.cordon.examples.demo;

/**
 * Internal tier of the conformance kit: the descriptions of the aggregates that the contract tests
 * run over. May change without notice; integrators extend the classes in {@code dev.cordon.tck}.
 */
package dev.cordon.tck.internal;

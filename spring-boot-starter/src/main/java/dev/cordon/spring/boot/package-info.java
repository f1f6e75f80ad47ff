/**
 * API tier: the Spring Boot starter — {@link dev.cordon.spring.boot.CordonProperties} ({@code cordon.*}),
 * the auto-configuration that builds one {@link dev.cordon.Cordon}, the health indicator and the
 * Micrometer metrics ({@link dev.cordon.spring.boot.CordonMetrics}).
 */
package dev.cordon.spring.boot;

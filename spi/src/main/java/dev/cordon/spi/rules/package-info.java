/** Rule plug-ins (SPI tier): {@link dev.cordon.spi.rules.RuleProvider}. */
package dev.cordon.spi.rules;

/** Report-writer plug-ins (SPI tier) and the built-in {@code json} writer. */
package dev.cordon.spi.report;

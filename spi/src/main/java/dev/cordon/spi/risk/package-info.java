/**
 * Risk-area sources (SPI tier): {@link dev.cordon.spi.risk.RiskAreaSource} — where published
 * medium/high-risk area lists (中高風險地區名單) come from — and the built-in source of China's national
 * lists of 2021 Q4.
 */
package dev.cordon.spi.risk;

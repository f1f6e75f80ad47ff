/**
 * Administrative divisions (API tier): {@link dev.cordon.core.region.RegionCode}, the six-digit
 * administrative division code (行政區劃代碼, GB/T 2260) with its name, level (province 省級,
 * prefecture-level city 地級, county 縣級), city and province, resolved against the Ministry of Civil
 * Affairs lists of 2021 and 2024 shipped with Cordon.
 *
 * <p>The package-private {@code RegionTable} that loads those lists is an implementation detail.
 */
package dev.cordon.core.region;

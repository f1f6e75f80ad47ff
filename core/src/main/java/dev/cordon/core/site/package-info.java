/** Sites (API tier): places with entry control (場所), their kinds and required entry checks. */
package dev.cordon.core.site;

/** Disinfection (API tier): the disinfection log of sites (消殺記錄). */
package dev.cordon.core.disinfection;

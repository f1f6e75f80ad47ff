/** The disinfection rules (API tier): DISINFECTION-* rules over the disinfection log (消殺記錄). */
package dev.cordon.core.rules.disinfection;

/** The organisation (API tier): units (單位/部門) and their tree. */
package dev.cordon.core.org;

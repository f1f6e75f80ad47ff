/** The entry point (API tier): {@link dev.cordon.Cordon}. */
package dev.cordon;

/** JSON (API tier): Cordon's one documented Jackson setup, {@link dev.cordon.core.json.CordonJson}. */
package dev.cordon.core.json;

/** The notice rules (API tier): NOTICE-* rules over the named notices (通報). */
package dev.cordon.core.rules.notice;

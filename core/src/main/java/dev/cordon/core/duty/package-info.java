/** Duty (API tier): who answers for which unit or site (責任分工, 責任到人). */
package dev.cordon.core.duty;

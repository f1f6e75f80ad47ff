/** The duty rules (API tier): DUTY-* rules over the duty assignments (責任分工, 責任到人). */
package dev.cordon.core.rules.duty;

/**
 * The travel rules (API tier): TRAVEL-* rules over staff travel declarations (外出報備) and the
 * itineraries shown at the door — late (遲報), omitted (漏報) and concealed (瞞報) travel, approvals,
 * risk destinations, returns and follow-up.
 */
package dev.cordon.core.rules.travel;

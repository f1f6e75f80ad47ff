/** Risk areas (API tier): the published medium/high-risk areas (中高風險地區) and their levels. */
package dev.cordon.core.risk;

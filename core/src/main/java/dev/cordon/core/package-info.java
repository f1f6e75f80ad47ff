/**
 * Cordon core (API tier): the exception hierarchy and the shared Immutables style.
 *
 * <p>Domain types live in sub-packages by business area: {@code org} (units 單位), {@code person}
 * (人員), {@code region} (行政區劃), {@code site} (場所), {@code entry} (出入登記), {@code travel}
 * (外出報備), {@code risk} (中高風險地區), {@code supply} (防疫物資), {@code duty} (責任分工),
 * {@code disinfection} (消殺), {@code policy} (防控政策), {@code validation} and {@code json}.
 * Everything under {@code .internal} may change without notice.
 */
package dev.cordon.core;

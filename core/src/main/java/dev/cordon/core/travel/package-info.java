/**
 * Staff travel (API tier): travel declarations (外出報備), their approval (審批), state machine,
 * return report (返崗報告) and follow-up (跟蹤).
 */
package dev.cordon.core.travel;

/**
 * Entry control (API tier): the registration ledger (出入登記) with temperature (體溫), health code
 * (健康碼) and itinerary code (行程碼) checks and the door's decision.
 */
package dev.cordon.core.entry;

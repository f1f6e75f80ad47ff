/**
 * Notices (API tier): named notices of criticism (實名通報批評), numbered per year and built only
 * from reviewed findings [R3].
 */
package dev.cordon.core.notice;

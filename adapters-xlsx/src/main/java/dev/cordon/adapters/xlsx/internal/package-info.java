/** Internal: the streaming workbook reader; may change without notice. */
package dev.cordon.adapters.xlsx.internal;

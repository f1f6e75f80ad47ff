/** Reports (API tier): report values (報表), written by report-writer plug-ins. */
package dev.cordon.core.report;

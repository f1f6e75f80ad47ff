/**
 * Internal tier of the JDBC storage — tables, SQL, transactions, keyset paging and migrations; may
 * change in any release without notice. Use {@link dev.cordon.adapters.jdbc} instead.
 */
package dev.cordon.adapters.jdbc.internal;

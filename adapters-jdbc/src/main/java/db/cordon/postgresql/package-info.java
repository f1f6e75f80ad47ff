/**
 * Cordon's Flyway migrations for postgresql (the {@code V*.sql} resources of this package). Opened to
 * everyone so that Flyway, which reads them through a class loader, can on the module path too;
 * it holds no code.
 */
package db.cordon.postgresql;

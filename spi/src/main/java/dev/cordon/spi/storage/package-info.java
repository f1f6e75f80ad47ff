/**
 * Storage plug-ins (SPI tier): {@link dev.cordon.spi.storage.StorageProvider}, implemented by
 * adapters and found with {@link java.util.ServiceLoader}.
 */
package dev.cordon.spi.storage;

package dev.cordon.adapters.xlsx.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Temporary files readable by their owner only: they hold a ledger's personal data. */
final class TempFiles {
  private TempFiles() {}

  static Path create(String prefix) throws IOException {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile(prefix, ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(prefix, ".tmp");
  }
}

package dev.cordon.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cordon.Cordon;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.json.CordonJson;
import java.time.LocalDate;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.privacy.ErasureOutcome;
import dev.cordon.core.privacy.PersonKey;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.validation.CordonValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cordon personal-data export|erase|log}: a person's requests about their own data (個人信息查閱、
 * 刪除, PIPL Art. 45 and 47), by resident ID number or phone number, and the logs that account for
 * every purge, erasure and reveal.
 */
@Command(name = "personal-data", mixinStandardHelpOptions = true,
    header = "Export or erase everything held about one person, on their request.",
    description = "Finds everything held about one person by resident ID number or phone number — people, "
        + "entries, travel declarations, findings, notices — and exports it as JSON (the right of access, "
        + "PIPL Art. 45) or erases its personal values (erasure on request), except what a finding holds; "
        + "shows the purge and access logs (log).",
    subcommands = {PersonalDataCommand.Export.class, PersonalDataCommand.Erase.class, PersonalDataCommand.Log.class})
final class PersonalDataCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose export, erase or log");
  }

  /** Whom the request is about: exactly one of --id and --phone. */
  static final class Key {
    @Option(names = "--id", paramLabel = "NUMBER", required = true,
        description = "The person's resident ID number (居民身份证号码).")
    String id;

    @Option(names = "--phone", paramLabel = "NUMBER", required = true,
        description = "The person's phone number, in any usual form (13800471234, +86 138 0047 1234, 0472-1234567).")
    String phone;

    /** The key; a malformed number is bad usage, named masked. */
    PersonKey parse(CommandSpec spec) {
      try {
        return id != null ? PersonKey.of(ResidentId.parse(id)) : PersonKey.of(PhoneNumber.parse(phone));
      } catch (CordonValidationException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '" + (id != null ? "--id" : "--phone")
            + "': " + e.getMessage(Locale.ENGLISH));
      }
    }
  }

  /** Who acts, as the logs will name them: --by, else the operating-system user. */
  static String actor(String by) {
    if (by != null) {
      return by;
    }
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "cordon" : user;
  }

  /** {@code cordon personal-data export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      header = "Export everything held about one person as JSON (the right of access).",
      description = "Writes everything held about the person — unmasked: it is their own data — as JSON to --out "
          + "(readable by its owner only where the file system allows) or to standard output, and records who, "
          + "when, why and which records in the access log (never the values).")
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
        description = "Why: the request's reference, e.g. a ticket number (logged).")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who exports, as logged (default: your user name).")
    String by;

    @Option(names = "--out", paramLabel = "FILE", description = "The JSON file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
      PersonKey k = key.parse(spec);
      db.refuseAsOutput(spec, "--out", out);
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      try (Cordon cordon = db.openExisting()) {
        CordonCli.requireSomethingImported(cordon, db.url);
        String json = cordon.personalData().export(k, actor(by), reason);
        JsonNode n = CordonJson.mapper().readTree(json);
        String logged = "; access log line " + n.path("accessLogLine").asText() + ".";
        String summary = "Exported " + summary(n) + " found by " + k;
        if (out == null) {
          stdout.println(json);
          stderr.println(summary + logged);
        } else {
          writePrivately(out, json);
          stdout.println(summary + " to " + out + logged);
        }
      }
      return CordonCli.OK;
    }

    private static String summary(JsonNode n) {
      List<String> parts = new ArrayList<>();
      int total = 0;
      for (String[] f : new String[][] {{"people", "people"}, {"entries", "entries"},
          {"travelDeclarations", "travel declarations"}, {"findings", "findings"}, {"notices", "notices"}}) {
        int size = n.path(f[0]).size();
        total += size;
        parts.add(f[1] + " " + size);
      }
      return total + " records (" + String.join(", ", parts) + ")";
    }

    /** Writes through a temporary file readable by its owner only (where POSIX permissions exist), then moves it. */
    private static void writePrivately(Path file, String json) throws IOException {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp;
      try {
        tmp = Files.createTempFile(parent, ".cordon-export-", ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        tmp = Files.createTempFile(parent, ".cordon-export-", ".tmp");
      }
      try {
        Files.writeString(tmp, json + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** {@code cordon personal-data erase}. */
  @Command(name = "erase", mixinStandardHelpOptions = true,
      header = "Erase the personal values held about one person, on their request.",
      description = "Erases the names, phone and ID numbers, purposes and hosts of every person, entry and travel "
          + "declaration found, in every version, keeping every other fact; what a finding holds (open or "
          + "confirmed, or closed within retention.holdDays) is kept whole and listed with the findings holding "
          + "it. Logged in the purge log with the reason; running it again erases nothing more.")
  static final class Erase implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
        description = "The request's reference, e.g. a ticket number (logged; at most 200 characters).")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who erases, as logged (default: your user name).")
    String by;

    @Override
    public Integer call() {
      PersonKey k = key.parse(spec);
      PrintWriter out = spec.commandLine().getOut();
      try (Cordon cordon = db.openExisting()) {
        CordonCli.requireSomethingImported(cordon, db.url);
        ErasureOutcome o = cordon.personalData().erase(k, actor(by), reason);
        out.printf("Erasure %s for %s: %d records found, %d erased%s.%n", o.run(), k, o.found(), o.recordsErased(),
            o.records().isEmpty() ? "" : " (" + counts(new java.util.TreeMap<>(o.records())) + ")");
        if (!o.values().isEmpty()) {
          out.println("Values erased: " + counts(fields(o.values())) + ".");
        }
        if (o.held().isEmpty()) {
          out.println("Nothing held.");
        } else {
          out.println("Kept under legal hold (" + o.held().size() + "):");
          o.held().forEach((record, findings) -> out.println("  " + record + "  held by "
              + findings.stream().map(FindingId::value).collect(Collectors.joining(", "))));
        }
      }
      return CordonCli.OK;
    }
  }

  /** {@code key n, key n}, in the map's order. */
  static String counts(Map<String, Integer> m) {
    return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Values per field, in the order of {@link PersonalField}, named in words. */
  static Map<String, Integer> fields(Map<PersonalField, Integer> m) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (PersonalField f : PersonalField.values()) {
      if (m.containsKey(f)) {
        out.put(f.name().toLowerCase(Locale.ROOT).replace('_', ' '), m.get(f));
      }
    }
    return out;
  }

  /** {@code cordon personal-data log}. */
  @Command(name = "log", mixinStandardHelpOptions = true,
      header = "Show the access log (who saw personal values, when, why) or the purge log.",
      description = "Prints the lines of the access log — every reveal of personal values and every export: who, "
          + "when, why, what and which records — or of the purge log — every batch of a purge or an erasure: "
          + "when, by whom, how many records and values — from --from to --to (both included; default: all), "
          + "oldest first, as text or JSON. The logs hold no personal value. Opens the database read-only.")
  static final class Log implements Callable<Integer> {
    /** Which log. */
    enum Which { access, purge }

    /** How the lines are printed. */
    enum Format { text, json }

    @Mixin
    DbOption db;

    @Option(names = "--kind", paramLabel = "access|purge", defaultValue = "access",
        description = "Which log: access (default) or purge.")
    Which which;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day shown (in the storage's zone).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day shown (in the storage's zone).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = "text (one line each, default) or json (one object per line).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (from != null && to != null && to.isBefore(from)) {
        throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
      }
      PrintWriter stdout = spec.commandLine().getOut();
      try (Cordon cordon = db.openForReading()) {
        java.time.ZoneId zone = cordon.storage().zone();
        java.time.Instant start = from == null ? java.time.Instant.MIN : from.atStartOfDay(zone).toInstant();
        java.time.Instant end = to == null ? java.time.Instant.MAX : to.plusDays(1).atStartOfDay(zone).toInstant();
        List<?> lines;
        if (which == Which.access) {
          try (var s = cordon.storage().accessLog().between(start, end)) {
            lines = s.toList();
          }
        } else {
          try (var s = cordon.storage().purgeLog().between(start, end)) {
            lines = s.toList();
          }
        }
        for (Object line : lines) {
          stdout.println(format == Format.json ? CordonJson.write(line) : text(line, zone));
        }
        spec.commandLine().getErr().println(lines.size() + " line(s) of the " + which + " log.");
      }
      return CordonCli.OK;
    }

    private static String text(Object line, java.time.ZoneId zone) {
      if (line instanceof dev.cordon.core.privacy.AccessRecord a) {
        return a.at().atZone(zone).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "  " + a.by() + "  " + a.what()
            + a.scope().map(u -> "  (scope " + u + ")").orElse("") + "  reason: " + a.reason() + "  records "
            + a.count() + ": " + String.join(" ", a.records());
      }
      dev.cordon.core.privacy.PurgeRecord p = (dev.cordon.core.privacy.PurgeRecord) line;
      return p.at().atZone(zone).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "  " + p.by() + "  " + p.cause().name().toLowerCase(Locale.ROOT)
          + p.asOf().map(d -> " as of " + d).orElse("") + p.reason().map(r -> " (" + r + ")").orElse("")
          + "  " + p.id() + "  records " + p.records() + "  values " + p.values() + (p.held() > 0 ? "  held " + p.held() : "");
    }
  }
}

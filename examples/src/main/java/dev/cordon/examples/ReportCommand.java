package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Report;
import dev.cordon.spi.report.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cordon report}: writes a report (報表) in a format to a file. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write a daily, findings, notices or stock report to a file.",
    description = "Writes a report to a file: daily (the day's figures per unit, rolled up the unit tree), "
        + "findings (the findings dated --from … --date), notices (the notices issued --from … --date), stock (each holder's stock and days of cover on --date). "
        + "Opens the database read-only: it never writes to it, so a read-only database file works — "
        + "except with --reveal-personal-data, which writes who saw which names, when and why to the access log. "
        + "With --unit, the report is made through a view of that unit's subtree (层层负责): nothing of another unit is read. "
        + "People are named by masked name (王*明) unless --reveal-personal-data --reason TEXT is given.")
final class ReportCommand implements Callable<Integer> {
  /** The report kinds. */
  enum Kind { daily, findings, notices, stock }

  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--kind", required = true, paramLabel = "KIND", description = "daily, findings, notices or stock.")
  Kind kind;

  @Option(names = "--date", required = true, paramLabel = "DATE",
      description = "The day of the report (findings, notices: the last day, included).")
  LocalDate date;

  @Option(names = "--from", paramLabel = "DATE",
      description = "findings, notices: the first day (default: the first day of --date's month).")
  LocalDate from;

  @Option(names = "--unit", paramLabel = "ID", description = "Only this unit and the units under it.")
  String unit;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, csv, html, xlsx (one sheet per table), or a plug-in's format (markdown in this jar).")
  String format;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of headings and messages: en or zh (default: the policy's, zh for a policy in China's time zone).")
  String lang;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(names = "--reveal-personal-data",
      description = "Show people's names in full (查阅个人信息); needs --reason, and is written to the access log.")
  boolean reveal;

  @Option(names = "--reason", paramLabel = "TEXT", description = "With --reveal-personal-data: why (查阅事由), logged.")
  String reason;

  @Option(names = "--by", paramLabel = "NAME",
      description = "With --reveal-personal-data: who asks, logged (default: the operating-system user).")
  String by;

  @Override
  public Integer call() throws IOException {
    if (lang != null && !lang.equals("en") && !lang.equals("zh")) {
      throw new ParameterException(spec.commandLine(), "--lang must be en or zh, not '" + lang + "'");
    }
    if (reveal && (reason == null || reason.isBlank())) {
      throw new ParameterException(spec.commandLine(),
          "--reveal-personal-data needs --reason TEXT: why the names are shown, for the access log");
    }
    if (!reveal && (reason != null || by != null)) {
      throw new ParameterException(spec.commandLine(), "--reason and --by go with --reveal-personal-data");
    }
    db.refuseAsOutput(spec, "--out", out);
    // a reveal writes to the access log, so only then is the database opened for writing
    try (Cordon whole = reveal ? db.openExisting() : db.openForReading()) {
      Cordon cordon = whole;
      if (!cordon.reportFormats().contains(format.toLowerCase(Locale.ROOT))) {
        throw new ParameterException(spec.commandLine(), "no report writer for format '" + format
            + "'; available: " + String.join(", ", cordon.reportFormats()));
      }
      CordonCli.requireSomethingImported(cordon, db.url);
      Optional<UnitId> root = Optional.ofNullable(unit).map(UnitId::of);
      if (root.isPresent() && cordon.directory().unit(root.get()).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no unit " + unit);
      }
      if (root.isPresent()) {
        cordon = cordon.scopedTo(root.get());
      }
      if (reveal) {
        cordon = cordon.revealing(by != null ? by : System.getProperty("user.name", "unknown"), reason);
      }
      Report report = build(cordon, kind, date, from, root);
      Locale locale = lang == null ? cordon.reports().language(date)
          : lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      List<Path> files = write(cordon, report, format, out, ReportOptions.defaults().withLocale(locale));
      spec.commandLine().getOut().printf("Wrote the %s report to %s%n", kind,
          files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
    }
    return CordonCli.OK;
  }

  /** The report of {@code kind}. */
  static Report build(Cordon cordon, Kind kind, LocalDate date, LocalDate from, Optional<UnitId> unit) {
    return switch (kind) {
      case daily -> cordon.reports().daily(date, unit);
      case findings -> cordon.reports().findings(from != null ? from : date.withDayOfMonth(1), date.plusDays(1),
          unit, Set.of(), Set.of(), Set.of());
      case notices -> cordon.reports().notices(from != null ? from : date.withDayOfMonth(1), date.plusDays(1), unit);
      case stock -> cordon.reports().stock(date, 30);
    };
  }

  /**
   * Writes {@code report} in {@code format} to {@code file}, creating its directory, and returns the
   * files written: {@code file} itself, or for a writer that writes one file per table (csv) files
   * named after it ({@code findings-by_unit.csv}, {@code findings-findings.csv}) when the report has
   * several tables.
   */
  static List<Path> write(Cordon cordon, Report report, String format, Path file, ReportOptions options)
      throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    var writer = cordon.reportWriter(format);
    String name = absolute.getFileName().toString();
    String ext = "." + writer.fileExtension();
    if (!name.endsWith(ext) || name.length() == ext.length()) {
      try (OutputStream o = Files.newOutputStream(file)) {
        writer.write(report, o, options);
      }
      return List.of(file);
    }
    List<Path> files = writer.writeFiles(report, parent, name.substring(0, name.length() - ext.length()), options);
    return files.stream().map(f -> file.resolveSibling(f.getFileName())).toList();
  }
}

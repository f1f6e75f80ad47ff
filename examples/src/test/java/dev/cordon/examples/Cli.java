package dev.cordon.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured output. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CordonCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}

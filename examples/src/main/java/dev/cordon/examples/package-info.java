/**
 * The {@code cordon} command line (API tier of the examples module): {@link dev.cordon.examples.CordonCli}
 * and its subcommands {@code demo}, {@code import}, {@code check}, {@code report}, {@code describe} and
 * {@code plan}. Built as the executable {@code cordon.jar}.
 */
package dev.cordon.examples;

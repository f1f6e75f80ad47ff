/**
 * Small embedding examples (API tier, by example), each a public class with a {@code main}:
 * {@link dev.cordon.examples.embedding.EmbedOnH2} (open Cordon, record an entry, run the checks, write
 * a report) and {@link dev.cordon.examples.embedding.CustomReportWriterExample} (a discovered plug-in).
 */
package dev.cordon.examples.embedding;

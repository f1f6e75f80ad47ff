package dev.cordon.examples.embedding;

/** The storage URL the embedding examples run on in tests: the examples' own default, in-memory H2. */
final class EmbeddingUrls {
  private EmbeddingUrls() {}

  static String url() {
    return EmbedOnH2.DEFAULT_URL;
  }
}

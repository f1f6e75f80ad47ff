package dev.cordon.examples.embedding;

/** The storage URL the embedding examples run on in tests. */
final class EmbeddingUrls {
  private EmbeddingUrls() {}

  static String url() {
    return "memory:";
  }
}

package dev.cordon.adapters.jdbc.internal;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: passwords masked. */
public final class Urls {
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)((?:password|pwd|sslpassword)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]*:)[^@/]*@");

  private Urls() {}

  /** {@code url} with every password replaced by {@code ****}. */
  public static String masked(String url) {
    if (url == null) {
      return "(unknown)";
    }
    String u = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
    return USER_INFO.matcher(u).replaceAll("$1****@");
  }
}

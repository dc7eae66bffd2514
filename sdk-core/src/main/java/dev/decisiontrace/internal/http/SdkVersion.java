package dev.decisiontrace.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's own version, as the build wrote it into {@code sdk-version.properties}, and the {@code
 * User-Agent} the network exporters send. Constants; {@code "unknown"} if the file is missing.
 */
public final class SdkVersion {

  /** The version, such as {@code 0.1.0}. */
  public static final String VERSION = read();

  /** {@code decisiontrace-java/<version>}. */
  public static final String USER_AGENT = "decisiontrace-java/" + VERSION;

  private SdkVersion() {}

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
      if (in == null) {
        // Only a broken build or repackaging loses the file; the exporters still work without it.
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}

package dev.decisiontrace.examples.collector.http;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks the {@code Authorization: Bearer <token>} header against the one configured token.
 *
 * <p>The comparison takes the same time whatever the token sent: both sides are hashed to SHA-256
 * first, so {@link MessageDigest#isEqual} always compares 32 bytes and neither the length nor a
 * matching prefix of the real token shows in the response time.
 *
 * <p>Thread-safe and immutable.
 */
public final class BearerAuth {

  private static final String SCHEME = "bearer ";
  private static final BearerAuth NONE = new BearerAuth(null);

  private final byte[] expectedDigest;

  private BearerAuth(byte[] expectedDigest) {
    this.expectedDigest = expectedDigest;
  }

  /** Requires {@code token}. */
  public static BearerAuth requiring(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token must not be empty");
    }
    return new BearerAuth(sha256(token));
  }

  /** Lets every request through: for {@code /health}, and for a collector started without auth. */
  public static BearerAuth none() {
    return NONE;
  }

  /** Whether the request's headers carry the configured token (always, when none is configured). */
  public boolean permits(Headers headers) {
    if (expectedDigest == null) {
      return true;
    }
    String authorization = headers.getFirst("Authorization");
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return false;
    }
    String presented = authorization.substring(SCHEME.length()).strip();
    return MessageDigest.isEqual(expectedDigest, sha256(presented));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

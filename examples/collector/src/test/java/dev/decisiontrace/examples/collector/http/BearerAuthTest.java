package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.Test;

class BearerAuthTest {

  private static Headers authorization(String value) {
    Headers headers = new Headers();
    headers.add("Authorization", value);
    return headers;
  }

  @Test
  void permitsTheExactTokenOnly() {
    BearerAuth auth = BearerAuth.requiring("abc123");

    assertTrue(auth.permits(authorization("Bearer abc123")));
    assertFalse(auth.permits(authorization("Bearer abc12")));
    assertFalse(auth.permits(authorization("Bearer abc1234")));
    assertFalse(auth.permits(authorization("Bearer ")));
    assertFalse(auth.permits(new Headers()));
  }

  @Test
  void noAuthPermitsARequestWithoutHeaders() {
    assertTrue(BearerAuth.none().permits(new Headers()));
  }

  @Test
  void anEmptyTokenCannotBeRequired() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BearerAuth.requiring(""));
    assertEquals("token must not be empty", e.getMessage());
  }
}

package dev.decisiontrace.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import mockwebserver3.RecordedRequest;

/** The body a MockWebServer received, as text, gunzipped when its Content-Encoding says gzip. */
public final class RequestBodies {

  private RequestBodies() {}

  public static String text(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    if (!"gzip".equals(request.getHeaders().get("Content-Encoding"))) {
      return new String(body, StandardCharsets.UTF_8);
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

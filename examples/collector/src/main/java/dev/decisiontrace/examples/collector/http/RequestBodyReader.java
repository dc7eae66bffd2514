package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request body, identity or gzip, up to a size cap that applies both to the bytes received
 * and to what they decompress to (so a small gzip bomb is refused like a large body).
 *
 * <p>Thread-safe and immutable.
 */
final class RequestBodyReader {

  // An oversize body is read to its end before the 413 goes out: a client still sending when the
  // connection closes sees a reset instead of the 413 that tells it to split the batch.
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private final int maxBytes;

  RequestBodyReader(int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The body of {@code exchange}, decompressed.
   *
   * @throws HttpProblem 400 if the body is empty, not valid gzip when it says so, or in an unknown
   *     encoding; 413 if it is over the cap
   * @throws IOException if the client stopped sending
   */
  byte[] read(HttpExchange exchange) throws HttpProblem, IOException {
    Headers headers = exchange.getRequestHeaders();
    boolean gzip = isGzip(headers.getFirst("Content-Encoding"));
    InputStream in = exchange.getRequestBody();
    if (declaredLength(headers) > maxBytes) {
      throw tooLarge(in);
    }
    byte[] raw = in.readNBytes(maxBytes + 1);
    if (raw.length > maxBytes) {
      throw tooLarge(in);
    }
    if (raw.length == 0) {
      throw HttpProblem.badRequest("the body is empty; a batch has one record per line");
    }
    return gzip ? gunzip(raw) : raw;
  }

  private static boolean isGzip(String contentEncoding) throws HttpProblem {
    if (contentEncoding == null) {
      return false;
    }
    String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "", "identity" -> false;
      case "gzip", "x-gzip" -> true;
      default ->
          throw HttpProblem.badRequest(
              "Content-Encoding '" + neutralise(contentEncoding) + "' is not supported; send gzip or identity");
    };
  }

  private static long declaredLength(Headers headers) {
    String length = headers.getFirst("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private byte[] gunzip(byte[] raw) throws HttpProblem {
    byte[] body;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      body = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw HttpProblem.badRequest("the body is not valid gzip: " + e.getMessage());
    }
    if (body.length > maxBytes) {
      throw HttpProblem.tooLarge(
          "the body decompresses to more than " + maxBytes + " bytes; send smaller batches");
    }
    return body;
  }

  private HttpProblem tooLarge(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long drained = 0;
    int read;
    while (drained < DRAIN_LIMIT && (read = in.read(buffer)) != -1) {
      drained += read;
    }
    return HttpProblem.tooLarge("the body is larger than " + maxBytes + " bytes; send smaller batches");
  }
}

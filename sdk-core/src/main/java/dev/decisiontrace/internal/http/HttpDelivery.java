package dev.decisiontrace.internal.http;

import dev.decisiontrace.config.Compression;
import dev.decisiontrace.config.HttpSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;
import java.util.zip.GZIPOutputStream;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts one request body to a collector until it gets an answer it should not retry, with the rules
 * of {@code docs/collector-protocol.md} that the http and otlp exporters share: at most {@code
 * decisiontrace.http.max-attempts} attempts; after a connection failure, a timeout or a status the
 * caller calls retryable, a wait from {@link Backoff}, or, on {@code 429} and {@code 503}, the
 * {@code Retry-After} the collector asked for (seconds or an HTTP date), capped at the maximum
 * backoff; and no attempt or wait past the export's {@link Deadline}, which also cuts a slow
 * attempt short. Every attempt sends the same bytes and headers.
 *
 * <p>The body is gzip-compressed, with {@code Content-Encoding: gzip}, when the settings say so;
 * every request carries {@code User-Agent: decisiontrace-java/<version>}. Redirects are not
 * followed: a collector that redirects is answered as a final status, so that a POST is never
 * silently turned into a GET.
 *
 * <p><b>Threading.</b> Thread-safe: {@link #post} blocks the calling thread and keeps its state on
 * the stack, so calls may overlap (an export the SDK gave up waiting for may still be running when
 * the next one starts).
 */
public final class HttpDelivery {

  /** The most of a response body that is read; the rest is ignored. */
  public static final int MAX_ANSWER_BYTES = 1 << 20;

  private static final Duration MAX_DEADLINE_MARGIN = Duration.ofSeconds(1);

  private final OkHttpClient client;
  private final Destination destination;
  private final boolean gzip;
  private final int maxAttempts;
  private final Backoff backoff;
  private final long budgetNanos;
  private final IntPredicate retryableStatus;
  private final RetryClock clock;
  private volatile boolean shutDown;

  /**
   * @param client the client that sends; {@link #shutdown()} releases its threads and connections
   * @param settings compression, attempts and backoff
   * @param exportTimeout the longest one export may take; deadlines end a little before it, so that
   *     the export answers before the SDK stops waiting
   * @param retryableStatus the status codes to retry, besides connection failures and timeouts
   * @param jitter values in {@code [0, 1)} that spread the backoff
   */
  public HttpDelivery(
      OkHttpClient client,
      Destination destination,
      HttpSettings settings,
      Duration exportTimeout,
      IntPredicate retryableStatus,
      RetryClock clock,
      DoubleSupplier jitter) {
    this.client = client;
    this.destination = destination;
    this.gzip = settings.compression() == Compression.GZIP;
    this.maxAttempts = settings.maxAttempts();
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), jitter);
    Duration margin = exportTimeout.dividedBy(10);
    this.budgetNanos =
        exportTimeout
            .minus(margin.compareTo(MAX_DEADLINE_MARGIN) < 0 ? margin : MAX_DEADLINE_MARGIN)
            .toNanos();
    this.retryableStatus = retryableStatus;
    this.clock = clock;
  }

  /** The deadline of an export starting now. */
  public Deadline deadline() {
    return new Deadline(clock.nanoTime() + budgetNanos);
  }

  /**
   * Posts {@code body} with {@code headers} (besides the destination's) until the collector gives
   * an answer that is not to be retried.
   *
   * @return that answer, which may be an error status
   * @throws DeliveryException retryable, when the attempts or the time ran out, the thread was
   *     interrupted or the delivery was shut down
   */
  public Answer post(byte[] body, Headers headers, Deadline deadline) throws DeliveryException {
    Request request = request(body, headers);
    for (int attempt = 1; ; attempt++) {
      if (shutDown) {
        throw notDelivered(attempt - 1, "the exporter was shut down", null);
      }
      long remaining = deadline.remainingAt(clock.nanoTime());
      if (remaining <= 0) {
        throw notDelivered(attempt - 1, "no time left within the export timeout", null);
      }
      Duration wait;
      String problem;
      IOException failure = null;
      try (Response response = execute(request, remaining)) {
        int code = response.code();
        String text = destination.mask(response.peekBody(MAX_ANSWER_BYTES).string());
        Answer answer = new Answer(code, text);
        if (!retryableStatus.test(code)) {
          return answer;
        }
        problem = "HTTP " + code + " (" + answer.reason() + ")";
        int failedAttempt = attempt;
        wait =
            retryAfter(response)
                .map(backoff::asked)
                .orElseGet(() -> backoff.afterAttempt(failedAttempt));
      } catch (IOException e) {
        failure = e;
        problem = destination.mask(e.toString());
        wait = backoff.afterAttempt(attempt);
      }
      if (attempt >= maxAttempts) {
        throw notDelivered(attempt, "last: " + problem, failure);
      }
      if (wait.toNanos() >= deadline.remainingAt(clock.nanoTime())) {
        throw notDelivered(
            attempt,
            "waiting "
                + wait.toMillis()
                + " ms to retry would pass the export timeout; last: "
                + problem,
            failure);
      }
      try {
        clock.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw notDelivered(
            attempt, "interrupted while waiting to retry; last: " + problem, failure);
      }
    }
  }

  private Request request(byte[] body, Headers headers) {
    Request.Builder request =
        new Request.Builder()
            .url(destination.endpoint())
            .headers(destination.headers())
            .header("User-Agent", SdkVersion.USER_AGENT);
    for (int i = 0; i < headers.size(); i++) {
      request.header(headers.name(i), headers.value(i));
    }
    if (gzip) {
      request.header("Content-Encoding", "gzip");
    }
    return request
        .post(RequestBody.create(gzip ? gzip(body) : body, destination.contentType()))
        .build();
  }

  private Response execute(Request request, long remainingNanos) throws IOException {
    Call call = client.newCall(request);
    call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
    return call.execute();
  }

  private Optional<Duration> retryAfter(Response response) {
    if (response.code() != 429 && response.code() != 503) {
      return Optional.empty();
    }
    String value = response.header("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    if (value.strip().matches("[0-9]{1,18}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    }
    if (value.strip().matches("[0-9]+")) {
      // More seconds than a long holds: far beyond any cap.
      return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
    }
    Instant date = response.headers().getInstant("Retry-After");
    return date == null ? Optional.empty() : Optional.of(Duration.between(clock.now(), date));
  }

  private DeliveryException notDelivered(int attempts, String why, IOException cause) {
    return DeliveryException.retryable(
        destination.display()
            + ": not delivered after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + "; "
            + why,
        cause);
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(body);
    } catch (IOException e) {
      // Writing to memory does not fail.
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }

  /**
   * Stops: a delivery in progress makes no further attempt, a request in flight is cancelled, and
   * the client's threads and pooled connections are released. Idempotent.
   */
  public void shutdown() {
    shutDown = true;
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "HttpDelivery[" + destination + ", maxAttempts=" + maxAttempts + ", gzip=" + gzip + "]";
  }
}

package dev.decisiontrace.export.http;

import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.HttpSettings;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.internal.http.Answer;
import dev.decisiontrace.internal.http.Deadline;
import dev.decisiontrace.internal.http.DeliveryException;
import dev.decisiontrace.internal.http.Destination;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.internal.http.HttpDelivery;
import dev.decisiontrace.internal.http.RetryClock;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.wire.RecordJsonEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each batch to a collector as newline-delimited JSON, following the DecisionTrace ingestion
 * protocol ({@code docs/collector-protocol.md}): {@code POST} to {@code
 * decisiontrace.http.endpoint} with {@code Content-Type: application/x-ndjson}, the body
 * gzip-compressed unless {@code decisiontrace.http.compression=none}, {@code Authorization: Bearer
 * <token>} only when a token is configured, {@code User-Agent: decisiontrace-java/<version>} and a
 * {@code DecisionTrace-Batch-Id} that stays the same on every retry of one batch.
 *
 * <p><b>Answers.</b> {@code 200} (or another 2xx): delivered, except the records the collector
 * lists as rejected, which are reported through {@link ExportResult#succeedExcept} (a {@code 200}
 * whose body cannot be read counts as delivered, and is logged once). {@code 413}: the batch is
 * split in halves, each sent on its own, recursively; a single record still too large is reported
 * as rejected, {@code "too large: <n> bytes"} (its JSON line). {@code 429}, {@code 500}, {@code
 * 502}, {@code 503}, {@code 504}, connection failures and timeouts: retried, see below. {@code 401}
 * and {@code 403}: not retried now, but failed as retryable, so the SDK keeps the batch in its spool
 * until the token is fixed (a {@code 401} is also logged once as a problem with {@code
 * decisiontrace.http.token}). Any other status, {@code 400} among them: a permanent failure naming
 * the status and the collector's reason.
 *
 * <p><b>Retries.</b> At most {@code decisiontrace.http.max-attempts} attempts per batch, waiting
 * {@code decisiontrace.http.initial-backoff} doubled after each attempt up to {@code
 * decisiontrace.http.max-backoff}, with ±50 % jitter; on {@code 429} and {@code 503}, the {@code
 * Retry-After} asked for, capped at the maximum backoff. No attempt or wait runs past the export
 * timeout, less a margin of a tenth of it (at most a second). When the attempts or the time run
 * out, the export fails as {@linkplain ExportResult#isRetryable() retryable}, so the SDK keeps the
 * batch for later. A split batch shares one deadline and stops at its first failing half, which
 * fails the whole batch: the halves already delivered may arrive again when it is retried (delivery
 * is at least once), or are counted as failed with the rest.
 *
 * <p><b>Failures and secrets.</b> {@link #export}, {@link #flush} and {@link #shutdown} never
 * throw. The token never appears in a log, an exception message or {@link #toString()}; text the
 * collector sends back is masked too. After {@link #shutdown()}, exports fail with an {@link
 * IllegalStateException}. An empty batch succeeds without a request; a batch holding {@code null}
 * fails, not retryable.
 *
 * <p><b>Threading.</b> Thread-safe. An export blocks its calling thread (the SDK's export thread)
 * until the batch is delivered or given up; calls may overlap, as when the SDK stopped waiting for
 * a slow export and started the next.
 */
public final class HttpJsonExporter implements RecordExporter {

  /** The header that identifies a batch across its retries. */
  public static final String BATCH_ID_HEADER = "DecisionTrace-Batch-Id";

  private static final MediaType NDJSON = MediaType.get("application/x-ndjson");

  private final Destination destination;
  private final HttpDelivery delivery;
  private final boolean hasToken;
  private final Logger logger;
  private final RecordJsonEncoder encoder = new RecordJsonEncoder();
  private final AtomicBoolean unreadableAnswerLogged = new AtomicBoolean();
  private final AtomicBoolean unauthorizedLogged = new AtomicBoolean();
  private volatile boolean shutDown;

  /**
   * An exporter to {@code settings.endpoint()}, with its own connections and threads.
   *
   * @param settings the {@code decisiontrace.http.*} settings
   * @param exportTimeout {@code decisiontrace.export.timeout}: no export runs past it
   * @throws ConfigurationException if {@code decisiontrace.http.tls.ca-file} is set but cannot be
   *     read or holds no certificate
   */
  public HttpJsonExporter(HttpSettings settings, Duration exportTimeout) {
    this(
        settings,
        exportTimeout,
        HttpClients.create(settings),
        RetryClock.system(),
        () -> ThreadLocalRandom.current().nextDouble(),
        LoggerFactory.getLogger(HttpJsonExporter.class));
  }

  HttpJsonExporter(
      HttpSettings settings,
      Duration exportTimeout,
      OkHttpClient client,
      RetryClock clock,
      DoubleSupplier jitter,
      Logger logger) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(exportTimeout, "exportTimeout");
    Headers headers =
        settings.hasToken()
            ? Headers.of("Authorization", "Bearer " + settings.token())
            : Headers.of();
    this.destination =
        new Destination(
            HttpUrl.get(settings.endpoint()),
            NDJSON,
            headers,
            settings.hasToken() ? List.of(settings.token()) : List.of());
    this.delivery =
        new HttpDelivery(
            client,
            destination,
            settings,
            exportTimeout,
            HttpJsonExporter::isRetried,
            clock,
            jitter);
    this.hasToken = settings.hasToken();
    this.logger = logger;
  }

  private static boolean isRetried(int code) {
    return code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
  }

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    if (shutDown) {
      return ExportResult.failure(new IllegalStateException("exporter is shut down: " + name()));
    }
    try {
      List<RecordRejection> rejections = new ArrayList<>();
      deliver(batch, delivery.deadline(), rejections);
      return rejections.isEmpty()
          ? ExportResult.success()
          : new ExportResult().succeedExcept(rejections);
    } catch (DeliveryException e) {
      return e.isRetryable() ? ExportResult.retryableFailure(e) : ExportResult.failure(e);
    } catch (IOException | RuntimeException e) {
      return ExportResult.failure(e);
    }
  }

  private void deliver(
      List<TraceRecord> records, Deadline deadline, List<RecordRejection> rejections)
      throws IOException {
    if (records.isEmpty()) {
      return;
    }
    byte[] lines = lines(records);
    Headers batchId = Headers.of(BATCH_ID_HEADER, UUID.randomUUID().toString());
    Answer answer = delivery.post(lines, batchId, deadline);
    if (answer.isSuccessful()) {
      rejections.addAll(rejected(answer, records));
    } else if (answer.code() == 413 && records.size() > 1) {
      int half = records.size() / 2;
      deliver(records.subList(0, half), deadline, rejections);
      deliver(records.subList(half, records.size()), deadline, rejections);
    } else if (answer.code() == 413) {
      rejections.add(
          new RecordRejection(records.get(0).recordId(), "too large: " + lines.length + " bytes"));
    } else {
      throw refused(answer, records.size());
    }
  }

  private byte[] lines(List<TraceRecord> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(records.size(), 1024) * 1024);
    encoder.writeLines(records, out);
    return out.toByteArray();
  }

  private List<RecordRejection> rejected(Answer answer, List<TraceRecord> sent) {
    try {
      return CollectorReply.rejections(answer.body(), sent);
    } catch (IOException e) {
      if (unreadableAnswerLogged.compareAndSet(false, true)) {
        logger.warn(
            "Collector {} answered {} with a body that is not the protocol's JSON ({}); its records"
                + " count as delivered, and any it refused are not known. Logged once.",
            destination.display(),
            answer.code(),
            destination.mask(String.valueOf(e.getMessage())));
      }
      return List.of();
    }
  }

  private DeliveryException refused(Answer answer, int records) {
    String prefix =
        destination.display()
            + " refused a batch of "
            + records
            + (records == 1 ? " record" : " records")
            + " with HTTP "
            + answer.code();
    String message =
        switch (answer.code()) {
          case 401 ->
              prefix
                  + ": "
                  + (hasToken
                      ? "it does not accept the configured token"
                      : "no token is configured")
                  + ", a configuration problem with decisiontrace.http.token; kept for the spool,"
                  + " not retried until it is fixed (collector: "
                  + answer.reason()
                  + ")";
          case 403 ->
              prefix
                  + ": the token may not write here; kept for the spool, not retried until it is"
                  + " fixed (collector: "
                  + answer.reason()
                  + ")";
          default -> prefix + "; not retried (collector: " + answer.reason() + ")";
        };
    if (answer.code() == 401 && unauthorizedLogged.compareAndSet(false, true)) {
      logger.error("DecisionTrace cannot export: {}. Logged once.", message);
    }
    // A refused token is fixed by configuration, after which the batch is still worth delivering.
    return answer.code() == 401 || answer.code() == 403
        ? DeliveryException.retryable(message, null)
        : DeliveryException.permanent(message);
  }

  /** Nothing is buffered here: every export has finished before it returns. */
  @Override
  public ExportResult flush() {
    return ExportResult.success();
  }

  /**
   * Stops further exports, makes one still running give up (retryable), and releases OkHttp's
   * threads and connections. Idempotent.
   */
  @Override
  public ExportResult shutdown() {
    shutDown = true;
    try {
      delivery.shutdown();
      return ExportResult.success();
    } catch (RuntimeException e) {
      return ExportResult.failure(e);
    }
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public String toString() {
    return "HttpJsonExporter{"
        + destination.display()
        + ", token="
        + (hasToken ? "******" : "none")
        + "}";
  }
}

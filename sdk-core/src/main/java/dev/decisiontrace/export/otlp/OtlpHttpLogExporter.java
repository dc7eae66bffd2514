package dev.decisiontrace.export.otlp;

import dev.decisiontrace.config.ConfigurationException;
import dev.decisiontrace.config.HttpSettings;
import dev.decisiontrace.config.OtlpSettings;
import dev.decisiontrace.export.ExportResult;
import dev.decisiontrace.export.RecordExporter;
import dev.decisiontrace.export.RecordRejection;
import dev.decisiontrace.internal.http.Answer;
import dev.decisiontrace.internal.http.DeliveryException;
import dev.decisiontrace.internal.http.Destination;
import dev.decisiontrace.internal.http.HttpClients;
import dev.decisiontrace.internal.http.HttpDelivery;
import dev.decisiontrace.internal.http.RetryClock;
import dev.decisiontrace.model.TraceRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
 * Sends records as OpenTelemetry log records over OTLP/HTTP with the JSON encoding, so that an
 * OpenTelemetry Collector, or any OTLP logs receiver, can take them: each batch is one {@code
 * ExportLogsServiceRequest} posted as {@code application/json} to {@code
 * decisiontrace.otlp.endpoint}, with the headers of {@code decisiontrace.otlp.headers} (values
 * percent-decoded, as in {@code OTEL_EXPORTER_OTLP_HEADERS}).
 *
 * <p><b>Log records.</b> One per record: the body is the record's JSON line of the wire format,
 * unchanged, so a collector pipeline can forward it losslessly; {@code eventName} is {@code
 * decisiontrace.episode}, {@code decisiontrace.outcome} or {@code decisiontrace.feedback}; {@code
 * timeUnixNano} is the record's {@code emittedAt}; severity INFO; attributes {@code
 * decisiontrace.record.type}, {@code decisiontrace.record.id}, {@code decisiontrace.episode.id},
 * {@code decisiontrace.schema.version} and, on episodes, {@code decisiontrace.strategy.name} and
 * {@code decisiontrace.instrument}. The resource has {@code service.name=decisiontrace} and {@code
 * telemetry.sdk.name=decisiontrace}, {@code telemetry.sdk.language=java}, {@code
 * telemetry.sdk.version}; the scope is {@code dev.decisiontrace}.
 *
 * <p><b>Answers, per the OTLP/HTTP specification.</b> 2xx: delivered. When the receiver reports a
 * partial success, OTLP does not say which log records it refused, so the first {@code
 * rejectedLogRecords} records of the batch are reported as {@linkplain ExportResult#succeedExcept
 * refused}, with a {@code null} record id and the receiver's message: the counts are right, the ids
 * are unknown (logged once). {@code 429}, {@code 502}, {@code 503}, {@code 504}, connection
 * failures and timeouts: retried with the transport settings of {@code decisiontrace.http.*}
 * (attempts, backoff with jitter, {@code Retry-After} on 429 and 503, the export timeout), then a
 * {@linkplain ExportResult#isRetryable() retryable} failure. Any other status, {@code 400} among
 * them: a permanent failure naming the status and the receiver's reason. Timeouts, compression and
 * TLS are those of {@code decisiontrace.http.*} too; the http exporter's token is not sent.
 *
 * <p><b>Failures and secrets.</b> {@link #export}, {@link #flush} and {@link #shutdown} never
 * throw. Header values never appear in a log, an exception message or {@link #toString()}. After
 * {@link #shutdown()}, exports fail with an {@link IllegalStateException}. An empty batch succeeds
 * without a request; a batch holding {@code null} fails, not retryable.
 *
 * <p><b>Threading.</b> Thread-safe. An export blocks its calling thread until the batch is
 * delivered or given up; calls may overlap.
 */
public final class OtlpHttpLogExporter implements RecordExporter {

  private static final MediaType JSON = MediaType.get("application/json");

  private final Destination destination;
  private final HttpDelivery delivery;
  private final RetryClock clock;
  private final Logger logger;
  private final OtlpLogsJson json = new OtlpLogsJson();
  private final AtomicBoolean partialSuccessLogged = new AtomicBoolean();
  private final AtomicBoolean unreadableAnswerLogged = new AtomicBoolean();
  private volatile boolean shutDown;

  /**
   * An exporter to {@code otlp.endpoint()}, with its own connections and threads.
   *
   * @param otlp the {@code decisiontrace.otlp.*} settings: endpoint and headers
   * @param http the {@code decisiontrace.http.*} settings: timeouts, compression, retries and TLS
   * @param exportTimeout {@code decisiontrace.export.timeout}: no export runs past it
   * @throws ConfigurationException if {@code decisiontrace.otlp.headers} is not {@code name=value}
   *     pairs HTTP allows, or {@code decisiontrace.http.tls.ca-file} is set but cannot be read or
   *     holds no certificate
   */
  public OtlpHttpLogExporter(OtlpSettings otlp, HttpSettings http, Duration exportTimeout) {
    this(
        otlp,
        http,
        exportTimeout,
        HttpClients.create(http),
        RetryClock.system(),
        () -> ThreadLocalRandom.current().nextDouble(),
        LoggerFactory.getLogger(OtlpHttpLogExporter.class));
  }

  OtlpHttpLogExporter(
      OtlpSettings otlp,
      HttpSettings http,
      Duration exportTimeout,
      OkHttpClient client,
      RetryClock clock,
      DoubleSupplier jitter,
      Logger logger) {
    Objects.requireNonNull(exportTimeout, "exportTimeout");
    Headers headers = OtlpHeaders.parse(otlp.headers());
    List<String> secrets = new ArrayList<>();
    headers.forEach(header -> secrets.add(header.getSecond()));
    this.destination = new Destination(HttpUrl.get(otlp.endpoint()), JSON, headers, secrets);
    this.delivery =
        new HttpDelivery(
            client,
            destination,
            http,
            exportTimeout,
            OtlpHttpLogExporter::isRetried,
            clock,
            jitter);
    this.clock = clock;
    this.logger = logger;
  }

  private static boolean isRetried(int code) {
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  @Override
  public ExportResult export(List<TraceRecord> batch) {
    if (shutDown) {
      return ExportResult.failure(new IllegalStateException("exporter is shut down: " + name()));
    }
    if (batch.isEmpty()) {
      return ExportResult.success();
    }
    try {
      byte[] body = json.exportLogsServiceRequest(batch, clock.now());
      Answer answer = delivery.post(body, Headers.of(), delivery.deadline());
      if (!answer.isSuccessful()) {
        throw refused(answer, batch.size());
      }
      List<RecordRejection> rejections = rejected(answer, batch.size());
      return rejections.isEmpty()
          ? ExportResult.success()
          : new ExportResult().succeedExcept(rejections);
    } catch (DeliveryException e) {
      return e.isRetryable() ? ExportResult.retryableFailure(e) : ExportResult.failure(e);
    } catch (IOException | RuntimeException e) {
      return ExportResult.failure(e);
    }
  }

  private List<RecordRejection> rejected(Answer answer, int sent) {
    PartialSuccess partial;
    try {
      partial = PartialSuccess.parse(answer.body());
    } catch (IOException e) {
      if (unreadableAnswerLogged.compareAndSet(false, true)) {
        logger.warn(
            "OTLP receiver {} answered {} with a body that is not an ExportLogsServiceResponse"
                + " ({}); its log records count as delivered. Logged once.",
            destination.display(),
            answer.code(),
            destination.mask(String.valueOf(e.getMessage())));
      }
      return List.of();
    }
    if (partial.isReported() && partialSuccessLogged.compareAndSet(false, true)) {
      logger.warn(
          "OTLP receiver {} refused {} of {} log records ({}); OTLP does not say which, so the"
              + " refusals are counted without record ids. Logged once.",
          destination.display(),
          partial.rejectedLogRecords(),
          sent,
          partial.errorMessage().isEmpty() ? "no message" : partial.errorMessage());
    }
    int refused = (int) Math.min(partial.rejectedLogRecords(), sent);
    String reason =
        "refused by the OTLP receiver, which does not say which records: "
            + (partial.errorMessage().isEmpty() ? "no message" : partial.errorMessage());
    return Collections.nCopies(refused, new RecordRejection(null, reason));
  }

  private DeliveryException refused(Answer answer, int records) {
    return DeliveryException.permanent(
        "OTLP receiver "
            + destination.display()
            + " refused "
            + records
            + (records == 1 ? " log record" : " log records")
            + " with HTTP "
            + answer.code()
            + "; not retried (receiver: "
            + answer.reason()
            + ")");
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
    return "otlp";
  }

  @Override
  public String toString() {
    return "OtlpHttpLogExporter{" + destination + "}";
  }
}

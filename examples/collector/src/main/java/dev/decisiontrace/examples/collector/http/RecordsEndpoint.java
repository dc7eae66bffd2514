package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import com.sun.net.httpserver.HttpExchange;
import dev.decisiontrace.examples.collector.ingest.IngestResult;
import dev.decisiontrace.examples.collector.ingest.Ingestor;
import dev.decisiontrace.examples.collector.ingest.Rejection;
import dev.decisiontrace.examples.collector.ingest.UnreadableBodyException;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/records}: one batch of records, answered with {@code accepted}, {@code duplicates}
 * and {@code rejected} once the accepted records are committed (docs/collector-protocol.md).
 */
final class RecordsEndpoint implements Endpoint {

  static final String PATH = "/v1/records";

  /** Sent by the SDK, the same on every retry of a batch: logged, so that retries can be told apart. */
  private static final String BATCH_ID_HEADER = "DecisionTrace-Batch-Id";

  /** Logged in place of a batch id when the request has none. */
  private static final String NO_BATCH_ID = "(none)";

  private static final Logger log = LoggerFactory.getLogger(RecordsEndpoint.class);

  private final RequestBodyReader bodies;
  private final Ingestor ingestor;

  RecordsEndpoint(RequestBodyReader bodies, Ingestor ingestor) {
    this.bodies = bodies;
    this.ingestor = ingestor;
  }

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public boolean serves(String rawPath) {
    return PATH.equals(rawPath);
  }

  @Override
  public JsonResponse handle(HttpExchange exchange) throws HttpProblem, StoreException, IOException {
    byte[] body = bodies.read(exchange);
    IngestResult result;
    try {
      result = ingestor.ingest(body);
    } catch (UnreadableBodyException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
    String header = exchange.getRequestHeaders().getFirst(BATCH_ID_HEADER);
    // Clients other than the SDK (curl) send none.
    String batchId = header == null ? NO_BATCH_ID : neutralise(header);
    if (!result.rejected().isEmpty()) {
      Rejection first = result.rejected().get(0);
      log.info(
          "batch {}: accepted={}, duplicates={}, rejected={}; first at line {}: {}",
          batchId, result.accepted(), result.duplicates(), result.rejected().size(), first.line(),
          neutralise(first.reason()));
    } else {
      log.debug("batch {}: accepted={}, duplicates={}", batchId, result.accepted(), result.duplicates());
    }
    return JsonResponse.ok(result);
  }
}

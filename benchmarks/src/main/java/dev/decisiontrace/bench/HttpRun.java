package dev.decisiontrace.bench;

import dev.decisiontrace.DecisionTrace;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An end-to-end run through the HTTP exporter (defaults: gzip, batches of 512, one request at a time)
 * to a {@link NoopCollector} on the loopback interface; checked by the SDK's metrics and the
 * collector's request count.
 */
@State(Scope.Thread)
public class HttpRun extends EndToEndRun {

  private NoopCollector collector;
  private long requestsBefore;

  @Setup(Level.Invocation)
  public void open(NoopCollector collector) throws IOException {
    this.collector = collector;
    requestsBefore = collector.requests();
    start(
        directory ->
            DecisionTrace.builder()
                .set("decisiontrace.exporter", "http")
                .set("decisiontrace.http.endpoint", collector.endpoint()));
  }

  @TearDown(Level.Invocation)
  public void verifyAndDelete() throws IOException {
    try {
      requireAllDelivered();
      if (collector.requests() == requestsBefore) {
        throw new IllegalStateException("the collector received no request");
      }
    } finally {
      deleteDirectory();
    }
  }
}

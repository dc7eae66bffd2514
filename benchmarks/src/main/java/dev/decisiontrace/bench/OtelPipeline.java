package dev.decisiontrace.bench;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The OpenTelemetry SDK as a user would set it up for tracing: a tracer provider, its batch span
 * processor (whose worker thread, like DecisionTrace's export thread, competes for the cores) and an
 * exporter that only counts. Its queue is raised above a burst so that, like DecisionTrace's buffer,
 * it never drops; the trial fails if a span was lost.
 */
@State(Scope.Benchmark)
public class OtelPipeline {

  private final CountingSpanExporter exporter = new CountingSpanExporter();
  private final AtomicLong ended = new AtomicLong();
  private SdkTracerProvider provider;
  private Tracer tracer;

  @Setup(Level.Trial)
  public void start() {
    provider =
        SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter).setMaxQueueSize(1 << 16).setMaxExportBatchSize(512).build())
            .build();
    tracer = provider.get("dev.decisiontrace.bench");
  }

  @TearDown(Level.Trial)
  public void verifyNothingDropped() {
    provider.shutdown().join(2, TimeUnit.MINUTES);
    if (exporter.spans.get() != ended.get()) {
      throw new IllegalStateException("OpenTelemetry exported " + exporter.spans.get() + " of " + ended.get() + " spans");
    }
  }

  /** A benchmark thread's handle; drains the batch processor after each burst and counts the spans. */
  @State(Scope.Thread)
  public static class Caller {

    private OtelPipeline pipeline;
    Tracer tracer;
    long spans;

    @Setup(Level.Trial)
    public void join(OtelPipeline pipeline) {
      this.pipeline = pipeline;
      tracer = pipeline.tracer;
    }

    @TearDown(Level.Invocation)
    public void drain() {
      pipeline.ended.addAndGet(spans);
      spans = 0;
      pipeline.provider.forceFlush().join(2, TimeUnit.MINUTES);
    }
  }

  private static final class CountingSpanExporter implements SpanExporter {

    final AtomicLong spans = new AtomicLong();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
      spans.addAndGet(batch.size());
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}

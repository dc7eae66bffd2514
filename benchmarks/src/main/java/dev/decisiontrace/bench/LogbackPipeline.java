package dev.decisiontrace.bench;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logback's {@link AsyncAppender} in front of an appender that only counts, configured in code.
 *
 * <p>By default the async appender silently discards INFO lines once its queue is 80 % full, which
 * would make it look cheap by losing data; here {@code discardingThreshold=0} keeps every line and
 * {@code neverBlock=false} makes a caller wait when the queue is full, so nothing is lost and any
 * back-pressure is part of the measured cost. The queue holds a burst. The trial fails if a line was
 * lost.
 */
@State(Scope.Benchmark)
public class LogbackPipeline {

  private static final int QUEUE_SIZE = 8192;
  private static final long DRAIN_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(2);

  private final CountingAppender sink = new CountingAppender();
  private final AtomicLong logged = new AtomicLong();
  private AsyncAppender async;
  private ch.qos.logback.classic.Logger logger;

  @Setup(org.openjdk.jmh.annotations.Level.Trial)
  public void start() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    sink.setContext(context);
    sink.setName("counting");
    sink.start();
    async = new AsyncAppender();
    async.setContext(context);
    async.setName("async");
    async.setQueueSize(QUEUE_SIZE);
    async.setDiscardingThreshold(0);
    async.setNeverBlock(false);
    async.setIncludeCallerData(false);
    async.setMaxFlushTime((int) TimeUnit.NANOSECONDS.toMillis(DRAIN_TIMEOUT_NANOS));
    async.addAppender(sink);
    async.start();
    logger = context.getLogger("decisions");
    logger.setLevel(Level.INFO);
    logger.setAdditive(false);
    logger.addAppender(async);
  }

  @TearDown(org.openjdk.jmh.annotations.Level.Trial)
  public void verifyNothingLost() {
    async.stop();
    logger.detachAppender(async);
    if (sink.lines.get() != logged.get()) {
      throw new IllegalStateException("Logback delivered " + sink.lines.get() + " of " + logged.get() + " lines");
    }
  }

  /** A benchmark thread's handle; waits after each burst until the worker has delivered it. */
  @State(Scope.Thread)
  public static class Caller {

    private LogbackPipeline pipeline;
    Logger logger;
    long lines;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void join(LogbackPipeline pipeline) {
      this.pipeline = pipeline;
      logger = pipeline.logger;
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Invocation)
    public void drain() {
      long target = pipeline.logged.addAndGet(lines);
      lines = 0;
      long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
      while (pipeline.sink.lines.get() < target) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException("Logback's worker did not deliver a burst in time");
        }
        LockSupport.parkNanos(20_000);
      }
    }
  }

  private static final class CountingAppender extends AppenderBase<ILoggingEvent> {

    final AtomicLong lines = new AtomicLong();

    @Override
    protected void append(ILoggingEvent event) {
      lines.incrementAndGet();
    }
  }
}

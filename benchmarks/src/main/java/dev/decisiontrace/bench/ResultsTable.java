package dev.decisiontrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into the markdown table that {@code benchmarks/README.md} quotes: the
 * machine, each recorder's cost, the ratios the targets are stated in, and whether each target was
 * met. A benchmark missing from the results (it failed, for example because it dropped data) is
 * listed as such rather than left out.
 *
 * <p>Usage: {@code ResultsTable results.json results.md}.
 */
public final class ResultsTable {

  private static final String PACKAGE = "dev.decisiontrace.bench.";
  private static final double RECORDING_TARGET = 0.5;
  private static final double THROUGHPUT_TARGET = 200_000;
  private static final List<String> RECORDERS =
      List.of("decisionTrace", "openTelemetrySpan", "logbackAsyncLine", "decisionTraceDisabled");
  private static final Map<String, String> RECORDER_NAMES =
      Map.of(
          "decisionTrace", "DecisionTrace",
          "openTelemetrySpan", "OpenTelemetry span",
          "logbackAsyncLine", "Logback async line",
          "decisionTraceDisabled", "DecisionTrace disabled (floor)");

  private final Map<String, JsonNode> runs = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private ResultsTable(JsonNode results) {
    for (JsonNode run : results) {
      String name = run.path("benchmark").asText().replace(PACKAGE, "");
      JsonNode params = run.path("params");
      if (params.has("signals")) {
        name += "@" + params.path("signals").asText();
      }
      runs.put(name, run);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ResultsTable <jmh-results.json> <table.md>");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    String table = new ResultsTable(results).render();
    Files.writeString(Path.of(args[1]), table);
    System.out.print(table);
  }

  private String render() {
    header();
    recording("RecordingBenchmark", 1);
    recording("RecordingTwoThreadsBenchmark", 2);
    throughput();
    scaling();
    return out.toString();
  }

  private void header() {
    JsonNode any = runs.values().stream().findFirst().orElse(null);
    line("# DecisionTrace benchmark results");
    line("");
    line("- Date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    if (any != null) {
      line("- JDK: " + any.path("jdkVersion").asText() + " (" + any.path("vmName").asText() + " " + any.path("vmVersion").asText() + ")");
      line("- JMH " + any.path("jmhVersion").asText() + ": " + any.path("forks").asInt() + " fork, "
          + any.path("warmupIterations").asInt() + " × " + any.path("warmupTime").asText() + " warm-up, "
          + any.path("measurementIterations").asInt() + " × " + any.path("measurementTime").asText() + " measurement, JVM "
          + String.join(" ", texts(any.path("jvmArgs"))));
    }
    line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores" + loadAverage());
    line("- ± is JMH's 99.9 % confidence half-width over the measurement iterations; ratio ranges combine both error bars.");
    line("");
  }

  private void recording(String benchmark, int threads) {
    line("## Recording one representative decision: " + threads + (threads == 1 ? " thread" : " threads"));
    line("");
    line("Per decision, recorded in bursts of " + format(Burst.DECISIONS, 0) + ". Wall time is JMH's score; caller CPU is the"
        + " recording threads' CPU time, which does not grow while a thread waits for a core.");
    line("");
    line("| recorder | wall ns/op | caller CPU ns/op | caller B/op | all threads B/op |");
    line("|---|---:|---:|---:|---:|");
    for (String recorder : RECORDERS) {
      JsonNode run = runs.get(benchmark + "." + recorder);
      if (run == null) {
        line("| " + RECORDER_NAMES.get(recorder) + " | not in the results (failed or not run) | | | |");
        continue;
      }
      line("| " + RECORDER_NAMES.get(recorder) + " | " + scoreWithError(run.path("primaryMetric"))
          + " | " + scoreWithError(secondary(run, CallerThreadProfiler.CPU))
          + " | " + number(secondary(run, CallerThreadProfiler.ALLOCATION))
          + " | " + number(secondary(run, "gc.alloc.rate.norm")) + " |");
    }
    line("");
    JsonNode trace = runs.get(benchmark + ".decisionTrace");
    line("| DecisionTrace ÷ | wall time | caller CPU time | caller bytes | all-thread bytes | target: ≤ " + RECORDING_TARGET
        + " in time and in caller bytes |");
    line("|---|---:|---:|---:|---:|---|");
    for (String other : List.of("openTelemetrySpan", "logbackAsyncLine")) {
      JsonNode run = runs.get(benchmark + "." + other);
      if (trace == null || run == null) {
        line("| " + RECORDER_NAMES.get(other) + " | n/a | n/a | n/a | n/a | n/a |");
        continue;
      }
      double wall = ratio(trace.path("primaryMetric"), run.path("primaryMetric"));
      double cpu = ratio(secondary(trace, CallerThreadProfiler.CPU), secondary(run, CallerThreadProfiler.CPU));
      double caller = ratio(secondary(trace, CallerThreadProfiler.ALLOCATION), secondary(run, CallerThreadProfiler.ALLOCATION));
      double all = ratio(secondary(trace, "gc.alloc.rate.norm"), secondary(run, "gc.alloc.rate.norm"));
      String verdict =
          other.equals("openTelemetrySpan")
              ? verdict(wall, "wall time") + "; " + verdict(cpu, "CPU time") + "; " + verdict(caller, "bytes")
              : "(no target; for reference)";
      line("| " + RECORDER_NAMES.get(other)
          + " | " + format(wall, 2) + " " + ratioRange(trace.path("primaryMetric"), run.path("primaryMetric"))
          + " | " + format(cpu, 2) + " " + ratioRange(secondary(trace, CallerThreadProfiler.CPU), secondary(run, CallerThreadProfiler.CPU))
          + " | " + format(caller, 2) + " | " + format(all, 2) + " | " + verdict + " |");
    }
    line("");
  }

  private void throughput() {
    line("## End to end: representative episodes per second, zero drops");
    line("");
    line("| pipeline | episodes/s | all threads B/episode | target (≥ " + format(THROUGHPUT_TARGET, 0) + "/s) |");
    line("|---|---:|---:|---|");
    throughputRow("JSON-lines file (the default exporter)", runs.get("ThroughputBenchmark.jsonLinesFile"), true);
    throughputRow("HTTP exporter to a no-op collector on loopback", runs.get("ThroughputBenchmark.httpExporter"), false);
    line("");
    line("One recording thread. Every invocation checks that no episode was dropped or spooled and that all were exported"
        + " (for the file, that each one is a line); a failed check fails the benchmark.");
    line("");
  }

  private void throughputRow(String pipeline, JsonNode run, boolean targeted) {
    if (run == null) {
      line("| " + pipeline + " | not in the results (failed or not run) | | " + (targeted ? "missed" : "(no target)") + " |");
      return;
    }
    double score = run.path("primaryMetric").path("score").asDouble();
    String verdict =
        !targeted
            ? "(no target)"
            : score >= THROUGHPUT_TARGET ? "met" : "missed by " + format(100 * (1 - score / THROUGHPUT_TARGET), 0) + " %";
    line("| " + pipeline + " | " + scoreWithError(run.path("primaryMetric"))
        + " | " + number(secondary(run, "gc.alloc.rate.norm")) + " | " + verdict + " |");
  }

  private void scaling() {
    line("## Scaling with the number of signals");
    line("");
    line("| signals | DecisionTrace wall ns/op | caller CPU ns/op | caller B/op | OpenTelemetry wall ns/op | caller CPU ns/op | caller B/op"
        + " | DecisionTrace ÷ OpenTelemetry: wall, CPU, bytes | end to end episodes/s |");
    line("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    for (String signals : List.of("1", "8", "64")) {
      JsonNode trace = runs.get("ScalingBenchmark.decisionTrace@" + signals);
      JsonNode otel = runs.get("ScalingBenchmark.openTelemetrySpan@" + signals);
      JsonNode file = runs.get("ScalingBenchmark.jsonLinesFile@" + signals);
      line("| " + signals + " | " + recorderCells(trace) + " | " + recorderCells(otel)
          + " | " + (trace == null || otel == null
              ? ""
              : format(ratio(trace.path("primaryMetric"), otel.path("primaryMetric")), 2)
                  + ", " + format(ratio(secondary(trace, CallerThreadProfiler.CPU), secondary(otel, CallerThreadProfiler.CPU)), 2)
                  + ", " + format(ratio(secondary(trace, CallerThreadProfiler.ALLOCATION), secondary(otel, CallerThreadProfiler.ALLOCATION)), 2))
          + " | " + (file == null ? "missing" : scoreWithError(file.path("primaryMetric"))) + " |");
    }
    line("");
  }

  private static String recorderCells(JsonNode run) {
    if (run == null) {
      return "missing | | ";
    }
    return scoreWithError(run.path("primaryMetric"))
        + " | " + scoreWithError(secondary(run, CallerThreadProfiler.CPU))
        + " | " + number(secondary(run, CallerThreadProfiler.ALLOCATION));
  }

  private static JsonNode secondary(JsonNode run, String metric) {
    JsonNode metrics = run.path("secondaryMetrics");
    JsonNode found = metrics.path(metric);
    // Some JMH versions prefix profiler metrics with a middle dot.
    return found.isMissingNode() ? metrics.path("·" + metric) : found;
  }

  private static double ratio(JsonNode numerator, JsonNode denominator) {
    return numerator.path("score").asDouble() / denominator.path("score").asDouble();
  }

  /** The ratio's range when both scores sit anywhere inside their error bars. */
  private static String ratioRange(JsonNode numerator, JsonNode denominator) {
    double low = numerator.path("score").asDouble() - error(numerator);
    double high = numerator.path("score").asDouble() + error(numerator);
    double denominatorLow = denominator.path("score").asDouble() - error(denominator);
    double denominatorHigh = denominator.path("score").asDouble() + error(denominator);
    String upper = denominatorLow <= 0 ? "∞" : format(high / denominatorLow, 2);
    return "(" + format(Math.max(0, low) / denominatorHigh, 2) + "–" + upper + ")";
  }

  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble();
    return Double.isNaN(error) ? 0 : error;
  }

  private static String scoreWithError(JsonNode metric) {
    return format(metric.path("score").asDouble(), 0) + " ± " + format(error(metric), 0);
  }

  private static String number(JsonNode metric) {
    return metric.isMissingNode() ? "n/a" : format(metric.path("score").asDouble(), 0);
  }

  private static String verdict(double ratio, String what) {
    if (ratio <= RECORDING_TARGET) {
      return "met in " + what;
    }
    return "missed in " + what + " (" + format(ratio / RECORDING_TARGET, 2) + "× the allowed share)";
  }

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static String loadAverage() {
    try {
      String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return ", load average " + load[0] + " / " + load[1] + " / " + load[2] + " (1 / 5 / 15 min) when the table was written";
    } catch (IOException | RuntimeException unavailable) {
      return "";
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}

package dev.decisiontrace.internal.recording;

import dev.decisiontrace.Episode;
import dev.decisiontrace.StepScope;
import dev.decisiontrace.internal.ContextStorage;
import dev.decisiontrace.internal.Ids;
import dev.decisiontrace.internal.pipeline.PendingRecord;
import dev.decisiontrace.model.Action;
import dev.decisiontrace.model.Alternative;
import dev.decisiontrace.model.Counterfactual;
import dev.decisiontrace.model.Direction;
import dev.decisiontrace.model.EpisodeRecord;
import dev.decisiontrace.model.EpisodeStatus;
import dev.decisiontrace.model.ExitPlan;
import dev.decisiontrace.model.MarketSnapshot;
import dev.decisiontrace.model.PortfolioState;
import dev.decisiontrace.model.QualityIssue;
import dev.decisiontrace.model.RiskBudget;
import dev.decisiontrace.model.Signal;
import dev.decisiontrace.model.SignalValue;
import dev.decisiontrace.model.Step;
import dev.decisiontrace.model.StrategyRef;
import dev.decisiontrace.model.Thesis;
import dev.decisiontrace.model.TraceRecord;
import dev.decisiontrace.model.TradingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An open episode: the {@link Episode} handle strategy code holds, and, once closed, the pending
 * record the export thread turns into an {@link EpisodeRecord}.
 *
 * <p>Recording methods only check their arguments cheaply and store references: primitives stay
 * primitive (signal values live in parallel arrays, unboxed), and nothing is serialised or copied
 * deeply. Every method holds this episode's monitor, so the handle is safe to share across threads;
 * the monitor is uncontended in the normal one-thread case. After close the state is frozen, and the
 * hand-over to the buffer publishes it to the export thread.
 */
public final class RecordingEpisode implements Episode, PendingRecord {

  private static final int OPEN = 0;
  private static final int DECIDED = 1;
  private static final int ABANDONED = 2;
  private static final long BASE_BYTES = 512;
  private static final long ITEM_BYTES = 48;
  private static final int INITIAL_CAPACITY = 8;

  private final RecordingContext context;
  private final long idHigh;
  private final long idLow;
  private final String strategy;
  private final String version;
  private final String instrument;
  private final TradingMode mode;
  private final Instant openedAt;
  private final boolean simulatedTime;
  private final long openedNanos;
  private final long openedWallMillis;
  private final Thread openingThread;
  private final Episode previousCurrent;

  private volatile int status = OPEN;
  private volatile String id;
  private String abandonReason;
  private List<QualityIssue> issues;
  private long estimatedBytes = BASE_BYTES;

  private List<String> tags;
  private BoundedEntries attributes;

  private MarketSnapshot market;
  private PortfolioState portfolio;
  private Thesis thesis;
  private RiskBudget riskBudget;
  private ExitPlan exitPlan;
  private Action action;
  private Instant decidedAt;

  private String[] signalNames;
  private byte[] signalKinds;
  private double[] signalNumbers;
  // Most signals are a name and a number: these stay null until a signal carries one.
  private String[] signalTexts;
  private double[] signalWeights;
  private String[] signalSources;
  private Instant[] signalObservedAt;
  private int signalCount;
  private int signalsOffered;

  private List<Alternative> alternatives;
  private int alternativesOffered;
  private List<Object> steps;
  private int stepsOffered;
  private List<Counterfactual> counterfactuals;
  private int counterfactualsOffered;

  RecordingEpisode(RecordingContext context, RecordingEpisodeBuilder options) {
    this.context = context;
    Ids ids = context.ids();
    this.idHigh = ids.nextMostSignificant();
    this.idLow = ids.nextLeastSignificant();
    this.openedWallMillis = context.clock().millis();
    String name = limit(options.strategy, "strategy.name");
    if (Strings.isBlank(name)) {
      issue("strategy.name", QualityIssue.Kind.INVALID_NAME, "null or blank; recorded as 'unnamed'");
      name = "unnamed";
    }
    this.strategy = name;
    this.version = limit(options.version, "strategy.version");
    this.instrument = limit(options.instrument, "instrument");
    this.mode = options.mode != null ? options.mode : context.defaultMode();
    this.simulatedTime = options.openedAt != null;
    this.openedAt = simulatedTime ? options.openedAt : context.clock().instant();
    this.openedNanos = System.nanoTime();
    if (options.tags != null) {
      for (String tag : options.tags) {
        addTag(tag);
      }
    }
    this.openingThread = Thread.currentThread();
    this.previousCurrent = ContextStorage.swap(this);
  }

  @Override
  public String id() {
    String value = id;
    if (value == null) {
      value = Ids.format(idHigh, idLow);
      id = value;
    }
    return value;
  }

  @Override
  public boolean isRecording() {
    return status == OPEN;
  }

  boolean openedBefore(long wallMillis) {
    return openedWallMillis <= wallMillis;
  }

  @Override
  public synchronized Episode tag(String tag) {
    if (writable()) {
      addTag(tag);
    }
    return this;
  }

  private void addTag(String tag) {
    if (Strings.isBlank(tag)) {
      issue("tags", QualityIssue.Kind.INVALID_NAME, "null or blank tag dropped");
      return;
    }
    if (tags == null) {
      tags = new ArrayList<>(4);
    }
    if (tags.size() >= context.limits().maxTags()) {
      if (tags.size() == context.limits().maxTags()) {
        issue("tags", QualityIssue.Kind.LIMIT_EXCEEDED, "more than " + tags.size() + " tags; extra dropped");
      }
      return;
    }
    String kept = fits(tag) ? tag : limit(tag, "tags[" + tags.size() + "]");
    tags.add(kept);
    estimatedBytes += ITEM_BYTES + kept.length();
  }

  @Override
  public Episode attribute(String key, String value) {
    return putAttribute(key, value);
  }

  @Override
  public Episode attribute(String key, double value) {
    return putAttribute(key, value);
  }

  @Override
  public Episode attribute(String key, long value) {
    return putAttribute(key, value);
  }

  @Override
  public Episode attribute(String key, boolean value) {
    return putAttribute(key, value);
  }

  @Override
  public Episode attribute(String key, Object value) {
    return putAttribute(key, value);
  }

  private synchronized Episode putAttribute(String key, Object value) {
    if (!writable()) {
      return this;
    }
    if (Strings.isBlank(key)) {
      issue("attributes", QualityIssue.Kind.INVALID_NAME, "null or blank key dropped");
      return this;
    }
    String keyKept = limit(key, "attributes");
    Object valueKept = value instanceof String text && !fits(text) ? limit(text, "attributes." + keyKept) : value;
    if (attributes == null) {
      attributes = new BoundedEntries(context.limits().maxAttributes());
    }
    attributes.put(keyKept, valueKept);
    estimatedBytes += ITEM_BYTES + keyKept.length() + (valueKept instanceof String text ? text.length() : 16);
    return this;
  }

  @Override
  public synchronized Episode market(MarketSnapshot market) {
    if (writable()) {
      this.market = market;
      estimatedBytes += ITEM_BYTES * 2;
    }
    return this;
  }

  @Override
  public synchronized Episode portfolio(PortfolioState portfolio) {
    if (writable()) {
      this.portfolio = portfolio;
      estimatedBytes += ITEM_BYTES * 2;
    }
    return this;
  }

  @Override
  public synchronized Episode thesis(Thesis thesis) {
    if (writable()) {
      this.thesis = thesis;
      estimatedBytes += ITEM_BYTES * 2 + (thesis == null ? 0 : length(thesis.statement()) + length(thesis.invalidation()));
    }
    return this;
  }

  @Override
  public Episode thesis(String statement, Direction direction, double conviction) {
    return thesis(Thesis.of(statement, direction, conviction));
  }

  @Override
  public synchronized Episode signal(String name, double value) {
    if (writable()) {
      addSignal(name, SignalKinds.NUMBER, value, null, Double.NaN, null);
    }
    return this;
  }

  @Override
  public synchronized Episode signal(String name, double value, double weight, String source) {
    if (writable()) {
      addSignal(name, SignalKinds.NUMBER, value, null, weight, source);
    }
    return this;
  }

  @Override
  public synchronized Episode signal(String name, boolean value) {
    if (writable()) {
      addSignal(name, SignalKinds.BOOLEAN, value ? 1 : 0, null, Double.NaN, null);
    }
    return this;
  }

  @Override
  public synchronized Episode signal(String name, String value) {
    if (writable()) {
      addSignal(name, SignalKinds.TEXT, 0, value, Double.NaN, null);
    }
    return this;
  }

  @Override
  public synchronized Episode signal(Signal signal) {
    if (!writable()) {
      return this;
    }
    if (signal == null) {
      issue("signals", QualityIssue.Kind.INVALID_NAME, "null signal dropped");
      return this;
    }
    double weight = signal.weight() == null ? Double.NaN : signal.weight();
    SignalValue value = signal.value();
    int index;
    if (value instanceof SignalValue.Numeric numeric) {
      index = addSignal(signal.name(), SignalKinds.NUMBER, numeric.value(), null, weight, signal.source());
    } else if (value instanceof SignalValue.Bool bool) {
      index = addSignal(signal.name(), SignalKinds.BOOLEAN, bool.value() ? 1 : 0, null, weight, signal.source());
    } else {
      String text = value instanceof SignalValue.Text given ? given.value() : null;
      index = addSignal(signal.name(), SignalKinds.TEXT, 0, text, weight, signal.source());
    }
    if (index >= 0 && signal.observedAt() != null) {
      if (signalObservedAt == null) {
        signalObservedAt = new Instant[signalNames.length];
      }
      signalObservedAt[index] = signal.observedAt();
    }
    return this;
  }

  /** Stores a signal; returns its index, or -1 when it was dropped. */
  private int addSignal(String name, byte kind, double number, String text, double weight, String source) {
    if (Strings.isBlank(name)) {
      issue("signals", QualityIssue.Kind.INVALID_NAME, "null or blank signal name; signal dropped");
      return -1;
    }
    signalsOffered++;
    int max = context.limits().maxSignals();
    if (signalCount >= max) {
      return -1;
    }
    if (signalNames == null) {
      allocateSignals(Math.min(INITIAL_CAPACITY, max));
    } else if (signalCount == signalNames.length) {
      allocateSignals(grow(signalNames.length, max));
    }
    int index = signalCount++;
    String nameKept = fits(name) ? name : limit(name, "signals[" + index + "].name");
    signalNames[index] = nameKept;
    signalKinds[index] = kind;
    signalNumbers[index] = number;
    if (text != null) {
      if (signalTexts == null) {
        signalTexts = new String[signalNames.length];
      }
      signalTexts[index] = fits(text) ? text : limit(text, "signals[" + index + "].value");
    }
    if (!Double.isNaN(weight)) {
      if (signalWeights == null) {
        signalWeights = new double[signalNames.length];
        Arrays.fill(signalWeights, Double.NaN);
      }
      signalWeights[index] = weight;
    }
    if (source != null) {
      if (signalSources == null) {
        signalSources = new String[signalNames.length];
      }
      signalSources[index] = fits(source) ? source : limit(source, "signals[" + index + "].source");
    }
    estimatedBytes += ITEM_BYTES + nameKept.length() + length(text) + length(source);
    return index;
  }

  private void allocateSignals(int capacity) {
    if (signalNames == null) {
      signalNames = new String[capacity];
      signalKinds = new byte[capacity];
      signalNumbers = new double[capacity];
      return;
    }
    int used = signalNames.length;
    signalNames = Arrays.copyOf(signalNames, capacity);
    signalKinds = Arrays.copyOf(signalKinds, capacity);
    signalNumbers = Arrays.copyOf(signalNumbers, capacity);
    if (signalTexts != null) {
      signalTexts = Arrays.copyOf(signalTexts, capacity);
    }
    if (signalWeights != null) {
      signalWeights = Arrays.copyOf(signalWeights, capacity);
      Arrays.fill(signalWeights, used, capacity, Double.NaN);
    }
    if (signalSources != null) {
      signalSources = Arrays.copyOf(signalSources, capacity);
    }
    if (signalObservedAt != null) {
      signalObservedAt = Arrays.copyOf(signalObservedAt, capacity);
    }
  }

  @Override
  public Episode alternative(String action, String reason) {
    return alternative(new Alternative(action, reason, null));
  }

  @Override
  public synchronized Episode alternative(Alternative alternative) {
    if (!writable()) {
      return this;
    }
    if (alternative == null || Strings.isBlank(alternative.action())) {
      issue("alternatives", QualityIssue.Kind.INVALID_NAME, "null alternative or blank action; dropped");
      return this;
    }
    alternativesOffered++;
    if (alternatives == null) {
      alternatives = new ArrayList<>(4);
    }
    if (alternatives.size() < context.limits().maxAlternatives()) {
      alternatives.add(alternative);
      estimatedBytes += ITEM_BYTES + length(alternative.action()) + length(alternative.reason());
    }
    return this;
  }

  @Override
  public synchronized Episode riskBudget(RiskBudget riskBudget) {
    if (writable()) {
      this.riskBudget = riskBudget;
      estimatedBytes += ITEM_BYTES;
    }
    return this;
  }

  @Override
  public synchronized Episode exitPlan(ExitPlan exitPlan) {
    if (writable()) {
      this.exitPlan = exitPlan;
      estimatedBytes += ITEM_BYTES + (exitPlan == null ? 0 : length(exitPlan.trailingRule()));
    }
    return this;
  }

  @Override
  public Episode action(Action action) {
    return action(action, null);
  }

  @Override
  public synchronized Episode action(Action action, Instant decidedAt) {
    if (!writable()) {
      return this;
    }
    if (action != null && action.side() == null) {
      issue("action.side", QualityIssue.Kind.INVALID_NAME, "null side; action dropped");
      return this;
    }
    this.action = action;
    this.decidedAt = decidedAt != null ? decidedAt : now();
    estimatedBytes += ITEM_BYTES;
    if (action != null && !Strings.isBlank(action.orderId())) {
      context.orders().orderPlaced(action.orderId(), this);
    }
    return this;
  }

  @Override
  public synchronized StepScope step(String name) {
    if (!writable()) {
      return RecordingStep.DETACHED;
    }
    if (!admitStep(name)) {
      return RecordingStep.DETACHED;
    }
    String nameKept = fits(name) ? name : limit(name, "steps[" + steps.size() + "].name");
    RecordingStep step = new RecordingStep(this, steps.size(), nameKept, now());
    steps.add(step);
    return step;
  }

  @Override
  public synchronized Episode step(Step step) {
    if (writable() && step != null && admitStep(step.name())) {
      steps.add(step);
    } else if (writable() && step == null) {
      issue("steps", QualityIssue.Kind.INVALID_NAME, "null step dropped");
    }
    return this;
  }

  private boolean admitStep(String name) {
    if (Strings.isBlank(name)) {
      issue("steps", QualityIssue.Kind.INVALID_NAME, "null or blank step name; step dropped");
      return false;
    }
    stepsOffered++;
    if (steps == null) {
      steps = new ArrayList<>(4);
    }
    if (steps.size() >= context.limits().maxSteps()) {
      return false;
    }
    estimatedBytes += ITEM_BYTES * 2 + name.length();
    return true;
  }

  @Override
  public synchronized Episode counterfactual(Counterfactual counterfactual) {
    if (!writable()) {
      return this;
    }
    if (counterfactual == null || Strings.isBlank(counterfactual.variant())) {
      issue("counterfactuals", QualityIssue.Kind.INVALID_NAME, "null counterfactual or blank variant; dropped");
      return this;
    }
    counterfactualsOffered++;
    if (counterfactuals == null) {
      counterfactuals = new ArrayList<>(2);
    }
    if (counterfactuals.size() < context.limits().maxAlternatives()) {
      counterfactuals.add(counterfactual);
      estimatedBytes += ITEM_BYTES * 2;
    }
    return this;
  }

  @Override
  public void abandon(String reason) {
    if (end(ABANDONED, reason == null ? "unspecified" : reason)) {
      context.counters().episodeAbandoned();
      ship();
    }
  }

  /** Abandons the episode from the export thread; true if it was still open. */
  boolean abandonQuietly(String reason) {
    if (end(ABANDONED, reason)) {
      context.counters().episodeAbandoned();
      context.buffer().add(this);
      return true;
    }
    return false;
  }

  @Override
  public void close() {
    if (end(DECIDED, null)) {
      ship();
    }
  }

  private synchronized boolean end(int newStatus, String reason) {
    if (status != OPEN) {
      return false;
    }
    abandonReason = reason == null ? null : limit(reason, "abandonReason");
    status = newStatus;
    context.openEpisodes().ended(this);
    return true;
  }

  private void ship() {
    if (Thread.currentThread() == openingThread && ContextStorage.get() == this) {
      ContextStorage.swap(previousCurrent);
    }
    context.buffer().add(this);
  }

  /** Appends input to a step; called by {@link RecordingStep} under this episode's monitor. */
  boolean writable() {
    if (status == OPEN) {
      return true;
    }
    context.counters().qualityIssue(QualityIssue.Kind.AFTER_CLOSE);
    return false;
  }

  void addEstimatedBytes(long bytes) {
    estimatedBytes += bytes;
  }

  /**
   * {@code value} cut to the string limit, reported under {@code field}. Callers whose field path has
   * to be built check {@link #fits} first, so that recording a string that fits allocates nothing.
   */
  String limit(String value, String field) {
    return fits(value) ? value : Strings.limit(value, context.limits().maxStringLength(), field, this::issue);
  }

  /** Whether {@code value} is kept as given: {@code null} or within the string limit. */
  boolean fits(String value) {
    return value == null || value.length() <= context.limits().maxStringLength();
  }

  void issue(String field, QualityIssue.Kind kind, String detail) {
    if (issues == null) {
      issues = new ArrayList<>(2);
    }
    issues.add(new QualityIssue(field, kind, detail));
    context.counters().qualityIssue(kind);
  }

  /**
   * Now, on the episode's own time line: the wall clock for a live episode; for one opened at a
   * given (simulated) time, that time plus the wall-clock time elapsed since, so that steps and the
   * decision sit just after the simulated moment, in the order they happened.
   */
  Instant now() {
    if (!simulatedTime) {
      return context.clock().instant();
    }
    return openedAt.plusNanos(System.nanoTime() - openedNanos);
  }

  RecordingContext context() {
    return context;
  }

  private static int grow(int capacity, int max) {
    return (int) Math.min((long) capacity * 2, max);
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  /** Lets go of the order index's reference, so a dropped episode does not stay in memory. */
  @Override
  public void discarded() {
    Action placed;
    synchronized (this) {
      placed = action;
    }
    if (placed != null && !Strings.isBlank(placed.orderId())) {
      context.orders().forget(placed.orderId(), this);
    }
  }

  @Override
  public synchronized long estimatedBytes() {
    return estimatedBytes;
  }

  @Override
  public synchronized TraceRecord toRecord() {
    Sanitizer sanitizer = new Sanitizer(context.limits(), context.counters(), issues == null ? List.of() : issues);
    reportOverflow(sanitizer, "signals", signalsOffered, signalCount);
    reportOverflow(sanitizer, "alternatives", alternativesOffered, alternatives == null ? 0 : alternatives.size());
    reportOverflow(sanitizer, "steps", stepsOffered, steps == null ? 0 : steps.size());
    reportOverflow(sanitizer, "counterfactuals", counterfactualsOffered, counterfactuals == null ? 0 : counterfactuals.size());
    EpisodeParts parts = new EpisodeParts(sanitizer);
    String episodeId = id();
    if (action != null && !Strings.isBlank(action.orderId())) {
      context.orders().episodeShipped(action.orderId(), episodeId);
    }
    return new EpisodeRecord(
        context.ids().next(),
        episodeId,
        new StrategyRef(strategy, version),
        instrument,
        mode,
        status == ABANDONED ? EpisodeStatus.ABANDONED : EpisodeStatus.DECIDED,
        openedAt,
        decidedAt,
        tags,
        attributes == null ? Map.of() : attributes.toMap(parts, () -> "attributes"),
        parts.context(market, portfolio),
        parts.thesis(thesis),
        parts.signals(signalNames, signalKinds, signalNumbers, signalTexts, signalWeights, signalSources, signalObservedAt, signalCount),
        parts.alternatives(alternatives),
        parts.riskBudget(riskBudget),
        parts.exitPlan(exitPlan),
        parts.action(action),
        parts.steps(steps),
        parts.counterfactuals(counterfactuals, "counterfactuals"),
        abandonReason,
        sanitizer.issues(),
        context.clock().instant());
  }

  private static void reportOverflow(Sanitizer sanitizer, String field, int offered, int kept) {
    if (offered > kept) {
      sanitizer.report(field, QualityIssue.Kind.LIMIT_EXCEEDED, offered + " offered, kept " + kept);
    }
  }

  @Override
  public String toString() {
    return "Episode{" + id() + ", " + strategy + (instrument == null ? "" : ", " + instrument) + "}";
  }
}

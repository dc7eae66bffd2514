package dev.decisiontrace.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * What a strategy knows when it records one decision: the same inputs are handed to every system
 * compared, so that each pays only for its own way of recording them.
 *
 * <p>Numbers are fields rather than constants so the JIT cannot fold them away; texts are constants,
 * as a strategy's names and messages usually are. Order ids are distinct (a pool made up front, so
 * making them costs nothing inside the measurement) because the SDK indexes episodes by order id and a
 * single repeated id would make that index unrealistically cheap. Not thread-safe: one per thread.
 */
final class Decision {

  static final String STRATEGY = "trend-pullback";
  static final String INSTRUMENT = "BTC-USD";
  static final String THESIS = "Pull-back to the 50 EMA inside an uptrend";
  static final String ALTERNATIVE_1 = "buy full size";
  static final String REASON_1 = "ATR above the volatility cap";
  static final String ALTERNATIVE_2 = "wait for a breakout";
  static final String REASON_2 = "breakout entries underperformed in this regime";
  static final String TRAILING_RULE = "trail 2 ATR below the high";
  static final Duration TIME_EXIT = Duration.ofDays(3);
  static final String[] STEP_NAMES = {"market-analysis", "sizing", "stops"};
  static final String[][] STEP_INPUTS = {{"trend", "volatility"}, {"equity", "riskFraction"}, {"atr", "multiple"}};

  /** The representative episode's eight signals first; the scaling benchmark adds generic ones after them. */
  static final String[] SIGNAL_NAMES = signalNames(64);

  static final int REPRESENTATIVE_SIGNALS = 8;

  private static final int ORDER_IDS = 1 << 16;

  final String[] signalNames;
  final double[] signalValues;
  final double conviction = 0.72;
  final double maxLoss = 1_000;
  final double positionLimit = 0.5;
  final double leverage = 1;
  final double stopDistance = 1_310;
  final double takeProfit = 67_600;
  final double stopLoss = 63_700;
  final double quantity = 0.25;
  final double[][] stepInputs = {{0.61, 0.021}, {100_000, 0.01}, {1_310, 2}};

  private final String[] orderIds = new String[ORDER_IDS];
  private int nextOrder;

  Decision(int signals) {
    if (signals < 1 || signals > SIGNAL_NAMES.length) {
      throw new IllegalArgumentException("signals must be 1.." + SIGNAL_NAMES.length + ", was " + signals);
    }
    signalNames = Arrays.copyOf(SIGNAL_NAMES, signals);
    signalValues = new double[signals];
    double[] representative = {28.5, 64_210, 61_800, 1_310, 1.8, 0.0001, 0.23, 0.61};
    for (int i = 0; i < signals; i++) {
      signalValues[i] = i < representative.length ? representative[i] : 0.5 + i / 128.0;
    }
    String prefix = "ord-" + Thread.currentThread().getId() + "-";
    for (int i = 0; i < ORDER_IDS; i++) {
      orderIds[i] = prefix + i;
    }
  }

  String nextOrderId() {
    String id = orderIds[nextOrder];
    nextOrder = (nextOrder + 1) & (ORDER_IDS - 1);
    return id;
  }

  private static String[] signalNames(int count) {
    String[] names = new String[count];
    String[] representative = {
      "rsi14", "ema50", "ema200", "atr14", "volumeZ", "fundingRate", "bookImbalance", "trendStrength"
    };
    for (int i = 0; i < count; i++) {
      names[i] = i < representative.length ? representative[i] : "feature" + i;
    }
    return names;
  }
}

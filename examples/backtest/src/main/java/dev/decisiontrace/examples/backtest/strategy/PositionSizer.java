package dev.decisiontrace.examples.backtest.strategy;

/**
 * Fixed-fractional sizing: risk {@code riskFraction} of equity between the entry and a stop
 * {@code stopAtr} ATRs away, never more than {@code maxExposure} of equity in the position.
 * Immutable and thread-safe.
 */
public final class PositionSizer {

  private final TrendPullbackParameters parameters;

  public PositionSizer(TrendPullbackParameters parameters) {
    this.parameters = parameters;
  }

  public Sizing size(double equity, MarketReading reading) {
    double price = reading.close();
    double stopDistance = parameters.stopAtr() * reading.atr();
    double maxLoss = equity * parameters.riskFraction();
    double positionLimit = equity * parameters.maxExposure() / price;
    double quantity = Math.min(maxLoss / stopDistance, positionLimit);
    return new Sizing(
        price,
        quantity,
        maxLoss,
        positionLimit,
        stopDistance,
        price - stopDistance,
        price + parameters.targetAtr() * reading.atr());
  }
}

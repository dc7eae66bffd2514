package dev.decisiontrace.model;

/**
 * The market and portfolio as the strategy saw them when it decided.
 *
 * @param market the market snapshot, or {@code null}
 * @param portfolio the portfolio state, or {@code null}
 */
public record DecisionContext(MarketSnapshot market, PortfolioState portfolio) {}

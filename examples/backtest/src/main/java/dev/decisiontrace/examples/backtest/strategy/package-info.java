/**
 * The trend-pullback strategy: its rules as pure functions
 * ({@link dev.decisiontrace.examples.backtest.strategy.TrendPullbackRules},
 * {@link dev.decisiontrace.examples.backtest.strategy.PositionSizer}) and the strategy itself
 * ({@link dev.decisiontrace.examples.backtest.strategy.TrendPullbackStrategy}), which records every
 * decision as a DecisionTrace episode the way a user's strategy would.
 */
package dev.decisiontrace.examples.backtest.strategy;

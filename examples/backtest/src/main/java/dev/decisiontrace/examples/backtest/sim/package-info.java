/**
 * The backtest: a {@link dev.decisiontrace.examples.backtest.sim.Backtest} loop that plays bars through a
 * long-only {@link dev.decisiontrace.examples.backtest.sim.SimulatedBroker} (its fill rules are listed
 * there) and asks a {@link dev.decisiontrace.examples.backtest.sim.Strategy} for orders at each close.
 * Knows nothing of DecisionTrace.
 */
package dev.decisiontrace.examples.backtest.sim;

/** A backtest over real BTC-USD 4-hour bars that records one decision episode per decision. */
package dev.decisiontrace.examples.backtest;

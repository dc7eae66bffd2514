/**
 * Market data: OHLCV {@link dev.decisiontrace.examples.backtest.data.Bar}s loaded from the Coinbase,
 * Yahoo Finance and CSV files the examples use, with a
 * {@link dev.decisiontrace.examples.backtest.data.LoadReport} of every row left out and why.
 * Entry point: {@link dev.decisiontrace.examples.backtest.data.MarketDataLoader}.
 */
package dev.decisiontrace.examples.backtest.data;

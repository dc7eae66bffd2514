/** The backtest's command line: options, their defaults, and the instrument name inferred from a file name. */
package dev.decisiontrace.examples.backtest.cli;

/**
 * The glue between the simulated broker and DecisionTrace: fills and outcomes reported as late outcomes
 * of the episodes that decided them.
 */
package dev.decisiontrace.examples.backtest.recording;

/**
 * The reference collector: receives DecisionTrace records over the HTTP/JSON ingestion protocol
 * (docs/collector-protocol.md), stores them in SQLite and serves the merged episodes back.
 * {@link dev.decisiontrace.examples.collector.CollectorMain} is the command line.
 */
package dev.decisiontrace.examples.collector;

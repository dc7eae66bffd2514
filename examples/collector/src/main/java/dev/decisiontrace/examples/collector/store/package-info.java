/**
 * The embedded SQLite store: the raw records as received, and an index of episodes kept up to date
 * in the same transaction (status, close time, the link from an order id to its episode).
 */
package dev.decisiontrace.examples.collector.store;

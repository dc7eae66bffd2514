/** The collector's command line: options, and where the bearer token comes from. */
package dev.decisiontrace.examples.collector.cli;

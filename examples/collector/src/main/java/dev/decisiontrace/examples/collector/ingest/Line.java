package dev.decisiontrace.examples.collector.ingest;

/**
 * One line of a body.
 *
 * @param number its 1-based position in the body, blank lines counted
 * @param text its text, without the line terminator
 */
public record Line(int number, String text) {}

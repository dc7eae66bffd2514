/**
 * The logging exporter: one SLF4J line of JSON per record, on the logger {@value
 * dev.decisiontrace.export.logging.LoggingExporter#LOGGER_NAME}.
 */
package dev.decisiontrace.export.logging;

/**
 * Configuration: the {@code decisiontrace.*} keys ({@link dev.decisiontrace.config.ConfigKey}),
 * where their values come from ({@link dev.decisiontrace.config.ConfigLoader}), and the resolved,
 * immutable {@link dev.decisiontrace.config.DecisionTraceConfig}.
 *
 * <p>Sources, highest precedence first: values set on {@link dev.decisiontrace.DecisionTraceBuilder},
 * JVM system properties ({@code -Ddecisiontrace.buffer.max-records=...}), environment variables
 * ({@code DECISIONTRACE_BUFFER_MAX_RECORDS=...}), a properties file, and the defaults. Every value is
 * checked when the configuration is resolved; a bad one fails with a
 * {@link dev.decisiontrace.config.ConfigurationException} naming the key, the value, where it came
 * from and what is allowed. The reference for users, with every key, is {@code docs/configuration.md}.
 */
package dev.decisiontrace.config;

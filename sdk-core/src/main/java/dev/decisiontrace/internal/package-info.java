/**
 * The SDK's implementation. Not public API: anything here may change in any release without notice;
 * depend only on {@code dev.decisiontrace}, {@code dev.decisiontrace.model},
 * {@code dev.decisiontrace.export} and {@code dev.decisiontrace.config}.
 */
package dev.decisiontrace.internal;

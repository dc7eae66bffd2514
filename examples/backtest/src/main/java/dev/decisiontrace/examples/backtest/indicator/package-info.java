/**
 * Streaming technical indicators: each is fed one bar at a time and sees only the past, so a backtest
 * cannot look ahead. Each returns {@code NaN} until it has seen enough bars ({@code isReady()}).
 */
package dev.decisiontrace.examples.backtest.indicator;

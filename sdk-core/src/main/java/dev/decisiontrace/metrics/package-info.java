/** The SDK's own counters: what was recorded, exported and dropped, and why. */
package dev.decisiontrace.metrics;

/**
 * The HTTP layer, on the JDK's own {@code com.sun.net.httpserver}: authentication, request bodies,
 * routing to the ingestion and query endpoints, and JSON answers. No endpoint answers 500 unless the
 * store failed or the collector has a bug.
 */
package dev.decisiontrace.examples.collector.http;

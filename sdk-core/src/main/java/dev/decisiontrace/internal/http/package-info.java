/**
 * What the network exporters share: the OkHttp client with its timeouts and trust, and the delivery
 * of one request body with the retry rules of {@code docs/collector-protocol.md}. Not public API:
 * anything here may change in any release without notice.
 */
package dev.decisiontrace.internal.http;

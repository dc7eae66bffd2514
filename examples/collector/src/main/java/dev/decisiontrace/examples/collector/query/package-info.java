/**
 * Listing episodes: the filter a client asks for, the cursor that continues a listing, and the page
 * of episode summaries that answers it.
 */
package dev.decisiontrace.examples.collector.query;

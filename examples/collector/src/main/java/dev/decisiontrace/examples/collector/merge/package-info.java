/** Merges the stored records of one episode into the document the query API returns. */
package dev.decisiontrace.examples.collector.merge;

/**
 * Immutable data of a decision episode and of the records that carry it on the wire.
 *
 * <p>Every type here is a value: records and enums with no behaviour beyond normalising their
 * inputs. Constructors never throw: a {@code null} list becomes an empty list, a {@code null} map an
 * empty map, and collections are copied so later changes by the caller do not leak in. Checking
 * values (non-finite numbers, blank names, over-long strings) is the SDK's job on its export thread;
 * what it changed is listed in each record's {@code quality} issues.
 *
 * <p>Optional numbers are boxed ({@code Double}) and {@code null} when absent; the hot recording
 * path of {@link dev.decisiontrace.Episode} takes primitives instead and never boxes.
 */
package dev.decisiontrace.model;

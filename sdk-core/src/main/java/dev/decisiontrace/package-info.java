/**
 * The DecisionTrace API: what strategy code calls.
 *
 * <p>{@link dev.decisiontrace.DecisionTrace} is the entry point, built with
 * {@link dev.decisiontrace.DecisionTrace#builder()} or reached through
 * {@link dev.decisiontrace.GlobalDecisionTrace}; an {@link dev.decisiontrace.Episode} records one
 * decision. No method of this package throws into the caller, blocks, does I/O or serialises on the
 * caller's thread: bad arguments are repaired or dropped and counted (see
 * {@link dev.decisiontrace.model.QualityIssue.Kind}), and a full buffer drops and counts (see
 * {@link dev.decisiontrace.metrics.DropReason}). The only exceptions are configuration errors from
 * {@link dev.decisiontrace.DecisionTraceBuilder}, at start-up.
 */
package dev.decisiontrace;

package dev.decisiontrace.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's copy of the representative decision (8 signals). */
@State(Scope.Thread)
public class RepresentativeInputs {

  final Decision decision = new Decision(Decision.REPRESENTATIVE_SIGNALS);
}

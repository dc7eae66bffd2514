package dev.decisiontrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose every call is one decision episode.
 *
 * <p>Captured: an episode is opened when the method is entered and closed when it returns or throws;
 * it is the current episode for the duration of the call, so nested {@link Step} methods and API calls
 * on {@link dev.decisiontrace.Episode#current()} add to it. Parameters annotated {@link Signal} become
 * signals, the parameter annotated {@link Instrument} names the instrument, and a returned
 * {@link dev.decisiontrace.model.Action} becomes the episode's action. A thrown exception abandons the
 * episode with the exception's class name as the reason, and is rethrown unchanged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DecisionPoint {

  /** The strategy's name; empty means the declaring class's simple name. */
  String strategy() default "";

  /** The strategy's version; empty means none. */
  String version() default "";

  /** A fixed instrument, when no parameter is annotated {@link Instrument}; empty means none. */
  String instrument() default "";
}

package dev.decisiontrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that becomes a signal of the current episode.
 *
 * <p>On a parameter of a {@link DecisionPoint} or {@link Step} method, the argument is recorded when
 * the method is entered. On a method, its return value is recorded each time it returns inside an
 * episode. Numbers, booleans and strings are recorded as such; any other value by its
 * {@code toString()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Signal {

  /** The signal's name; empty means the parameter's or method's name. */
  String value() default "";

  /** Where the signal comes from (an indicator, a feed, a model); empty means none. */
  String source() default "";

  /** How much the strategy relies on it; {@code NaN} (the default) means no weight is recorded. */
  double weight() default Double.NaN;
}

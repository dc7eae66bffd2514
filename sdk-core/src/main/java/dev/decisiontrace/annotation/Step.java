package dev.decisiontrace.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose calls are reasoning steps of the current episode.
 *
 * <p>Captured per call: the step's name, its start time and duration, the arguments as inputs (named
 * by parameter name when the class was compiled with {@code -parameters}, else {@code arg0},
 * {@code arg1}, ...), and the return value as its output. Outside an episode the method runs
 * unchanged and nothing is recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Step {

  /** The step's name; empty means the method's name. */
  String value() default "";

  /** Whether the arguments are recorded as the step's inputs. */
  boolean captureArguments() default true;

  /** Whether the return value is recorded as the step's output. */
  boolean captureResult() default true;
}

package dev.decisiontrace;

/**
 * A reasoning step being timed. Obtained from {@link Episode#step(String)}; close it when the step is
 * done, ideally with try-with-resources. The duration runs from {@code step(...)} to {@link #close()}.
 *
 * <p>Thread-safe, like its episode. Never throws; bad input is handled as on {@link Episode}. A step
 * never closed is shipped with its episode without a duration.
 */
public interface StepScope extends AutoCloseable {

  /** A text input the step looked at. */
  StepScope input(String key, String value);

  /** A numeric input the step looked at. */
  StepScope input(String key, double value);

  /** A whole-number input the step looked at, written without a fraction. */
  StepScope input(String key, long value);

  /** A boolean input the step looked at. */
  StepScope input(String key, boolean value);

  /** An input of any type, written as {@link Episode#attribute(String, Object)} describes. */
  StepScope input(String key, Object value);

  /** What the step concluded. */
  StepScope output(Object output);

  /** The reasoning, in words. */
  StepScope reasoning(String reasoning);

  /** Ends the step and records its duration. Idempotent. */
  @Override
  void close();
}

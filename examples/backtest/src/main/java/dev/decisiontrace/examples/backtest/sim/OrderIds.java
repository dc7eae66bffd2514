package dev.decisiontrace.examples.backtest.sim;

import java.util.Locale;

/** Client order ids for one run: {@code bt-000001}, {@code bt-000002}, ... Not thread-safe. */
public final class OrderIds {

  private int last;

  public String next() {
    return String.format(Locale.ROOT, "bt-%06d", ++last);
  }
}

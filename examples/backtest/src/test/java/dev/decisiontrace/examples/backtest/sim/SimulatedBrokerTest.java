package dev.decisiontrace.examples.backtest.sim;

import static dev.decisiontrace.examples.backtest.Bars.bar;
import static dev.decisiontrace.examples.backtest.Bars.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedBrokerTest {

  private static final double FEE_BPS = 10; // 0.1 % per fill

  private final List<String> cancelled = new ArrayList<>();
  private final SimulatedBroker broker =
      new SimulatedBroker(
          100_000,
          FEE_BPS,
          new TradeListener() {
            @Override
            public void tradeClosed(ClosedTrade trade) {}

            @Override
            public void orderCancelled(OrderRequest order, Instant at) {
              cancelled.add(order.orderId() + " at " + at);
            }
          });

  @Test
  void anEntryFillsAtTheNextOpenAndPaysTheFee() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 105, 95, 102));

    Position position = broker.position().orElseThrow();
    assertEquals(new Execution("bt-000001", start(1), 10, 100, 1.0), position.entry());
    assertEquals(100_000 - 1_000 - 1.0, broker.account().cash(), 1e-9);
  }

  @Test
  void aTouchedStopClosesTheTradeAtTheStopWithBothFeesInThePnl() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 105, 95, 102));
    broker.onBar(bar(2, 101, 103, 89, 92));

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(ExitReason.STOP, trade.reason());
    assertEquals(new Execution("bt-000001-stop", start(2), -10, 90, 0.9), trade.exit());
    assertEquals(-100 - 1.0 - 0.9, trade.realizedPnl(), 1e-9); // (90 - 100) * 10, less two fees
    assertEquals(-101.9 / 1_000, trade.returnFraction(), 1e-12);
    assertEquals(Duration.ofHours(4), trade.holdingPeriod());
  }

  @Test
  void excursionsStopAtTheExitAndAssumeTheWorseOrderInsideTheExitBar() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 108, 96, 104)); // seen: 96..108
    broker.onBar(bar(2, 104, 125, 93, 119)); // target 120 hit; its low 93 counts, its high only up to 120

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(ExitReason.TARGET, trade.reason());
    assertEquals(7.0, trade.position().maxAdverseExcursion()); // 100 - 93
    assertEquals(20.0, trade.position().maxFavourableExcursion()); // 120 - 100
    assertEquals(2, trade.position().barsHeld());
  }

  @Test
  void afterAStopTheRestOfTheExitBarIsNotCountedAsFavourable() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 104, 98, 103));
    broker.onBar(bar(2, 103, 115, 80, 100)); // touches both: the stop fills, the high of 115 does not count

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(ExitReason.STOP, trade.reason());
    assertEquals(10.0, trade.position().maxAdverseExcursion()); // down to the stop at 90, not to 80
    assertEquals(4.0, trade.position().maxFavourableExcursion()); // 104 from bar 1
  }

  @Test
  void aGapBelowTheStopFillsAtTheOpen() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 104, 98, 103));
    broker.onBar(bar(2, 84, 88, 80, 86));

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(84.0, trade.exit().price());
    assertEquals(16.0, trade.position().maxAdverseExcursion());
  }

  @Test
  void anEntryTheCashCannotCoverFillsOnlyAsFarAsTheCashGoes() {
    broker.submit(entry(2_000));
    broker.onBar(bar(1, 100, 105, 95, 102));

    Execution entry = broker.position().orElseThrow().entry();
    assertEquals(100_000 / (100 * 1.001), entry.quantity(), 1e-9);
    assertEquals(0.0, broker.account().cash(), 1e-6);
  }

  @Test
  void anExitOrderFillsAtTheNextOpenWithTheStrategysReason() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 105, 95, 102));
    OrderRequest.Exit exit = new OrderRequest.Exit("bt-000002", "episode-2", start(2), ExitReason.TIME);
    broker.submit(exit);
    broker.onBar(bar(2, 103, 107, 101, 106));

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(ExitReason.TIME, trade.reason());
    assertEquals(new Execution("bt-000002", start(2), -10, 103, 1.03), trade.exit());
    assertEquals(exit, trade.decidedExit().orElseThrow());
  }

  @Test
  void theEndOfDataCancelsAPendingOrder() {
    broker.submit(entry(10));
    broker.finish(bar(0, 100, 100, 100, 100), start(1));

    assertEquals(List.of("bt-000001 at " + start(1)), cancelled);
    assertEquals(1, broker.cancelledOrders());
    assertEquals(List.of(), broker.closedTrades());
  }

  @Test
  void theEndOfDataSellsAnOpenPositionAtTheLastClose() {
    broker.submit(entry(10));
    broker.onBar(bar(1, 100, 105, 95, 102));
    broker.finish(bar(1, 100, 105, 95, 102), start(2));

    ClosedTrade trade = broker.closedTrades().get(0);
    assertEquals(ExitReason.END_OF_DATA, trade.reason());
    assertEquals(new Execution("bt-000001-end", start(2), -10, 102, 1.02), trade.exit());
    assertNull(broker.account().position());
  }

  @Test
  void acceptsOneOrderAtATime() {
    broker.submit(entry(10));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broker.submit(entry(5)));
    assertEquals("order bt-000001 is still pending; cannot accept bt-000001", e.getMessage());
  }

  @Test
  void refusesToExitWhenFlat() {
    OrderRequest.Exit exit = new OrderRequest.Exit("bt-000009", "", start(0), ExitReason.SIGNAL);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broker.submit(exit));
    assertEquals("no position to exit; cannot accept bt-000009", e.getMessage());
  }

  private static OrderRequest.Entry entry(double quantity) {
    return new OrderRequest.Entry("bt-000001", "episode-1", start(1), quantity, 90, 120);
  }
}

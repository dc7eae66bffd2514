package dev.decisiontrace.model;

import java.time.Instant;

/**
 * One execution of an order.
 *
 * @param time when it filled
 * @param side buy or sell
 * @param quantity the quantity filled
 * @param price the fill price
 * @param fee the fee paid, or {@code null}
 * @param orderId the order it belongs to, or {@code null}
 */
public record Fill(Instant time, Side side, double quantity, double price, Double fee, String orderId) {}

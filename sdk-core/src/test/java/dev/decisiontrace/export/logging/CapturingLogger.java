package dev.decisiontrace.export.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A real SLF4J logger that keeps what it is given, formatted as a backend would, for tests to read.
 * Logs at {@code minLevel} and above.
 */
public final class CapturingLogger extends LegacyAbstractLogger {

  /** One logged event, with its message formatted. */
  public record Event(Level level, String message, Throwable throwable) {}

  private final Level minLevel;
  private final List<Event> events = new CopyOnWriteArrayList<>();

  public CapturingLogger(String name, Level minLevel) {
    this.name = name;
    this.minLevel = minLevel;
  }

  /** A logger with everything enabled. */
  public CapturingLogger(String name) {
    this(name, Level.TRACE);
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  public List<String> messages(Level level) {
    return events.stream().filter(e -> e.level() == level).map(Event::message).toList();
  }

  private boolean enabled(Level level) {
    return level.toInt() >= minLevel.toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
    events.add(
        new Event(level, MessageFormatter.basicArrayFormat(messagePattern, arguments), throwable));
  }
}

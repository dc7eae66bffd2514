package dev.decisiontrace.examples.collector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.decisiontrace.examples.collector.support.TestCollector;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code HEAD}: what a GET would answer, without its body, as load balancers probe {@code /health}. */
class HeadRequestTest {

  // The JDK's HttpServer reports misuse, such as a length given for a HEAD, through this logger
  // (System.Logger, backed by java.util.logging); held here so that the handler is not collected.
  private static final Logger JDK_SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

  @TempDir Path dir;
  private TestCollector collector;
  private final List<LogRecord> jdkWarnings = new CopyOnWriteArrayList<>();
  private final Handler warnings =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            jdkWarnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void start() throws Exception {
    JDK_SERVER_LOG.addHandler(warnings);
    collector = TestCollector.start(dir.resolve("collector.db"));
  }

  @AfterEach
  void stop() {
    collector.close();
    JDK_SERVER_LOG.removeHandler(warnings);
  }

  @Test
  void headOnHealthAnswersTheStatusOfGetWithoutABody() {
    HttpResponse<String> response = collector.request("HEAD", "/health");

    assertEquals(200, response.statusCode());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("", response.body());
  }

  @Test
  void headOnHealthLeavesTheJdkServerNothingToWarnAbout() {
    collector.request("HEAD", "/health");
    collector.request("HEAD", "/health");

    assertEquals(List.of(), jdkWarnings.stream().map(LogRecord::getMessage).toList());
  }

  @Test
  void getOnHealthStillAnswersItsBody() {
    HttpResponse<String> response = collector.get("/health");

    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"up\"}", response.body());
  }

  @Test
  void anotherMethodOnHealthIs405AllowingGetAndHead() {
    HttpResponse<String> response = collector.request("DELETE", "/health");

    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
  }
}

package dev.decisiontrace;

import java.nio.file.Path;

/**
 * A separate JVM for {@link ShutdownHookTest}: records episodes into a file and exits without
 * closing the instance, as a careless application would.
 */
public final class ShutdownHookChild {

  private ShutdownHookChild() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int episodes = Integer.parseInt(args[1]);
    DecisionTrace trace =
        DecisionTrace.builder().filePath(file).batchDelay(java.time.Duration.ofHours(1)).build();
    for (int i = 0; i < episodes; i++) {
      try (Episode episode = trace.openEpisode("child", "X")) {
        episode.signal("i", i);
      }
    }
    trace.openEpisode("child", "X").signal("left", "open");
    System.out.println("recorded " + episodes);
  }
}

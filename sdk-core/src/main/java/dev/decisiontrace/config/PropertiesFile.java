package dev.decisiontrace.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a {@code .properties} file (UTF-8) keeping the line each entry starts on, so that errors
 * can point at it. {@link Properties} itself forgets line numbers, so this splits the file into
 * logical lines (joining {@code \}-continued ones) and lets {@link Properties} parse each, which
 * keeps its escapes, separators and comments exactly. Stateless.
 */
final class PropertiesFile {

  /** One entry: key and value unescaped, {@code line} counted from 1. */
  record Entry(String key, String value, int line) {}

  private PropertiesFile() {}

  /** The entries of {@code file} in file order, duplicates included. */
  static List<Entry> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    while (index < lines.size()) {
      int start = index;
      StringBuilder logical = new StringBuilder(lines.get(index));
      if (!isBlankOrComment(lines.get(index))) {
        while (continues(lines.get(index)) && index + 1 < lines.size()) {
          index++;
          logical.append('\n').append(lines.get(index));
        }
      }
      index++;
      Properties properties = new Properties();
      properties.load(new StringReader(logical.toString()));
      for (String key : properties.stringPropertyNames()) {
        entries.add(new Entry(key, properties.getProperty(key), start + 1));
      }
    }
    return entries;
  }

  /** Whitespace here is what {@link Properties} counts: space, tab and form feed. */
  private static boolean isBlankOrComment(String line) {
    int first = 0;
    while (first < line.length() && " \t\f".indexOf(line.charAt(first)) >= 0) {
      first++;
    }
    return first == line.length() || line.charAt(first) == '#' || line.charAt(first) == '!';
  }

  /** An odd number of trailing backslashes escapes the line break; an even number is literal. */
  private static boolean continues(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}

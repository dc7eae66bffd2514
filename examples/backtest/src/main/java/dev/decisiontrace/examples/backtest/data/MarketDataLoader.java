package dev.decisiontrace.examples.backtest.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads OHLCV bars from a file in any {@link MarketDataFormat}, detected from the content: a JSON
 * object is Coinbase or Yahoo Finance by the name of its bar array, anything else must be CSV with a
 * header.
 *
 * <p><b>Policy.</b> Real files are messy, so a bad row does not stop the load: a row with a missing,
 * empty, non-numeric, non-finite or negative field, a zero price, {@code high < low}, or an open or
 * close outside the low..high range is skipped and listed in {@link LoadReport#skipped()} with its
 * file, location, field and reason. Rows out of time order are sorted and counted; a row with the same
 * time as an earlier one is dropped and listed in {@link LoadReport#duplicates()}; missing stretches
 * longer than one and a half bar intervals are listed as {@link Gap}s (for markets that close, weekends
 * and holidays show up there too). Only a file that cannot be read or parsed as a whole, or that holds
 * no usable bar, fails, with a {@link MarketDataException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarketDataLoader {

  private static final int BYTE_ORDER_MARK_LENGTH = 3;
  private static final int SNIFF_LIMIT = 1 << 20;

  private MarketDataLoader() {}

  /**
   * Loads every usable bar of {@code file}.
   *
   * @throws MarketDataException if the file is missing, unreadable, of an unknown format, not valid
   *     JSON, or holds no usable bar; the message is one line naming the file
   */
  public static MarketData load(Path file) throws MarketDataException {
    if (!Files.exists(file)) {
      throw new MarketDataException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new MarketDataException(file + ": is a directory, not a market data file");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      skipByteOrderMark(in);
      int first = firstNonWhitespace(in);
      if (first == -1) {
        throw new MarketDataException(file + ": file is empty");
      }
      RowSink sink =
          first == '{'
              ? JsonBarsReader.read(file, in)
              : CsvBarsReader.read(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      return SeriesAssembler.assemble(file, sink);
    } catch (IOException e) {
      throw new MarketDataException(file + ": cannot read: " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  static MarketDataException unknownFormat(Path file) {
    return new MarketDataException(
        file
            + ": unknown market data format; expected a JSON object with a \"candles\" (Coinbase) or"
            + " \"ohlc\" (Yahoo Finance) array, or CSV with the header date,open,high,low,close,volume");
  }

  static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static void skipByteOrderMark(InputStream in) throws IOException {
    in.mark(BYTE_ORDER_MARK_LENGTH);
    byte[] head = in.readNBytes(BYTE_ORDER_MARK_LENGTH);
    boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom) {
      in.reset();
    }
  }

  /** The first byte that is not whitespace, or -1; the stream is left where it was. */
  private static int firstNonWhitespace(InputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    int next = in.read();
    for (int read = 1; next != -1 && Character.isWhitespace(next) && read < SNIFF_LIMIT; read++) {
      next = in.read();
    }
    in.reset();
    return next;
  }
}

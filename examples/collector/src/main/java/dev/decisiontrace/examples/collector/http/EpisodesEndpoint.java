package dev.decisiontrace.examples.collector.http;

import static dev.decisiontrace.examples.collector.UntrustedText.neutralise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.decisiontrace.examples.collector.merge.EpisodeMerger;
import dev.decisiontrace.examples.collector.query.EpisodePage;
import dev.decisiontrace.examples.collector.query.EpisodeQuery;
import dev.decisiontrace.examples.collector.query.EpisodeQueryParser;
import dev.decisiontrace.examples.collector.query.EpisodeSummary;
import dev.decisiontrace.examples.collector.query.InvalidQueryException;
import dev.decisiontrace.examples.collector.store.EpisodeReader;
import dev.decisiontrace.examples.collector.store.StoreException;
import java.net.URI;
import java.util.Locale;

/**
 * {@code GET /v1/episodes/{episodeId}}: the merged episode; {@code GET /v1/episodes?...}: a filtered
 * page of summaries, newest opened-at first, with the cursor of the next page.
 */
final class EpisodesEndpoint implements Endpoint {

  static final String PATH = "/v1/episodes";

  private final EpisodeReader reader;
  private final EpisodeMerger merger;
  private final ObjectMapper mapper;

  EpisodesEndpoint(EpisodeReader reader, EpisodeMerger merger, ObjectMapper mapper) {
    this.reader = reader;
    this.merger = merger;
    this.mapper = mapper;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public boolean serves(String rawPath) {
    return PATH.equals(rawPath) || episodeSegment(rawPath) != null;
  }

  /** The raw id in {@code /v1/episodes/{id}}, or {@code null} if the path is not of that form. */
  private static String episodeSegment(String rawPath) {
    String prefix = PATH + "/";
    if (!rawPath.startsWith(prefix)) {
      return null;
    }
    String segment = rawPath.substring(prefix.length());
    return segment.isEmpty() || segment.contains("/") ? null : segment;
  }

  @Override
  public JsonResponse handle(HttpExchange exchange) throws HttpProblem, StoreException {
    URI uri = exchange.getRequestURI();
    String segment = episodeSegment(uri.getRawPath());
    return segment == null ? list(uri.getRawQuery()) : one(QueryParameters.decodePathSegment(segment));
  }

  private JsonResponse one(String episodeId) throws HttpProblem, StoreException {
    return reader
        .find(episodeId)
        .map(episode -> JsonResponse.ok(merger.merge(episode)))
        .orElseThrow(() -> HttpProblem.notFound("no episode '" + neutralise(episodeId) + "'"));
  }

  private JsonResponse list(String rawQuery) throws HttpProblem, StoreException {
    EpisodeQuery query;
    try {
      query = EpisodeQueryParser.parse(QueryParameters.parse(rawQuery));
    } catch (InvalidQueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
    EpisodePage page = reader.list(query);
    ObjectNode body = mapper.createObjectNode();
    ArrayNode episodes = body.putArray("episodes");
    page.episodes().forEach(summary -> episodes.add(summaryJson(summary)));
    body.put("nextCursor", page.next() == null ? null : page.next().encode());
    return JsonResponse.ok(body);
  }

  private ObjectNode summaryJson(EpisodeSummary summary) {
    ObjectNode json = mapper.createObjectNode();
    json.put("episodeId", summary.episodeId());
    json.put("strategy", summary.strategy());
    putIfPresent(json, "instrument", summary.instrument());
    json.put("mode", summary.mode());
    json.put("status", summary.status().name().toLowerCase(Locale.ROOT));
    json.put("openedAt", summary.openedAt().toString());
    putIfPresent(json, "closedAt", summary.closedAt() == null ? null : summary.closedAt().toString());
    putIfPresent(json, "orderId", summary.orderId());
    return json;
  }

  private static void putIfPresent(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}

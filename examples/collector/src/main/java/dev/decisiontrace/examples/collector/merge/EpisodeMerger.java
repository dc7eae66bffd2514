package dev.decisiontrace.examples.collector.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.decisiontrace.examples.collector.query.EpisodeSummary;
import dev.decisiontrace.examples.collector.store.StoredEpisode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the merged episode from its stored records, on read, so that the stored lines stay exactly
 * what the SDK sent and a change to these rules needs no migration:
 *
 * <ul>
 *   <li>the episode record is the decision snapshot: its fields are kept, except {@code
 *       schemaVersion} and {@code type}, which describe a wire record, not the merged document;
 *   <li>{@code status} is {@code closed} once an outcome carried a {@code closedAt} (then {@code
 *       closedAt} is the latest of them), else the snapshot's status;
 *   <li>{@code fills} are all outcomes' fills, {@code outcome} is the latest outcome's result, and
 *       {@code counterfactuals} are the snapshot's followed by the outcomes';
 *   <li>{@code outcomes} and {@code feedback} list the records themselves, as received, by emitted-at.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class EpisodeMerger {

  private static final Set<String> SNAPSHOT_FIELDS_REPLACED =
      Set.of("schemaVersion", "type", "episodeId", "status", "counterfactuals");

  private final ObjectMapper mapper;

  public EpisodeMerger(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The merged document of {@code episode}. */
  public ObjectNode merge(StoredEpisode episode) {
    EpisodeSummary summary = episode.summary();
    JsonNode snapshot = parse(episode.snapshotJson());
    List<JsonNode> outcomes = parseAll(episode.outcomeJsons());
    List<JsonNode> feedback = parseAll(episode.feedbackJsons());

    ObjectNode merged = mapper.createObjectNode();
    merged.put("episodeId", summary.episodeId());
    merged.put("status", summary.status().name().toLowerCase(Locale.ROOT));
    if (summary.closedAt() != null) {
      merged.put("closedAt", summary.closedAt().toString());
    }
    snapshot
        .properties()
        .forEach(
            field -> {
              if (!SNAPSHOT_FIELDS_REPLACED.contains(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
              }
            });

    ArrayNode fills = mapper.createArrayNode();
    ArrayNode counterfactuals = mapper.createArrayNode();
    counterfactuals.addAll(elements(snapshot, "counterfactuals"));
    JsonNode latestResult = null;
    for (JsonNode outcome : outcomes) {
      fills.addAll(elements(outcome, "fills"));
      counterfactuals.addAll(elements(outcome, "counterfactuals"));
      if (outcome.hasNonNull("outcome")) {
        latestResult = outcome.get("outcome");
      }
    }
    // As on the wire, absent means unknown: nothing empty is written.
    if (!fills.isEmpty()) {
      merged.set("fills", fills);
    }
    if (latestResult != null) {
      merged.set("outcome", latestResult);
    }
    if (!counterfactuals.isEmpty()) {
      merged.set("counterfactuals", counterfactuals);
    }
    merged.set("outcomes", mapper.createArrayNode().addAll(outcomes));
    merged.set("feedback", mapper.createArrayNode().addAll(feedback));
    return merged;
  }

  private static List<JsonNode> elements(JsonNode record, String field) {
    List<JsonNode> elements = new ArrayList<>();
    record.path(field).forEach(elements::add);
    return elements;
  }

  private List<JsonNode> parseAll(List<String> lines) {
    return lines.stream().map(this::parse).toList();
  }

  private JsonNode parse(String storedLine) {
    try {
      return mapper.readTree(storedLine);
    } catch (JsonProcessingException e) {
      // Only lines that passed validation are stored; one that does not parse means the file was
      // changed behind the collector's back.
      throw new UncheckedIOException("a stored record is not JSON any more: " + e.getOriginalMessage(), e);
    }
  }
}

package dev.decisiontrace.internal.recording;

import dev.decisiontrace.config.Limits;
import dev.decisiontrace.internal.Ids;
import dev.decisiontrace.internal.SdkCounters;
import dev.decisiontrace.internal.pipeline.RecordBuffer;
import dev.decisiontrace.model.TradingMode;
import java.time.InstantSource;

/** What every handle of one SDK instance shares. Immutable; its parts are thread-safe. */
public record RecordingContext(
    Limits limits,
    TradingMode defaultMode,
    InstantSource clock,
    Ids ids,
    SdkCounters counters,
    RecordBuffer buffer,
    OpenEpisodes openEpisodes,
    OrderIndex orders) {}

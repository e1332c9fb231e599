package org.hearth.server.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a room's filters in their configured order. The first hold or reject stops the chain;
 * redactions are applied as they come, so later filters see the redacted text, and all of them
 * are reported, as are notes. Last, the room's policy for times without a moderator on duty may
 * hold what the filters let through. Owned by the room's thread.
 */
public final class FilterChain {
    /** The text put in place of a redacted part. */
    public static final String REDACTION_MARK = "[removed]";

    private static final Logger log = LoggerFactory.getLogger(FilterChain.class);

    /**
     * How long one filter may take on one message. Filters decide in microseconds; one that takes
     * this long is broken or starved, and its verdict is not trusted: the message is held instead.
     * Generous, so that a pause of the whole process (a busy machine, a collection) holds nothing.
     */
    public static final long BUDGET_NANOS = 500_000_000L;

    private final List<MessageFilter> filters;
    private final UnmoderatedPolicy whenUnmoderated;
    private final LongSupplier nanoTime;
    private final long budgetNanos;
    private final FilterTimings timings;
    private long failures;

    /** A chain whose posts flow whether or not a moderator is on duty. */
    public FilterChain(List<MessageFilter> filters) {
        this(filters, UnmoderatedPolicy.FLOW);
    }

    public FilterChain(List<MessageFilter> filters, UnmoderatedPolicy whenUnmoderated) {
        this(filters, whenUnmoderated, System::nanoTime, BUDGET_NANOS);
    }

    /** A chain that times its filters with {@code nanoTime} against {@code budgetNanos} each (tests move the time). */
    public FilterChain(List<MessageFilter> filters, UnmoderatedPolicy whenUnmoderated, LongSupplier nanoTime,
                       long budgetNanos) {
        this(filters, whenUnmoderated, nanoTime, budgetNanos, FilterTimings.NONE);
    }

    private FilterChain(List<MessageFilter> filters, UnmoderatedPolicy whenUnmoderated, LongSupplier nanoTime,
                        long budgetNanos, FilterTimings timings) {
        this.filters = List.copyOf(filters);
        this.whenUnmoderated = whenUnmoderated;
        this.nanoTime = nanoTime;
        this.budgetNanos = budgetNanos;
        this.timings = timings;
    }

    /** This chain, telling {@code timings} how long each filter took on each message. */
    public FilterChain timedBy(FilterTimings timings) {
        return new FilterChain(filters, whenUnmoderated, nanoTime, budgetNanos, timings);
    }

    public List<MessageFilter> filters() {
        return filters;
    }

    /** This chain with {@code first} run before every other filter. */
    public FilterChain withFirst(MessageFilter first) {
        List<MessageFilter> all = new ArrayList<>(filters.size() + 1);
        all.add(first);
        all.addAll(filters);
        return new FilterChain(all, whenUnmoderated, nanoTime, budgetNanos, timings);
    }

    /**
     * What the chain decided.
     *
     * @param stop the hold or reject that stopped the chain, or null when the message may go on
     * @param stoppedBy the name of the filter that stopped it, or null
     * @param text the text to post, with every redaction applied
     * @param redactions the redactions applied, in filter order
     * @param redactedBy the name of the filter behind each redaction, parallel to {@code redactions}
     * @param notes what filters want the author or the moderators told, in filter order
     */
    public record Result(Verdict.Stop stop, String stoppedBy, String text, List<Verdict.Redact> redactions,
                         List<String> redactedBy, List<Verdict.Note> notes) {
        /** A message that goes on as it is, unexamined (one a moderator approved). */
        public static Result unfiltered(String text) {
            return new Result(null, null, text, List.of(), List.of(), List.of());
        }

        public boolean redacted() {
            return !redactions.isEmpty();
        }
    }

    /**
     * @param moderatorOnDuty whether a moderator of the room is on duty now (the room's
     *     {@link UnmoderatedPolicy} applies when not)
     */
    public Result evaluate(Candidate candidate, boolean moderatorOnDuty) {
        Candidate current = candidate;
        List<Verdict.Redact> redactions = List.of();
        List<String> redactedBy = List.of();
        List<Verdict.Note> notes = List.of();
        for (MessageFilter filter : filters) {
            Verdict verdict = evaluateSafely(filter, current);
            switch (verdict) {
                case Verdict.Pass pass -> {
                }
                case Verdict.Redact redact -> {
                    if (redactions.isEmpty()) {
                        redactions = new ArrayList<>(2);
                        redactedBy = new ArrayList<>(2);
                    }
                    redactions.add(redact);
                    redactedBy.add(filter.name());
                    current = current.withText(apply(current.text(), redact.spans()));
                }
                case Verdict.Note note -> {
                    if (notes.isEmpty()) {
                        notes = new ArrayList<>(2);
                    }
                    notes.add(note);
                }
                case Verdict.Hold hold -> {
                    return new Result(hold, filter.name(), current.text(), redactions, redactedBy, notes);
                }
                case Verdict.Reject reject -> {
                    return new Result(reject, filter.name(), current.text(), redactions, redactedBy, notes);
                }
            }
        }
        Verdict.Hold fallback = moderatorOnDuty ? null : whenUnmoderated.holdWhenUnmoderated(redactions, notes);
        if (fallback != null) {
            return new Result(fallback, UnmoderatedPolicy.RULE, current.text(), redactions, redactedBy, notes);
        }
        return new Result(null, null, current.text(), redactions, redactedBy, notes);
    }

    /**
     * A filter that fails, or overruns its time budget, must not lose the message, nor let it
     * through unexamined: it is held for a moderator (the safe default), and the failure is logged
     * (without the text) and counted.
     */
    private Verdict evaluateSafely(MessageFilter filter, Candidate candidate) {
        long started = nanoTime.getAsLong();
        String failure;
        try {
            Verdict verdict = filter.evaluate(candidate);
            long took = nanoTime.getAsLong() - started;
            timings.took(filter.name(), took);
            if (verdict != null && took <= budgetNanos) {
                return verdict;
            }
            failure = verdict == null ? "it returned no verdict" : "it took " + took / 1_000_000 + " ms (budget "
                    + budgetNanos / 1_000_000 + " ms)";
        } catch (RuntimeException e) {
            timings.took(filter.name(), nanoTime.getAsLong() - started);
            failure = e.toString();
        }
        failures++;
        log.error("filter {} failed; the message is held for a moderator: {}", filter.name(), failure);
        return new Verdict.Hold("filter-failed:" + filter.name(), TriageLevel.WATCH,
                "A moderator will look at your message before the room sees it (an automatic check could not run).");
    }

    /** How many times a filter in this chain failed. */
    public long failures() {
        return failures;
    }

    public void forget(String memberId) {
        for (MessageFilter filter : filters) {
            filter.forget(memberId);
        }
    }

    /** Replaces each span (merged where they overlap) with the redaction mark. */
    static String apply(String text, List<Verdict.Span> spans) {
        List<Verdict.Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        for (Verdict.Span span : sorted) {
            int start = Math.min(Math.max(span.start(), cursor), text.length());
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            out.append(text, cursor, start).append(REDACTION_MARK);
            cursor = end;
        }
        return out.append(text, cursor, text.length()).toString();
    }
}

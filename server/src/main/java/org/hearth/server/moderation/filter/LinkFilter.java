package org.hearth.server.moderation.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.Verdict;

/**
 * For rooms whose charter refuses links: removes web addresses (with a scheme, starting with
 * "www.", or a bare domain with a common top-level domain) and tells the author why, so the rest
 * of the message still reaches the room. Punctuation that ends a sentence is not part of a link.
 * Stateless; the pattern is compiled once.
 */
public final class LinkFilter implements MessageFilter {
    public static final String NAME = "links";

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)]"
                    + "|\\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
                    + "\\.(?:com|org|net|io|co|uk|de|fr|nl|eu|info|me|app|ly|gg|tv|xyz|ie|ca|au|us)\\b(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)])?");

    private static final String NOTICE =
            "This room doesn't allow links, so we removed it from your message. You can describe it in words instead.";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        Matcher links = LINK.matcher(candidate.text());
        List<Verdict.Span> spans = null;
        while (links.find()) {
            if (spans == null) {
                spans = new ArrayList<>(2);
            }
            spans.add(new Verdict.Span(links.start(), links.end()));
        }
        return spans == null ? Verdict.PASS : new Verdict.Redact(NAME, spans, NOTICE);
    }
}

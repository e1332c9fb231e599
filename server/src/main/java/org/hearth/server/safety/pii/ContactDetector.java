package org.hearth.server.safety.pii;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Ways to reach someone directly: e-mail addresses, web addresses (with a scheme, "www." or as a
 * bare domain such as "janesmith.blog.com"), social media handles ("@jane_s") and IP addresses.
 * Immutable and thread-safe.
 */
final class ContactDetector {
    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    /**
     * Top-level domains a bare domain may end in: the generic ones people type and every country
     * code the JDK knows (so "mysite.de" is a domain while "the end.Then" is a typo).
     */
    private static final Set<String> TOP_LEVEL_DOMAINS = topLevelDomains();

    private static Set<String> topLevelDomains() {
        Set<String> domains = new TreeSet<>(List.of("com", "net", "org", "edu", "gov", "info", "biz", "io", "app",
                "dev", "xyz", "online", "site", "blog", "me", "tv", "ai",
                "uk", "eu")); // in use, though not ISO country codes (the UK's is GB)
        for (String country : Locale.getISOCountries()) {
            domains.add(country.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(domains);
    }

    void find(Tokens tokens, List<PiiFinding> out) {
        String text = tokens.text();
        boolean colon = text.indexOf(':') >= 0;
        boolean at = text.indexOf('@') >= 0;
        if (text.indexOf('.') >= 0 || colon || at) {
            // autolink looks at every ':' (a scheme's "://"), '@' (an e-mail address) and 'w' ("www."): in
            // everyday text each 'w' costs a look ahead, so without any of the three the extractor is skipped
            if (colon || at || text.contains("ww.")) {
                for (LinkSpan link : LINKS.extractLinks(text)) {
                    PiiKind kind = link.getType() == LinkType.EMAIL ? PiiKind.EMAIL : PiiKind.URL;
                    out.add(new PiiFinding(kind, link.getBeginIndex(), link.getEndIndex()));
                }
            }
            findBareDomains(text, out);
            if (tokens.digitCount() > 0 || colon) {
                IpAddresses.find(text, out); // an IPv4 address has digits, an IPv6 one colons
            }
        }
        findHandles(text, out);
    }

    /** "@name" where the '@' starts a word: an e-mail address has letters before its '@'. */
    private static void findHandles(String text, List<PiiFinding> out) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && isHandleChar(text.charAt(at - 1))) {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && isHandleChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--; // the full stop ending the sentence is not part of the handle
            }
            int length = end - at - 1;
            if (length >= 2 && length <= 30 && hasLetter(text, at + 1, end) && !followedByDomain(text, end)) {
                out.add(new PiiFinding(PiiKind.SOCIAL_HANDLE, at, end));
            }
        }
    }

    private static boolean followedByDomain(String text, int end) {
        return end < text.length() && text.charAt(end) == '@';
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Domains typed without "www." or a scheme ("find me on janesblog.net"): labels of letters,
     * digits and hyphens joined by dots, ending in a known top-level domain in lower case.
     */
    private static void findBareDomains(String text, List<PiiFinding> out) {
        int n = text.length();
        for (int dot = text.indexOf('.'); dot > 0 && dot < n - 2; dot = text.indexOf('.', dot + 1)) {
            if (!isLabelChar(text.charAt(dot - 1)) || !Character.isLetter(text.charAt(dot + 1))) {
                continue;
            }
            int start = dot;
            while (start > 0 && (isLabelChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            if (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '/')) {
                continue; // part of an e-mail address or a link found above
            }
            int end = dot + 1;
            while (end < n && (isLabelChar(text.charAt(end)) || (text.charAt(end) == '.' && end + 1 < n
                    && isLabelChar(text.charAt(end + 1))))) {
                end++;
            }
            int lastDot = text.lastIndexOf('.', end - 1);
            String tld = text.substring(lastDot + 1, end);
            boolean lowerCaseTld = tld.equals(tld.toLowerCase(Locale.ROOT));
            if (end < n && text.charAt(end) == '/') {
                end = pathEnd(text, end); // "selfcare.co.uk/tips": the page is part of the link
            }
            if (lowerCaseTld && TOP_LEVEL_DOMAINS.contains(tld) && lastDot - start >= 2 && !overlapsAny(out, start, end)) {
                out.add(new PiiFinding(PiiKind.URL, start, end));
            }
            dot = end - 1 > dot ? end - 1 : dot;
        }
    }

    /** Where a path that starts at {@code slash} ends: at white space, without the punctuation that ends a sentence. */
    private static int pathEnd(String text, int slash) {
        int end = slash;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"'
                && text.charAt(end) != '<' && text.charAt(end) != '>') {
            end++;
        }
        while (end > slash + 1 && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean isLabelChar(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c)) || c == '-';
    }

    private static boolean overlapsAny(List<PiiFinding> found, int start, int end) {
        for (PiiFinding finding : found) {
            if (finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }
}

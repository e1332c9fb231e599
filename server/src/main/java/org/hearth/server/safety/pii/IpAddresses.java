package org.hearth.server.safety.pii;

import java.util.List;

/** IPv4 ("192.168.1.20") and IPv6 ("2001:db8::8a2e:370:7334") addresses in a text, checked by hand. Stateless. */
final class IpAddresses {
    private IpAddresses() {
    }

    static void find(String text, List<PiiFinding> out) {
        if (!mayHoldAddress(text)) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean startsToken = i == 0 || !isHex(text.charAt(i - 1)) && text.charAt(i - 1) != ':' && text.charAt(i - 1) != '.';
            if (startsToken && (isHex(c) || c == ':')) {
                int end = i;
                while (end < n && (isHex(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == ':')) {
                    end++;
                }
                while (end > i && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ':' && end - 2 >= i && text.charAt(end - 2) != ':')) {
                    end--; // a sentence's full stop or a colon after the address
                }
                boolean boundary = end == n || !Character.isLetterOrDigit(text.charAt(end));
                // the shortest addresses worth the check, "1.2.3.4" and "fe80::1", have seven characters and two separators
                if (end - i >= 7 && boundary && separators(text, i, end) >= 2 && (isIpv4(text, i, end) || isIpv6(text, i, end))) {
                    out.add(new PiiFinding(PiiKind.IP_ADDRESS, i, end));
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
    }

    /** An IPv4 address has a digit before a dot, an IPv6 one a digit before a colon or a "::"; most messages have neither. */
    private static boolean mayHoldAddress(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((Tokens.isDigit(c) || c == ':') && (next == '.' || next == ':')) {
                return true;
            }
        }
        return false;
    }

    private static int separators(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ':') {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isIpv4(String text, int start, int end) {
        int parts = 0;
        int value = -1;
        int digits = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                digits++;
                if (digits > 3) {
                    return false;
                }
            } else if (c == '.') {
                if (value < 0 || value > 255) {
                    return false;
                }
                parts++;
                value = -1;
                digits = 0;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    /** Eight groups of up to four hex digits, or fewer with one "::"; at least three groups so "a:b" or a time "10:30" is not one. */
    static boolean isIpv6(String text, int start, int end) {
        String candidate = text.substring(start, end);
        int doubleColon = candidate.indexOf("::");
        if (doubleColon >= 0 && candidate.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int groups = 0;
        int groupLength = 0;
        boolean hasDigit = false;
        for (int i = 0; i <= candidate.length(); i++) {
            char c = i < candidate.length() ? candidate.charAt(i) : ':';
            if (c == ':') {
                if (groupLength > 0) {
                    groups++;
                }
                groupLength = 0;
            } else if (isHex(c)) {
                hasDigit |= Character.isDigit(c);
                if (++groupLength > 4) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return hasDigit && (doubleColon >= 0 ? groups >= 2 && groups <= 7 : groups == 8);
    }
}

package org.hearth.protocol;

/** The shape of a resume token: 22–64 characters of the URL-safe base64 alphabet. */
public final class ResumeTokens {
    public static final int MIN_LENGTH = 22; // 128 bits in base64
    public static final int MAX_LENGTH = 64;

    private ResumeTokens() {
    }

    public static boolean hasValidShape(String token) {
        int n = token.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

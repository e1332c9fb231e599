package org.hearth.server.safety.eval;

/**
 * Decodes the HTML entities tweets arrive with ("&amp;", "&#128514;"), so the evaluation measures
 * a classifier on text as a person typed it. Stateless.
 */
public final class HtmlEntities {
    private static final int LONGEST_ENTITY = 10;

    private HtmlEntities() {
    }

    /** The text with named (amp, lt, gt, quot, apos) and numeric entities replaced by their characters. */
    public static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '&' ? text.indexOf(';', i) : -1;
            String decoded = end > i + 1 && end - i <= LONGEST_ENTITY ? entity(text.substring(i + 1, end)) : null;
            if (decoded == null) {
                out.append(c);
                i++;
            } else {
                out.append(decoded);
                i = end + 1;
            }
        }
        return out.toString();
    }

    /** The characters an entity's name stands for, or null when it is not one this decoder knows. */
    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return null;
        }
        try {
            boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

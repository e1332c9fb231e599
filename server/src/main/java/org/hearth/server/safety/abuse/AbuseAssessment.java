package org.hearth.server.safety.abuse;

/**
 * What the abuse detector found in one message.
 *
 * @param kind the most serious kind found ({@link AbuseKind#THREAT} over {@link AbuseKind#SLUR}
 *     over {@link AbuseKind#HARASSMENT} over {@link AbuseKind#INSULT})
 */
public record AbuseAssessment(AbuseKind kind) {
    public static final AbuseAssessment NONE = new AbuseAssessment(AbuseKind.NONE);

    public boolean abusive() {
        return kind != AbuseKind.NONE;
    }
}

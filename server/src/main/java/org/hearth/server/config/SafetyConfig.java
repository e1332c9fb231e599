package org.hearth.server.config;

import java.time.Duration;

/**
 * Settings of the safety filters shared by every room.
 *
 * @param disclosureThreshold how many distinct kinds of quasi-identifying detail (age, town,
 *     workplace, ...) a member's recent posts may mention before they are nudged
 * @param disclosureWindow how long a mention counts toward that
 * @param disclosureCoolDown the least time between two nudges to the same member in a room
 */
public record SafetyConfig(int disclosureThreshold, Duration disclosureWindow, Duration disclosureCoolDown) {
}

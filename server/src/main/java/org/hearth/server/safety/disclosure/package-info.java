/**
 * Quasi-identifying details (age, town, workplace, school, job, relatives' names, dates, diagnosis,
 * groups): harmless alone, identifying together; found by kind for the disclosure tally, never
 * redacted. Immutable after construction, shared by every room. May use the JDK, the pii
 * package's word tools and tokens, and the shared text package.
 */
package org.hearth.server.safety.disclosure;

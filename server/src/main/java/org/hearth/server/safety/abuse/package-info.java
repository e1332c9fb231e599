/**
 * Attacks on other members: insults aimed at a person, harassment, slurs and threats, told apart
 * from venting about oneself, naming one's identity and reporting what was said. Immutable after
 * construction, shared by every room. May use the JDK, the Aho–Corasick library and the shared
 * text package.
 */
package org.hearth.server.safety.abuse;

/**
 * The {@code eval-safety} command: runs each safety classifier over labelled public data (kept
 * outside the repository, in {@code ../shared/eval/} by default) and prints precision, recall, F1,
 * confusion matrices, throughput and whether each documented target is met. Never used by a
 * running server.
 */
package org.hearth.server.safety.eval;

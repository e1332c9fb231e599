/**
 * White-box JMH benchmarks of server classes (codec, filter chain, fan-out, store): what one
 * operation costs and allocates on one core. Not part of the load generator's jar.
 */
package org.hearth.bench;

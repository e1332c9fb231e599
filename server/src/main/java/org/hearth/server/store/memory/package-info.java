/**
 * A store that keeps everything in memory: nothing survives a restart. For trying Hearth out,
 * for measuring what durability costs, and as the fake in service-level tests.
 */
package org.hearth.server.store.memory;

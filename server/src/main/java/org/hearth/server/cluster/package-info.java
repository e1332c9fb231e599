/**
 * Several nodes on one PostgreSQL and one Redis (docs/CLUSTER.md): the Redis implementation of
 * the rooms' {@link org.hearth.server.room.RoomBus} and the ordered delivery every node runs per
 * room. The only package that uses Lettuce; may use the room bus seam, the store and config
 * interfaces and the protocol module.
 */
package org.hearth.server.cluster;

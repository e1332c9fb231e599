/**
 * The composition root: {@link org.hearth.server.Main} reads the configuration and {@link
 * org.hearth.server.HearthServer} builds config, filters, rooms and transport in that order. May
 * use every package below it.
 */
package org.hearth.server;

/**
 * Personal details that identify someone on their own (contact details, checked numbers, addresses,
 * birth dates, full names), found with their places in the text so the filter can redact them.
 * Immutable after construction, shared by every room. May use the JDK, libphonenumber, autolink and
 * the shared text package.
 */
package org.hearth.server.safety.pii;

/**
 * Text preparation shared by the word lists and the safety classifiers: normalisation that undoes
 * trivial evasions (case, accents, look-alike characters, repeated and spaced-out letters), and
 * {@link org.hearth.server.safety.text.MessageText}, one message with the readings of it made so
 * far, so that classifiers reading it the same way read it once.
 */
package org.hearth.server.safety.text;

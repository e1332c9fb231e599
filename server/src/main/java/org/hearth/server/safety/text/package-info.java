/**
 * Text preparation shared by the word lists and the safety classifiers: normalisation that undoes
 * trivial evasions (case, accents, look-alike characters, repeated and spaced-out letters).
 */
package org.hearth.server.safety.text;

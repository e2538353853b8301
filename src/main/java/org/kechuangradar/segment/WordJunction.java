package org.kechuangradar.segment;

/**
 * Tells whether a word runs across the junction of two strings, as {@code 条件} does across
 * {@code 市场经济条} and {@code 件下}: the sign that a paragraph was cut in the middle of a word.
 */
@FunctionalInterface
public interface WordJunction {
  boolean spansWord(String left, String right);
}

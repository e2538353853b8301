package org.kechuangradar.model;

/** A sum or a count with its unit; {@code cap} is set when the text gives a ceiling ({@code 最高可达1亿元}). */
public record Amount(Double value, String unit, Double cap) {}

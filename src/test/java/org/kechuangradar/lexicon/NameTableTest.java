package org.kechuangradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The longest-match look-up that every gazetteer runs at every character. */
class NameTableTest {
  private static final NameTable<String> TABLE = new NameTable<>(Map.of("中国", "a", "中国人民银行", "b", "人民", "c",
      "北京市", "d", "克孜勒苏柯尔克孜自治州", "e"));

  @Test
  void takesTheLongestNameStartingAtAPosition() {
    assertEquals(new NameTable.Match<>("b", 6), TABLE.longestAt("在中国人民银行开会", 1));
    assertEquals(new NameTable.Match<>("a", 2), TABLE.longestAt("在中国人民政府", 1));
  }

  @Test
  void fallsBackToAShorterNameWhenALongerOneBreaksOff() {
    assertEquals(new NameTable.Match<>("a", 2), TABLE.longestAt("中国人民银", 0));
  }

  @Test
  void findsANameThatEndsTheText() {
    assertEquals(new NameTable.Match<>("d", 3), TABLE.longestAt("位于北京市", 2));
    assertEquals(new NameTable.Match<>("e", 11), TABLE.longestAt("新疆克孜勒苏柯尔克孜自治州", 2));
  }

  @Test
  void findsNothingForPrefixesLastCharactersOrPositionsPastTheEnd() {
    assertNull(TABLE.longestAt("北京", 0));
    assertNull(TABLE.longestAt("中", 0));
    assertNull(TABLE.longestAt("中国", 2));
    assertNull(TABLE.longestAt("民生", 0));
  }

  @Test
  void keepsEveryNameOfALargeTable() {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      names.put("名" + Integer.toString(i, 36) + "称", i);
    }
    NameTable<Integer> large = new NameTable<>(names);
    names.forEach((name, value) -> assertEquals(value, large.longestAt("在" + name + "里", 1).value(), name));
    assertNull(large.longestAt("名zzzz称", 0));
  }
}

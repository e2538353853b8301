package org.kechuangradar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kechuangradar.lexicon.Tsv;

class FacilityKindTest {
  @Test
  void everyKindTheWordListNamesHasALabel() {
    for (String[] row : Tsv.rows("facility-kinds")) {
      FacilityKind kind = FacilityKind.of(row[1].strip());
      assertEquals(row[1].strip(), kind.code());
    }
    assertEquals("大科学装置", FacilityKind.of("big_science").label());
    assertThrows(IllegalArgumentException.class, () -> FacilityKind.of("castle"));
  }
}

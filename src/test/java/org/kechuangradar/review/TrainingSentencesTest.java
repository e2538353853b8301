package org.kechuangradar.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.recognize.tagger.EntityKind;
import org.kechuangradar.recognize.tagger.TaggerTraining;

class TrainingSentencesTest {
  private static Change change(Action action, Table table, String before, String after, String sentence) {
    return new Change(1, 0, "editor", action, table, "doc", "k-0", before, after, sentence, 0, 0);
  }

  @Test
  void aRejectedFragmentStartsNoOrganizationButTheFullNameMay() {
    String s = "工业和信息化部印发通知。";
    List<TaggerTraining.Sentence> out = TrainingSentences.of(List.of(change(Action.REJECT, Table.ORGANIZATION,
        "{\"name\":\"信息化部\",\"type\":\"government\"}", "", s)));
    long[] allowed = out.get(0).allowed();
    int at = s.indexOf("信息化部");
    for (EntityKind k : List.of(EntityKind.GOVERNMENT, EntityKind.ORGANIZATION, EntityKind.COMPANY)) {
      assertEquals(0, allowed[at] & (1L << k.begin() | 1L << k.single()), k + " may not start at 信");
    }
    assertTrue((allowed[at] & 1L << EntityKind.GOVERNMENT.inside()) != 0, "信 may be inside 工业和信息化部");
    assertTrue((allowed[0] & 1L << EntityKind.GOVERNMENT.begin()) != 0, "工 may begin it");
    assertEquals(1L, allowed[s.length() - 1], "a pause is outside any name");
  }

  @Test
  void anAcceptedAndACorrectedPersonAreNamesOfTheirKind() {
    String s = "国家发展改革委主任郑栅洁介绍情况。";
    TaggerTraining.Sentence accepted = TrainingSentences.of(List.of(change(Action.ACCEPT, Table.PERSON,
        "{\"name\":\"郑栅洁\"}", "", s))).get(0);
    int at = s.indexOf("郑栅洁");
    assertEquals(1L << EntityKind.PERSON.begin(), accepted.allowed()[at]);
    assertEquals(1L << EntityKind.PERSON.end(), accepted.allowed()[at + 2]);
    assertEquals(-1L, accepted.allowed()[0], "the rest is left to the tagger");

    String t = "科技部部长阴和俊出席会议。";
    TaggerTraining.Sentence corrected = TrainingSentences.of(List.of(change(Action.EDIT, Table.PERSON,
        "{\"name\":\"阴和\"}", "{\"name\":\"阴和俊\"}", t))).get(0);
    int yin = t.indexOf("阴和俊");
    assertEquals(1L << EntityKind.PERSON.end(), corrected.allowed()[yin + 2], "the corrected name ends at 俊");
  }

  @Test
  void anAcceptedCanonicalNameTeachesTheShortFormTheTextWrites() {
    String s = "国家发展改革委有关负责人介绍。";
    TaggerTraining.Sentence accepted = TrainingSentences.of(List.of(change(Action.ACCEPT, Table.ORGANIZATION,
        "{\"name\":\"国家发展和改革委员会\",\"type\":\"government\",\"aliases\":[\"国家发展改革委\"]}", "", s))).get(0);
    assertEquals(1L << EntityKind.GOVERNMENT.begin(), accepted.allowed()[0]);
    assertEquals(1L << EntityKind.GOVERNMENT.end(), accepted.allowed()["国家发展改革委".length() - 1]);
  }

  @Test
  void rulesFactsAndMergesTeachNothing() {
    assertTrue(TrainingSentences.of(List.of(
        change(Action.EDIT, Table.EVENT, "{}", "{\"date\":\"2024-01-01\"}", "1月1日，会议召开。"),
        new Change(2, 0, "editor", Action.MERGE, Table.ORGANIZATION, Change.EVERY_DOCUMENT, "甲", "", "{\"into\":\"乙\"}",
            "", 0, 0))).isEmpty());
  }
}

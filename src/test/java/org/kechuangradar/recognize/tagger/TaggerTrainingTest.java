package org.kechuangradar.recognize.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on a handful of sentences: it learns them, and the same data gives the same model byte for byte. */
class TaggerTrainingTest {
  private static final TaggerTraining.Settings SETTINGS = new TaggerTraining.Settings(8, 7L, 1, 0.0f);

  private static List<TaggerTraining.Sentence> corpus() {
    List<TaggerTraining.Sentence> out = new ArrayList<>();
    String[][] rows = {{"张伟在北京工作。", "张伟", "北京"}, {"李娜在上海读书。", "李娜", "上海"}, {"王芳去广州出差。", "王芳", "广州"},
        {"刘洋在深圳创业。", "刘洋", "深圳"}, {"陈静到杭州开会。", "陈静", "杭州"}};
    for (String[] r : rows) {
      int person = r[0].indexOf(r[1]);
      int place = r[0].indexOf(r[2]);
      out.add(TaggerTraining.Sentence.of(r[0], List.of(new TaggedSpan(EntityKind.PERSON, person, person + 2),
          new TaggedSpan(EntityKind.PLACE, place, place + 2)), LabelStyle.OURS));
    }
    return out;
  }

  private static byte[] bytes(TaggerTraining.Trained trained) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    trained.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsItsSentencesAndWritesTheSameModelTwice() throws IOException {
    TaggerTraining training = new TaggerTraining();
    TaggerTraining.Trained first = training.train(corpus(), SETTINGS, epoch -> { });
    TaggerTraining.Trained second = training.train(corpus(), SETTINGS, epoch -> { });
    assertArrayEquals(bytes(first), bytes(second));
    EntityTagger tagger = first.tagger(LabelStyle.OURS);
    assertEquals(List.of(new TaggedSpan(EntityKind.PERSON, 0, 2), new TaggedSpan(EntityKind.PLACE, 3, 5)),
        tagger.tag("张伟在北京工作。"));
    EntityTagger read = new EntityTagger(EntityTagger.standardFeatures(),
        TaggerModel.read(new ByteArrayInputStream(bytes(first))).forStyle(LabelStyle.OURS));
    assertEquals(tagger.tag("陈静到杭州开会。"), read.tag("陈静到杭州开会。"));
  }
}

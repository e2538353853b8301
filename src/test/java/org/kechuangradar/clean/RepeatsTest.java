package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {
  private final Repeats stage = new Repeats();

  @Test
  void keepsARepeatedParagraphOnce() {
    String p = "据介绍，科技园规划面积约3.2平方公里，将建设量子计算公共服务平台。";
    assertEquals(List.of(p, "其他内容在这里。"), Blocks.run(stage, p, "其他内容在这里。", p));
  }

  @Test
  void dropsAParagraphContainedInAnEarlierOne() {
    String longer = "据介绍，科技园规划面积约3.2平方公里，将建设量子计算公共服务平台和中试验证基地。今年将安排专项资金。";
    assertEquals(List.of(longer), Blocks.run(stage, longer, "科技园规划面积约3.2平方公里，将建设量子计算公共服务平台和中试验证基地。"));
  }

  @Test
  void keepsShortRepeatsSuchAsListMarkers() {
    assertEquals(List.of("一是", "内容甲。", "一是", "内容乙。"), Blocks.run(stage, "一是", "内容甲。", "一是", "内容乙。"));
  }
}

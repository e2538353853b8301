package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which past year a headline, or the lead under it, looks back on. */
class RetrospectiveTest {
  private static OptionalInt reviewed(String headline, String lead, int publishedYear) {
    return Retrospective.reviewedYear(headline, lead, publishedYear);
  }

  @Test
  void aHeadlineNamingOnePastYearWithAWordOfLookingBackReviewsIt() {
    assertEquals(OptionalInt.of(2023), reviewed("2023武汉科创大事记", null, 2024));
    assertEquals(OptionalInt.of(2023), reviewed("盘点2023年全省高新技术产业发展", null, 2024));
    assertEquals(OptionalInt.of(2023), reviewed("2023年度全市科技创新工作综述", null, 2024));
    assertEquals(OptionalInt.of(2021), reviewed("回眸2021：长三角协同创新纪实", null, 2024));
    // The year ahead of an outlook is no year looked back on.
    assertEquals(OptionalInt.of(2023), reviewed("回顾2023 展望2024", null, 2024));
  }

  @Test
  void aLeadReviewsAYearUnderAHeadlineThatNamesNoOther() {
    assertEquals(OptionalInt.of(2023), reviewed("科技创新这一路", "刚刚过去的2023年，全市科技创新亮点纷呈。", 2024));
    assertEquals(OptionalInt.of(2022), reviewed(null, "回顾2022年，我省新增国家级创新平台15个。", 2024));
    assertEquals(OptionalInt.of(2023), reviewed("2023年武汉科技创新亮点纷呈", "刚刚过去的2023年，武汉…", 2024));
    assertEquals(OptionalInt.empty(), reviewed("2024年我市将新建10家实验室", "回顾2023年，全市…", 2024));
  }

  @Test
  void aPeriodAFutureYearOrAYearWithoutLookingBackIsNoReview() {
    assertEquals(OptionalInt.empty(), reviewed("2019年以来我市科技创新成就综述", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("2030年前实现碳达峰的科技路径", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("2023—2025年科技创新行动回顾", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("2023年度国家科学技术奖揭晓", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("回顾2022年与2023年两次技术攻关", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("2024年科创大事记", null, 2024));
    // A year inside 《》 is part of a work's title.
    assertEquals(OptionalInt.empty(), reviewed("《2023年科技统计年鉴》内容综述", null, 2024));
    assertEquals(OptionalInt.empty(), reviewed("市科技局召开专题会议", "1月2日，市科技局召开会议。", 2024));
  }
}

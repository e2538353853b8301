package org.kechuangradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kechuangradar.model.PolicyStatus;

class PolicyKindsTest {
  @Test
  void aKindWordAloneOrWithAModifierOfCompoundKindsIsAShortName() {
    assertTrue(PolicyKinds.isBare("意见"));
    assertTrue(PolicyKinds.isBare("实施方案"));
    assertTrue(PolicyKinds.isBare("行动计划"));
    assertTrue(PolicyKinds.isBare("若干措施"));
    assertFalse(PolicyKinds.isBare("政府工作报告"));
    assertFalse(PolicyKinds.isBare("算力基础设施高质量发展行动计划"));
    assertFalse(PolicyKinds.isBare("上海市实施方案"));
  }

  @Test
  void aVerbTellsOneStatusAndTheLongerVerbWins() {
    StageVerbs verbs = StageVerbs.get();
    assertEquals(PolicyStatus.ADOPTED, status(verbs, "审议通过"));
    assertEquals(PolicyStatus.ADOPTED, status(verbs, "通过"));
    assertEquals(PolicyStatus.IN_FORCE, status(verbs, "施行"));
    assertEquals(PolicyStatus.ISSUED, status(verbs, "印发"));
    assertEquals("审议通过", verbs.policyVerbs().stream().filter(v -> v.word().endsWith("通过")).findFirst()
        .orElseThrow().word());
  }

  private static PolicyStatus status(StageVerbs verbs, String word) {
    return verbs.policyVerbs().stream().filter(v -> v.word().equals(word)).findFirst().orElseThrow().status();
  }
}

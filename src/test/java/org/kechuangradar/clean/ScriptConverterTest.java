package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Script;

class ScriptConverterTest {
  private final ScriptConverter stage = new ScriptConverter();

  @Test
  void convertsTraditionalToSimplifiedAndRecordsTheScript() {
    Document d = stage.process(Blocks.doc("國務院常務會議審議通過《關於深入實施“人工智能+”行動的意見》", "付凌暉說。"));
    assertEquals(List.of("国务院常务会议审议通过《关于深入实施“人工智能+”行动的意见》", "付凌晖说。"), Blocks.texts(d));
    assertEquals(Script.TRADITIONAL, d.originalScript());
  }

  @Test
  void leavesSimplifiedTextAsItIs() {
    Document d = stage.process(Blocks.doc("著名学者在发布会上表示，发展新质生产力是重要着力点。"));
    assertEquals(List.of("著名学者在发布会上表示，发展新质生产力是重要着力点。"), Blocks.texts(d));
    assertEquals(Script.SIMPLIFIED, d.originalScript());
  }

  @Test
  void callsADocumentWithBothScriptsMixed() {
    Document d = stage.process(Blocks.doc("经济发展报告", "經濟發展報告"));
    assertEquals(Script.MIXED, d.originalScript());
    assertEquals(List.of("经济发展报告", "经济发展报告"), Blocks.texts(d));
  }

  @Test
  void convertsQueries() {
    assertEquals("集成电路产业", ScriptConverter.toSimplified("集成電路產業"));
    assertEquals("数据要素", ScriptConverter.toSimplified("數據要素"));
  }
}

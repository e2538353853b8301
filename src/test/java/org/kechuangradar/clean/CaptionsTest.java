package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;

class CaptionsTest {
  @Test
  void takesPhotoParagraphsOutOfTheBody() {
    Document d = new Captions().process(Blocks.doc("正文。", "近年来，开发区加快转型。图为开发区一家企业的数字化车间。",
        "中新社发 王力摄", "正文二。"));
    assertEquals(List.of("正文。", "正文二。"), Blocks.texts(d));
    assertEquals(2, d.captions().size());
  }

  @Test
  void recognisesMarkersAndCredits() {
    assertTrue(Captions.isCaption("▲闵行区“大零号湾”作为科技创新策源功能区。 本报记者 赵立荣摄"));
    assertTrue(Captions.isCaption("▶智能手术机器人。 本报记者 袁婧摄 制图:李洁"));
    assertTrue(Captions.isCaption("模速空间挂牌半年入驻企业57家。 本报记者 袁婧摄"));
    assertTrue(Captions.isCaption("图为江苏宿迁经济技术开发区天合光能有限公司数字化车间。"));
    assertTrue(Captions.isCaption("人民图片"));
    assertTrue(Captions.isCaption("制图：李洁"));
  }

  @Test
  void keepsBodyTextAboutPhotography() {
    assertFalse(Captions.isCaption("该片由团队历时三年拍摄。"));
    assertFalse(Captions.isCaption("如何开展新技术新产品新场景大规模应用示范行动？"));
    assertFalse(Captions.isCaption("记者现场拍摄"));
  }
}

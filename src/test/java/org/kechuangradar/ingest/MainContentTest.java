package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The main-text stage alone, on our own government pages and small pages made for one rule each. */
class MainContentTest {
  private static List<String> gov(String name) throws Exception {
    Path p = Path.of("src/test/resources/html/gov/original/" + name + ".html");
    return MainContent.paragraphs(Jsoup.parse(CharsetGuesser.decode(p.toString(), Files.readAllBytes(p), null)));
  }

  private static List<String> of(String body) {
    return MainContent.paragraphs(Jsoup.parse("<html><body>" + body + "</body></html>"));
  }

  @Test
  void readsAOneSentenceNoticeAmongLongerLinkLists() throws Exception {
    // The headline and the date line ride along here; the loader drops the one and cleaning the other.
    assertEquals(List.of("停电检修公告", "发布日期：2024-10-09　浏览次数：86",
        "因线路检修，10月12日8时至17时镇区东街一带停电，请各户提前做好准备。"), gov("short-notice"));
  }

  @Test
  void readsADataTableRowByRowInsideALayoutTable() throws Exception {
    List<String> p = gov("table-text");
    assertEquals("序号 企业名称 所在区县 主导产品", p.get(2));
    assertEquals("1 示例精密传动有限公司 高新区 工业机器人减速器", p.get(3));
    assertEquals("通讯地址：示例市政务中心三楼", p.getLast());
    assertEquals(9, p.size());
  }

  @Test
  void leavesTheAttachmentDownloadBoxAndTheSidebarOut() throws Exception {
    assertEquals(List.of("各区科技主管部门，各有关单位：",
        "为完善全市创新创业服务体系，根据《示例市众创空间认定管理办法》，现组织开展2024年度市级众创空间申报工作，有关事项通知如下：",
        "一、申报条件：运营主体在本市注册满一年，服务场地面积不少于五百平方米，在孵创业团队和初创企业不少于二十家。",
        "二、申报方式：申报单位登录市科技计划管理系统在线填报，同时将纸质材料一式两份报送所在区科技主管部门。",
        "三、截止时间：网上申报截止日期为2024年6月28日，逾期不予受理。", "附件：1.2024年度市级众创空间申报书",
        "2.众创空间在孵团队和企业汇总表", "示例市科学技术局", "2024年5月20日"), gov("notice-attachments"));
  }

  @Test
  void readsTheCopyAReaderSeesAndNotTheHiddenOne() {
    String text = "<p>市财政厅表示，今年将延续执行五项税收优惠政策，预计为纳税人减负一百八十亿元。</p>";
    assertEquals(List.of("市财政厅表示，今年将延续执行五项税收优惠政策，预计为纳税人减负一百八十亿元。"),
        of("<div class='view'>" + text + "</div><div style='display: none'>" + text + "</div>"));
  }

  @Test
  void dropsACommentListNamedByAPrefixButKeepsAWrapperMisnamedForFurniture() {
    String story = "<p>示例市今年新建五个公共算力平台，为中小企业提供低价算力服务，已有两百家企业接入使用。</p>"
        + "<p>平台按实际使用量收费，企业还可以申请算力补贴，最高可抵扣三成费用。</p>";
    String comments = "<ol class='commentlist'><li><p>这个政策很好，我们公司已经申请了，希望审批能再快一些，材料能再少一些。</p></li></ol>";
    assertEquals(List.of("示例市今年新建五个公共算力平台，为中小企业提供低价算力服务，已有两百家企业接入使用。",
        "平台按实际使用量收费，企业还可以申请算力补贴，最高可抵扣三成费用。"),
        of("<div class='post_header'><div class='post_text'>" + story + "</div></div>" + comments));
  }

  @Test
  void keepsTheOneFormThatHoldsTheWholePage() {
    assertEquals(List.of("本文分析了电子商务物流配送的现状，指出配送时效、服务质量和末端网点等方面存在的问题，并提出对策。"),
        of("<form id='aspnetForm'><div class='abstract'><p>本文分析了电子商务物流配送的现状，指出配送时效、服务质量和末端网点等方面存在的问题，"
            + "并提出对策。</p></div><input type='submit' value='检索'></form>"));
  }

  @Test
  void skipsARelatedStoriesBlockInsideTheText() {
    assertEquals(List.of("示例县今年春播面积比去年增加两万亩，农机作业率达到九成，各乡镇正抓紧墒情适宜的时机播种。"),
        of("<div><p>示例县今年春播面积比去年增加两万亩，农机作业率达到九成，各乡镇正抓紧墒情适宜的时机播种。</p>"
            + "<div>相关报道：<br>·<a href='/1'>示例县部署春耕备耕工作</a><br>·<a href='/2'>农机检修服务进村入户</a></div></div>"));
  }
}

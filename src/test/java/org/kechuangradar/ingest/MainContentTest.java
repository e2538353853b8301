package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The main-text stage alone, on our own government pages and small pages made for one rule each. */
class MainContentTest {
  private static List<String> gov(String name) throws Exception {
    Path p = Path.of("src/test/resources/html/gov/original/" + name + ".html");
    org.jsoup.nodes.Document page = Jsoup.parse(CharsetGuesser.decode(p.toString(), Files.readAllBytes(p), null));
    return MainContent.paragraphs(page, HtmlMetadata.read(page, p.toString()).title());
  }

  private static List<String> of(String body) {
    org.jsoup.nodes.Document page = Jsoup.parse("<html><body>" + body + "</body></html>");
    return MainContent.paragraphs(page, HtmlMetadata.read(page, "page.html").title());
  }

  @Test
  void readsAOneSentenceNoticeAmongLongerLinkLists() throws Exception {
    assertEquals(List.of("因线路检修，10月12日8时至17时镇区东街一带停电，请各户提前做好准备。"), gov("short-notice"));
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
  void dropsBlocksThatOpenWithAFurnitureHeadingAndLetAOneSentenceStoryOutscoreADateLine() {
    assertEquals(List.of("今天出版的《示例日报》发表评论员文章，题目是《坚定不移推动高质量发展》。"),
        of("<div><h1>示例日报评论员文章</h1><div>2023-03-20 19:48　来源：示例网　作者：林晓　阅读量：3,216</div>"
            + "<div><p>今天出版的《示例日报》发表评论员文章，题目是《坚定不移推动高质量发展》。</p></div>"
            + "<div><div><b>网友留言</b>（已有2条）</div><div>文章写得很透彻，道理讲得明白，读完以后对高质量发展有了更深的理解，希望多发这样的文章。</div>"
            + "<div>支持！希望各地都能把这些要求落到实处，让群众真正感受到变化，日子越过越好。</div></div></div>"));
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

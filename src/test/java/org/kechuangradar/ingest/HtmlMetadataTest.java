package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The metadata stage alone: title, date and authors of our own government pages and of small made-up pages. */
class HtmlMetadataTest {
  private static HtmlMetadata gov(String name) throws Exception {
    Path p = Path.of("src/test/resources/html/gov/original/" + name + ".html");
    return HtmlMetadata.read(Jsoup.parse(CharsetGuesser.decode(p.toString(), Files.readAllBytes(p), null)),
        p.toString());
  }

  private static HtmlMetadata of(String html) {
    return HtmlMetadata.read(Jsoup.parse(html), "page.html");
  }

  @Test
  void takesAGovernmentDocumentsOwnDateAndIssuerFromItsTableOrList() throws Exception {
    HtmlMetadata table = gov("xxgk-notice");
    assertEquals("示例省科学技术厅关于开展2024年度科技型中小企业评价工作的通知", table.title());
    assertEquals("2024-03-12", table.published());
    assertEquals(List.of("示例省科学技术厅"), table.authors());
    HtmlMetadata list = gov("xxgk-measures");
    assertEquals("2023-12-25", list.published());
    assertEquals(List.of("示例市科学技术局"), list.authors());
  }

  @Test
  void readsALabelledDateAfterTheSitesOwnDatedLists() throws Exception {
    assertEquals("2024-03-15", gov("date-in-text").published());
    assertEquals(List.of(), gov("date-in-text").authors());
  }

  @Test
  void datesAPageByItsCanonicalAddressOrItsFileName() throws Exception {
    assertEquals("2024-09-06", gov("canonical-address").published());
    assertEquals("2024-04-08", gov("t20240408_5512876").published());
  }

  @Test
  void readsAnAuthorWhoseLabelTheNextFieldFollowsWithoutASpaceAndTheTimeFromMeta() throws Exception {
    assertEquals(List.of("李文博"), gov("policy-interpretation").authors());
    assertEquals("2024-06-03T16:05:12", gov("policy-interpretation").published());
  }

  @Test
  void prefersANamedWriterToTheSiteInTheAuthorMetaTag() throws Exception {
    HtmlMetadata news = gov("work-news");
    assertEquals(List.of("陈蓉"), news.authors());
    assertEquals("2024-07-02T09:15:00", news.published());
    assertEquals("示例区召开科技创新大会 表彰一批创新企业和科技人才", news.title());
  }

  @Test
  void readsJsonLdAndSkipsABlockThatDoesNotParse() {
    HtmlMetadata m = of("<html><head><script type='application/ld+json'>{\"broken\": ,}</script>"
        + "<script type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-06-18T19:40:00+08:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"周安然\"}]}]</script></head><body><p>正文。</p></body></html>");
    assertEquals("2025-06-18T19:40:00", m.published());
    assertEquals(List.of("周安然"), m.authors());
  }

  @Test
  void readsAMonthFirstDateWithATwelveHourClockAfterALabel() {
    assertEquals("2004-09-17T17:54:13", of("<body><div>发布日期： 9/17/2004 5:54:13 PM</div><p>正文。</p></body>").published());
  }

  @Test
  void takesNoLabelThatFollowsAnAuthorForASecondAuthor() {
    assertEquals(List.of("林晓"), of("<body><span>作者：林晓 阅读量：3,216</span><p>正文。</p></body>").authors());
  }
}

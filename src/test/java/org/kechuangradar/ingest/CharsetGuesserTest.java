package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CharsetGuesserTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  private static String decode(String name) throws Exception {
    return CharsetGuesser.decode(name, Files.readAllBytes(FIXTURES.resolve(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"enc-utf8-nobom.txt", "enc-gb2312.txt", "enc-gbk.txt", "enc-utf16be-bom.txt"})
  void decodesSimplifiedArticleInEveryCommonEncoding(String name) throws Exception {
    assertTrue(decode(name).startsWith("上海发布具身智能产业行动方案"), name);
    assertTrue(decode(name).contains("上海市经济和信息化委员会日前印发行动方案"), name);
  }

  @Test
  void decodesBig5() throws Exception {
    assertTrue(decode("enc-big5.txt").startsWith("臺灣半導體研究中心發布報告"));
  }

  @Test
  void decodesUtf8WithByteOrderMarkAndDropsTheMark() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("samples/suzhou-ai-pilot.txt"));
    assertEquals((byte) 0xEF, bytes[0]);
    assertTrue(CharsetGuesser.decode("suzhou", bytes).startsWith("苏州发布"));
  }

  @Test
  void decodesUtf16LittleEndianWithByteOrderMark() throws Exception {
    assertTrue(CharsetGuesser.decode("bj", Files.readAllBytes(Path.of("samples/beijing-data-utf16.txt")))
        .startsWith("北京推进数据要素"));
  }

  @Test
  void refusesEmptyBinaryInvalidAndUndetectableInput() {
    assertEquals("empty file", assertThrows(InputException.class, () -> decode("bad/empty.txt")).reason());
    assertEquals("binary content, not text, HTML or PDF",
        assertThrows(InputException.class, () -> decode("bad/binary.dat")).reason());
    assertEquals("invalid UTF-8: undecodable byte at offset 1620",
        assertThrows(InputException.class, () -> decode("bad/invalid-utf8.txt")).reason());
    assertTrue(assertThrows(InputException.class, () -> decode("bad/undetectable.txt")).reason()
        .startsWith("encoding cannot be detected"));
  }

  @Test
  void prefersTheDeclaredCharset() throws Exception {
    byte[] gbk = "科技创新".getBytes("GBK");
    assertEquals("科技创新", CharsetGuesser.decode("x", gbk, "gb2312"));
  }

  @Test
  void readsUtf8PageThatDeclaresGbk() throws Exception {
    byte[] utf8 = "下周一，江阴大桥将半幅封闭施工。".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("下周一，江阴大桥将半幅封闭施工。", CharsetGuesser.decode("x", utf8, "gbk"));
  }

  @Test
  void toleratesAFewDamagedBytesInADeclaredCharset() throws Exception {
    byte[] good = "科技创新推动产业升级，".repeat(100).getBytes("GBK");
    byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
    damaged[good.length] = (byte) 0x80;
    assertTrue(CharsetGuesser.decode("x", damaged, "gb2312").startsWith("科技创新推动产业升级，"));
  }
}

package org.kechuangradar.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy of strategic emerging and future industries that policies, funds and regions are tagged with:
 * each industry and the words that signal it.
 */
public final class Industries {
  private static final Map<String, List<String>> SIGNALS = new LinkedHashMap<>();

  static {
    SIGNALS.put("人工智能", List.of("人工智能", "AI", "大模型", "生成式", "智能体", "模型券"));
    SIGNALS.put("算力", List.of("算力", "智算", "超算", "数据中心", "算网"));
    SIGNALS.put("脑机接口", List.of("脑机接口"));
    SIGNALS.put("数据要素", List.of("数据要素", "数据资产", "公共数据", "数据交易", "数据局"));
    SIGNALS.put("集成电路", List.of("集成电路", "芯片", "半导体", "晶圆"));
    SIGNALS.put("量子科技", List.of("量子"));
    SIGNALS.put("具身智能与机器人", List.of("具身智能", "机器人"));
    SIGNALS.put("新能源汽车", List.of("新能源汽车", "智能网联汽车", "动力电池"));
    SIGNALS.put("生物医药", List.of("生物医药", "生物制造", "创新药", "医疗器械"));
    SIGNALS.put("低空经济", List.of("低空经济", "无人机", "eVTOL"));
    SIGNALS.put("新型储能与氢能", List.of("储能", "氢能"));
    SIGNALS.put("数字化转型", List.of("数字化转型", "数字经济", "智能制造", "工业互联网"));
    SIGNALS.put("新型工业化", List.of("新型工业化", "制造业"));
    SIGNALS.put("未来产业", List.of("未来产业", "元宇宙", "第三代半导体", "6G"));
    SIGNALS.put("科技金融", List.of("金融", "基金", "投资"));
  }

  private Industries() {}

  /** Every word that signals an industry (算力, 大模型, 脑机接口 …). */
  public static java.util.Set<String> signalWords() {
    java.util.Set<String> all = new java.util.HashSet<>();
    SIGNALS.values().forEach(all::addAll);
    return all;
  }

  /** The industries a piece of text signals, in taxonomy order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : SIGNALS.entrySet()) {
      for (String signal : e.getValue()) {
        if (text.contains(signal)) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }
}

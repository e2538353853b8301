package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kechuangradar.extract.ConfidenceCalibration;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.model.Call;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.Extraction;
import org.kechuangradar.model.Facility;
import org.kechuangradar.model.Fund;
import org.kechuangradar.model.Indicator;
import org.kechuangradar.model.Instrument;
import org.kechuangradar.model.Organization;
import org.kechuangradar.model.Person;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.model.Region;
import org.kechuangradar.pipeline.Pipeline;
import org.kechuangradar.testing.ByHand;

/**
 * The confidence every fact carries: on short sentences of the kind news writes, a fact with more evidence of its own
 * scores higher than a weaker fact of its type, as its recognizer weighs the evidence, and no lower once calibrated;
 * every confidence of the sample articles lies in [0, 1], to two decimals.
 */
class ConfidenceTest {
  private static final Pipeline RAW = Extracting.uncalibrated();
  private static final Pipeline CALIBRATED = Extracting.pipeline();

  @Test
  void anEventWithItsOwnDayRegionAndActorOutscoresABareOne() {
    String strong = "3月5日，工业和信息化部在北京召开人工智能产业发展座谈会。";
    String weak = "近日，有关部门举行座谈会。";
    higher(strong, weak, Extraction::events, Event::confidence);
    // Events are the studied stories' commonest fact: there the calibrated curve keeps the two apart too.
    assertTrue(only(CALIBRATED, strong, Extraction::events).confidence()
        > only(CALIBRATED, weak, Extraction::events).confidence());
  }

  @Test
  void aPolicyWithItsIssuerDateAndVerbOutscoresATitleNamedInPassing() {
    higher("2024年1月，国务院办公厅印发《关于发展银发经济增进老年人福祉的意见》。",
        "《关于发展银发经济增进老年人福祉的意见》引起关注。", Extraction::policies, Policy::confidence);
  }

  @Test
  void aFacilityWithADatedStageAndItsPlaceOutscoresOneNamedInPassing() {
    higher("杭州城西智算中心于2023年8月在杭州市开工建设。", "会上提到了城西智算中心。",
        x -> x.domain().facilities(), Facility::confidence);
  }

  @Test
  void aFundWithItsOwnNameSizeAndSponsorOutscoresAKindOfFund() {
    higher("合肥市人民政府设立总规模100亿元的合肥市天使投资基金。", "会议决定设立产业基金，规模50亿元。",
        x -> x.domain().funds(), Fund::confidence);
  }

  @Test
  void aCallWithItsIssuerAndProjectsOutscoresABareOne() {
    higher("省科技厅发布2024年度揭榜挂帅项目榜单，共有9项。", "有关方面组织了揭榜挂帅项目。",
        x -> x.domain().calls(), Call::confidence);
  }

  @Test
  void anInstrumentWithItsAmountAndRegionOutscoresABareOne() {
    higher("成都市对购买算力服务的企业发放算力券，单个企业最高补贴500万元。", "企业可享受算力券。",
        x -> x.domain().instruments(), Instrument::confidence);
  }

  @Test
  void anIndicatorOfALevelByWhatItMeasuresOutscoresAChange() {
    higher("2023年，浙江省数字经济核心产业增加值达到9867亿元。", "其中，人工智能企业数量增长12%。",
        x -> x.domain().indicators(), Indicator::confidence);
  }

  @Test
  void aDeputysProposalOutscoresAnExpertsOpinion() {
    higher("全国人大代表雷军建议，加快制定人工智能法。", "清华大学教授李明认为，应当加快发展人工智能产业。",
        x -> x.domain().proposals(), Proposal::confidence);
  }

  @Test
  void aPersonNamedWithATitleOutscoresABareName() {
    higher("国家发展改革委主任郑栅洁表示，将加快推进项目。", "张伟表示，将加快推进项目。", Extraction::people,
        Person::confidence);
  }

  @Test
  void aBodyTheGazetteerKnowsOutscoresANameOnlyTheTaggerMarked() {
    higher("工业和信息化部发布2024年度揭榜挂帅项目榜单。", "省科技厅发布2024年度揭榜挂帅项目榜单。",
        Extraction::organizations, Organization::confidence);
  }

  @Test
  void aRegionNamedAsAPlaceOutscoresOneInsideAnAirportsName() {
    // 安国 is a county-level city's short name, and here only the middle of 雄安国际空港.
    higher("苏州市发布新政，苏州市将发放算力券。", "雄安国际空港正式投用。", Extraction::regions, Region::confidence);
  }

  @Test
  void everyConfidenceOfTheSampleArticlesLiesInTheUnitIntervalToTwoDecimals() throws IOException {
    Radar radar = new Radar();
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      samples = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    int facts = 0;
    for (Path sample : samples) {
      Document d;
      try {
        d = radar.extract(new Fetcher.Ref(sample.toString(), -1), null);
      } catch (org.kechuangradar.ingest.InputException e) {
        throw new AssertionError(sample + ": " + e.getMessage(), e);
      }
      for (double c : confidences(d.extraction())) {
        assertTrue(c >= 0 && c <= 1, sample + ": confidence " + c);
        assertEquals(Math.round(c * 100) / 100.0, c, 0, sample + ": confidence " + c + " has more than two decimals");
        facts++;
      }
    }
    assertTrue(facts > 100, "the samples hold " + facts + " facts");
  }

  @Test
  void calibrationRisesWithTheRawConfidenceForEveryType() {
    ConfidenceCalibration shipped = ConfidenceCalibration.shipped();
    for (String type : ConfidenceCalibration.TYPES) {
      double before = 0;
      for (int raw = 0; raw <= 100; raw++) {
        double c = shipped.calibrated(type, raw / 100.0);
        assertTrue(c >= before && c <= 1, type + " falls at raw " + raw / 100.0);
        before = c;
      }
    }
  }

  /**
   * The only fact of its kind in {@code strong} scores higher than that of {@code weak} by its recognizer's evidence,
   * and no lower once calibrated.
   */
  private static <T> void higher(String strong, String weak, Function<Extraction, List<T>> facts,
      ToDoubleFunction<T> confidence) {
    double strongRaw = confidence.applyAsDouble(only(RAW, strong, facts));
    double weakRaw = confidence.applyAsDouble(only(RAW, weak, facts));
    assertTrue(strongRaw > weakRaw, strong + " " + strongRaw + " vs " + weak + " " + weakRaw);
    double strongCalibrated = confidence.applyAsDouble(only(CALIBRATED, strong, facts));
    double weakCalibrated = confidence.applyAsDouble(only(CALIBRATED, weak, facts));
    assertTrue(strongCalibrated >= weakCalibrated, strongCalibrated + " vs " + weakCalibrated + " calibrated");
  }

  private static <T> T only(Pipeline pipeline, String sentence, Function<Extraction, List<T>> facts) {
    List<T> found = facts.apply(pipeline.process(ByHand.text("2024-03-06", sentence)).extraction());
    assertEquals(1, found.size(), sentence + ": " + found);
    return found.get(0);
  }

  private static List<Double> confidences(Extraction x) {
    List<Double> out = new ArrayList<>();
    x.regions().forEach(f -> out.add(f.confidence()));
    x.organizations().forEach(f -> out.add(f.confidence()));
    x.people().forEach(f -> out.add(f.confidence()));
    x.policies().forEach(f -> out.add(f.confidence()));
    x.events().forEach(f -> out.add(f.confidence()));
    x.domain().facilities().forEach(f -> out.add(f.confidence()));
    x.domain().funds().forEach(f -> out.add(f.confidence()));
    x.domain().calls().forEach(f -> out.add(f.confidence()));
    x.domain().instruments().forEach(f -> out.add(f.confidence()));
    x.domain().indicators().forEach(f -> out.add(f.confidence()));
    x.domain().proposals().forEach(f -> out.add(f.confidence()));
    return out;
  }
}

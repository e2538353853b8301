#!/usr/bin/env python3
"""Draws the news stories for blind gold and precision audits from ../shared/data/xwlb/stories.jsonl.

A keyword filter keeps stories about science, technology, industry or policy of a length a person can annotate;
a random draw with a fixed seed then picks them, so nobody chooses stories by reading them. Run once; the output
(src/test/resources/xwlb/selection.tsv) is committed and never redrawn:
  tune   50 stories whose gold may be studied and fixed against
  blind  50 stories whose gold is only scored and reported
  audit  80 further stories for the precision audit (outside the tune half)
  ner    200 further stories whose names are annotated to train the entity tagger (studied like the tune half)
  audit2 80 further stories for a second audit, after the fixes the first one led to
  dtune, dblind  40 + 40 further stories with the field's records (funds, calls, proposals, facilities,
                 instruments, targets), gold written for them from the text alone
  audit3 80 further stories of the same kind for a third audit, of the domain records
  ptune  20 further stories where a deputy, member or expert proposes, recommends or calls for something, gold
         written for their proposals (there were too few in the other halves to tune on)
  audit4 60 further stories with the field's records, for a fourth audit (issue 14)
  review 120 further stories whose people and organizations editors review, to train the tagger on their
         corrections and measure what that does to the blind figures (issue 15)
usage: scripts/select-stories.py [STORIES.jsonl] [OUT.tsv]
"""
import json, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/xwlb/stories.jsonl"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "src/test/resources/xwlb/selection.tsv"
SEED = 20261201
KEYWORDS = ["科技", "创新", "产业", "研发", "人工智能", "芯片", "数字", "制造", "专利", "算力", "新能源",
            "政策", "方案", "规划", "实验室", "高新", "数据", "技术", "工业", "企业", "项目", "投资", "基金"]
MIN_HITS, MIN_CHARS, MAX_CHARS = 5, 300, 3000
# Cues of the field's records; a story must hold words of at least two of these groups to be drawn for them.
DOMAIN = [["基金"], ["揭榜", "征集", "申报", "大赛"], ["代表", "委员", "建议", "呼吁"],
          ["装置", "算力中心", "数据中心", "实验室", "产业园", "基地"], ["补贴", "奖励", "券", "减免", "贴息"],
          ["目标", "到20", "力争", "预计"], ["开工", "投产", "建成", "揭牌", "签约", "上线"]]

PROPOSER, PROPOSES = r"人大代表|政协委员|代表|委员|专家|院士", r"建议|呼吁|提出|认为"

def plain(html):
    return re.sub(r"<[^>]+>", "", html)

def main():
    pool = []
    for line in STORIES.open(encoding="utf-8"):
        story = json.loads(line)
        text = plain(story["html"])
        if MIN_CHARS <= len(text) <= MAX_CHARS and sum(text.count(k) for k in KEYWORDS) >= MIN_HITS:
            pool.append(story["id"])
    pool.sort()
    drawn = random.Random(SEED).sample(pool, 180)
    halves = ["tune"] * 50 + ["blind"] * 50 + ["audit"] * 80
    # Drawn after the first 180 and from the rest, so that adding them left the earlier draw as it was.
    rest = sorted(set(pool) - set(drawn))
    drawn += random.Random(SEED + 1).sample(rest, 200)
    halves += ["ner"] * 200
    rest = sorted(set(pool) - set(drawn))
    drawn += random.Random(SEED + 2).sample(rest, 80)
    halves += ["audit2"] * 80
    domain = []
    for line in STORIES.open(encoding="utf-8"):
        story = json.loads(line)
        text = plain(story["html"])
        groups = sum(any(w in text for w in g) for g in DOMAIN)
        if story["id"] not in drawn and MIN_CHARS <= len(text) <= MAX_CHARS and groups >= 2:
            domain.append(story["id"])
    domain.sort()
    drawn += random.Random(SEED + 3).sample(domain, 160)
    halves += ["dtune"] * 40 + ["dblind"] * 40 + ["audit3"] * 80
    proposing = []
    for line in STORIES.open(encoding="utf-8"):
        story = json.loads(line)
        text = plain(story["html"])
        if (story["id"] not in drawn and MIN_CHARS <= len(text) <= MAX_CHARS and re.search(PROPOSER, text)
                and re.search(PROPOSES, text)):
            proposing.append(story["id"])
    proposing.sort()
    drawn += random.Random(SEED + 4).sample(proposing, 20)
    halves += ["ptune"] * 20
    drawn += random.Random(SEED + 5).sample(sorted(set(domain) - set(drawn)), 60)
    halves += ["audit4"] * 60
    drawn += random.Random(SEED + 6).sample(sorted(set(pool) - set(drawn)), 120)
    halves += ["review"] * 120
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# drawn by scripts/select-stories.py, seed {SEED}, from {len(pool)} stories that pass the filter\n")
        out.write("id\thalf\n")
        for sid, half in sorted(zip(drawn, halves), key=lambda p: (p[1], p[0])):
            out.write(f"{sid}\t{half}\n")
    print(f"{len(pool)} stories pass the filter; wrote {OUT}")

if __name__ == "__main__":
    main()

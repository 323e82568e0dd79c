// Generators of notice text for the property tests: realistic fragments (headings 一、/（一）/1.1/1001,
// labels such as 考核指标：, KPI sentences, money, duration and ratio clauses) composed in any order, with the
// noise of real inputs (page numbers, running headers, wraps inside words, full-width forms, Kangxi
// radicals, LaTeX, traditional characters and pinyin debris, CRLF, form feeds, control characters).
import fc from "fast-check";

const CN_DIGITS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = fc.integer({ min: 1, max: 10 }).map((n) => CN_DIGITS[n - 1]);
const small = fc.integer({ min: 1, max: 12 });

const AREA_TITLES = ["人工智能重大科技专项", "新能源", "生物医药领域", "先进制造与自动化", "國際科技合作", "现代农业"];
const DIRECTION_TITLES = [
  "国产芯片适配及算电融合关键技术研究与示范应用",
  "高效钙钛矿太阳能电池关键技术",
  "森林防火多模态大模型与智能预警处置平台研发",
  "固态锂电池正极材料（基础研究类）",
  "面向工业互联网的安全防护技术（揭榜挂帅）",
  "新型疫苗佐剂研发",
];
const METRICS = ["光电转换效率", "发明专利申请数", "能量密度", "循环寿命", "响应时间", "识别准确率", "国产化率", "算力利用率", "服务延迟"];
const OPS = ["不低于", "不少于", "≥", "≤", "不超过", "大于", "小于", "至少", "达到", "约", "＞", "$\\geq ", "$\\leq ", "⩾"];
const SUFFIXES = ["", "", "以上", "以内", "以下", "及以上", "左右"];
const UNITS = ["%", "件", "项", "个", "家", "Wh/kg", "ms", "次", "万元", "mΩ·cm2", "TOPS/W", "万套", "°C", "小时", "篇", "％"];

const value = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
  // full-width digits and Chinese numerals, as converters and writers leave them
  fc.integer({ min: 0, max: 999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
  fc.constantFrom("一", "两", "三", "十", "二十"),
);

/** One KPI clause: 光电转换效率不低于25%, 3-5个, 1×10⁶cm-2. */
export const kpiClause = fc.oneof(
  fc
    .tuple(fc.constantFrom(...METRICS), fc.constantFrom(...OPS), value, fc.constantFrom(...UNITS), fc.constantFrom(...SUFFIXES))
    .map(([m, op, v, u, s]) => (op.startsWith("$") ? `${m}${op}${v}${u === "%" ? "\\%" : u}$${s}` : `${m}${op}${v}${u}${s}`)),
  fc.tuple(fc.constantFrom(...METRICS), small, small, fc.constantFrom("-", "~", "至", "～")).map(([m, a, b, sep]) => `${m}${a}${sep}${a + b}个`),
  fc.constantFrom("缺陷密度≤1×106cm-2", "载流子迁移率≥10²cm²/V·s", "分别不低于90%和60%", "碳排放降低40%以上", "精度优于±0.1mm", "每小时60片"),
);

/** A KPI line: a list marker, one or more clauses, and an end. */
export const kpiLine = fc
  .tuple(
    fc.constantFrom("", "1.", "（1）", "(2)", "①", "3、", "二、"),
    fc.array(kpiClause, { minLength: 1, maxLength: 3 }),
    fc.constantFrom("。", "；", "", "，"),
  )
  .map(([marker, clauses, end]) => `${marker}${clauses.join("，")}${end}`);

const heading = fc.oneof(
  fc.tuple(cn, fc.constantFrom(...AREA_TITLES)).map(([n, t]) => `${n}、${t}`),
  fc.tuple(cn, fc.constantFrom(...DIRECTION_TITLES)).map(([n, t]) => `（${n}）${t}`),
  fc.tuple(small, small, fc.constantFrom(...DIRECTION_TITLES)).map(([a, b, t]) => `${a}.${b} ${t}`),
  fc.tuple(small, small, fc.constantFrom(...DIRECTION_TITLES)).map(([a, b, t]) => `${a}${String(b).padStart(3, "0")} ${t}`),
  fc.tuple(cn, fc.constantFrom(...DIRECTION_TITLES)).map(([n, t]) => `专题${n}：${t}`),
  fc.tuple(cn, fc.constantFrom(...DIRECTION_TITLES)).map(([n, t]) => `任务${n} ${t}`),
);

const label = fc.oneof(
  fc.constant("考核指标："),
  fc.constant("研究内容：研究高效稳定的制备工艺，突破关键技术。"),
  fc.tuple(fc.integer({ min: 50, max: 5000 }), fc.constantFrom("榜单金额：不超过", "支持经费：", "省财政资助经费不超过", "拟支持项目数：1项，资助强度")).map(([n, l]) => `${l}${n}万元`),
  fc.tuple(small, fc.constantFrom("实施期限：不超过", "执行期限：", "项目实施周期")).map(([n, l]) => `${l}${n}年`),
  fc.tuple(fc.integer({ min: 1, max: 5 })).map(([n]) => `配套经费与国拨经费比例不低于${n}:1`),
  fc.constantFrom("组织方式：揭榜挂帅", "定向委托紫金山实验室组织实施", "有关说明：项目须产学研联合申报，参与单位不超过5家。", "申报单位须为在四川省内注册的独立法人。", "项目负责人年龄不超过50周岁（1975年1月1日以后出生）。"),
  fc.constantFrom("关键词：大模型；国产芯片", "支持年限：2025年1月至2027年12月", "截止时间：2025年3月31日17:00"),
);

const noise = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map((n) => `- ${n} -`),
  fc.integer({ min: 1, max: 300 }).map((n) => `第 ${n} 页 共 300 页`),
  fc.integer({ min: 1, max: 300 }).map(String),
  fc.constantFrom("", "", "  ", "\t", "\f", "2025年度重点研发计划项目申报指南", "川科计〔2025〕12号", "附件1"),
  fc.constantFrom("⼀、⼈⼯智能", "關(guān)鍵(jiàn)技術(shù)", "$\\geq 20\\%$", "$1\\times10^{6}$", "１２３４５", "Ｗｈ／ｋｇ", "Ｍ ｉ ｃ ｒ ｏ", "**加粗**", "# 标题", "> 引用"),
  fc.string({ unit: fc.constantFrom(..."一二、（）.1０：%≥\u0000\u0007\u001b\u00a0\u3000\r\t 丨|ˉ·—"), maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);

/** One fragment of a notice: a few lines. */
const fragment = fc.oneof(
  { weight: 3, arbitrary: heading.map((h) => [h]) },
  { weight: 3, arbitrary: label.map((l) => [l]) },
  { weight: 4, arbitrary: fc.array(kpiLine, { minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: noise.map((n) => [n]) },
  // a sentence hard-wrapped in the middle, as PDFs and seed 003 have it
  {
    weight: 1,
    arbitrary: fc.tuple(kpiLine, fc.nat()).map(([l, k]) => {
      const at = l.length > 1 ? 1 + (k % (l.length - 1)) : 0;
      return [l.slice(0, at), l.slice(at)];
    }),
  },
);

/** A whole notice: a title, fragments in any order, and a line break style. */
export const noticeText = fc
  .tuple(
    fc.constantFrom("", "2025年度四川省科技计划项目申报指南\n\n", "关于组织申报2025年度重点研发计划的通知\n"),
    fc.array(fragment, { maxLength: 30 }),
    fc.constantFrom("\n", "\n", "\r\n", "\n\n"),
  )
  .map(([title, fragments, eol]) => title + fragments.flat().join(eol));

/** A notice that states at least one direction with KPIs, so the model is not empty. */
export const directionNotice = fc
  .tuple(fc.array(fc.tuple(heading, fc.array(label, { maxLength: 2 }), fc.array(kpiLine, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }), noticeText)
  .map(([dirs, rest]) => dirs.map(([h, ls, ks]) => [h, ...ls, "考核指标：", ...ks].join("\n")).join("\n") + "\n" + rest);

/**
 * Units of 考核指标 and budgets (计量单位 / 量词), as data: money, count classifiers, Chinese measure words
 * with the symbol they stand for, and compound units read whole. The threshold reader (extract/unit.ts)
 * recognises them, longest first; the check (check/units.ts) converts between them.
 */

/** Money units: kept as written in KPIs; the money reader and the check convert them to 元. */
export const MONEY_UNITS = [
  "百万元", "千万元", "万美元", "亿美元", "万元", "亿元", "千元", "美元", "元", "萬元", "億元", "百萬元", "千萬元", "萬美元",
] as const;

/**
 * Count classifiers (量词) after a counted deliverable: 5项, 3个, 6家, 两种, 1万套. A classifier only counts
 * when it directly follows the number, so "5项以上关键技术" keeps 项.
 */
export const COUNT_CLASSIFIERS = [
  "个百分点", "百分点", "人次", "节点", "个", "项", "件", "家", "种", "类", "套", "款", "台", "条", "份", "篇",
  "部", "颗", "例", "位", "维", "卡", "倍", "次", "路", "所", "名", "人", "户", "座", "处", "张", "本", "批",
  "轮", "片", "块", "根", "只", "株", "支", "组", "门", "首", "场", "期", "向", "帧", "字", "册", "届", "床",
  "辆", "剂", "艘", "架", "棵", "头", "盒", "瓶", "粒", "枚", "栋", "间", "孔", "口", "站", "段", "集",
  "通道", "线程", "核", "层", "道", "行", "帧/秒", "拷贝", "菌落",
  "台套", // 1万台套: one 台 with its 套 of accessories
  "参数", // 130亿参数 (of a model)
  "网格", // 1000万网格 (of a simulation)
  "轴", // 联动轴数≥5轴
  "个波长", "波长", // 8个波长
  "数字通道", // 64数字通道
  "像素", // 100万像素
  "条轨迹", // 10万条轨迹
  // traditional forms (繁体), for notices read before conversion
  "項", "個", "種", "類", "臺", "條", "顆", "維", "節點", "組", "張", "輪", "塊", "場", "個百分點", "百分點",
] as const;

// SI units named in Chinese, and the SI prefixes written before them (毫欧 = mΩ, 千伏 = kV, 吉瓦时 = GWh): the
// prefixed names are made from these, so that every one a notice may write is read (MEASURE_WORDS).
const SI_BASES: Readonly<Record<string, string>> = {
  欧姆: "Ω", 瓦: "W", 瓦时: "Wh", 伏: "V", 伏特: "V", 安: "A", 安培: "A", 安时: "Ah", 赫兹: "Hz", 赫: "Hz",
  焦耳: "J", 焦: "J", 帕: "Pa", 帕斯卡: "Pa", 法拉: "F", 西门子: "S", 特斯拉: "T", 克: "g", 升: "L", 米: "m", 秒: "s",
};
const SI_PREFIXES: Readonly<Record<string, string>> = { 太: "T", 吉: "G", 兆: "M", 千: "k", 毫: "m", 微: "μ", 纳: "n", 皮: "p" };
// 毫欧: the prefixed ohm is also written with 欧 alone (欧 by itself is too often 欧元 to be a unit)
const SI_PREFIXED: Record<string, string> = Object.fromEntries(
  Object.entries(SI_PREFIXES).flatMap(([p, ps]) => [...Object.entries(SI_BASES), ["欧", "Ω"]].map(([b, bs]) => [p + b, ps + bs])),
);

/**
 * Chinese measure words and the symbol each stands for ("" where the word is its own unit: 年, 亩): 小时 → h,
 * 平方厘米 → cm2, 千瓦时 → kWh, and every SI unit with its prefixes (SI_BASES × SI_PREFIXES). The check compares
 * 3小时 with 180min through the symbol.
 */
export const MEASURE_WORDS: Readonly<Record<string, string>> = {
  ...SI_PREFIXED,
  ...SI_BASES,
  小时: "h", 小時: "h", 分钟: "min", 分鐘: "min", 秒钟: "s", 秒: "s", 毫秒: "ms", 微秒: "μs", 纳秒: "ns",
  天: "", 周: "", 个月: "", 個月: "", 月: "", 年: "", 日: "",
  米: "m", 千米: "km", 公里: "km", 公裡: "km", 厘米: "cm", 釐米: "cm", 毫米: "mm", 微米: "μm", 纳米: "nm", 納米: "nm",
  平方米: "m2", 平方厘米: "cm2", 平方毫米: "mm2", 平方公里: "km2", 平方千米: "km2", 立方米: "m3",
  克: "g", 千克: "kg", 公斤: "kg", 毫克: "mg", 微克: "μg", 纳克: "ng", 皮克: "pg", 吨: "t", 噸: "t", 万吨: "10^4t",
  毫升: "mL", 微升: "μL", 纳升: "nL",
  瓦: "W", 千瓦: "kW", 兆瓦: "MW", 吉瓦: "GW", 瓦时: "Wh", 千瓦时: "kWh", 度电: "kWh", 瓦每平方米: "W/m2",
  伏: "V", 伏特: "V", 千伏: "kV", 安: "A", 安培: "A", 毫安时: "mAh", 安时: "Ah", 赫兹: "Hz",
  字节: "B", 比特: "bit", 欧姆: "Ω", 焦耳: "J", 千焦: "kJ", 兆焦: "MJ", 兆帕: "MPa", 千帕: "kPa", 帕: "Pa",
  分贝: "dB", 电子伏特: "eV", 摄氏度: "°C", 度: "", 角秒: "″", 弧秒: "″", 角分: "′", 弧分: "′",
  亩: "", 公顷: "", 流明: "lm", 勒克斯: "lx",
  // units spelled out in words: 吉赫兹 = GHz, 吉比特每秒 = Gbps, 像素每英寸 = PPI, 尼特 = cd/m²
  千赫兹: "kHz", 兆赫兹: "MHz", 吉赫兹: "GHz", 太赫兹: "THz", 千赫: "kHz", 兆赫: "MHz", 吉赫: "GHz",
  比特每秒: "bps", 千比特每秒: "Kbps", 兆比特每秒: "Mbps", 吉比特每秒: "Gbps", 太比特每秒: "Tbps",
  千字节: "KB", 兆字节: "MB", 吉字节: "GB", 太字节: "TB",
  毫瓦: "mW", 微瓦: "μW", 纳瓦: "nW", 毫伏: "mV", 微伏: "μV", 毫安: "mA", 微安: "μA",
  像素每英寸: "PPI", 尼特: "cd/m2", 坎德拉每平方米: "cd/m2",
};

/**
 * Units read whole, before the general grammar of Latin units (which would stop at their first odd
 * character): a percent of full scale (%FS, %FS/℃), rates of angle (°/h, °/√h), radiation dose (Mrad(Si),
 * Gy/(L·min)), flux per area and time (L/(m2·h)), strain (με), resistances per area (mΩ·cm2), and units
 * written in LaTeX words by converters (\text{尼特} → nit).
 */
export const COMPOUND_UNITS: Readonly<Record<string, string>> = {
  "%FS/℃": "%FS/°C", "%FS/°C": "%FS/°C", "%FS/年": "%FS/年", "%FS/a": "%FS/a", "%FS": "%FS", "%RH": "%RH", "%LEL": "%LEL",
  "°/√h": "°/√h", "°/h": "°/h", "°/s": "°/s", "°/min": "°/min",
  "μGal/√Hz": "μGal/√Hz", "μg/√Hz": "μg/√Hz", "nT/√Hz": "nT/√Hz", "pT/√Hz": "pT/√Hz",
  "Mrad(Si)": "Mrad(Si)", "krad(Si)": "krad(Si)", "rad(Si)": "rad(Si)",
  "Gy/(L·min)": "Gy/(L·min)", "L/(m2·h)": "L/(m2·h)", "L/(m²·h)": "L/(m2·h)", "L/(m^2·h)": "L/(m2·h)", "LMH": "L/(m2·h)",
  "με": "με", "mΩ·cm2": "mΩ·cm2", "mΩ·cm²": "mΩ·cm2", "mohm·cm2": "mΩ·cm2", "ohmcm2": "Ω·cm2", "Ω·cm2": "Ω·cm2", "Ω·cm²": "Ω·cm2",
  "\\text{尼特}": "nit", "\\text{吉赫兹}": "GHz", "\\text{兆赫兹}": "MHz", "\\text{毫秒}": "ms",
};

/**
 * Letters that scale a plain count, as in model sizes and token counts (7B parameters = 70亿, 128K tokens):
 * read so only against a count without a unit, where no physical unit could be meant.
 */
export const COUNT_MAGNITUDES: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Metrics where smaller is better (ANNOTATION.md: error, noise, drift, latency, loss, power): "优于" a value of
 * one of them is at most that value (距离测量偏差优于30厘米, 时钟同步误差优于100ns).
 */
export const SMALLER_IS_BETTER = ["误差", "偏差", "噪声", "噪音", "漂移", "延迟", "时延", "损耗", "功耗", "能耗", "抖动", "漏率", "衰减"] as const;

/** Metrics that are smaller-is-better when measured in a length, an angle or a time (定位精度优于1mm, 光谱分辨率优于3nm), not in % or a count. */
export const SMALLER_IS_BETTER_IN_UNITS = ["精度", "分辨率"] as const;

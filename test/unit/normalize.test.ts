import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { GuideError } from "../../src/core/errors.js";
import { MappedText } from "../../src/core/mapped-text.js";
import { isDebrisLine, removeDebrisLines, removePinyinDebris } from "../../src/normalize/debris.js";
import { decodeText } from "../../src/normalize/encoding.js";
import { joinLetterSpacing, removePageFurniture } from "../../src/normalize/furniture.js";
import { normalizeNotice, trimLines } from "../../src/normalize/index.js";
import { replaceKangxiRadicals } from "../../src/normalize/kangxi.js";
import { convertLatex } from "../../src/normalize/latex.js";
import { expandSuperscripts } from "../../src/normalize/superscript.js";
import { simplify } from "../../src/normalize/traditional.js";
import { toHalfWidthForms } from "../../src/normalize/width.js";
import { wrapSeparator } from "../../src/normalize/wraps.js";

const run = (fn: (t: MappedText) => MappedText) => (s: string) => fn(MappedText.fromRaw(s)).text;

/** Origins never go backwards, and the end entry maps to the raw end. */
function expectMonotonic(t: MappedText, rawLength: number): void {
  expect(t.origin.length).toBe(t.text.length + 1);
  for (let i = 1; i < t.origin.length; i++) expect(t.origin[i]).toBeGreaterThanOrEqual(t.origin[i - 1]);
  expect(t.origin[t.text.length]).toBe(rawLength);
}

describe("toHalfWidthForms: full-width digits, letters, operators → ASCII; CJK punctuation kept", () => {
  it.each([
    ["不低于８０％", "不低于80%"],
    ["ＡＩ芯片算力≥１０ＴＯＰＳ", "AI芯片算力≥10TOPS"],
    ["１．本年度围绕", "1.本年度围绕"], // seed 002 numbers items with a full-width stop
    ["３－５年", "3-5年"],
    ["比例＜＝１／２", "比例<=1/2"],
    ["（一）组织方式：", "（一）组织方式："],
    ["经费，不超过。“揭榜挂帅”、；", "经费，不超过。“揭榜挂帅”、；"],
    ["项目\u3000名称", "项目 名称"],
    ["２０～３０＊＆＠＃＋＝＞", "20~30*&@#+=>"],
    // check-own16 10 (合计２，０００万元: a thousands comma typed full width); in other words, and commas that are clauses'
    ["总投资１，５００万元，分３年拨付", "总投资1,500万元，分3年拨付"],
    ["第１，２项；共１２，３４５６个", "第1，2项；共12，3456个"],
  ])("%s → %s", (input, expected) => {
    expect(run(toHalfWidthForms)(input)).toBe(expected);
  });
});

describe("replaceKangxiRadicals: look-alike radicals → ordinary ideographs, nothing else", () => {
  it.each([
    ["⼀⼯⼈", "一工人"],
    ["⼈⼯智能", "人工智能"],
    ["⼗⼤⽅向", "十大方向"],
    ["⺠⽣", "民生"], // U+2EA0 CJK Radicals Supplement
    ["\uF900\uF9B5", "豈例"], // compatibility ideographs
    ["\u{2F800}", "\u4E3D"], // CJK Compatibility Ideographs Supplement (astral)
    ["10⁶次，①5项", "10⁶次，①5项"], // NFKC would give 106 and 15
  ])("%s → %s", (input, expected) => {
    expect(run(replaceKangxiRadicals)(input)).toBe(expected);
  });
});

describe("expandSuperscripts: exponents spelled with ^, subscripts plain", () => {
  it.each([
    ["循环寿命≥10⁶次", "循环寿命≥10^6次"],
    ["电流密度1A·cm⁻²", "电流密度1A·cm^-2"],
    ["面积≥500cm²", "面积≥500cm^2"],
    ["10⁻⁷/°C", "10^-7/°C"],
    ["Fe²⁺≤10ppm", "Fe^2+≤10ppm"],
    ["CO₂捕集率", "CO2捕集率"],
    ["1×10⁶cm-2", "1×10^6cm-2"],
  ])("%s → %s", (input, expected) => {
    expect(run(expandSuperscripts)(input)).toBe(expected);
  });
});

describe("convertLatex: every LaTeX form of seed 001 comes out clean", () => {
  it.each([
    ["$\\geq 20\\%$", "≥20%"],
    ["$>1000\\text{cm}^2$", ">1000cm^2"],
    ["积 $>1000\\text{cm}^2$ 的产品", "积>1000cm^2的产品"],
    ["效率衰减 $<10\\%$ ；半径", "效率衰减<10%；半径"],
    ["在 $50\\pm10^{\\circ}\\text{C}$ 、AM1.5G", "在50±10°C、AM1.5G"],
    ["$\\leqslant 90^{\\circ}\\text{C}$", "≤90°C"],
    ["$\\geq 400^\\circ\\text{C}$", "≥400°C"],
    ["$\\leq 16 \\times 10^{-7}/^{\\circ}\\text{C}$", "≤16×10^-7/°C"],
    ["$\\geq 10^6$", "≥10^6"],
    ["$\\leq 2.0\\text{GJ/tCO}_2$", "≤2.0GJ/tCO2"],
    ["$\\leq 1.8 \\text{ 元/kg H}_2$", "≤1.8元/kg H2"],
    ["$\\leq 50\\text{m}\\Omega\\cdot\\text{cm}^2$", "≤50mΩ·cm^2"],
    ["$\\leq 10\\mu\\text{m}$", "≤10μm"],
    ["$\\leq 2\\text{wt\\%}$", "≤2wt%"],
    ["$1/2\\sim 1$", "1/2~1"],
    ["$2.0\\text{~}3.0\\mu\\text{m}$", "2.0~3.0μm"],
    ["$-40^\\circ\\text{C} \\sim 150^\\circ\\text{C}$", "-40°C~150°C"],
    ["$\\text{Fe}^{2+} \\leq 10\\text{ppm}$", "Fe^2+≤10ppm"],
    ["$\\text{F}^- \\leq 20\\text{ppm}$", "F^-≤20ppm"],
    ["$\\alpha(\\text{CO}_2/\\text{H}_2) \\geq 60$", "α(CO2/H2)≥60"],
    ["$\\varnothing 4\\text{mm}\\times 10\\text{mm}$", "∅4mm×10mm"],
    ["$\\geq 50\\text{TOPS/W}@\\text{INT8}$", "≥50TOPS/W@INT8"],
    ["$\\geq 0.6\\text{A/cm}^2 @ \\leq 800^\\circ\\text{C}$", "≥0.6A/cm^2@≤800°C"],
    ["$\\geq 5000 \\text{ 像素每英寸}$", "≥5000像素每英寸"],
    ["$V\\pi L \\leq 0.5\\text{V}\\cdot\\text{cm}$", "VπL≤0.5V·cm"],
    ["$dV/dt > 80$", "dV/dt>80"],
    ["$10^{21}W/cm^2$", "10^21W/cm^2"],
    ["$\\leq 5\\text{kWh/kg Fe}$", "≤5kWh/kg Fe"],
    ["$\\geq 3000\\text{L}/(\\text{g}_{\\text{cat}}\\text{h})$", "≥3000L/(g_cath)"],
    ["$3\\sim8\\sigma$", "3~8σ"],
    ["$\\geq 10000:1$", "≥10000:1"],
    ["$\\approx 5\\%$，$\\lt 3$，$\\gt 4$", "≈5%，<3，>4"],
    ["$\\mathrm{mg}$ 与 $\\mathbf{x}$", "mg与x"],
    ["$\\frac{1}{2}$", "1/2"],
    ["$$\\geq 5$$", "≥5"],
    // Bare commands outside any $ (seed 001).
    ["脱氢量 \\geqslant 吸氢量的90%", "脱氢量≥吸氢量的90%"],
    ["波束偏转步长角 \\leq\n2.5°", "波束偏转步长角≤\n2.5°"],
    // Money, not math: left alone.
    ["costs $100 and $200", "costs $100 and $200"],
    ["C:\\Users\\data", "C:\\Users\\data"],
  ])("%s → %s", (input, expected) => {
    expect(run(convertLatex)(input)).toBe(expected);
  });

  it("maps each digit to its own raw character and the symbol to its command", () => {
    const raw = "精度 $\\geq 20\\%$ 。";
    const t = convertLatex(MappedText.fromRaw(raw));
    expect(t.text).toBe("精度≥20%。");
    expect(raw[t.rawOffset(2)]).toBe("\\");
    expect(raw.slice(t.rawOffset(2), t.rawOffset(2) + 4)).toBe("\\geq");
    expect(raw[t.rawOffset(3)]).toBe("2");
    expect(raw[t.rawOffset(4)]).toBe("0");
    expect(raw[t.rawOffset(6)]).toBe("。");
    expectMonotonic(t, raw.length);
  });
});

describe("removePinyinDebris: tone-marked pinyin after a character goes, real parentheses stay", () => {
  it.each([
    ["中關(guān)村強鏈工程", "中關村強鏈工程"],
    ["技術(shù)需求", "技術需求"],
    ["體(tǐ)系", "體系"],
    ["發(fā)布《中關(guān)村國家自主創(chuàng)新示範區(qū)", "發布《中關村國家自主創新示範區"],
    ["IPC(網(wǎng)絡攝像機)加密", "IPC(網絡攝像機)加密"],
    ["(記者 于立霄)", "(記者 于立霄)"],
    ["實施方案(2020—2025年)", "實施方案(2020—2025年)"],
    ["方案(a)与方案(b)", "方案(a)与方案(b)"],
  ])("%s → %s", (input, expected) => {
    expect(run(removePinyinDebris)(input)).toBe(expected);
  });
});

describe("isDebrisLine: web-page and document-site debris, never notice text", () => {
  it.each([
    // seed 000 (document site chrome)
    ["- 0", true],
    ["- 约4.93千字", true],
    ["- 约 10页", true],
    ["- 2026-02-13 发布于四川", true],
    ["- 举报", true],
    ["举报", true],
    ["原创力文档", true],
    ["文档评论(0)", true],
    // seed 004 (news portal)
    ["首頁 新聞 > 科技 > 正文", true],
    ["最近更新", true],
    ["關(guān)于本站 管理團隊 版權(quán)申明 網(wǎng)站地圖 聯(lián)系合作 招聘信息", true],
    ["Copyright © 2005-2018 創(chuàng)投網(wǎng) - mallikadua.com All rights reserved", true],
    ["聯(lián)系我們:33 92 950@qq.com", true],
    ["豫ICP備2020035879號-12", true],
    ["京ICP备12345678号", true],
    // real notice lines
    ["2026年技术攻关项目推进工作计划", false],
    ["一、总体目标与重点方向", false],
    ["(一)高端芯片与集成电路攻关", false],
    ["關(guān)鍵詞: 強鏈工程 技術(shù)需求榜單", false],
    ["(記者 于立霄)", false],
    ["联系人：张三，电话：025-12345678，邮箱：abc@qq.com", false],
    ["3-5个", false],
    ["附件", false],
    ["", false],
  ])("%s → %s", (line, expected) => {
    expect(isDebrisLine(line)).toBe(expected);
  });

  it("removes whole lines with their newline, keeping the rest", () => {
    const raw = "- 0\n- 举报\n2026年技术攻关项目推进工作计划\n正文\n原创力文档\n\n文档评论(0)";
    const t = removeDebrisLines(MappedText.fromRaw(raw));
    expect(t.text).toBe("2026年技术攻关项目推进工作计划\n正文\n\n");
    expect(t.rawOffset(0)).toBe(raw.indexOf("2026"));
    expectMonotonic(t, raw.length);
  });
});

describe("removePageFurniture: page numbers and running headers", () => {
  it.each([
    ["质量能量密\n\n— 58 —\n\n度≥500Wh/kg", "质量能量密\n\n\n度≥500Wh/kg"], // seed 002
    ["正文\n- 3 -\n正文", "正文\n正文"],
    ["正文\n—3—\n正文", "正文\n正文"],
    ["正文\n第 3 页\n正文", "正文\n正文"],
    ["正文\n第3页 共10页\n正文", "正文\n正文"],
    ["正文\n3 / 10\n正文", "正文\n正文"],
    ["正文\n\n12\n正文", "正文\n\n正文"],
    ["正文\n－ ５ －\n正文", "正文\n正文"],
    // numbers inside text, or a number line between text lines, stay
    ["项目数\n12\n个", "项目数\n12\n个"],
    ["2002 6G普适高精度定位关键技术研发", "2002 6G普适高精度定位关键技术研发"],
    ["比例 10 / 3\n正文", "比例 10 / 3\n正文"],
  ])("%j → %j", (input, expected) => {
    expect(run(removePageFurniture)(input)).toBe(expected);
  });

  it("removes a short line repeated beside page numbers, keeps a repeated heading elsewhere", () => {
    const page = (n: number) => `江苏省科技厅文件\n正文${n}\n考核指标：\n内容${n}\n— ${n} —\n`;
    const raw = [1, 2, 3].map(page).join("\f");
    const out = run(removePageFurniture)(raw);
    expect(out).not.toContain("— 1 —");
    expect(out.match(/江苏省科技厅文件/g)).toBeNull();
    expect(out.match(/考核指标：/g)).toHaveLength(3);
  });
});

describe("joinLetterSpacing: letter-spaced headings and mastheads", () => {
  it.each([
    ["考 核 指 标 ：", "考核指标："],
    ["江 苏 省 科 学 技 术 厅", "江苏省科学技术厅"],
    ["江 苏 省 财 政 厅 文件", "江苏省财政厅文件"],
    ["考 核 指 标 ： 芯 片 指 标 ： DSP 核 性 能 不 低 于 1GHz 、", "考核指标：芯片指标：DSP核性能不低于1GHz、"],
    ["满 足 可 见 光 特 征 谱 段 ： 0.292-0.428μm 、 0.342-0.538μm 、", "满足可见光特征谱段：0.292-0.428μm、0.342-0.538μm、"],
    ["率 不 低 于 80%； 负 极 材 料 比 容 量 ≥ 1500mAh/g， 面 容 量 ≥", "率不低于80%；负极材料比容量≥1500mAh/g，面容量≥"],
    ["申 报 指 南 AI tokens", "申报指南AI tokens"],
    // not letter-spaced: ordinary spaces stay
    ["江苏省科学技术厅 江苏省财政厅", "江苏省科学技术厅 江苏省财政厅"],
    ["关键词: 强链工程 技术需求榜单", "关键词: 强链工程 技术需求榜单"],
    ["红 外特 征谱段 ：2.0-2.03μm", "红 外特 征谱段 ：2.0-2.03μm"],
  ])("%s → %s", (input, expected) => {
    expect(run(joinLetterSpacing)(input)).toBe(expected);
  });
});

describe("wrapSeparator: what joins two hard-wrapped lines", () => {
  it.each([
    ["为深入贯彻习近平总书记在全国科技大会上发表的重要讲", "话精神", ""],
    ["推动科技创新", "和产业创新", ""],
    ["现将《2024", "年度省科技重大专项", ""],
    ["研发适配国产算力的混合异构算力调度", "AI芯片", ""],
    ["训练推理", "1000次", ""],
    ["容量≥1", "024", ""],
    ["1.", "5", ""],
    ["面电阻≤50mΩ·cm", "2", ""],
    ["能量密度≥500W/", "kg", ""],
    ["10", "GHz", ""],
    ["兼容英伟达CUDA", "生态", ""],
    ["支持", "（1）", ""],
    ["tokens", "per second", " "],
    ["比导通电阻<0.6mΩ·c", "m2，80V漏级电", ""],
    ["抗浪涌能力>18000A/c", "m2；纵向晶体管", ""],
    ["支持参数量超过7B model", "inference", " "],
    ["Spyglass、SmartStore", "降低", ""],
    ["fast,", "accurate", " "],
    ["state-", "of-the-art", ""],
    ["达到", "", ""],
    ["", "开头", ""],
    ["not ", " trimmed", " "],
  ])("%j + %j → %j", (before, after, expected) => {
    expect(wrapSeparator(before, after)).toBe(expected);
  });
});

describe("simplify: traditional → simplified, character by character", () => {
  it.each([
    ["中關村強鏈工程啟動實施", "中关村强链工程启动实施"],
    ["技術需求榜單", "技术需求榜单"],
    ["進一步發揮企業創新主體作用", "进一步发挥企业创新主体作用"],
    ["這裡", "这里"],
  ])("%s → %s", async (input, expected) => {
    const t = await simplify(MappedText.fromRaw(input));
    expect(t.text).toBe(expected);
    expect(t.text.length).toBe(input.length);
  });

  it("leaves simplified text untouched (same object, opencc not needed)", async () => {
    const t = MappedText.fromRaw("人工智能重大科技专项“揭榜挂帅”项目榜单");
    expect(await simplify(t)).toBe(t);
  });
});

describe("trimLines: stray edge spaces go, line breaks stay", () => {
  it.each([
    [" 江苏省科学技术厅 江苏省财政厅\n 和产业创新", "江苏省科学技术厅 江苏省财政厅\n和产业创新"],
    ["正文  \n\n  \n正文", "正文\n\n\n正文"],
  ])("%j → %j", (input, expected) => {
    expect(run(trimLines)(input)).toBe(expected);
  });
});

describe("decodeText: detect the encoding, strip BOM, LF line ends", () => {
  const notice = "关于印发《2024年度省科技重大专项项目指南》的通知\n各设区市科技局：\n经费≥500万元。\n";
  const utf16be = (s: string) => {
    const le = iconv.encode(s, "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    return be;
  };
  it.each<[string, Uint8Array, string]>([
    ["UTF-8", Buffer.from(notice, "utf8"), "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(notice, "utf8")]), "utf-8"],
    ["GB18030", iconv.encode(notice, "gb18030"), "gb18030"],
    ["GBK", iconv.encode(notice, "gbk"), "gb18030"],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(notice, "utf16le")]), "utf-16le"],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(notice)]), "utf-16be"],
    ["UTF-16 LE without BOM", iconv.encode(notice, "utf16le"), "utf-16le"],
    ["UTF-16 BE without BOM", utf16be(notice), "utf-16be"],
  ])("%s", (_name, bytes, encoding) => {
    const r = decodeText(bytes, "n.txt");
    expect(r.text).toBe(notice);
    expect(r.encoding).toBe(encoding);
  });

  it.each([
    ["CRLF", "第一行\r\n第二行\r\n", "第一行\n第二行\n"],
    ["CR", "第一行\r第二行", "第一行\n第二行"],
  ])("normalizes %s line ends to LF", (_name, input, expected) => {
    expect(decodeText(Buffer.from(input, "utf8"), "n.txt").text).toBe(expected);
  });

  const codeOf = (bytes: Uint8Array): string | undefined => {
    try {
      decodeText(bytes, "bad.txt");
    } catch (e) {
      expect(e).toBeInstanceOf(GuideError);
      expect((e as GuideError).path).toBe("bad.txt");
      return (e as GuideError).code;
    }
    return undefined;
  };
  it.each<[string, Uint8Array, string]>([
    ["0 bytes", new Uint8Array(0), "empty-file"],
    ["only whitespace", Buffer.from(" \n\r\n\t\u3000\n", "utf8"), "empty-file"],
    ["only a BOM", Buffer.from([0xef, 0xbb, 0xbf]), "empty-file"],
    ["UTF-16 BOM and spaces", Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), "empty-file"],
    ["PNG header", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), "binary-file"],
    ["random bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), "binary-file"],
    ["control characters", Buffer.from("\x01\x02\x03\x04\x05\x06\x07\x08abc\x0e\x0f\x10\x11", "latin1"), "binary-file"],
  ])("%s → %s", (_name, bytes, code) => {
    expect(codeOf(bytes)).toBe(code);
  });
});

describe("normalizeNotice: chain, map and display", () => {
  it.each([
    ["中關(guān)村 ⼈⼯智能 $\\geq 20\\%$ 算力１０⁶", "中关村 人工智能≥20%算力10^6"],
    ["- 举报\n 考 核 指 标 ：\n— 3 —\n精度 $\\leq 1\\mu\\text{m}$ 。", "考核指标：\n精度≤1μm。"],
  ])("%j → %j", async (raw, expected) => {
    expect((await normalizeNotice(raw)).text.text).toBe(expected);
  });

  it("keeps display the same length as text, showing the original characters", async () => {
    const raw = "中關(guān)村強鏈工程 技術(shù)需求榜單";
    const { text, display } = await normalizeNotice(raw);
    expect(text.text).toBe("中关村强链工程 技术需求榜单");
    expect(display).toBe("中關村強鏈工程 技術需求榜單");
    expect(display.length).toBe(text.text.length);
  });

  it.each([
    ["积 $>1000\\text{cm}^2$ 的产品", ["1", "0", "0", "0", "c", "m", "的"]],
    ["⼈⼯智能１０⁶次", ["⼈", "⼯", "智", "能", "１", "０", "⁶", "⁶", "次"]],
    ["中關(guān)村 技術(shù)", ["中", "關", "村", " ", "技", "術"]],
    [" 考 核 指 标 ：", ["考", "核", "指", "标", "："]],
  ])("every character of %j maps to the raw character it came from", async (raw, expectedRaw) => {
    const { text, display } = await normalizeNotice(raw);
    const kept = [...text.text].map((ch, i) => ({ ch, from: raw[text.rawOffset(i)] }));
    if (expectedRaw.length === text.text.length) expect(kept.map((k) => k.from)).toEqual(expectedRaw);
    else expect(kept.map((k) => k.from)).toEqual(expect.arrayContaining(expectedRaw));
    expectMonotonic(text, raw.length);
    expect(display.length).toBe(text.text.length);
  });
});

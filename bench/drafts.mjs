// Draft generation shared by bench/check.mjs and bench/repo.mjs: the TXT/MD fixtures of fixtures/drafts that
// target guide 003 (markers removed) as templates, and a deterministic variation of them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The TXT/MD draft fixtures checked against guides/003.yaml, as {name, ext, text}. */
export function draftTemplates(root) {
  const dir = join(root, "fixtures/drafts");
  const templates = [];
  for (const c of readdirSync(dir).sort()) {
    const exp = join(dir, c, "expected.json");
    if (!existsSync(exp) || JSON.parse(readFileSync(exp, "utf8")).guide !== "guides/003.yaml") continue;
    for (const f of ["draft.txt", "draft.md"])
      if (existsSync(join(dir, c, f)))
        templates.push({ name: c, ext: f.slice(5), text: readFileSync(join(dir, c, f), "utf8").replace(/【expect:[^】]*】/g, "") });
  }
  if (!templates.length) throw new Error("no TXT/MD draft fixtures against guide 003");
  return templates;
}

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

/**
 * A deterministic variation (seeded): numbers after a comparator or in amounts move by up to ±15 %, some end
 * years shift, PI names vary — so generated drafts differ and carry different findings.
 */
export function draftVariation(seed) {
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  return (t, i) =>
    t
      .replace(/(≥|≤|>|<|不低于|不少于|达到|提升|降低)(\d+(?:\.\d+)?)/g, (_, op, n) => {
        const v = Number(n) * (0.85 + rnd() * 0.3);
        return op + (n.includes(".") ? v.toFixed(n.split(".")[1].length) : String(Math.max(1, Math.round(v))));
      })
      .replace(/(\d+)万元/g, (_, n) => `${Math.max(1, Math.round(Number(n) * (0.9 + rnd() * 0.25)))}万元`)
      .replace(/至(\d{4})年(\d{1,2})月/, (_, y, m) => `至${Number(y) + (rnd() < 0.2 ? 1 : 0)}年${m}月`)
      .replace(/项目负责人：(\S)/, () => `项目负责人：${SURNAMES[i % SURNAMES.length]}`);
}

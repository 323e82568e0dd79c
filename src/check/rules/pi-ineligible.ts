import type { GuideDocument } from "../../model/guide.js";
import { readDate as readDraftDate } from "../../draft/pi.js";
import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";

// the level of a programme the notice limits: 省科技计划, 国家重点研发计划, 市级, 揭榜挂帅
const LEVELS = [/揭榜挂帅/, /国家/, /省/, /市/];

/** The most active projects the PI may lead: 有在研…不得 → 0, 2项及以上…不得 → 1, 不超过2项 → 2. */
function allowedActive(c: { value: unknown; text: string }): number {
  // 正在主持…项目的，不得…: any active project bars (the count written nowhere)
  if (typeof c.value !== "number" || !/[\d一两二三四五]\s*(?:项|个)/.test(c.text)) return 0;
  // 2项及以上…不得, 已达2项的…不得: the count bars; 在研项目不得超过2项: the count is allowed
  return /以上|已达|达到|已有/.test(c.text) && /不得|不能|不可|不予|不再|不具备/.test(c.text) ? c.value - 1 : c.value;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

// A date as the draft reader reads it (draft/pi.ts); one given to the month counts as the month's last day
// when lenient (an ambiguous age is read in the PI's favour), a year alone as its last or first day.
function readDate(s: string, lenient: boolean): Ymd | null {
  const r = readDraftDate(s);
  if (!r) {
    const y = /(\d{4})/.exec(s);
    return y ? { y: Number(y[1]), m: lenient ? 12 : 1, d: lenient ? 31 : 1 } : null;
  }
  const [y, mo, day] = r.value.split("-").map(Number);
  const d = day ?? (lenient ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 1);
  return { y, m: mo, d };
}

const before = (a: Ymd, b: Ymd) => a.y * 10000 + a.m * 100 + a.d < b.y * 10000 + b.m * 100 + b.d;

function ageOn(birth: Ymd, ref: Ymd): number {
  return ref.y - birth.y - (before(ref, { y: ref.y, m: birth.m, d: birth.d }) ? 1 : 0);
}

/**
 * The date ages are counted on: the notice's publication date, else its first deadline, else 1 January
 * of the year the project starts (the notice gives no date: seed-like city notices).
 */
function referenceDate(guide: GuideDocument, projectStart: string | null): Ymd | null {
  const s = guide.meta.publishedAt ?? guide.meta.deadlines[0]?.at ?? null;
  if (s) return readDate(s, false);
  const y = projectStart ? /^(\d{4})/.exec(projectStart) : null;
  return y ? { y: Number(y[1]), m: 1, d: 1 } : null;
}

const CUTOFF = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[（(]?含[)）]?\s*(?:及)?(?:以后|之后|后)出生|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:及|或)?(?:以后|之后|后)出生/;

/**
 * The PI is too old (pi_age_max: 不超过45周岁 counted on the notice's date, or a birth-date cut-off such as
 * 1984年1月1日以后出生), or is stated not to be employed by the lead unit where the guide requires it.
 */
export default defineRule({
  meta: {
    id: "pi-ineligible",
    category: "applicant",
    defaultSeverity: "error",
    description: {
      zh: "项目负责人须符合指南的年龄、在职等要求",
      en: "The principal investigator must meet the guide's age and employment requirements",
    },
    requires: { guide: ["pi_age_max|pi_employment|pi_active_project_limit|pi_one_application_per_year"], draft: ["pi", "pi.birthDate if pi_age_max"] },
    messages: {
      tooOld: {
        zh: "项目负责人出生于{{birthDate}}，截至{{refDate}}年满{{age}}周岁，超过指南上限{{max}}周岁",
        en: "The PI, born {{birthDate}}, is {{age}} on {{refDate}}, older than the guide's limit of {{max}}",
      },
      bornBeforeCutoff: {
        zh: "项目负责人出生于{{birthDate}}，早于指南要求的{{cutoff}}以后出生",
        en: "The PI was born {{birthDate}}, before the guide's cut-off of {{cutoff}}",
      },
      activeProjects: {
        zh: "项目负责人有{{count}}项在研项目（{{projects}}），指南要求{{rule}}",
        en: "The PI leads {{count}} active project(s) ({{projects}}); the guide says: {{rule}}",
      },
      otherApplications: {
        zh: "项目负责人本年度已以负责人身份申报其他项目{{count}}项（{{projects}}），指南要求{{rule}}",
        en: "The PI already applies as PI for {{count}} other project(s) this year ({{projects}}); the guide says: {{rule}}",
      },
      notEmployed: {
        zh: "项目负责人不是牵头单位在职人员，不符合指南要求",
        en: "The PI is not employed by the lead unit, as the guide requires",
      },
    },
  },
  check({ guide, direction, constraints, facts, report }) {
    const pi = facts.pi;
    if (!pi) return;
    const age = constraintOf(constraints, "pi_age_max");
    if (age && pi.value.birthDate) {
      // A date without its month or day is read both ways: too old either way is an error, too old only
      // on the earliest reading (1975年出生, limit 1975-07-01) is a warning.
      const latest = readDate(pi.value.birthDate, true);
      const earliest = readDate(pi.value.birthDate, false);
      const cut = CUTOFF.exec(age.text);
      if (latest && earliest && cut) {
        const c = cut[1] ? cut.slice(1, 4) : cut.slice(4, 7);
        const cutoff = { y: Number(c[0]), m: Number(c[1]), d: Number(c[2]) };
        if (before(earliest, cutoff))
          report({
            doubtful: !before(latest, cutoff),
            messageId: "bornBeforeCutoff",
            at: pi.parts?.birthDate ?? pi,
            data: { birthDate: pi.value.birthDate, cutoff: `${c[0]}-${c[1].padStart(2, "0")}-${c[2].padStart(2, "0")}` },
            found: { birthDate: pi.value.birthDate },
            clause: age,
          });
      } else if (latest && earliest && typeof age.value === "number") {
        const ref = referenceDate(guide, facts.period?.value.start ?? null);
        if (ref) {
          const years = ageOn(earliest, ref);
          if (years > age.value)
            report({
              doubtful: ageOn(latest, ref) <= age.value,
              messageId: "tooOld",
              at: pi.parts?.birthDate ?? pi,
              data: {
                birthDate: pi.value.birthDate,
                refDate: `${ref.y}-${String(ref.m).padStart(2, "0")}-${String(ref.d).padStart(2, "0")}`,
                age: years,
                max: age.value,
              },
              found: { birthDate: pi.value.birthDate, age: years },
              clause: age,
            });
        }
      }
    }
    const limit = constraintOf(constraints, "pi_active_project_limit");
    const active = pi.value.activeProjects;
    if (limit && active && active.count > allowedActive(limit)) {
      // 有在研省科技计划项目…不得: an error when the draft's project is of the level the guide names
      const level = LEVELS.find((l) => l.test(limit.text));
      report({
        doubtful: !level || !level.test(active.text),
        messageId: "activeProjects",
        at: pi.parts?.activeProjects ?? pi,
        data: { count: active.count, projects: active.text.slice(0, 60), rule: limit.text.slice(0, 60) },
        found: { activeProjects: active.count },
        clause: limit,
      });
    }
    // 同一年度同一项目负责人只能申报一项（定向委托项目除外）: another application this year by the PI takes the one
    const once = constraintOf(constraints, "pi_one_application_per_year");
    const other = pi.value.otherApplications;
    const exempt = once && /定向委托[^，,。；;]{0,6}除外/.test(once.text) && direction.mode === "定向委托";
    if (once && other && !exempt && other.count >= (typeof once.value === "number" ? once.value : 1))
      report({
        messageId: "otherApplications",
        at: pi.parts?.otherApplications ?? pi,
        data: { count: other.count, projects: other.text.slice(0, 60), rule: once.text.slice(0, 60) },
        found: { otherApplications: other.count },
        clause: once,
      });
    const emp = constraintOf(constraints, "pi_employment");
    if (emp && emp.value !== false && pi.value.employedByLead === false)
      report({ messageId: "notEmployed", at: pi.parts?.employedByLead ?? pi, data: {}, found: { employedByLead: false }, clause: emp });
  },
});

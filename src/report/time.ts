/**
 * When a report is made, ISO 8601 UTC to the second: SOURCE_DATE_EPOCH (reproducible-builds.org: whole seconds
 * since 1970) when set, so that a run can make the same bytes again (tests, archived reports); else `now`.
 * A value that is not whole seconds is ignored.
 */
export function reportTime(env: Record<string, string | undefined>, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const fixed = epoch && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
  return (fixed ?? now()).toISOString().replace(/\.\d{3}Z$/, "Z");
}

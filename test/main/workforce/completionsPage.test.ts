import { afterEach, describe, expect, it } from "vitest";
import { COMPLETIONS_PAGE_SIZE } from "../../../src/shared/model/training";
import { addCalendarDays } from "../../../src/shared/rules/calendarDates";
import { disposeCores, hire, recordOwnTraining, workforceCore } from "./workforceTestKit";

afterEach(disposeCores);

describe("a person's training records, a page at a time", () => {
  it("the person's page carries the newest 25 and the count; the other pages come newest first without gaps or repeats", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2024-01-08");
    const topics = await c.must("training.topics.list", {});
    const days = Array.from({ length: 30 }, (_, index) => addCalendarDays("2024-02-01", index * 7));
    for (const [index, day] of days.entries()) {
      const recorded = await recordOwnTraining(c, pat, [topics[index % topics.length]!], day);
      expect(recorded.ok).toBe(true);
    }
    const newestFirst = [...days].reverse();

    const detail = await c.must("workforce.get", { memberId: pat.id });
    expect(detail.completionCount).toBe(30);
    expect(detail.completions.map((item) => item.completedOn)).toEqual(newestFirst.slice(0, COMPLETIONS_PAGE_SIZE));
    expect(detail.completions.every((item) => item.topics.length === 1)).toBe(true);

    const second = await c.must("training.completions.page", { memberId: pat.id, offset: COMPLETIONS_PAGE_SIZE });
    expect(second).toMatchObject({ total: 30, offset: COMPLETIONS_PAGE_SIZE });
    expect(second.completions.map((item) => item.completedOn)).toEqual(newestFirst.slice(COMPLETIONS_PAGE_SIZE));

    const all = await c.must("training.completions.page", { memberId: pat.id, offset: 0, limit: 100 });
    expect(all.completions.map((item) => item.id)).toEqual([...detail.completions, ...second.completions].map((item) => item.id));
    expect((await c.must("training.completions.page", { memberId: pat.id, offset: 40 })).completions).toEqual([]);
  });

  it("refuses a page size over 100 and a person who is not on the roster", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2024-01-08");
    expect((await c.call("training.completions.page", { memberId: pat.id, limit: 500 })).ok).toBe(false);
    const missing = await c.call("training.completions.page", { memberId: "00000000-0000-4000-8000-000000000000" });
    expect(missing.ok ? null : missing.error.code).toBe("NOT_FOUND");
  });
});

import { addCalendarDays } from "../../src/shared/rules/calendarDates";
import { dayInZone } from "../../src/shared/time/zonedTime";
import type { WorkforceMember } from "../../src/shared/model/workforce";
import { SampleDriver } from "../../src/main/sample/sampleDriver";
import { addTrainingRecords } from "../../src/main/sample/tenYearTraining";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";

export const LONG_LIST_ADMIN = { username: "maria", password: "blue chairs in the waiting room", fullName: "Maria Lopez" };
export const LONG_LIST_PERSON = "Pat Longfellow";

/**
 * A vault whose one person has `count` training records (one a day, backwards from yesterday), for
 * the renderer's long-list test and benchmark. Made through the channels, then the records in bulk
 * with the ten-year practice's writer (each audited as the app audits it). Returns the person's id.
 */
export async function makeLongTrainingList(folder: string, count: number): Promise<string> {
  const driver = new SampleDriver(folder, { kdf: FAST_TEST_KDF });
  try {
    await driver.must("vault.create", {
      practice: {
        name: "Long List Dental",
        kind: "dental",
        address: "1 Long Road, Springfield, IL 62701",
        timeZone: "America/Chicago",
        workforceCount: 1,
        securityOfficial: LONG_LIST_ADMIN.fullName,
        sponsorsGroupHealthPlan: false,
        isPartOfClearinghouse: false,
      },
      admin: { ...LONG_LIST_ADMIN, title: "Office Manager", role: "administrator" },
    });
    const yesterday = addCalendarDays(dayInZone(new Date(), "America/Chicago"), -1);
    // Hired long enough ago for every record to fall after the hire date.
    const hireDate = addCalendarDays(yesterday, -count - 30);
    const member: WorkforceMember = await driver.must("workforce.add", { fullName: LONG_LIST_PERSON, jobTitle: "Dental Hygienist", hireDate, userId: null });
    const { actor } = driver.session.requireSignedIn();
    addTrainingRecords(driver.db, { id: actor.id!, name: actor.name }, { memberId: member.id, count, seed: 10_000, lastDay: yesterday });
    return member.id;
  } finally {
    driver.close();
  }
}

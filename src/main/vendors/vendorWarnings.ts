import type { Database } from "better-sqlite3-multiple-ciphers";
import { BAA_REVIEW_NOTICE_DAYS, baaWarnings, sortWarnings, type BaaWarning } from "../../shared/rules/baaStatus";
import { allVendorRows, factsOf } from "./vendorRecords";

/**
 * Every vendor's BAA warnings on `today` (YYYY-MM-DD in the practice's time zone), most serious
 * first: vendors handling ePHI without a signed, unexpired agreement (45 CFR 164.308(b)(1),
 * 164.502(e)), and agreements due for review within `noticeDays` or past their review date. For the
 * vendor screens, and for the dashboard and task list.
 */
export function listVendorWarnings(db: Database, today: string, noticeDays: number = BAA_REVIEW_NOTICE_DAYS): BaaWarning[] {
  return sortWarnings(allVendorRows(db).flatMap((row) => baaWarnings(factsOf(row), today, noticeDays)));
}

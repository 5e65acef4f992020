import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PracticeProfile } from "../../../shared/model/practice";
import type { ResolvedPeriod } from "../../../shared/model/reportPeriod";
import type { ReportKind } from "../../../shared/model/reports";
import type { DocumentBody, DocumentFrame } from "../pdfDocument";

export interface CollectContext {
  db: Database;
  period: ResolvedPeriod;
  practice: PracticeProfile;
  now: Date;
}

/**
 * One kind of document, in two halves so that the slow half runs off the main thread:
 * `collect` reads the vault in the main process (quick SQL) and returns plain data that can be
 * posted to a worker; `layout` runs in the report worker and turns that data into pdfmake content.
 * `layout` must be pure: it sees only its data and the frame.
 */
export interface ReportDocument<Data> {
  kind: ReportKind;
  /** One sentence for the report picker. */
  description: string;
  collect(context: CollectContext): Data;
  layout(data: Data, frame: DocumentFrame): DocumentBody;
}

/** A document whose records do not exist yet: listed, with the honest reason it cannot be made. */
export interface PlannedDocument {
  kind: ReportKind;
  description: string;
  waitsFor: string;
}

import { useState } from "react";
import type { ReportProgress } from "../../../../shared/model/reports";
import { useAppEvents } from "../../api/ApiContext";

/** The latest progress the report worker reported, while a preview or export is running. */
export function useReportProgress(): { progress: ReportProgress | null; reset: () => void } {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  useAppEvents((event) => {
    if (event.type === "report-progress") setProgress({ stage: event.stage, fraction: event.fraction });
  });
  return { progress, reset: () => setProgress(null) };
}

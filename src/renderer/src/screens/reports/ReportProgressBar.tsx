import { REPORT_STAGES, type ReportProgress } from "../../../../shared/model/reports";

const STAGE_LABELS = { layout: "Laying out the pages", render: "Drawing the pages", sign: "Signing" } as const;

/** One bar across the three stages: layout is quick, drawing takes most of the time, signing a moment. */
const STAGE_SHARE = { layout: 0.1, render: 0.8, sign: 0.1 } as const;

export function ReportProgressBar({ progress, signing }: { progress: ReportProgress | null; signing: boolean }) {
  const stages = signing ? REPORT_STAGES : REPORT_STAGES.filter((stage) => stage !== "sign");
  const total = stages.reduce((sum, stage) => sum + STAGE_SHARE[stage], 0);
  let done = 0;
  if (progress) {
    for (const stage of stages) {
      if (stage === progress.stage) {
        done += STAGE_SHARE[stage] * progress.fraction;
        break;
      }
      done += STAGE_SHARE[stage];
    }
  }
  const percent = Math.round((done / total) * 100);
  const label = progress ? STAGE_LABELS[progress.stage] : "Gathering the records";
  return (
    <div className="report-progress" role="status">
      <label>
        {label}… {percent}%
        <progress max={100} value={percent} />
      </label>
    </div>
  );
}

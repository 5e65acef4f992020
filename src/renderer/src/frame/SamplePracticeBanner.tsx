import { useState } from "react";
import { SAMPLE_NOTICE } from "../../../shared/model/samplePractice";
import type { SessionInfo } from "../../../shared/model/vaultStatus";
import { useInvoke } from "../api/ApiContext";
import { useSession } from "../app/SessionContext";

/** On every page of the sample practice, so nobody mistakes it for real records or types real ones into it. */
export function SamplePracticeBanner({ session }: { session: SessionInfo }) {
  const invoke = useInvoke();
  const { sessionEnded } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  if (!session.samplePractice) return null;

  const leave = async () => {
    const result = await invoke("sample.leave", {});
    if (result.ok) sessionEnded(null);
    else setProblem(result.error.message);
  };

  return (
    <div className="banner banner-sample" role="region" aria-label="Sample practice">
      <p>
        <strong>Sample practice.</strong> {SAMPLE_NOTICE.replace(/^Sample practice: /, "")}
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="button" className="button-secondary button-small" onClick={() => void leave()}>
        Leave the sample practice
      </button>
    </div>
  );
}

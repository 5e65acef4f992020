import { useState } from "react";
import { SAMPLE_PRACTICE_NAME } from "../../../../shared/model/samplePractice";
import type { SessionInfo } from "../../../../shared/model/vaultStatus";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";

/** On the first-run screen: look around a made-up practice before entering the real one. */
export function SampleOffer({ onOpened }: { onOpened: (session: SessionInfo) => void }) {
  const invoke = useInvoke();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setProblem(null);
    const result = await invoke("sample.open", {});
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setProblem(result.error.message);
  };

  return (
    <section className="recovery-options" aria-labelledby="sample-offer-heading">
      <h2 id="sample-offer-heading">Not ready yet? Look around first</h2>
      <p>
        Open {SAMPLE_PRACTICE_NAME}, a made-up dental office with a year of records: an assessment, a risk analysis, staff training, vendors, policies and
        incidents. It is kept apart from your practice's vault, and you can come back here at any time.
      </p>
      <FormAlert message={problem} />
      <div className="button-row button-row-start">
        <button type="button" className="button-secondary" onClick={() => void open()} disabled={busy}>
          {busy ? "Opening the sample practice…" : "Open the sample practice"}
        </button>
      </div>
      {busy ? <p role="status">The first time, the sample is made on this computer; it takes a few seconds.</p> : null}
    </section>
  );
}

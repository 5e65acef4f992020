import { useId, useState } from "react";
import type { PdfVerification } from "../../../../shared/model/reports";
import { formatTableMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { readFileAsBase64 } from "../../files/download";

const VERDICT_TITLES = {
  valid: "Valid: signed and unaltered",
  altered: "Altered after signing",
  invalid: "Not valid",
  "not-signed": "Not signed",
} as const;

/** Open a PDF and see whether its signature holds, who signed it, and whether this vault issued it. */
export function VerifySection({ timeZone }: { timeZone: string | undefined }) {
  const invoke = useInvoke();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ name: string; result: PdfVerification } | null>(null);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setChecked(null);
    setBusy(true);
    try {
      const result = await invoke("reports.verify", { pdfBase64: await readFileAsBase64(file) });
      if (result.ok) setChecked({ name: file.name, result: result.value });
      else setError(result.error.message);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Check a signed PDF</h2>
      <p>Open a report someone sent back to you, or one from your files, to check that nobody has changed it since it was signed.</p>
      <label className="report-file-picker">
        Choose a PDF file
        <input type="file" accept="application/pdf,.pdf" disabled={busy} onChange={(event) => void check(event.target.files?.[0])} />
      </label>
      {busy ? <p role="status">Checking…</p> : null}
      <FormAlert message={error} />
      {checked ? <VerificationResult name={checked.name} result={checked.result} timeZone={timeZone ?? "UTC"} /> : null}
    </section>
  );
}

function auditLogFinding({ recorded, check }: NonNullable<PdfVerification["auditLog"]>): string {
  const upTo = `entry ${recorded.seq.toLocaleString("en-US")}`;
  if (!check) return `Recorded up to ${upTo}; not compared`;
  const findings = {
    matches: `Matches this vault's log up to ${upTo}`,
    changed: `Changed since signing (up to ${upTo})`,
    missing: `Entries removed since signing (the log no longer reaches ${upTo})`,
  } as const;
  return findings[check.outcome];
}

function VerificationResult({ name, result, timeZone }: { name: string; result: PdfVerification; timeZone: string }) {
  const signer = result.signature?.signer;
  return (
    <div className={`verification verification-${result.verdict}`} role="status">
      <h3>
        {name}: {VERDICT_TITLES[result.verdict]}
      </h3>
      <p>{result.headline}</p>
      <ul>
        {result.details.map((detail) => (
          <li key={detail}>{detail}</li>
        ))}
      </ul>
      <dl className="report-facts">
        {signer ? (
          <>
            <dt>Signed by</dt>
            <dd>
              {signer.commonName}
              {signer.title ? `, ${signer.title}` : ""}
              {signer.organization ? ` (${signer.organization})` : ""}
            </dd>
          </>
        ) : null}
        {result.signature?.signedAt ? (
          <>
            <dt>Signed at</dt>
            <dd>{formatTableMoment(result.signature.signedAt, timeZone)}</dd>
          </>
        ) : null}
        {result.auditLog ? (
          <>
            <dt>Audit log</dt>
            <dd>{auditLogFinding(result.auditLog)}</dd>
          </>
        ) : null}
        <dt>In this vault's register</dt>
        <dd>{result.register.entry ? `Yes: ${result.register.entry.title}, version ${result.register.entry.version}` : "No matching entry"}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="report-hash">{result.sha256}</code>
        </dd>
      </dl>
    </div>
  );
}

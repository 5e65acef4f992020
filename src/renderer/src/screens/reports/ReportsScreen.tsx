import { useEffect, useId, useState } from "react";
import type { ReportKindInfo, ReportRegisterEntry } from "../../../../shared/model/reports";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { CertificateSection } from "./CertificateSection";
import { ReportMaker } from "./ReportMaker";
import { ReportRegisterTable } from "./ReportRegisterTable";
import { VerifySection } from "./VerifySection";

/** Signed evidence for an auditor: make and sign reports, the register of what was issued, and checking a PDF. */
export function ReportsScreen() {
  const invoke = useInvoke();
  const { practice } = useSession();
  const registerId = useId();
  const [kinds, setKinds] = useState<ReportKindInfo[] | null>(null);
  const [entries, setEntries] = useState<ReportRegisterEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Saving a report adds to the register, so it is read again afterwards.
  const [registerReloads, setRegisterReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void invoke("reports.kinds", {}).then((result) => live && (result.ok ? setKinds(result.value) : setError(result.error.message)));
    return () => {
      live = false;
    };
  }, [invoke]);

  useEffect(() => {
    let live = true;
    void invoke("reports.register", {}).then((result) => live && (result.ok ? setEntries(result.value) : setError(result.error.message)));
    return () => {
      live = false;
    };
  }, [invoke, registerReloads]);

  return (
    <div className="page page-wide">
      <PageHeading>Reports</PageHeading>
      <p className="lead">
        Dated documents of the practice's security program for an auditor, an insurer or the Office for Civil Rights. Read each one here first; an Administrator then signs
        it with a digital signature that any PDF reader can check. Keep them for six years (45 CFR 164.316(b)(2)).
      </p>
      <FormAlert message={error} />
      {kinds ? <ReportMaker kinds={kinds} onExported={() => setRegisterReloads((n) => n + 1)} /> : <p aria-live="polite">Loading…</p>}
      <section className="report-section" aria-labelledby={registerId}>
        <h2 id={registerId}>Report register</h2>
        <p>Every report saved from this vault, with its SHA-256 fingerprint: a file whose fingerprint matches is exactly the file that was saved.</p>
        {entries ? <ReportRegisterTable entries={entries} timeZone={practice?.timeZone} /> : null}
      </section>
      <VerifySection timeZone={practice?.timeZone} />
      <CertificateSection signaturesMade={registerReloads} />
    </div>
  );
}

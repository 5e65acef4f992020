import { useId, useState } from "react";
import type { ReportPeriod } from "../../../../shared/model/reportPeriod";
import type { ExportedReport, ReportKind, ReportKindInfo, ReportPreview } from "../../../../shared/model/reports";
import type { AppError } from "../../../../shared/result";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { downloadBase64 } from "../../files/download";
import { PdfPreview } from "./PdfPreview";
import { defaultPeriodChoice, periodOf, PeriodPicker, type PeriodChoice } from "./PeriodPicker";
import { ReportProgressBar } from "./ReportProgressBar";
import { SignOffForm } from "./SignOffForm";
import { useReportProgress } from "./useReportProgress";

interface Previewed {
  kind: ReportKind;
  title: string;
  period: ReportPeriod;
  preview: ReportPreview;
}

type Busy = null | "preview" | "export" | "sign";

/** Choose a document and a period, read the preview, then save it unsigned or sign it off. */
export function ReportMaker({ kinds, onExported }: { kinds: ReportKindInfo[]; onExported: (exported: ExportedReport) => void }) {
  const invoke = useInvoke();
  const { session } = useSession();
  const id = useId();
  const [chosenKind, setKind] = useState<ReportKind | null>(null);
  // Null until the person picks a period: until then the document's own default applies.
  const [chosenPeriod, setChoice] = useState<PeriodChoice | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { progress, reset } = useReportProgress();
  const isAdministrator = session.user.role === "administrator";

  const kind = chosenKind ?? kinds.find((info) => info.available)?.kind ?? null;
  const choice = chosenPeriod ?? defaultPeriodChoice(kind);
  const [previewCount, setPreviewCount] = useState(0);

  const showPreview = async () => {
    setError(null);
    setSaved(null);
    const chosen = periodOf(choice);
    if ("error" in chosen) {
      setPeriodError(chosen.error);
      return;
    }
    setPeriodError(null);
    if (!kind) return;
    reset();
    setBusy("preview");
    const result = await invoke("reports.preview", { kind, period: chosen.period });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      setPreviewed(null);
      return;
    }
    setPreviewCount((n) => n + 1);
    setPreviewed({ kind, title: kinds.find((info) => info.kind === kind)?.title ?? kind, period: chosen.period, preview: result.value });
  };

  const save = async (sign?: { password: string; meaning: string }): Promise<AppError | null> => {
    if (!previewed) return null;
    setError(null);
    setSaved(null);
    reset();
    setBusy(sign ? "sign" : "export");
    const result = await invoke("reports.export", { kind: previewed.kind, period: previewed.period, ...(sign ? { sign } : {}) });
    setBusy(null);
    if (!result.ok) {
      if (!sign) setError(result.error.message);
      return result.error;
    }
    downloadBase64(result.value.fileName, result.value.pdfBase64, "application/pdf");
    const signedBy = result.value.entry.signature ? `signed by ${result.value.entry.signature.signedByName}` : "not signed";
    setSaved(`Saved ${result.value.fileName}: version ${result.value.entry.version}, ${signedBy}. It is listed in the report register below.`);
    onExported(result.value);
    return null;
  };

  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Make a report</h2>
      <fieldset className="report-kinds">
        <legend>Document</legend>
        {kinds.map((info) => (
          <label key={info.kind} className={info.available ? "report-choice" : "report-choice report-choice-disabled"}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={info.kind}
              checked={kind === info.kind}
              disabled={!info.available}
              onChange={() => {
                setKind(info.kind);
                setChoice(null);
                setPreviewed(null);
              }}
            />
            <span>
              <strong>{info.title}</strong>
              <span className="hint">{info.available ? info.description : info.unavailableReason}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <PeriodPicker
        value={choice}
        error={periodError}
        onChange={(next) => {
          setChoice(next);
          setPreviewed(null);
        }}
      />
      <div className="button-row">
        <button type="button" className="button-primary" onClick={showPreview} disabled={busy !== null || kind === null}>
          Preview
        </button>
      </div>
      {busy ? <ReportProgressBar progress={progress} signing={busy === "sign"} /> : null}
      <FormAlert message={error} />
      <StatusMessage>{saved}</StatusMessage>
      {previewed ? (
        <div className="report-review">
          <PdfPreview key={previewCount} pdfBase64={previewed.preview.pdfBase64} title={previewed.title} />
          <div className="report-actions">
            {isAdministrator ? (
              <SignOffForm signerName={session.user.fullName} onSign={save} />
            ) : (
              <p className="hint">Only an Administrator can sign a report. You can save it without a signature.</p>
            )}
            <div className="button-row">
              <button type="button" className="button-secondary" onClick={() => void save()} disabled={busy !== null}>
                Save without signing
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}

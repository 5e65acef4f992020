import { useState } from "react";
import { z } from "zod";
import {
  NOTICE_METHOD_LABELS,
  NOTICE_METHODS,
  NOTICE_RECIPIENT_LABELS,
  NOTICE_RECIPIENTS,
  noticeInputSchema,
  type NoticeInput,
} from "../../../../shared/model/incident";
import { dayInZone, formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useServerForm } from "../../forms/useServerForm";
import type { SectionProps } from "./IncidentPage";

interface NoticeFormValues {
  recipient: string;
  sentOn: string;
  method: string;
  sentTo: string;
  recipientsCount: string;
  notes: string;
}

const noticeFormSchema = z
  .object({ recipient: z.string(), sentOn: z.string(), method: z.string(), sentTo: z.string(), recipientsCount: z.string(), notes: z.string() })
  .transform((form) => ({
    ...form,
    recipient: form.recipient === "" ? undefined : form.recipient,
    method: form.method === "" ? undefined : form.method,
    recipientsCount: form.recipientsCount.trim() === "" ? null : Number(form.recipientsCount.trim().replace(/,/g, "")),
  }) as z.input<typeof noticeInputSchema>)
  .pipe(noticeInputSchema);

/**
 * Every notice sent, with its date, method and recipient: the proof that each notice was given
 * (45 CFR 164.414(b)). Entries are kept as recorded; a correction is a further entry.
 */
export function NoticeLogSection({ detail, editable, onUpdated }: SectionProps) {
  const invoke = useInvoke();
  const { practice } = useSession();
  const [status, setStatus] = useState<string | null>(null);
  const today = dayInZone(new Date(), practice?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const blank: NoticeFormValues = { recipient: "", sentOn: today, method: "", sentTo: "", recipientsCount: "", notes: "" };
  const {
    register,
    formState: { errors, isSubmitting },
    formError,
    submitWith,
  } = useServerForm(noticeFormSchema, blank, "notice.");

  const submit = submitWith(async (notice: NoticeInput) => {
    setStatus(null);
    const result = await invoke("incidents.notices.add", { incidentId: detail.incident.id, notice });
    if (!result.ok) return result.error;
    onUpdated(result.value);
    setStatus(`The notice to ${NOTICE_RECIPIENT_LABELS[notice.recipient].toLowerCase()} was logged.`);
    return null;
  });

  return (
    <section className="incident-section" aria-labelledby="notices-heading">
      <h2 id="notices-heading">Notices sent</h2>
      <p>Log each notice when it goes out: to the individuals, HHS, the media, a covered entity, or a State Attorney General where State law asks.</p>
      <StatusMessage>{status}</StatusMessage>
      {detail.notices.length === 0 ? (
        <p className="empty">No notice is logged yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Notices sent about this incident</caption>
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">To</th>
                <th scope="col">Whom exactly</th>
                <th scope="col">How</th>
                <th scope="col">Notes</th>
                <th scope="col">Logged by</th>
              </tr>
            </thead>
            <tbody>
              {detail.notices.map((notice) => (
                <tr key={notice.id}>
                  <td className="nowrap">{formatDay(notice.sentOn)}</td>
                  <td>{NOTICE_RECIPIENT_LABELS[notice.recipient]}</td>
                  <td>
                    {notice.sentTo}
                    {notice.recipientsCount !== null ? ` (${notice.recipientsCount.toLocaleString("en-US")})` : ""}
                  </td>
                  <td>{NOTICE_METHOD_LABELS[notice.method]}</td>
                  <td className="prewrap">{notice.notes}</td>
                  <td>{notice.recordedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <details className="add-panel">
          <summary>Log a notice sent</summary>
          <form onSubmit={submit} noValidate aria-label="Log a notice sent">
            <FormAlert message={formError} />
            <div className="field-pair">
              <Field label="Sent to" error={errors.recipient?.message}>
                {(control) => <ChoiceSelect {...control} {...register("recipient")} choices={NOTICE_RECIPIENTS} labels={NOTICE_RECIPIENT_LABELS} />}
              </Field>
              <Field label="Date sent" error={errors.sentOn?.message}>
                {(control) => <input {...control} {...register("sentOn")} type="date" />}
              </Field>
            </div>
            <Field label="How it was sent" error={errors.method?.message}>
              {(control) => <ChoiceSelect {...control} {...register("method")} choices={NOTICE_METHODS} labels={NOTICE_METHOD_LABELS} />}
            </Field>
            <Field label="Whom exactly" hint="For example: 40 patients, the HHS breach portal, the Springfield Gazette." error={errors.sentTo?.message}>
              {(control) => <input {...control} {...register("sentTo")} autoComplete="off" />}
            </Field>
            <Field label="Number of people notified" hint="For letters to individuals; leave empty otherwise." error={errors.recipientsCount?.message}>
              {(control) => <input {...control} {...register("recipientsCount")} inputMode="numeric" className="input-short" />}
            </Field>
            <Field label="Notes" hint="A confirmation number, letters returned, anything worth keeping." error={errors.notes?.message}>
              {(control) => <textarea {...control} {...register("notes")} rows={2} />}
            </Field>
            <div className="button-row">
              <button type="submit" className="button-primary" disabled={isSubmitting}>
                Log the notice
              </button>
            </div>
          </form>
        </details>
      ) : null}
    </section>
  );
}

import { useId, useState, type FormEvent } from "react";
import type { TrainingSession, TrainingTopic } from "../../../../shared/model/training";
import { isCalendarDate } from "../../../../shared/rules/calendarDates";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";

interface SessionsSectionProps {
  sessions: TrainingSession[];
  topics: TrainingTopic[];
  editable: boolean;
  today: string;
  onChanged: () => Promise<void>;
}

/** Training sessions: a date, who gave it and the topics covered. Each attendee signs on their own page. */
export function SessionsSection({ sessions, topics, editable, today, onChanged }: SessionsSectionProps) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="workforce-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Training sessions</h2>
      <p>Record a session once, then record each person who attended from their page, where they sign for it with their own name.</p>
      <StatusMessage>{done}</StatusMessage>
      {sessions.length === 0 ? (
        <p className="empty">No sessions recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Training sessions</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Given by</th>
                <th scope="col">Topics</th>
                <th scope="col" className="numeric">
                  Signed by
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row" className="nowrap">
                    {formatDay(session.heldOn)}
                  </th>
                  <td>{session.trainer}</td>
                  <td>
                    {session.topics.map((topic) => topic.name).join(", ")}
                    {session.notes ? <p className="hint">{session.notes}</p> : null}
                  </td>
                  <td className="numeric">
                    {session.attendeeCount} {session.attendeeCount === 1 ? "person" : "people"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <AddSessionForm
          topics={topics.filter((topic) => topic.inUse)}
          today={today}
          onAdded={async (session) => {
            setDone(`The session of ${formatDay(session.heldOn)} was recorded. Record each attendee from their page on the roster.`);
            await onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

type Errors = Partial<Record<"heldOn" | "trainer" | "topicIds" | "notes", string>>;

function AddSessionForm({ topics, today, onAdded }: { topics: TrainingTopic[]; today: string; onAdded: (session: TrainingSession) => Promise<void> }) {
  const invoke = useInvoke();
  const ids = useId();
  const [heldOn, setHeldOn] = useState(today);
  const [trainer, setTrainer] = useState("");
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (!isCalendarDate(heldOn)) found.heldOn = "Enter the date of the session as a real date, for example 2026-03-01.";
    if (!trainer.trim()) found.trainer = "Enter who gave the training (a person, or for example an online course).";
    if (topicIds.length === 0) found.topicIds = "Choose at least one topic.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const ordered = topics.filter((topic) => topicIds.includes(topic.id)).map((topic) => topic.id);
    const result = await invoke("training.sessions.add", { heldOn, trainer, topicIds: ordered, notes });
    setBusy(false);
    if (!result.ok) {
      const mapped: Errors = {};
      for (const [key, message] of Object.entries(result.error.fields ?? {})) {
        const name = key.replace(/\.\d+$/, "");
        if (name === "heldOn" || name === "trainer" || name === "topicIds" || name === "notes") mapped[name] = message;
      }
      setErrors(mapped);
      return setFormError(result.error.message);
    }
    setTrainer("");
    setTopicIds([]);
    setNotes("");
    await onAdded(result.value);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="workforce-form" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Record a session</h3>
      <FormAlert message={formError} />
      <Field label="Date of the session" error={errors.heldOn}>
        {(control) => <input {...control} type="date" className="input-date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />}
      </Field>
      <Field label="Given by" hint="The person who gave the training, or the course or video used." error={errors.trainer}>
        {(control) => <input {...control} value={trainer} onChange={(event) => setTrainer(event.target.value)} autoComplete="off" />}
      </Field>
      <fieldset className="plain-fieldset field" aria-describedby={errors.topicIds ? `${ids}-topics-error` : undefined}>
        <legend className="legend">Topics covered</legend>
        <ul className="checkbox-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <label>
                <input
                  type="checkbox"
                  checked={topicIds.includes(topic.id)}
                  onChange={(event) => setTopicIds((current) => (event.target.checked ? [...current, topic.id] : current.filter((id) => id !== topic.id)))}
                />{" "}
                {topic.name}
              </label>
            </li>
          ))}
        </ul>
        {errors.topicIds ? (
          <p id={`${ids}-topics-error`} className="field-error">
            {errors.topicIds}
          </p>
        ) : null}
      </fieldset>
      <Field label="Notes" hint="For example: the video used, or handouts given. You can leave this empty." error={errors.notes}>
        {(control) => <textarea {...control} value={notes} onChange={(event) => setNotes(event.target.value)} rows={2} />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={busy}>
          Record the session
        </button>
      </div>
    </form>
  );
}

import { useId, useMemo, useState, type FormEvent } from "react";
import type { TrainingCompletion, TrainingSession, TrainingTopic } from "../../../../shared/model/training";
import type { WorkforceMember } from "../../../../shared/model/workforce";
import { acknowledgmentWording, NAME_MISMATCH_MESSAGE, namesMatch } from "../../../../shared/rules/attestation";
import { isCalendarDate } from "../../../../shared/rules/calendarDates";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";

const OWN = "own";

interface CompletionFormProps {
  member: WorkforceMember;
  sessions: TrainingSession[];
  topics: TrainingTopic[];
  today: string;
  onRecorded: (completion: TrainingCompletion) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<"source" | "topicIds" | "completedOn" | "trainer" | "typedName", string>>;

/**
 * training.completions.record, on the shared front-desk computer: the office manager picks the
 * training; the person being trained reads the statement and types their own name to sign it.
 */
export function CompletionForm({ member, sessions, topics, today, onRecorded, onCancel }: CompletionFormProps) {
  const invoke = useInvoke();
  const ids = useId();
  const inUse = useMemo(() => topics.filter((topic) => topic.inUse), [topics]);
  const [source, setSource] = useState<string>(sessions[0]?.id ?? OWN);
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [completedOn, setCompletedOn] = useState(today);
  const [trainer, setTrainer] = useState("");
  const [typedName, setTypedName] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const session = sessions.find((candidate) => candidate.id === source) ?? null;
  // Topics in the order of the topic list, so the statement reads the same on both sides.
  const chosenTopics = inUse.filter((topic) => topicIds.includes(topic.id));
  const facts = session
    ? { topicNames: session.topics.map((topic) => topic.name), completedOn: session.heldOn, trainer: session.trainer }
    : { topicNames: chosenTopics.map((topic) => topic.name), completedOn, trainer };
  const ready = facts.topicNames.length > 0 && isCalendarDate(facts.completedOn);
  const wording = ready ? acknowledgmentWording({ personName: member.fullName, ...facts }) : null;

  const toggleTopic = (id: string, checked: boolean) => setTopicIds((current) => (checked ? [...current, id] : current.filter((candidate) => candidate !== id)));

  const check = (): Errors => {
    const found: Errors = {};
    if (!session) {
      if (chosenTopics.length === 0) found.topicIds = "Choose at least one topic.";
      if (!isCalendarDate(completedOn)) found.completedOn = "Enter the date the training was completed, for example 2026-03-01.";
      else if (completedOn > today) found.completedOn = "Training cannot be recorded before it has happened. Check the date.";
    }
    if (!typedName.trim()) found.typedName = "The person being trained types their own full name here to sign.";
    else if (!namesMatch(typedName, member.fullName)) found.typedName = NAME_MISMATCH_MESSAGE;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0 || !wording) {
      document.querySelector<HTMLElement>(`[aria-invalid="true"]`)?.focus();
      return;
    }
    setBusy(true);
    const training = session ? { kind: "session" as const, sessionId: session.id } : { kind: "own" as const, topicIds: chosenTopics.map((topic) => topic.id), completedOn, trainer };
    const result = await invoke("training.completions.record", { memberId: member.id, training, typedName, wording });
    setBusy(false);
    if (result.ok) return onRecorded(result.value);
    const fields = result.error.fields ?? {};
    const mapped: Errors = {};
    for (const [key, message] of Object.entries(fields)) {
      const name = key.replace(/^training\./, "").replace(/\.\d+$/, "");
      if (name === "topicIds" || name === "completedOn" || name === "trainer" || name === "typedName") mapped[name] = message;
    }
    setErrors(mapped);
    setFormError(result.error.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="completion-form">
      <FormAlert message={formError} />
      <Field label="Training" hint="A session recorded on the Training page, or training the person took on their own." error={errors.source}>
        {(control) => (
          <select {...control} value={source} onChange={(event) => setSource(event.target.value)}>
            {sessions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {formatDay(candidate.heldOn)}, {candidate.trainer}: {candidate.topics.map((topic) => topic.name).join(", ")}
              </option>
            ))}
            <option value={OWN}>Training taken on their own (an online course, one-to-one)</option>
          </select>
        )}
      </Field>
      {session ? null : (
        <>
          <fieldset className="plain-fieldset field" aria-describedby={errors.topicIds ? `${ids}-topics-error` : undefined}>
            <legend className="legend">Topics covered</legend>
            <ul className="checkbox-list">
              {inUse.map((topic) => (
                <li key={topic.id}>
                  <label>
                    <input type="checkbox" checked={topicIds.includes(topic.id)} onChange={(event) => toggleTopic(topic.id, event.target.checked)} /> {topic.name}
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
          <Field label="Date completed" error={errors.completedOn}>
            {(control) => <input {...control} type="date" className="input-date" value={completedOn} max={today} onChange={(event) => setCompletedOn(event.target.value)} />}
          </Field>
          <Field label="Given by" hint="Who trained them, or the course's name. You can leave this empty." error={errors.trainer}>
            {(control) => <input {...control} value={trainer} onChange={(event) => setTrainer(event.target.value)} autoComplete="off" />}
          </Field>
        </>
      )}
      <div className="acknowledgment" aria-live="polite">
        <p className="acknowledgment-title">What {member.fullName} signs</p>
        {wording ? <p className="acknowledgment-text">{wording}</p> : <p className="hint">Choose the topics and the date to see the statement.</p>}
      </div>
      <Field
        label="Type your full name to sign"
        hint={`${member.fullName}: read the statement above, then type your own full name as it is on the roster. Typing it is your signature.`}
        error={errors.typedName}
      >
        {(control) => <input {...control} value={typedName} onChange={(event) => setTypedName(event.target.value)} autoComplete="off" spellCheck={false} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          Sign and record the training
        </button>
      </div>
    </form>
  );
}

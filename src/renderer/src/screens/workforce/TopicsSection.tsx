import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { topicInputSchema, type TrainingTopic } from "../../../../shared/model/training";
import { useInvoke } from "../../api/ApiContext";
import { CheckboxField } from "../../components/CheckboxField";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";

type TopicFormInput = z.input<typeof topicInputSchema>;
type TopicForm = z.output<typeof topicInputSchema>;

interface TopicsSectionProps {
  topics: TrainingTopic[];
  editable: boolean;
  onChanged: () => Promise<void>;
}

/** The topics the practice trains on (45 CFR 164.308(a)(5)(ii)): the five it starts with, and its own. */
export function TopicsSection({ topics, editable, onChanged }: TopicsSectionProps) {
  const invoke = useInvoke();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (topic: TrainingTopic, change: { required?: boolean; inUse?: boolean }) => {
    setError(null);
    setDone(null);
    const required = change.required ?? topic.required;
    const inUse = change.inUse ?? topic.inUse;
    const result = await invoke("training.topics.update", { topicId: topic.id, topic: { name: topic.name, description: topic.description, required }, inUse });
    if (!result.ok) return setError(result.error.message);
    setDone(
      change.inUse === false
        ? `“${topic.name}” was retired: it stays on past records but is no longer offered or due.`
        : change.inUse === true
          ? `“${topic.name}” is in use again.`
          : `“${topic.name}” is now ${required ? "required for everyone" : "optional"}.`,
    );
    await onChanged();
  };

  return (
    <section className="workforce-section" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Training topics</h2>
      <p>Required topics are due for everyone: within the set period after hire, then at every refresher. Optional topics are recorded but never due.</p>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Training topics</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">What it covers</th>
              <th scope="col">Status</th>
              {editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.id} className={topic.inUse ? undefined : "row-retired"}>
                <th scope="row">{topic.name}</th>
                <td>{topic.description}</td>
                <td>{!topic.inUse ? "Retired" : topic.required ? "Required" : "Optional"}</td>
                {editable ? (
                  <td>
                    <div className="row-actions">
                      {topic.inUse ? (
                        <>
                          <button type="button" className="button-secondary button-small" onClick={() => void toggle(topic, { required: !topic.required })}>
                            {topic.required ? "Make optional" : "Make required"}
                            <span className="visually-hidden">: {topic.name}</span>
                          </button>
                          <button type="button" className="button-danger-quiet button-small" onClick={() => void toggle(topic, { inUse: false })}>
                            Retire<span className="visually-hidden"> {topic.name}</span>
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button-secondary button-small" onClick={() => void toggle(topic, { inUse: true })}>
                          Use again<span className="visually-hidden">: {topic.name}</span>
                        </button>
                      )}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable ? <AddTopicForm onAdded={async (topic) => {
        setDone(`“${topic.name}” was added.`);
        await onChanged();
      }} /> : null}
    </section>
  );
}

function AddTopicForm({ onAdded }: { onAdded: (topic: TrainingTopic) => Promise<void> }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TopicFormInput, unknown, TopicForm>({ resolver: zodResolver(topicInputSchema), defaultValues: { name: "", description: "", required: true } });

  const submit = async (values: TopicForm) => {
    setFormError(null);
    const result = await invoke("training.topics.add", values);
    if (!result.ok) return setFormError(applyServerError(result.error, setError, ["name", "description", "required"]));
    reset();
    await onAdded(result.value);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="workforce-form" aria-labelledby="add-topic-heading">
      <h3 id="add-topic-heading">Add a topic of your own</h3>
      <FormAlert message={formError} />
      <Field label="Topic name" hint="For example: Using the imaging room workstation." error={errors.name?.message}>
        {(control) => <input {...control} {...register("name")} autoComplete="off" />}
      </Field>
      <Field label="What it covers" hint="A sentence or two. You can leave this empty." error={errors.description?.message}>
        {(control) => <textarea {...control} {...register("description")} rows={2} />}
      </Field>
      <CheckboxField label="Required for everyone" explanation="Due within the set period after hire and at every refresher." {...register("required")} />
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Add the topic
        </button>
      </div>
    </form>
  );
}

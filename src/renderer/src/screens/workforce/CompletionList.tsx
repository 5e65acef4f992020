import { useCallback, useRef, useState } from "react";
import { COMPLETIONS_PAGE_SIZE, type CompletionsPage, type TrainingCompletion } from "../../../../shared/model/training";
import { formatDay, formatMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { ListPager } from "../../components/ListPager";
import { CertificateFiles } from "./CertificateFiles";

interface CompletionListProps {
  memberId: string;
  /** The newest page, as the person's page loaded it. */
  firstPage: TrainingCompletion[];
  /** How many records the person has in all. */
  total: number;
  editable: boolean;
  timeZone: string;
  onChanged: () => Promise<void>;
}

/**
 * One person's training records, newest first, each with the signed statement and its certificates,
 * 25 to a page: only the page on screen is fetched, so years of records open at once.
 */
export function CompletionList({ memberId, firstPage, total, editable, timeZone, onChanged }: CompletionListProps) {
  const invoke = useInvoke();
  const [page, setPage] = useState<CompletionsPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const offset = page?.offset ?? 0;

  const load = useCallback(
    async (next: number): Promise<boolean> => {
      if (next === 0) {
        setPage(null);
        return true;
      }
      const result = await invoke("training.completions.page", { memberId, offset: next, limit: COMPLETIONS_PAGE_SIZE });
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      setPage(result.value);
      return true;
    },
    [invoke, memberId],
  );
  const showPage = async (next: number) => {
    // The new page starts at the top of the list: take the reader (and the keyboard focus) there.
    if (await load(next)) list.current?.focus();
  };
  const changed = async () => {
    await onChanged();
    if (offset > 0) await load(offset);
  };

  if (total === 0) return <p className="empty">No training recorded yet.</p>;
  const completions = page ? page.completions : firstPage;
  return (
    <>
      <FormAlert message={error} />
      <ol className="completion-list" ref={list} tabIndex={-1} start={offset + 1} aria-label="Training records, newest first">
        {completions.map((completion) => (
          <li key={completion.id} className="completion">
            <h3 className="completion-heading">
              Training of {formatDay(completion.completedOn)}
              {completion.trainer ? `, given by ${completion.trainer}` : ""}
            </h3>
            <p>
              <strong>Topics:</strong> {completion.topics.map((topic) => topic.name).join(", ")}
            </p>
            <div className="acknowledgment">
              <p className="acknowledgment-title">
                Signed by typing “{completion.acknowledgment.typedName}” on {formatMoment(completion.acknowledgment.at, timeZone)}
              </p>
              <p className="acknowledgment-text">{completion.acknowledgment.wording}</p>
            </div>
            <p className="hint">
              Recorded by {completion.recordedBy.name} on {formatMoment(completion.recordedAt, timeZone)}.
            </p>
            <CertificateFiles completion={completion} editable={editable} timeZone={timeZone} onChanged={changed} />
          </li>
        ))}
      </ol>
      <ListPager
        label="Pages of training records"
        noun="records"
        offset={offset}
        pageSize={COMPLETIONS_PAGE_SIZE}
        total={page?.total ?? total}
        onPage={showPage}
        previousLabel="Newer records"
        nextLabel="Older records"
      />
    </>
  );
}

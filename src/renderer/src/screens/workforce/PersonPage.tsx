import { useState } from "react";
import type { MemberDetail } from "../../../../shared/model/workforce";
import { dayInZone, formatDay } from "../../../../shared/time/zonedTime";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { CompletionForm } from "./CompletionForm";
import { CompletionList } from "./CompletionList";
import { DUE_KIND_LABELS, dueDistance, employmentStatus } from "./labels";
import { MemberForm } from "./MemberForm";
import { RemovalChecklist } from "./RemovalChecklist";
import { TerminateForm } from "./TerminateForm";
import { useChannel, useWorkforcePermissions } from "./useWorkforceData";
import { WorkforceNav } from "./WorkforceNav";
import { rosterHref, trainingHref } from "./workforceRoute";

type Open = "edit" | "train" | "terminate" | null;

/** One person: their details, what training is due, their training records, and the checklist once they leave. */
export function PersonPage({ memberId }: { memberId: string }) {
  const { editable, isAdministrator, timeZone } = useWorkforcePermissions();
  const person = useChannel("workforce.get", { memberId });
  const sessions = useChannel("training.sessions.list", {});
  const topics = useChannel("training.topics.list", {});
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [detailOverride, setDetailOverride] = useState<MemberDetail | null>(null);
  const detail = detailOverride ?? person.value;
  const today = dayInZone(new Date(), timeZone);

  const refresh = async (message: string | null = null) => {
    setDetailOverride(null);
    await person.reload();
    if (message) setDone(message);
  };
  const finish = (message: string) => {
    setOpen(null);
    void refresh(message);
  };

  if (!detail) {
    return (
      <>
        <p className="workforce-breadcrumb">
          <a href={rosterHref()}>Workforce &amp; training</a>
        </p>
        {person.error ? (
          <>
            <PageHeading>Person not found</PageHeading>
            <FormAlert message={person.error} />
          </>
        ) : (
          <p>Loading…</p>
        )}
      </>
    );
  }
  const { member, due } = detail;
  const current = member.terminationDate === null || member.terminationDate > today;

  return (
    <>
      <p className="workforce-breadcrumb">
        <a href={rosterHref()}>Workforce &amp; training</a> › {member.fullName}
      </p>
      <PageHeading>{member.fullName}</PageHeading>
      <WorkforceNav current={null} />
      <StatusMessage>{done}</StatusMessage>
      <dl className="member-facts">
        <dt>Job title</dt>
        <dd>{member.jobTitle || "Not given"}</dd>
        <dt>Hired</dt>
        <dd>{formatDay(member.hireDate)}</dd>
        <dt>Status</dt>
        <dd>
          {employmentStatus(member, today)}
          {member.terminationNote ? ` (${member.terminationNote})` : ""}
        </dd>
        <dt>App account</dt>
        <dd>{member.account ? `${member.account.username}${member.account.active ? "" : " (removed)"}` : "None: does not sign in to Safeguard Desk"}</dd>
      </dl>
      {editable ? (
        <div className="button-row button-row-start">
          <button type="button" className={current ? "button-primary" : "button-secondary"} onClick={() => setOpen("train")}>
            Record training
          </button>
          <button type="button" className="button-secondary" onClick={() => setOpen("edit")}>
            Edit details
          </button>
          {member.terminationDate === null ? (
            <button type="button" className="button-danger-quiet" onClick={() => setOpen("terminate")}>
              Record last day of work
            </button>
          ) : null}
        </div>
      ) : null}

      {member.terminationDate !== null ? (
        <RemovalChecklist
          detail={detail}
          editable={editable}
          isAdministrator={isAdministrator}
          timeZone={timeZone}
          onChanged={(next, message) => {
            setDetailOverride(next);
            setDone(message);
          }}
        />
      ) : null}

      {current ? (
        <section className="workforce-section" aria-labelledby="person-due-heading">
          <h2 id="person-due-heading">Training due</h2>
          {due.overdue.length === 0 && due.upcoming.length === 0 ? (
            <p className="standing standing-current">Up to date: nothing is overdue or due in the next 30 days.</p>
          ) : (
            <ul className="due-list">
              {[...due.overdue, ...due.upcoming].map((item) => (
                <li key={item.topicId} className={item.daysLeft < 0 ? "due-item due-item-overdue" : "due-item"}>
                  <strong>{item.topicName}</strong>: {DUE_KIND_LABELS[item.kind].toLowerCase()} due {formatDay(item.dueDate)} ({dueDistance(item.daysLeft)})
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section className="workforce-section" aria-labelledby="records-heading">
        <h2 id="records-heading">Training records</h2>
        <CompletionList
          memberId={member.id}
          firstPage={detail.completions}
          total={detail.completionCount}
          editable={editable}
          timeZone={timeZone}
          onChanged={() => refresh()}
        />
      </section>

      <Dialog open={open === "train"} title={`Record training for ${member.fullName}`} onClose={() => setOpen(null)}>
        {open === "train" && sessions.value && topics.value ? (
          <>
            <p className="hint">
              Sessions and topics are kept on the <a href={trainingHref()}>Training page</a>.
            </p>
            <CompletionForm
              member={member}
              sessions={sessions.value}
              topics={topics.value}
              today={today}
              onCancel={() => setOpen(null)}
              onRecorded={(completion) => {
                void sessions.reload();
                finish(`${member.fullName}'s training of ${formatDay(completion.completedOn)} was recorded with their signature.`);
              }}
            />
          </>
        ) : open === "train" ? (
          sessions.error || topics.error ? (
            <FormAlert message={sessions.error ?? topics.error} />
          ) : (
            <p>Loading the sessions and topics…</p>
          )
        ) : null}
      </Dialog>
      <Dialog open={open === "edit"} title={`Edit ${member.fullName}`} onClose={() => setOpen(null)}>
        {open === "edit" ? <MemberForm member={member} onCancel={() => setOpen(null)} onSaved={(saved) => finish(`The changes to ${saved.fullName} were saved.`)} /> : null}
      </Dialog>
      <Dialog open={open === "terminate"} title={`Record ${member.fullName}'s last day of work`} onClose={() => setOpen(null)}>
        {open === "terminate" ? (
          <TerminateForm
            member={member}
            today={today}
            onCancel={() => setOpen(null)}
            onDone={(next) => {
              setOpen(null);
              setDetailOverride(next);
              setDone(`${member.fullName}'s last day is recorded. Work through the access removal checklist below.`);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

import { useState } from "react";
import { dayInZone } from "../../../../shared/time/zonedTime";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { MemberForm } from "./MemberForm";
import { RosterTable } from "./RosterTable";
import { TrainingDueLists } from "./TrainingDueLists";
import { useChannel, useWorkforcePermissions } from "./useWorkforceData";
import { WorkforceNav } from "./WorkforceNav";
import { importHref, personHref } from "./workforceRoute";

/** The area's first page: training due, and the roster with everyone's standing. */
export function RosterPage() {
  const { editable, timeZone } = useWorkforcePermissions();
  const roster = useChannel("workforce.list", {});
  const due = useChannel("training.due", {});
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeading>Workforce &amp; training</PageHeading>
      <WorkforceNav current="roster" />
      <p className="lead">
        Everyone who works at the practice, whether or not they sign in to this app, and the security training each person has had. The Security Rule asks
        for training of all members of the workforce (45 CFR 164.308(a)(5)) and for procedures when someone joins or leaves (164.308(a)(3)).
      </p>
      <FormAlert message={due.error} />
      {due.value ? <TrainingDueLists due={due.value} /> : due.error ? null : <p>Loading the training due…</p>}

      <section className="workforce-section" aria-labelledby="roster-heading">
        <h2 id="roster-heading">Roster</h2>
        {editable ? (
          <div className="button-row button-row-start">
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              Add a person
            </button>
            <a className="button-secondary" href={importHref()}>
              Import from a CSV file
            </a>
          </div>
        ) : (
          <p className="read-only-note">Your role is Read-only: you can look at the roster but cannot change it.</p>
        )}
        <FormAlert message={roster.error} />
        {roster.value === null ? (
          roster.error ? null : (
            <p>Loading the roster…</p>
          )
        ) : roster.value.length === 0 ? (
          <p className="empty">Nobody is on the roster yet. Add each person who works at the practice, or import them from a spreadsheet.</p>
        ) : (
          <RosterTable roster={roster.value} today={due.value?.today ?? dayInZone(new Date(), timeZone)} />
        )}
      </section>

      <Dialog open={adding} title="Add a person to the roster" onClose={() => setAdding(false)}>
        {adding ? (
          <MemberForm
            member={null}
            onCancel={() => setAdding(false)}
            onSaved={(member) => {
              setAdding(false);
              // The next step for a new person is usually their training: open their page.
              window.location.hash = personHref(member.id);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

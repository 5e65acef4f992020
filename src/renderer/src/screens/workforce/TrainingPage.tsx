import { dayInZone } from "../../../../shared/time/zonedTime";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { SessionsSection } from "./SessionsSection";
import { TopicsSection } from "./TopicsSection";
import { TrainingSettingsSection } from "./TrainingSettingsSection";
import { useChannel, useWorkforcePermissions } from "./useWorkforceData";
import { WorkforceNav } from "./WorkforceNav";

/** Training topics, sessions, and when training is due (45 CFR 164.308(a)(5)). */
export function TrainingPage() {
  const { editable, isAdministrator, timeZone } = useWorkforcePermissions();
  const topics = useChannel("training.topics.list", {});
  const sessions = useChannel("training.sessions.list", {});
  const settings = useChannel("training.settings.get", {});
  const error = topics.error ?? sessions.error ?? settings.error;
  return (
    <>
      <PageHeading>Training topics and sessions</PageHeading>
      <WorkforceNav current="training" />
      <FormAlert message={error} />
      {settings.value ? <TrainingSettingsSection settings={settings.value} isAdministrator={isAdministrator} onSaved={settings.reload} /> : null}
      {topics.value ? <TopicsSection topics={topics.value} editable={editable} onChanged={topics.reload} /> : null}
      {topics.value && sessions.value ? (
        <SessionsSection sessions={sessions.value} topics={topics.value} editable={editable} today={dayInZone(new Date(), timeZone)} onChanged={sessions.reload} />
      ) : null}
      {!error && (!topics.value || !sessions.value || !settings.value) ? <p>Loading…</p> : null}
    </>
  );
}

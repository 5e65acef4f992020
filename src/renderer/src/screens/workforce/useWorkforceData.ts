import { useCallback, useEffect, useState } from "react";
import type { ChannelInput, ChannelName, ChannelOutput } from "../../../../shared/ipc/contract";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { mayUse } from "../settings/permissions";

/** Loads one channel's answer, with its error and a way to load it again after a change. */
export function useChannel<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
  const invoke = useInvoke();
  const [value, setValue] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The input object is rebuilt on every render; the first one is kept (a page showing another record is mounted anew).
  const [stableInput] = useState(input);
  const reload = useCallback(
    () =>
      invoke(channel, stableInput).then((result) => {
        if (result.ok) {
          setValue(result.value);
          setError(null);
        } else setError(result.error.message);
      }),
    [invoke, channel, stableInput],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, error, reload };
}

/** What the signed-in person may do here, and the practice's time zone for showing moments. */
export function useWorkforcePermissions() {
  const { session, practice } = useSession();
  return {
    editable: mayUse(session, "edit"),
    isAdministrator: mayUse(session, "admin"),
    timeZone: practice?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

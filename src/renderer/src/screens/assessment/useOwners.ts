import { useEffect, useState } from "react";
import type { UserSummary } from "../../../../shared/model/account";
import { useInvoke } from "../../api/ApiContext";

/** The people with an account who can own an action item. */
export function useOwners(): UserSummary[] {
  const invoke = useInvoke();
  const [users, setUsers] = useState<UserSummary[]>([]);
  useEffect(() => {
    let live = true;
    void invoke("users.list", {}).then((result) => {
      if (live && result.ok) setUsers(result.value.filter((user) => user.active));
    });
    return () => {
      live = false;
    };
  }, [invoke]);
  return users;
}

import type { AreaId } from "../../frame/areas";

export interface PlannedArea {
  purpose: string;
  /** The parts of 45 CFR Part 164 the area will help the practice meet. */
  covers: string;
}

/** What each area that is not built yet will do, in plain words, so nobody mistakes it for finished work. */
export const PLANNED_AREAS: Partial<Record<AreaId, PlannedArea>> = {
  dashboard: {
    purpose:
      "One page that shows where the practice stands: which safeguards are in place, what is due soon (training, the yearly risk analysis review, business associate agreements) and any open incidents.",
    covers:
      "It brings together the other areas, and helps the Security Official with the periodic evaluation of 45 CFR 164.308(a)(8).",
  },
};

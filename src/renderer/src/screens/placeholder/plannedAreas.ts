import type { AreaId } from "../../frame/areas";

export interface PlannedArea {
  purpose: string;
  /** The parts of 45 CFR Part 164 the area will help the practice meet. */
  covers: string;
}

/** What each area that is not built yet will do, in plain words, so nobody mistakes it for finished work. */
export const PLANNED_AREAS: Partial<Record<AreaId, PlannedArea>> = {
};

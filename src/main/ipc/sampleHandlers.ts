import type { sampleChannels } from "../../shared/ipc/sampleChannels";
import { leaveSample, openSample } from "../sample/sampleVisit";
import type { Handler } from "./handlers";

/** The sample practice's handlers, spread into `handlers`. */
export const sampleHandlers: { [C in keyof typeof sampleChannels]: Handler<C> } = {
  "sample.open": (_, session) => openSample(session),
  "sample.leave": (_, session) => leaveSample(session),
};

// Compile-time only: the documents Contentlayer generates are exactly what the
// content gate produces. `npm run typecheck` fails when contentlayer.config.ts
// and lib/content/types.ts drift apart, in either direction.
import type {
  Meetup as MeetupDocument,
  Page as PageDocument,
  Speaker as SpeakerDocument,
} from "contentlayer/generated";
import type { Meetup, Page, Speaker } from "../content/types";

/** A generated document without Contentlayer's own bookkeeping fields, at any depth. */
type Data<T> = T extends (infer I)[]
  ? Data<I>[]
  : T extends object
    ? { [K in keyof T as K extends "_id" | "_raw" | "type" ? never : K]: Data<T[K]> }
    : T;

/** Exactly the same type, optional fields included (mutual assignability would let one side lack them). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const meetupsAgree: Same<Data<MeetupDocument>, Meetup> = true;
export const speakersAgree: Same<Data<SpeakerDocument>, Speaker> = true;
export const pagesAgree: Same<Data<PageDocument>, Page> = true;

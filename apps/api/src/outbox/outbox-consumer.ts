/**
 * What a reader of the outbox (the search indexer, its rebuilds and status) may use: events in
 * order after a checkpoint it keeps, a place to park an event it cannot apply, and how far behind it is.
 */
export {
  consumerLag,
  latestSettledSequence,
  parkDeadLetter,
  readCheckpoint,
  readEventsAfter,
  saveCheckpoint,
} from "./outbox.repository.ts";

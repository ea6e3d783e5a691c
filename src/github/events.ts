// The events whose runs are for a pull request. A module that imports nothing, so that the action
// can ask whether a run is for one without loading the API client (github/pull-request.ts).

/** The events that carry a pull request in their payload. */
export const PULL_REQUEST_EVENTS: readonly string[] = [
  'pull_request',
  'pull_request_target',
  'pull_request_review'
]

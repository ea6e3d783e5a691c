// The summaries (Markdown), the face the adapters import: a promotion's job summary
// (promotion-summary.ts), verify mode's (verify-summary.ts), changed-datasets mode's
// (changed-datasets-summary.ts); the cells, limits and byte budget they keep are in cells.ts.
export { COMMENT_LIMITS, SUMMARY_LIMITS, cell, type SummaryLimits } from './cells.js'
export { changedDatasetsSummary } from './changed-datasets-summary.js'
export { NAMES_SHOWN } from './inventory-table.js'
export { renderNotWritten, renderSummary, type UploadNote } from './promotion-summary.js'
export type { TrustedChanges } from './trusted-changes.js'
export { renderVerifySummary } from './verify-summary.js'

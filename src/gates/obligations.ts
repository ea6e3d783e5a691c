// Gate C, obligations: every obligation of the policy decision is recorded in PROV, as an
// activity that carries the obligation's id as an attribute value (DECISIONS.md).
import type { Obligation } from '../documents/evidence.js'
import type { CatalogDocument } from '../catalogs/views.js'
import { violation, type Violation } from './violation.js'

export function checkObligationsRecorded(
  obligations: readonly Obligation[],
  documents: readonly CatalogDocument[],
  decisionPath: string
): Violation[] {
  const activities = documents.flatMap((d) => d.prov?.activities ?? [])
  return obligations
    .filter((obligation) => !activities.some((activity) => activity.values.includes(obligation.id)))
    .map((obligation) =>
      violation(
        'C',
        'OBLIGATION_NOT_IN_PROV',
        decisionPath,
        `The ${obligation.type} obligation ${obligation.id} is recorded by no PROV activity; add the activity that carried it out, with "kfm:obligation": "${obligation.id}".`
      )
    )
}

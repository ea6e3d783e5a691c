// Violations as workflow annotations: errors when they fail the job, warnings when they do not.
// GitHub shows only the first ten of a kind in a step, so at most ANNOTATION_LIMIT are made: the
// first ones by cause (a cause's annotation counts the violations it causes, which get none),
// then one that says how many more there are and where the full list is.
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Violation } from '../model/violation.js'
import { annotationOf } from '../report/annotations.js'
import { folded } from '../report/folded-causes.js'

export const ANNOTATION_LIMIT = 10

export function annotate(
  violations: readonly Violation[],
  asErrors: boolean,
  workspace: string,
  reportPath?: string
): void {
  const say = asErrors ? core.error : core.warning
  const isFile = (relative: string): boolean => existsSync(path.resolve(workspace, relative))
  const tops = folded(violations)
  const shown = tops.length > ANNOTATION_LIMIT ? ANNOTATION_LIMIT - 1 : tops.length
  let told = 0
  for (const { violation, consequences } of tops.slice(0, shown)) {
    const { message, ...properties } = annotationOf(violation, isFile, consequences.length)
    say(message, properties)
    told += 1 + consequences.length
  }
  const more = violations.length - told
  if (more > 0)
    say(
      `${more} more violation(s), ${violations.length} in all: the job summary shows them, and the violations report has every one${reportPath ? ` (${reportPath}, the violations-path output)` : ''}.`,
      { title: 'More violations' }
    )
}

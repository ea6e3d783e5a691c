// Violations as workflow annotations: errors when they fail the job, warnings when they do not.
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Violation } from '../model/violation.js'
import { annotationOf } from '../report/annotations.js'

export function annotate(
  violations: readonly Violation[],
  asErrors: boolean,
  workspace: string
): void {
  const isFile = (relative: string): boolean => existsSync(path.resolve(workspace, relative))
  for (const v of violations) {
    const { message, ...properties } = annotationOf(v, isFile)
    if (asErrors) core.error(message, properties)
    else core.warning(message, properties)
  }
}

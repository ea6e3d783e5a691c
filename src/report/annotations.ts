// Violations as the runner's annotations: the title names the gate and the code, and the file
// (with its line) only when the violation is about a file that exists, so an annotation never
// points at an input name or at a file the run could not find. A cause's annotation counts the
// violations it causes, which get none of their own.
import type { Violation } from '../model/violation.js'
import { INPUTS } from '../options/inputs.js'
import { plural } from './words.js'

interface Annotation {
  message: string
  title: string
  file?: string
  startLine?: number
}

export function annotationOf(
  v: Violation,
  isFile: (path: string) => boolean,
  /** How many violations this one causes. */
  causes = 0
): Annotation {
  const counted =
    causes === 0
      ? ''
      : ` It causes ${plural(causes, 'more violation')}, listed under it in the job summary and the violations report.`
  const annotation: Annotation = {
    message: `${v.message}${counted}`,
    title: `Gate ${v.gate}: ${v.code}`
  }
  if (!(v.path in INPUTS) && isFile(v.path)) {
    annotation.file = v.path
    if (v.line) annotation.startLine = v.line
  }
  return annotation
}

// Folding the errors of a oneOf/anyOf into what the value meant.
// With allErrors, a value that matches none of the branches of a oneOf/anyOf (a GeoJSON geometry,
// STAC's "geometry with bbox, or null geometry without") gets the errors of every branch. The
// branches that cannot be the one meant are left out: those whose discriminating "type" property
// has another value (GeoJSON's Point/Polygon, an extension's Feature/Collection), and those that
// want the value null when it is not. What remains names the real field; when nothing remains,
// one sentence says what the value should have been.
import type { ErrorObject } from 'ajv'
import { isRecord } from './json.js'
import { appendTo } from './multimap.js'
import {
  describeSchemaError,
  jsonType,
  pathOf,
  valueAt,
  type SchemaProblem
} from './schema-errors.js'

const COMBINATORS = new Set(['oneOf', 'anyOf'])

/** The prefix of a schema path up to and including a branch of a oneOf/anyOf ("…/oneOf/3/"). */
function branchesOf(schemaPath: string): string[] {
  const prefixes: string[] = []
  const re = /\/(?:oneOf|anyOf)\/\d+\//g
  for (let m = re.exec(schemaPath); m !== null; m = re.exec(schemaPath))
    prefixes.push(schemaPath.slice(0, m.index + m[0].length))
  return prefixes
}

const DISCRIMINATOR = /^(?:allOf\/\d+\/)*properties\/type\/(?:enum|const)$/

/** The branch (its schema path prefix) an error was found in, or undefined outside any branch. */
function innermostBranch(schemaPath: string): string | undefined {
  const branches = branchesOf(schemaPath)
  return branches[branches.length - 1]
}

const isUnder = (path: string, parent: string): boolean =>
  path === parent || path.startsWith(`${parent}/`)

/** An error of Ajv's, or one sentence standing for a failed oneOf/anyOf. */
type Finding = ErrorObject & { consumed?: boolean; sentence?: string }

/**
 * The branches ruled out: within them, the discriminating "type" property has another value (a
 * GeoJSON Point branch for a Polygon), the value has another JSON type than the branch wants,
 * or a value the branch wants null is not.
 */
function ruledOutBranches(all: readonly Finding[]): Set<string> {
  const ruledOut = new Set<string>()
  for (const e of all) {
    const branch = innermostBranch(e.schemaPath)
    if (branch === undefined) continue
    const rest = e.schemaPath.slice(branch.length)
    if (
      ((e.keyword === 'enum' || e.keyword === 'const') && DISCRIMINATOR.test(rest)) ||
      (e.keyword === 'type' && (rest === 'type' || e.params.type === 'null'))
    )
      ruledOut.add(branch)
  }
  return ruledOut
}

/** One sentence for a oneOf/anyOf none of whose branches stands: what the value should be. */
function noBranchSentence(e: Finding, group: readonly Finding[], root: unknown): string {
  const allowed = group
    .filter(
      (x) =>
        (x.keyword === 'enum' || x.keyword === 'const') &&
        x.instancePath === `${e.instancePath}/type`
    )
    .flatMap((x) =>
      x.keyword === 'enum' ? (x.params.allowedValues as unknown[]) : [x.params.allowedValue]
    )
  const nullable = group.some((x) => x.keyword === 'type' && x.params.type === 'null')
  const types = group
    .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath)
    .flatMap((x) => [x.params.type].flat() as string[])
  return noBranch(e, root, [...new Set(allowed.map(String))], nullable, [...new Set(types)])
}

/** Decides what a failed oneOf/anyOf says: nothing (its errors say it), or one sentence. */
function settleCombinator(
  e: Finding,
  all: readonly Finding[],
  out: (x: Finding) => boolean,
  root: unknown
): void {
  const prefix = `${e.schemaPath}/`
  const group = all.filter((x) => x !== e && x.schemaPath.startsWith(prefix))
  const says = (x: Finding): boolean =>
    !out(x) && (!COMBINATORS.has(x.keyword) || x.sentence !== undefined)
  const standing = group.filter(says)
  const byBranch = new Map<string, Finding[]>()
  for (const x of standing) {
    const branch = x.schemaPath.slice(prefix.length).split('/')[0]!
    appendTo(byBranch, branch, x)
  }
  if (byBranch.size === 1) {
    // One branch is still standing: it is the one meant, and its errors say what is wrong.
    e.consumed = true
  } else if (byBranch.size > 1) {
    // Several could be meant: one sentence with the alternatives.
    for (const x of standing) x.consumed = true
    e.sentence = alternatives([...byBranch.values()], e, root)
  } else if (
    // No branch is standing. When other errors under the same value say what is wrong (those
    // of a branch whose schema is a $ref), they suffice; else one sentence says what was wanted.
    all.some(
      (x) => x !== e && says(x) && !group.includes(x) && isUnder(x.instancePath, e.instancePath)
    )
  ) {
    e.consumed = true
  } else e.sentence = noBranchSentence(e, group, root)
}

/**
 * Ajv's errors (allErrors, no `if` summaries) as problems, the branches of each failed
 * oneOf/anyOf folded into what the value meant; each problem once, in the order of their paths.
 */
export function foldBranchErrors(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const seen = new Set<string>()
  return explain(errors, root).filter((problem) => {
    const key = `${problem.location.join('/')}\u0000${problem.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function explain(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const all: Finding[] = errors.map((e) => ({ ...e }))
  const ruledOut = ruledOutBranches(all)
  const out = (e: Finding): boolean =>
    e.consumed === true || branchesOf(e.schemaPath).some((b) => ruledOut.has(b))
  for (const e of all)
    if (COMBINATORS.has(e.keyword) && !out(e)) settleCombinator(e, all, out, root)
  const problems: SchemaProblem[] = []
  const sentencesAt = new Map<string, string>()
  for (const e of all) {
    if (out(e) || e.sentence === undefined) continue
    // The same value checked by two schemas (GeoJSON's Feature and Geometry): say it once.
    if (sentencesAt.has(e.instancePath)) continue
    sentencesAt.set(e.instancePath, e.sentence)
    const location = pathOf(e.instancePath)
    // A sentence about a discriminating "type" points at it.
    if (e.sentence.startsWith(`${e.instancePath}/type is `)) location.push('type')
    problems.push({ location, text: e.sentence })
  }
  for (const e of all) {
    if (out(e) || COMBINATORS.has(e.keyword)) continue
    const text = describeSchemaError(e, root)
    // Already said, as one of the alternatives of a sentence about the same value.
    if (sentencesAt.get(e.instancePath)?.includes(text)) continue
    problems.push({ location: pathOf(e.instancePath), text })
  }
  return problems.sort((a, b) => a.location.join('/').localeCompare(b.location.join('/')))
}

const quoted = (names: readonly string[]): string => {
  const q = names.map((n) => `"${n}"`)
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`
}

function alternatives(branches: Finding[][], group: ErrorObject, root: unknown): string {
  const where = group.instancePath === '' ? 'the document' : group.instancePath
  if (
    branches.every((b) =>
      b.every((x) => x.keyword === 'required' && x.instancePath === group.instancePath)
    )
  ) {
    // Alternatives of required properties (STAC's datetime, or start and end).
    const lists = branches.map((b) => [...new Set(b.map((x) => String(x.params.missingProperty)))])
    return `${where} is missing ${lists.map(quoted).join(', or else ')}`
  }
  return branches
    .map((b) => b.map((x) => x.sentence ?? describeSchemaError(x, root)).join(' and '))
    .join(', or else ')
}

function noBranch(
  e: ErrorObject,
  root: unknown,
  allowed: string[],
  nullable: boolean,
  types: string[]
): string {
  const where = e.instancePath === '' ? 'the document' : e.instancePath
  const value = valueAt(root, pathOf(e.instancePath))
  const orNull = nullable ? ', or null' : ''
  if (allowed.length > 0 && isRecord(value))
    return `${where}/type is ${JSON.stringify(value.type)}; it must be one of ${allowed.join(', ')}${orNull}`
  if (allowed.length > 0)
    return `${where} is ${jsonType(value)}; it must be an object whose "type" is one of ${allowed.join(', ')}${orNull}`
  // The sentences Ajv's own errors would have: a type error's, else the failed oneOf/anyOf's.
  if (types.length > 0)
    return describeSchemaError({ ...e, keyword: 'type', params: { type: types } }, root)
  return describeSchemaError(e, root)
}

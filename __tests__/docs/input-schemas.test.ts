// The JSON Schemas of the input formats (schemas/, shipped in the package) and docs/input-formats.md,
// which shows each with an example: every example must be valid against the schema it names, the
// example workspace's own documents too, and a document the gate refuses for its shape must be
// invalid against its schema as well.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import { PROJECT } from '../helpers/runner.js'
import { EXAMPLE } from '../helpers/workspace.js'

const SCHEMAS = path.join(PROJECT, 'schemas')
const ajv = new Ajv2020({
  strict: true,
  strictTypes: false,
  strictRequired: false,
  allErrors: true
})
addFormats.default(ajv, { mode: 'full', formats: ['date-time', 'uri'] })
const own = readdirSync(SCHEMAS).filter((file) => file.endsWith('.schema.json'))
for (const file of own)
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')), file)

function valid(schema: string, value: unknown): string {
  const validate = ajv.getSchema(schema)!
  return validate(value) ? 'valid' : ajv.errorsText(validate.errors)
}

/** The input formats a user writes, each shown on the page. */
const INPUT_FORMATS = [
  'dataset_spec.schema.json',
  'qa_report_v1.schema.json',
  'policy_decision_v1.schema.json',
  'approvals_v1.schema.json',
  'run_receipt_v1.schema.json',
  'file_list_v1.schema.json'
]

const page = readFileSync(path.join(PROJECT, 'docs', 'input-formats.md'), 'utf8')
const examples = [
  ...page.matchAll(/<!-- example: schemas\/(\S+) -->\n\n```(json|yaml)\n([\s\S]*?)\n```/g)
].map(([, schema, language, text]) => ({
  schema: schema!,
  value: language === 'yaml' ? parse(text!) : JSON.parse(text!)
}))

describe('docs/input-formats.md', () => {
  it('shows an example of every input format', () => {
    expect(examples.map((e) => e.schema).sort()).toEqual([...INPUT_FORMATS].sort())
  })

  it.each(examples.map((e) => [e.schema, e.value] as const))(
    'shows an example valid against %s',
    (schema, value) => expect(valid(schema, value)).toBe('valid')
  )
})

describe('the input schemas', () => {
  const example = (file: string): unknown => {
    const text = readFileSync(path.join(EXAMPLE, file), 'utf8')
    return file.endsWith('.yaml') ? parse(text) : JSON.parse(text)
  }

  it("accept the example workspace's documents", () => {
    expect(valid('dataset_spec.schema.json', example('spec.yaml'))).toBe('valid')
    expect(valid('qa_report_v1.schema.json', example('qa/report.json'))).toBe('valid')
    expect(valid('policy_decision_v1.schema.json', example('policy/decision.json'))).toBe('valid')
    expect(valid('approvals_v1.schema.json', example('approvals.json'))).toBe('valid')
    expect(valid('run_receipt_v1.schema.json', example('receipts/run-2026-02-20.json'))).toBe(
      'valid'
    )
  })

  it('refuse what the gates refuse for its shape', () => {
    expect(valid('qa_report_v1.schema.json', { status: 'passed' })).toMatch(/status/)
    const decision = example('policy/decision.json') as Record<string, unknown>
    expect(valid('policy_decision_v1.schema.json', { ...decision, obligations: [] })).toMatch(
      /obligations/
    )
    expect(valid('policy_decision_v1.schema.json', { ...decision, decision_id: 'x' })).toMatch(
      /decision_id/
    )
    expect(
      valid('approvals_v1.schema.json', [
        { role: 'steward', principal: ' ', approved_at: '2026-02-20T12:59:00Z' }
      ])
    ).toMatch(/principal/)
    expect(
      valid('approvals_v1.schema.json', [
        { role: 'steward', principal: 'a', approved_at: '2026-02-20T12:59:00Z', note: 1 }
      ])
    ).toMatch(/additional/)
    expect(valid('file_list_v1.schema.json', [{ path: 'a', digest: 'sha256:AB' }])).toMatch(
      /digest|media_type/
    )
    expect(valid('dataset_spec.schema.json', ['a list'])).toMatch(/object/)
  })
})

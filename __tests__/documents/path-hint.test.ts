// A document path that names nothing gets "did you mean" when a file is near: the same path under
// the dataset root (document paths are relative to the workspace, patterns to the root), or the
// same name in another letter case or with a typo. Real workspaces, the real pipeline.
import { cpSync, renameSync } from 'node:fs'
import path from 'node:path'
import { parseOptions } from '../../src/options/parse.js'
import { evaluateRun } from '../../src/pipeline.js'
import {
  EXAMPLE,
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir
} from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function messages(workspace: string, inputs: Record<string, string>): Promise<string[]> {
  const result = await evaluateRun(parseOptions(inputs, workspace))
  expect(result.status).toBe('fail')
  return result.violations.map((v) => `${v.code} ${v.path}: ${v.message}`)
}

describe('a document path written relative to the dataset root', () => {
  it('gets "did you mean" the path from the workspace, for every document input', async () => {
    const workspace = tempDir()
    cpSync(EXAMPLE, path.join(workspace, 'datasets', 'x'), { recursive: true })
    const said = await messages(
      workspace,
      exampleInputs({
        root: 'datasets/x',
        'artifacts-manifest': 'lists/artifacts.json'
      })
    )
    const hint = (file: string) =>
      `${file} does not exist; did you mean datasets/x/${file}? Document paths are relative to the workspace, not to the dataset root (datasets/x)`
    for (const file of ['spec.yaml', 'qa/report.json', 'policy/decision.json', 'approvals.json'])
      expect(said.some((line) => line.includes(hint(file)))).toBe(true)
    // Nothing under the root either: no guess.
    expect(said.join('\n')).toContain(
      'lists/artifacts.json does not exist; check the path (it is relative to the workspace)'
    )
  })

  it('gets no guess when the root is the workspace', async () => {
    const workspace = copyExample()
    const said = await messages(workspace, exampleInputs({ 'qa-report': 'qa/missing.json' }))
    expect(said.join('\n')).toContain(
      'qa/missing.json does not exist; check the path (it is relative to the workspace)'
    )
  })
})

describe('a document name misspelt or in another letter case', () => {
  it.each([
    ['qa/reprot.json', 'qa/report.json'],
    ['qa/Report.json', 'qa/report.json'],
    ['approval.json', 'approvals.json']
  ])('%s gets "did you mean %s"', async (given, meant) => {
    const workspace = copyExample()
    const input = given.startsWith('qa/') ? 'qa-report' : 'approvals'
    const said = await messages(workspace, exampleInputs({ [input]: given }))
    expect(said.join('\n')).toContain(`${given} does not exist; did you mean ${meant}?`)
  })

  it('says which spec input to check when nothing is near', async () => {
    const workspace = copyExample()
    renameSync(path.join(workspace, 'spec.yaml'), path.join(workspace, 'other.txt'))
    const said = await messages(workspace, exampleInputs())
    expect(said.join('\n')).toContain(
      'spec.yaml does not exist; check the spec input (it is relative to the workspace)'
    )
  })
})

// Stand-ins for @actions/core, as the actions/typescript-action template keeps them: the unit
// tests of the action adapter replace the module with these and read what it was asked to do.
// End-to-end tests run the real module through dist/ instead.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const inputs: Record<string, string> = {}

export const getInput = jest.fn<typeof core.getInput>((name) => (inputs[name] ?? '').trim())
export const setOutput = jest.fn<typeof core.setOutput>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const info = jest.fn<typeof core.info>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const summary = {
  addRaw: jest.fn(() => summary),
  emptyBuffer: jest.fn(() => summary),
  write: jest.fn(async () => summary)
}
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())

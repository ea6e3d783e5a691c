// The runner's side of the action: inputs, outputs, log lines, annotations, the job summary. It
// is @actions/core's own modules (their encoding and escaping are the hard part), imported by
// file, as the package's exports map offers only its entry point, and that entry point imports
// the OIDC client, which loads undici and @actions/exec: about 50 ms of every run's start-up for
// a token this action never asks for. The functions here are core.js's, as thin as there.
import { EOL } from 'node:os'
import type { AnnotationProperties } from '@actions/core'
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js'

export { summary } from '../node_modules/@actions/core/lib/summary.js'
export type { AnnotationProperties }

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message)
}

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

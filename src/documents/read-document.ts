// The input documents a run is given by path (QA report, policy decision, approvals, SBOMs,
// attestations), read into evidence: the parsed value with its digest and line finder, or the
// reason the file cannot be read at all. What the value says is judged by the gates.
import { DocumentError, readJsonDocument } from './json-document.js'
import type { RootPlace } from './path-hint.js'
import type { LfsPointer } from '../model/lfs-pointer.js'

export interface DocumentRef {
  absolute: string
  /** Workspace-relative, for messages and annotations. */
  path: string
  /** The workspace, when the path is in it: the file must then really be there, not linked out. */
  confine?: string
  /** The dataset root, when it is not the workspace: for "did you mean" when the path names nothing. */
  root?: RootPlace
}

/** Why a file cannot be read as a document (missing, not a file, not JSON, too large, ...). */
export interface Unreadable {
  /** Workspace-relative path. */
  path: string
  /** The sentence that says what is wrong with the file and what to do. */
  message: string
  line?: number
  /** Nothing is at the path (not a file that failed to read): what a dataset new on a branch gives. */
  absent?: true
  /** The file is a Git LFS pointer, not the document (gate E's LFS_POINTER). */
  lfsPointer?: LfsPointer
}

export interface ReadableDocument {
  readable: true
  /** Workspace-relative path. */
  path: string
  digest: string
  value: unknown
  lineOf(location: Array<string | number>): number | undefined
}

export type DocumentEvidence = ReadableDocument | ({ readable: false } & Unreadable)

export function unreadable(error: DocumentError): Unreadable {
  const found: Unreadable = { path: error.path, message: error.message }
  if (error.line !== undefined) found.line = error.line
  if (error.lfsPointer) found.lfsPointer = error.lfsPointer
  return found
}

/** Reads a JSON document; I/O and syntax problems become its evidence, never a throw. */
export async function readDocument(ref: DocumentRef): Promise<DocumentEvidence> {
  try {
    const document = await readJsonDocument(ref.absolute, ref.path, ref.confine, ref.root)
    return {
      readable: true,
      path: ref.path,
      digest: document.digest,
      value: document.value,
      lineOf: (location) => document.lineOf(location)
    }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return { readable: false, ...unreadable(error), ...(error.absent ? { absent: true } : {}) }
  }
}

/** One approval, from the approvals file (once gate C accepts it) or from a pull-request review. */
export interface Approval {
  role: string
  principal: string
  /** Normalised to UTC, seconds precision. */
  approvedAt: string
  approvedInstant: string
  line?: number
}

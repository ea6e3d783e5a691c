// The one error a document reader throws: the document cannot be read as its input, named with
// the line where there is one. The readers behind the gates turn it into the gate's *_INVALID.
import type { LfsPointer } from '../model/lfs-pointer.js'

export class DocumentError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly line?: number,
    /** Nothing is at the path: for the one input whose absence means something (the base copy). */
    readonly absent = false,
    /** The file is a Git LFS pointer, not the document: gate E's LFS_POINTER says so. */
    readonly lfsPointer?: LfsPointer
  ) {
    super(message)
  }
}

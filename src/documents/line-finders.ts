// The line of a value or a text in a document, for a violation's line: built on the first
// question, or (rereadLines) from the file read again, for documents kept by the thousand.
import { parseTree, findNodeAtLocation, type Node, type JSONPath } from 'jsonc-parser'
import { lineIndex } from '../model/lines.js'
import { bytesAgain } from './document-bytes.js'

/** A document's line finders, as JsonDocument has them. */
export interface LineFinders {
  /**
   * The 1-based line of the value at a JSON path, where it exists. It and lineOfText may be
   * passed on alone: they hold the text, not the document.
   */
  lineOf: (location: JSONPath) => number | undefined
  /** The line of the first occurrence of `needle` in the text. */
  lineOfText: (needle: string) => number | undefined
}

/** The line finders of a text: its line table and syntax tree are built on the first question. */
export function textLines(text: string): LineFinders {
  let tree: Node | undefined
  const lineOfOffset = lineIndex(text)
  return {
    lineOf: (location: JSONPath): number | undefined => {
      tree ??= parseTree(text)
      const node = tree && findNodeAtLocation(tree, location)
      return node ? lineOfOffset(node.offset) : undefined
    },
    lineOfText: (needle: string): number | undefined => {
      const at = text.indexOf(needle)
      return at < 0 ? undefined : lineOfOffset(at)
    }
  }
}

const NO_LINES: LineFinders = { lineOf: () => undefined, lineOfText: () => undefined }

/**
 * Line finders that hold no text: the file is read again on the first question (bytesAgain), and
 * a file changed since gives no line, never a wrong one.
 */
export function rereadLines(absolutePath: string, digest: string): LineFinders {
  let finders: LineFinders | undefined
  const load = (): LineFinders => {
    const bytes = finders ? undefined : bytesAgain(absolutePath, digest)
    finders ??= bytes ? textLines(bytes.toString('utf8')) : NO_LINES
    return finders
  }
  return {
    lineOf: (location) => load().lineOf(location),
    lineOfText: (needle) => load().lineOfText(needle)
  }
}

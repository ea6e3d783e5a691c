// Atomic write: the file at `out` is the old one or the complete new one, never a mix, and
// nothing is left behind when writing fails.
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

export async function writeFileAtomic(out: string, text: string): Promise<void> {
  const temporary = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, out)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

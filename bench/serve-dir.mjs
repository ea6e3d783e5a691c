// A loopback HTTP server of the files under a folder, for the bench's remote-assets row: a
// process of its own, since the bench's timed runs block its own event loop. Prints its base URL
// on the first line of stdout. Usage: node bench/serve-dir.mjs DIR
//
// It stands in for object storage, whose CPU is not the gate's: each file is read from disk once,
// on its first request (the bench's warm-up round), and kept, and every request after is answered
// from memory with one write. Streaming every answer from disk through createReadStream (64 KiB
// reads) cost this process about 2.5 s of CPU for the bench's 2 GiB, as much as the gate's own
// reading, on the same 2 cores; from memory about 0.5 s. The price is the files' size in this
// process's memory (2 GiB for the bench's 2,000 links of 1 MiB).
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const root = path.resolve(process.argv[2])
/** Each file's bytes by its path, once read. */
const served = new Map()

function bytesOf(file) {
  let bytes = served.get(file)
  if (bytes === undefined) {
    bytes = readFileSync(file)
    served.set(file, bytes)
  }
  return bytes
}

const server = createServer((request, response) => {
  const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname))
  let bytes
  try {
    if (!file.startsWith(root + path.sep)) throw new Error('outside')
    bytes = bytesOf(file)
  } catch {
    response.writeHead(404)
    response.end()
    return
  }
  response.writeHead(200, { 'content-length': bytes.length })
  response.end(bytes)
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`)
})

// A loopback HTTP server for violation fixtures that link published copies ("serve"): it runs in
// a worker thread, so it answers while the test blocks in spawnSync running dist/ (the main
// thread's event loop is then stopped), and it starts synchronously, as applyFixture is.
import { Worker } from 'node:worker_threads'

const SERVER = `
const { createServer } = require('node:http')
const { workerData } = require('node:worker_threads')
const files = new Map(Object.entries(workerData.files))
const server = createServer((request, response) => {
  const file = files.get(decodeURIComponent(new URL(request.url, 'http://x').pathname))
  if (file === undefined) { response.writeHead(404); response.end(); return }
  const body = typeof file === 'string' ? Buffer.from(file) : Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  response.writeHead(200, { 'content-length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  Atomics.store(workerData.port, 0, server.address().port)
  Atomics.notify(workerData.port, 0)
})
`

/**
 * Serves `files` (URL path → text, or bytes) on loopback for the rest of the process; returns its
 * base URL.
 */
export function serveFiles(files: Record<string, string | Uint8Array>): string {
  const port = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(SERVER, { eval: true, workerData: { files, port } })
  worker.unref()
  if (Atomics.wait(port, 0, 0, 10_000) === 'timed-out')
    throw new Error('the fixture server did not start within 10 s')
  return `http://127.0.0.1:${Atomics.load(port, 0)}/`
}

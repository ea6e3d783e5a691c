// A loopback HTTP server of the files under a folder, for the bench's remote-assets row: a
// process of its own, since the bench's timed runs block its own event loop. Prints its base URL
// on the first line of stdout. Usage: node bench/serve-dir.mjs DIR
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const root = path.resolve(process.argv[2])
const server = createServer((request, response) => {
  const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname))
  let size
  try {
    if (!file.startsWith(root + path.sep)) throw new Error('outside')
    size = statSync(file).size
  } catch {
    response.writeHead(404)
    response.end()
    return
  }
  response.writeHead(200, { 'content-length': size })
  createReadStream(file).pipe(response)
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`)
})

// Changes a file while another process is reading it: the real way for a file to change between
// two of a reader's reads. Run as `node change-mid-read.mjs PID FILE ACTION`. It waits until
// process PID has FILE open and has read part of it but not all (its read offset, from
// /proc/PID/fdinfo), stops the process (SIGSTOP), makes sure the reader is still short of the
// end, makes the change, and lets the process go on (SIGCONT); then exits 0. If the reader is
// never seen mid-read within the time allowed, it exits 1 having changed nothing.
// ACTION: grow (append), truncate (cut to 100 bytes), rewrite (16 bytes in place, same size, a
// later mtime), remove (unlink the name; the open descriptor keeps the bytes).
import {
  appendFileSync,
  closeSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync
} from 'node:fs'

const [pid, file, action] = process.argv.slice(2)
const size = statSync(file).size

/** The read offset of PID's descriptor of FILE, or undefined while it has none open. */
function offset() {
  for (const fd of safe(() => readdirSync(`/proc/${pid}/fd`)) ?? []) {
    if (safe(() => readlinkSync(`/proc/${pid}/fd/${fd}`)) !== file) continue
    const info = safe(() => readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))
    const pos = info && /^pos:\s*(\d+)/m.exec(info)
    if (pos) return Number(pos[1])
  }
  return undefined
}

function safe(read) {
  try {
    return read()
  } catch {
    return undefined
  }
}

const midRead = () => {
  const at = offset()
  return at !== undefined && at > 0 && at < size
}

function change() {
  if (action === 'grow') appendFileSync(file, 'more')
  else if (action === 'truncate') {
    const fd = openSync(file, 'r+')
    ftruncateSync(fd, 100)
    closeSync(fd)
  } else if (action === 'rewrite') {
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(16, 9), 0, 16, 4 * 1024 * 1024 + 10)
    closeSync(fd)
    utimesSync(file, new Date(), new Date(Date.now() + 5_000))
  } else if (action === 'remove') rmSync(file)
  else throw new Error(`unknown action ${action}`)
}

process.stdout.write('watching\n')
const deadline = Date.now() + 60_000
while (Date.now() < deadline) {
  if (!midRead()) continue
  process.kill(Number(pid), 'SIGSTOP')
  let changed = false
  try {
    // Stopped: the offset holds still, so a reader short of the end has its last read to come.
    if (midRead()) {
      change()
      changed = true
    }
  } finally {
    // Before any exit: a process left stopped would hang the test run.
    process.kill(Number(pid), 'SIGCONT')
  }
  if (changed) process.exit(0)
}
process.exit(1)

export const id = 993;
export const ids = [993];
export const modules = {

/***/ 6993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ BATCH),
/* harmony export */   HashPool: () => (/* binding */ HashPool),
/* harmony export */   gZ: () => (/* binding */ hashAll),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony exports hashRange, poolSize, HashOutcomes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _list_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(885);
/* harmony import */ var _gates_violation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2790);
// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.
// Asked to, the thread that hashes a batch also writes its part of the artifact list.





const CHUNK = 4 * 1024 * 1024;
/**
 * Hashes files into digests (`sha256:` and lower-case hex) and sizes at their index, and returns
 * the error codes of the files that could not be hashed (their digests stay unset). Written to
 * run both here and, through its source text, in a worker: it may use only its parameters.
 */
function hashRange(files, io, hashing, buffer, digests, sizes) {
    const errors = [];
    for (let index = 0; index < files.length; index++) {
        let fd;
        try {
            // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
            fd = io.openSync(files[index], io.constants.O_RDONLY | io.constants.O_NONBLOCK);
            const before = io.fstatSync(fd);
            if (!before.isFile()) {
                errors.push([index, before.isDirectory() ? 'EISDIR' : 'ENOTFILE']);
                continue;
            }
            const first = io.readSync(fd, buffer, 0, buffer.length, null);
            // Read whole in one call: the bytes are the file as it was at that instant; asking again
            // could only show a change made after hashing, which no check can rule out. One-shot
            // hashing spares a Hash object per file, which for small files is most of the work.
            if (first === before.size && first < buffer.length) {
                digests[index] = `sha256:${hashing.hash('sha256', buffer.subarray(0, first), 'hex')}`;
                sizes[index] = first;
                continue;
            }
            const running = hashing.createHash('sha256');
            let size = 0;
            for (let read = first; read > 0; read = io.readSync(fd, buffer, 0, buffer.length, null)) {
                running.update(read === buffer.length ? buffer : buffer.subarray(0, read));
                size += read;
            }
            const after = io.fstatSync(fd);
            if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
                errors.push([index, 'CHANGED']);
                continue;
            }
            digests[index] = `sha256:${running.digest('hex')}`;
            sizes[index] = size;
        }
        catch (error) {
            errors.push([index, error.code ?? String(error)]);
        }
        finally {
            if (fd !== undefined)
                io.closeSync(fd);
        }
    }
    return errors;
}
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const buffer = Buffer.allocUnsafe(${CHUNK})
crypto.hash('sha256', buffer.subarray(0, 1), 'hex')
const hashRange = ${hashRange.toString()}
const listBatch = ${_list_json_js__WEBPACK_IMPORTED_MODULE_3__/* .listBatch */ .vq.toString()}
const listElements = ${_list_json_js__WEBPACK_IMPORTED_MODULE_3__/* .listElements */ .Oe.toString()}
const compareText = ${_gates_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6.toString()}
parentPort.on('message', ({ id, batch, files, listing, claims }) => {
  // The main thread may have taken this batch already (it hashes from the last one down).
  if (Atomics.compareExchange(new Uint8Array(claims), batch, 0, 1) !== 0) return
  const digests = new Array(files.length)
  const sizes = new Float64Array(files.length)
  const errors = hashRange(files, fs, crypto, buffer, digests, sizes)
  const part = listing && listBatch(files, listing.prefix, listing.mediaTypes, digests, sizes, compareText, listElements)
  const transfer = part ? [sizes.buffer, part.buffer] : [sizes.buffer]
  parentPort.postMessage({ id, digests, sizes, errors, part }, transfer)
})
`;
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
/** One claim flag per batch: up to 16 M batches, 2 G files, in address space reserved, not used. */
const MAX_BATCHES = 1 << 24;
function poolSize() {
    return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), 16));
}
/**
 * Hashing on every core: cores - 1 worker threads, started early so their start-up overlaps the
 * walk, and this thread, which hashes too once it has nothing else to do (collect). Each batch is
 * posted to a worker as soon as it is found (submit), round robin, so a worker never waits on
 * this thread for work; collect() then hashes batches here from the last one down. Whoever
 * claims a batch first in a shared flag array (Atomics) hashes it, so each is hashed once and
 * both ends meet wherever the work does. collect() returns the outcomes in submission order.
 * One list at a time: submit, then collect.
 */
class HashPool {
    size;
    workers;
    submissions = [];
    claims = HashPool.newClaims();
    batches = [];
    submitted = 0;
    failure;
    settled;
    closing = false;
    buffer = Buffer.allocUnsafe(CHUNK);
    static newClaims() {
        return new SharedArrayBuffer(1024, { maxByteLength: MAX_BATCHES });
    }
    constructor(size = poolSize()) {
        this.size = size;
        // Loaded only when threads are wanted: a run with a few files never starts one.
        const threads = size > 1 ? process.getBuiltinModule('node:worker_threads') : undefined;
        // With a hashing thread on every core, V8's background compiler threads can only take time
        // from them: optimised code is then compiled on the thread that runs it, in this process from
        // here on. Measured with npm run bench: about 10 ms of 220 over 20,000 small files, 2 cores.
        if (threads && size >= (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)())
            process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation');
        this.workers = Array.from({ length: Math.max(0, size - 1) }, () => new threads.Worker(WORKER_SOURCE, { eval: true }));
        for (const worker of this.workers) {
            worker.on('message', (batch) => {
                this.batches.push(batch);
                // More results than batches would be a bug; HashOutcomes then says so, rather than wait.
                if (this.batches.length >= this.submissions.length)
                    this.settled?.();
            });
            worker.on('error', (error) => this.fail(error));
            // A thread that stops takes the batches it claimed with it: never wait for them.
            worker.on('exit', (code) => {
                if (!this.closing)
                    this.fail(new Error(`a hashing thread stopped (exit code ${code})`));
            });
        }
    }
    fail(error) {
        this.failure ??= error;
        this.settled?.();
    }
    hashHere({ id, files, listing }) {
        const digests = new Array(files.length);
        const sizes = new Float64Array(files.length);
        const errors = hashRange(files, node_fs__WEBPACK_IMPORTED_MODULE_1__, { createHash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash, hash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash }, this.buffer, digests, sizes);
        const part = listing &&
            (0,_list_json_js__WEBPACK_IMPORTED_MODULE_3__/* .listBatch */ .vq)(files, listing.prefix, listing.mediaTypes, digests, sizes, _gates_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6, _list_json_js__WEBPACK_IMPORTED_MODULE_3__/* .listElements */ .Oe);
        this.batches.push({ id, digests, sizes, errors, part });
    }
    /** Files to hash, as one batch; with `listing`, its part of the artifact list is written too. */
    submit(files, listing) {
        if (files.length === 0)
            return;
        const batch = this.submissions.length;
        if (batch >= MAX_BATCHES)
            throw new Error(`more than ${MAX_BATCHES * BATCH} files to hash`);
        if (batch >= this.claims.byteLength)
            this.claims.grow(Math.min(MAX_BATCHES, this.claims.byteLength * 2));
        const request = { id: this.submitted, files, listing };
        this.submissions.push(request);
        this.submitted += files.length;
        this.workers[batch % this.workers.length]?.postMessage({
            ...request,
            batch,
            claims: this.claims
        });
    }
    /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
    async collect() {
        const claims = new Uint8Array(this.claims);
        for (let batch = this.submissions.length - 1; batch >= 0 && !this.failure; batch--) {
            if (Atomics.compareExchange(claims, batch, 0, 1) === 0)
                this.hashHere(this.submissions[batch]);
        }
        if (this.batches.length < this.submissions.length && !this.failure)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const outcomes = new HashOutcomes(this.batches, this.submitted, this.submissions);
        this.batches = [];
        this.submissions = [];
        this.submitted = 0;
        this.claims = HashPool.newClaims();
        return outcomes;
    }
    async hash(files) {
        for (let start = 0; start < files.length; start += BATCH)
            this.submit(files.slice(start, start + BATCH));
        return this.collect();
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}
/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed: errorOf says why) and the size, in one pass over the batches. `listParts`
 * holds the artifact list's parts when every batch was listed and all the files are in the list's
 * order, within each batch and across them; otherwise it is undefined.
 */
class HashOutcomes {
    digests;
    sizes;
    listParts;
    errors = new Map();
    constructor(batches, count, submissions = []) {
        this.digests = new Array(count);
        this.sizes = new Float64Array(count);
        const parts = [];
        let next = 0;
        let previous;
        for (const [at, batch] of batches.sort((a, b) => a.id - b.id).entries()) {
            // Each file exactly once: a batch missing or hashed twice would be a bug, never an answer.
            if (batch.id !== next)
                throw new Error(`bug: hashing results do not cover file ${next}`);
            next += batch.sizes.length;
            const files = submissions[at]?.files;
            if (parts.length === at && batch.part && files) {
                if (previous === undefined || (0,_gates_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(previous, files[0]) < 0)
                    parts.push(batch.part);
                previous = files.at(-1);
            }
            for (const [index, code] of batch.errors)
                this.errors.set(batch.id + index, code);
            this.sizes.set(batch.sizes, batch.id);
            for (let at = 0; at < batch.sizes.length; at++)
                this.digests[batch.id + at] = batch.digests[at];
        }
        if (next !== count)
            throw new Error(`bug: hashing results do not cover file ${next}`);
        this.listParts = parts.length === batches.length && count > 0 ? parts : undefined;
    }
    /** Why file `index` has no digest. */
    errorOf(index) {
        return this.errors.get(index) ?? 'NOT_HASHED';
    }
    get(index) {
        const digest = this.digests[index];
        return digest === undefined
            ? { error: this.errorOf(index) }
            : { digest, size: this.sizes[index] };
    }
}
/** Hashes files with a pool of its own (started here, closed after). */
async function hashAll(files, workers = poolSize()) {
    const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers);
    try {
        return await pool.hash(files);
    }
    finally {
        await pool.close();
    }
}
/** hashAll's outcomes as a list. */
async function hashFiles(files, workers = poolSize()) {
    const outcomes = await hashAll(files, workers);
    return Array.from({ length: files.length }, (_v, index) => outcomes.get(index));
}


/***/ }),

/***/ 885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ inventoryJson),
/* harmony export */   Oe: () => (/* binding */ listElements),
/* harmony export */   nn: () => (/* binding */ joinParts),
/* harmony export */   vq: () => (/* binding */ listBatch)
/* harmony export */ });
// The artifact list's JSON: what the `inventory` subcommand writes and `artifacts-manifest` reads,
// `JSON.stringify(list, null, 2)` byte for byte. It is made in two ways that must agree: from
// sorted entries (inventoryJson), and in parts by the hashing threads while they hash (listBatch),
// so that for a large tree the list is written almost as soon as the last file is hashed.
/**
 * The elements of the list for these records, laid out as in the whole list (`  {...},\n  {...}`):
 * JSON.stringify's own output cut out of its brackets, so layout and escapes are the engine's.
 * Runs in the hashing threads too, from its source text: it may use only its parameters.
 */
function listElements(records) {
    return JSON.stringify(records, null, 2).slice(2, -2);
}
/** Entries per JSON.stringify call when the list is written: a few hundred kilobytes of text. */
const LIST_SLICE = 2048;
/** The list of sorted entries, in slices: 200,000 entries never become one string. */
function* inventoryJson(entries) {
    if (entries.length === 0) {
        yield '[]\n';
        return;
    }
    for (let start = 0; start < entries.length; start += LIST_SLICE) {
        const records = entries
            .slice(start, start + LIST_SLICE)
            .map((e) => e.size === undefined
            ? { path: e.path, digest: e.digest, media_type: e.mediaType }
            : { path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size });
        const elements = listElements(records);
        const last = start + LIST_SLICE >= entries.length;
        yield `${start === 0 ? '[\n' : ',\n'}${elements}${last ? '\n]\n' : ''}`;
    }
}
/**
 * One batch's part of the list, as UTF-8, made by the thread that hashed it; undefined when it
 * cannot be a part: a file has no digest, a path is not under `prefix` (the root and a `/`), or
 * the paths are not in the list's order (`compare`, UTF-8 bytes). The caller then builds the list
 * from sorted entries instead. Runs in the hashing threads from its source text: only parameters.
 */
function listBatch(files, prefix, mediaTypes, digests, sizes, compare, elements) {
    const records = new Array(files.length);
    for (let index = 0; index < files.length; index++) {
        const file = files[index];
        const digest = digests[index];
        if (digest === undefined || !file.startsWith(prefix))
            return undefined;
        if (index > 0 && compare(files[index - 1], file) >= 0)
            return undefined;
        records[index] = {
            path: file.slice(prefix.length),
            digest,
            media_type: mediaTypes[index],
            size: sizes[index]
        };
    }
    // A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
    return new TextEncoder().encode(elements(records));
}
const encoder = new TextEncoder();
/** The whole list from the batches' parts, in order: `[`, the parts joined by `,`, `]`. */
function joinParts(parts) {
    if (parts.length === 0)
        return [encoder.encode('[]\n')];
    const comma = encoder.encode(',\n');
    const chunks = [encoder.encode('[\n')];
    for (const [index, part] of parts.entries())
        chunks.push(...(index > 0 ? [comma] : []), part);
    chunks.push(encoder.encode('\n]\n'));
    return chunks;
}


/***/ })

};

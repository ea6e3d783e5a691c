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
// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.



const CHUNK = 4 * 1024 * 1024;
/**
 * Hashes files[start..end) into digests (32 bytes each) and sizes at their index, and returns the
 * error codes of the files that could not be hashed. Written to run both here and, through its
 * source text, in a worker: it may use only its parameters.
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
                digests.set(hashing.hash('sha256', buffer.subarray(0, first), 'buffer'), index * 32);
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
            digests.set(running.digest(), index * 32);
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
crypto.createHash('sha256').update(buffer.subarray(0, 1)).digest()
const hashRange = ${hashRange.toString()}
parentPort.on('message', ({ id, files }) => {
  const digests = new Uint8Array(files.length * 32)
  const sizes = new Float64Array(files.length)
  const errors = hashRange(files, fs, crypto, buffer, digests, sizes)
  parentPort.postMessage({ id, digests, sizes, errors }, [digests.buffer, sizes.buffer])
})
`;
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
function poolSize() {
    return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), 16));
}
/**
 * Hashing on every core: cores - 1 worker threads, started early so their start-up overlaps the
 * walk, and this thread, which hashes too once it has nothing else to do (collect). Batches are
 * queued as they are found (submit) and pulled: each worker holds at most two at a time.
 * collect() returns the outcomes in submission order. One list at a time: submit, then collect.
 */
class HashPool {
    size;
    workers;
    queue = [];
    batches = [];
    submitted = 0;
    pending = 0;
    failure;
    settled;
    buffer = Buffer.allocUnsafe(CHUNK);
    constructor(size = poolSize()) {
        this.size = size;
        // Loaded only when threads are wanted: a run with a few files never starts one.
        const threads = size > 1 ? process.getBuiltinModule('node:worker_threads') : undefined;
        this.workers = Array.from({ length: Math.max(0, size - 1) }, () => ({
            worker: new threads.Worker(WORKER_SOURCE, { eval: true }),
            holding: 0
        }));
        for (const slot of this.workers) {
            slot.worker.on('message', (batch) => {
                slot.holding--;
                this.pending--;
                this.batches.push(batch);
                this.dispatch();
                if (this.pending === 0 && this.queue.length === 0)
                    this.settled?.();
            });
            slot.worker.on('error', (error) => {
                this.failure ??= error;
                this.settled?.();
            });
        }
    }
    dispatch() {
        for (const slot of this.workers) {
            while (slot.holding < 2 && this.queue.length > 0) {
                const next = this.queue.shift();
                slot.holding++;
                this.pending++;
                slot.worker.postMessage(next);
            }
        }
    }
    hashHere(request) {
        const digests = new Uint8Array(request.files.length * 32);
        const sizes = new Float64Array(request.files.length);
        const errors = hashRange(request.files, node_fs__WEBPACK_IMPORTED_MODULE_1__, { createHash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash, hash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash }, this.buffer, digests, sizes);
        this.batches.push({ id: request.id, digests, sizes, errors });
    }
    submit(files) {
        if (files.length === 0)
            return;
        this.queue.push({ id: this.submitted, files });
        this.submitted += files.length;
        this.dispatch();
    }
    /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
    async collect() {
        while (this.queue.length > 0 && !this.failure) {
            this.hashHere(this.queue.shift());
            // Let the workers' replies in, so they are handed the next batches.
            if (this.workers.length > 0)
                await new Promise((resolve) => setImmediate(resolve));
        }
        if (this.pending > 0 && !this.failure)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const outcomes = new HashOutcomes(this.batches, this.submitted);
        this.batches = [];
        this.submitted = 0;
        return outcomes;
    }
    async hash(files) {
        for (let start = 0; start < files.length; start += BATCH)
            this.submit(files.slice(start, start + BATCH));
        return this.collect();
    }
    async close() {
        await Promise.all(this.workers.map((slot) => slot.worker.terminate()));
    }
}
/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed, with its error code in `errors`) and the size. Built in one pass over the
 * batches, one hex conversion per batch.
 */
class HashOutcomes {
    digests;
    sizes;
    errors = new Map();
    constructor(batches, count) {
        this.digests = new Array(count);
        this.sizes = new Float64Array(count);
        for (const batch of batches.sort((a, b) => a.id - b.id)) {
            for (const [index, code] of batch.errors)
                this.errors.set(batch.id + index, code);
            const hex = Buffer.from(batch.digests.buffer, batch.digests.byteOffset, batch.digests.length).toString('hex');
            this.sizes.set(batch.sizes, batch.id);
            for (let at = 0; at < batch.sizes.length; at++) {
                const index = batch.id + at;
                if (!this.errors.has(index))
                    this.digests[index] = `sha256:${hex.slice(at * 64, at * 64 + 64)}`;
            }
        }
    }
    get(index) {
        const digest = this.digests[index];
        return digest === undefined
            ? { error: this.errors.get(index) ?? 'NOT_HASHED' }
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


/***/ })

};

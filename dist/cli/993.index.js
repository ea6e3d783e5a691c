export const id = 993;
export const ids = [993];
export const modules = {

/***/ 6993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ BATCH),
/* harmony export */   HashPool: () => (/* binding */ HashPool),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony export poolSize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.




const CHUNK = 4 * 1024 * 1024;
/**
 * Hashes one file with the given modules and buffer. Written to run both here and, through its
 * source text, in a worker: it may use only its parameters.
 */
function hashOne(file, io, hashing, buffer) {
    let fd;
    try {
        fd = io.openSync(file, 'r');
        const before = io.fstatSync(fd);
        if (before.isDirectory())
            return { error: 'EISDIR' };
        if (!before.isFile())
            return { error: 'ENOTFILE' };
        const hash = hashing.createHash('sha256');
        let size = 0;
        for (;;) {
            const read = io.readSync(fd, buffer, 0, buffer.length, null);
            if (read === 0)
                break;
            hash.update(read === buffer.length ? buffer : buffer.subarray(0, read));
            size += read;
            // Read whole in one call: the bytes are the file as it was at that instant; asking again
            // could only show a change made after hashing, which no check can rule out.
            if (size === before.size && read < buffer.length) {
                return { digest: `sha256:${hash.digest('hex')}`, size };
            }
        }
        const after = io.fstatSync(fd);
        if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
            return { error: 'CHANGED' };
        return { digest: `sha256:${hash.digest('hex')}`, size };
    }
    catch (error) {
        return { error: error.code ?? String(error) };
    }
    finally {
        if (fd !== undefined)
            io.closeSync(fd);
    }
}
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const buffer = Buffer.allocUnsafe(${CHUNK})
crypto.createHash('sha256').update(buffer.subarray(0, 1)).digest()
const hashOne = ${hashOne.toString()}
parentPort.on('message', ({ id, files }) => {
  parentPort.postMessage({ id, results: files.map((file) => hashOne(file, fs, crypto, buffer)) })
})
`;
/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64;
const BATCH = 128;
function poolSize() {
    return Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)(), 16));
}
/**
 * Hashing threads, started early so their start-up overlaps the walk. Batches are handed over as
 * they are found (submit), round robin; a worker receives them even while this thread is busy
 * walking. collect() waits for every submitted batch and returns the outcomes in submission order.
 * One list at a time: submit, then collect, then the pool may be reused.
 */
class HashPool {
    size;
    workers;
    results = [];
    submitted = 0;
    pending = 0;
    turn = 0;
    failure;
    settled;
    buffer = Buffer.allocUnsafe(CHUNK);
    constructor(size = poolSize()) {
        this.size = size;
        this.workers =
            size > 1 ? Array.from({ length: size }, () => new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER_SOURCE, { eval: true })) : [];
        for (const worker of this.workers) {
            worker.on('message', ({ id, results }) => {
                for (let i = 0; i < results.length; i++)
                    this.results[id + i] = results[i];
                this.done();
            });
            worker.on('error', (error) => {
                this.failure ??= error;
                this.done();
            });
        }
    }
    done() {
        this.pending--;
        if (this.pending <= 0)
            this.settled?.();
    }
    submit(files) {
        if (files.length === 0)
            return;
        const id = this.submitted;
        this.submitted += files.length;
        if (this.workers.length === 0) {
            for (let i = 0; i < files.length; i++)
                this.results[id + i] = hashOne(files[i], node_fs__WEBPACK_IMPORTED_MODULE_1__, { createHash: node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash }, this.buffer);
            return;
        }
        this.pending++;
        this.workers[this.turn++ % this.workers.length].postMessage({ id, files });
    }
    async collect() {
        if (this.pending > 0)
            await new Promise((resolve) => (this.settled = resolve));
        this.settled = undefined;
        if (this.failure)
            throw this.failure;
        const results = this.results;
        this.results = [];
        this.submitted = 0;
        return results;
    }
    async hash(files) {
        for (let start = 0; start < files.length; start += BATCH)
            this.submit(files.slice(start, start + BATCH));
        return this.collect();
    }
    async close() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
}
/** Hashes files with a pool of its own (started here, closed after). */
async function hashFiles(files, workers = poolSize()) {
    const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers);
    try {
        return await pool.hash(files);
    }
    finally {
        await pool.close();
    }
}


/***/ })

};

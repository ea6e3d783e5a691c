export const id = 933;
export const ids = [933];
export const modules = {

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Zw: () => (/* binding */ problemOf),
/* harmony export */   gt: () => (/* binding */ IdleTimer),
/* harmony export */   lm: () => (/* binding */ ReadFailure)
/* harmony export */ });
/* harmony import */ var _model_shown_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7776);
// Why one remote read failed, in a sentence for the user, and whether trying again may help.

class ReadFailure extends Error {
    retryable;
    constructor(message, 
    /** A network error, a timeout or a 5xx answer: another try may succeed. */
    retryable) {
        super(message);
        this.retryable = retryable;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The read, tried again after a retryable failure, up to the policy's number of tries. */
async function withRetries(policy, read) {
    for (let attempt = 1;; attempt++) {
        try {
            return await read();
        }
        catch (error) {
            const failure = error instanceof ReadFailure ? error : undefined;
            if (!failure?.retryable || attempt >= policy.tries) {
                if (failure?.retryable && policy.tries > 1)
                    throw new ReadFailure(`${failure.message.replace(/\.$/, '')}; tried ${policy.tries} times.`, false);
                throw error;
            }
            await sleep(policy.backoffMs * 2 ** (attempt - 1));
        }
    }
}
/**
 * A timer that aborts a read when nothing arrives for `ms`: reset on each chunk, so a large
 * object that keeps streaming is never cut, and a server that stalls is.
 */
class IdleTimer {
    ms;
    controller = new AbortController();
    timer;
    timedOut = false;
    constructor(ms) {
        this.ms = ms;
        this.reset();
    }
    reset() {
        // refresh() restarts the same timer: no new timer for each of a large object's chunks.
        if (this.timer)
            this.timer.refresh();
        else
            this.timer = setTimeout(() => {
                this.timedOut = true;
                this.controller.abort();
            }, this.ms);
    }
    stop() {
        clearTimeout(this.timer);
    }
    /** The failure of a read of `url` this timer aborted. */
    stalled(url, retryable) {
        return new ReadFailure(`${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_0__/* .shownUrl */ .z)(url)} sent nothing for ${this.ms / 1000} s (remote-assets-timeout-seconds).`, retryable);
    }
}
/**
 * What a reading says of a failed read: a ReadFailure's sentence; an SDK's own error its name
 * and message, never its stack (it may name the request's headers).
 */
function problemOf(error) {
    if (error instanceof ReadFailure)
        return { problem: error.message };
    return { problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}


/***/ }),

/***/ 7533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ hashStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The SHA-256 of a stream of bytes, taken as they arrive: never the whole object in memory,
// never on disk.

/** Hashes every chunk of the stream; each chunk resets the idle timer. */
async function hashStream(chunks, timer) {
    const running = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        timer?.reset();
        running.update(chunk);
        size += chunk.byteLength;
    }
    return { digest: `sha256:${running.digest('hex')}`, size };
}


/***/ }),

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRemoteLinks: () => (/* binding */ readRemoteLinks)
});

// EXTERNAL MODULE: ./src/model/shown-url.ts
var shown_url = __webpack_require__(7776);
// EXTERNAL MODULE: ./src/remote/failure.ts
var failure = __webpack_require__(7336);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/remote/hash-stream.ts
var hash_stream = __webpack_require__(7533);
// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/remote/http.ts
// An http(s) link read with the platform's fetch: the body hashed as it streams, redirects
// followed by hand so each hop is seen. No credential is ever sent on these reads (no
// Authorization header, no cookie, a URL with a user or password is refused before), so a
// redirect to another host gets nothing secret; a redirect to another scheme, or from https
// down to http, is refused with a sentence.




/** Hops a link may take before it is taken for a redirect loop. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** The digest of no bytes: a body-less answer (a 204) is an empty object. */
const EMPTY_DIGEST = (0,digest/* sha256Digest */.sI)('');
/** A fetch error in words: undici hides the socket's reason in `cause`. */
function networkProblem(error) {
    const cause = error.cause;
    const said = cause?.code ?? cause?.message;
    return said ?? (error instanceof Error ? error.message : String(error));
}
/** The next URL of a redirect, or a failure saying why it is not followed. */
function redirectTarget(from, location) {
    const target = location === null ? null : URL.parse(location, from.href);
    if (target === null)
        throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(from.href)} redirects without a usable Location; link the object's own URL.`, false);
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
        throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(from.href)} redirects to a ${target.protocol} URL, which is not followed; link the object's own http(s) URL.`, false);
    if (from.protocol === 'https:' && target.protocol === 'http:')
        throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(from.href)} redirects from https to plain http (${(0,shown_url/* shownUrl */.z)(target.href)}), which is not followed; publish the copy over https.`, false);
    return target;
}
/** One try at a link: the request, its redirects, and the body hashed. */
async function readHttp(url, policy) {
    let current = new URL(url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const timer = new failure/* IdleTimer */.gt(policy.idleMs);
        try {
            const response = await fetch(current, {
                redirect: 'manual',
                signal: timer.controller.signal,
                headers: { accept: '*/*' }
            });
            if (REDIRECTS.has(response.status)) {
                await response.body?.cancel();
                current = redirectTarget(current, response.headers.get('location'));
                continue;
            }
            if (!response.ok) {
                await response.body?.cancel();
                const answer = `${(0,shown_url/* shownUrl */.z)(current.href)} answered ${response.status} ${response.statusText}`;
                if (response.status >= 500)
                    throw new failure/* ReadFailure */.lm(`${answer}.`, true);
                throw new failure/* ReadFailure */.lm(response.status === 404
                    ? `${answer}: nothing is published there; publish the artifact there, or fix the link.`
                    : `${answer}; the gate reads remote links without credentials, so the object must be readable without them (docs/remote-assets.md).`, false);
            }
            if (!response.body)
                return { digest: EMPTY_DIGEST, size: 0 };
            return await (0,hash_stream/* hashStream */.L)(response.body, timer);
        }
        catch (error) {
            if (error instanceof failure/* ReadFailure */.lm)
                throw error;
            if (timer.timedOut)
                throw timer.stalled(current.href, true);
            throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(current.href)}: ${networkProblem(error)}.`, true);
        }
        finally {
            timer.stop();
        }
    }
    throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(url)} redirects more than ${MAX_REDIRECTS} times (a redirect loop?); link the object's final URL.`, false);
}

;// CONCATENATED MODULE: ./src/remote/http-thread.ts
// The thread that reads http(s) links: each read, its retries, its redirects and the SHA-256 of
// its stream, by readHttp, with a few links in flight; the threads take the links in turn from
// one shared counter, and each answers once, with all it read. readOnThreads (http-threads.ts)
// starts it by path, as `remote-thread.js` beside its own module: `npm run bundle` bundles this
// module into dist/remote-thread.js, dist/cli/ and dist/lib/, beside each bundle. Under jest the
// threads run the bundle, dist/remote-thread.js, for the reasons hash-worker.ts gives;
// http-thread.test.ts checks that it is the bundle of these sources.
//
// Why threads: fetch copies every chunk it reads and leaves two buffers of garbage for each, so a
// read costs more CPU than the SHA-256 of its bytes. On threads it runs beside the rest of the
// run, on every core, in heaps with a small young generation (http-threads.ts says why); one
// message each way per thread, since waking a sleeping thread costs more than the message.



/** The `workerData` of a reading thread: only there does this module answer messages. */
const HTTP_THREAD = 'kfm-http-thread';
/** One link read with its retries: its digest, or why it could not be had. */
async function readLink(url, policy) {
    try {
        return { ...(await (0,failure/* withRetries */.LH)(policy, () => readHttp(url, policy))), source: 'stream' };
    }
    catch (error) {
        return (0,failure/* problemOf */.Zw)(error);
    }
}
/** Links taken from the shared counter until none is left, `inFlight` at a time. */
async function readShare({ urls, next, policy, inFlight }) {
    const counter = new Int32Array(next);
    const answer = [];
    const reader = async () => {
        for (let index = Atomics.add(counter, 0, 1); index < urls.length;) {
            answer.push([index, await readLink(urls[index], policy)]);
            index = Atomics.add(counter, 0, 1);
        }
    };
    await Promise.all(Array.from({ length: inFlight }, reader));
    return answer;
}
if (external_node_worker_threads_.workerData === HTTP_THREAD && external_node_worker_threads_.parentPort) {
    const port = external_node_worker_threads_.parentPort;
    port.once('message', (work) => {
        void readShare(work).then((answer) => port.postMessage(answer));
    });
}

;// CONCATENATED MODULE: ./src/remote/http-threads.ts
// The threads that read http(s) links (http-thread.ts): started for one list of links, given it
// whole, and stopped once each has answered with what it read.



/**
 * The threads' module, `remote-thread.js` beside this one's (as the hash pool's WORKER_FILE; under
 * jest, the bundle in dist/). `webpackIgnore` stops the bundler from resolving the URLs.
 */
const THREAD_FILE = import.meta.url.endsWith('.ts')
    ? new URL(/* webpackIgnore: true */ '../../dist/remote-thread.js', __webpack_require__.b)
    : new URL(/* webpackIgnore: true */ './remote-thread.js', __webpack_require__.b);
/** Links a thread is given at least, at the concurrency asked for, before another is started. */
const LINKS_PER_THREAD = 4;
/**
 * The young generation of a reading thread's heap, in MiB: small, so that frequent scavenges free
 * each chunk's buffers (fetch allocates two of up to 64 KiB per chunk) before their memory, held
 * outside the heap, grows enough to force a full collection. Measured on 2,000 reads of 1 MiB:
 * about 30 full collections instead of 100, a third less CPU.
 */
const YOUNG_GENERATION_MB = 2;
/**
 * Threads for `concurrency` links at once: up to one per core (the main thread waits while they
 * read), with at least LINKS_PER_THREAD links each; so 2 on 2 cores at the default concurrency:
 * reading and hashing the bench's 2,000 links of 1 MiB took them 2.3 s, one thread 2.8 s.
 */
function threadCount(concurrency) {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(concurrency / LINKS_PER_THREAD)));
}
/** A thread's answer to its work; a thread that fails or stops first rejects it. */
function answerOf(worker, work) {
    return new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a reading thread stopped (exit code ${code})`)));
        worker.postMessage(work);
    });
}
/**
 * Each URL read on the reading threads, `concurrency` at a time in all: its digest, or why it
 * could not be had.
 */
async function readOnThreads(urls, policy, concurrency) {
    const readings = new Map();
    const links = Math.min(concurrency, urls.length);
    if (links === 0)
        return readings;
    const threads = threadCount(links);
    const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const workers = Array.from({ length: threads }, () => new external_node_worker_threads_.Worker(THREAD_FILE, {
        workerData: HTTP_THREAD,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    }));
    try {
        const answers = await Promise.all(workers.map((worker, thread) => answerOf(worker, {
            urls,
            next,
            policy,
            // The links in flight shared out, the first threads one more when they do not divide.
            inFlight: Math.floor(links / threads) + (thread < links % threads ? 1 : 0)
        })));
        for (const answer of answers)
            for (const [index, reading] of answer)
                readings.set(urls[index], reading);
        return readings;
    }
    finally {
        // A thread's keep-alive sockets would hold it; one that failed takes the others down.
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/remote/azure-target.ts
// Azure Blob Storage links: `az://<container>/<blob>` (the account of the connection string, as
// adlfs reads it), `abfss://<container>@<account>.dfs.core.windows.net/<blob>`, and http(s)
// URLs under the blob endpoint of AZURE_STORAGE_CONNECTION_STRING. They are read with the
// official SDK (@azure/storage-blob, which signs its requests; nothing is signed by hand), loaded
// only here. The connection string's key goes only to its own endpoint: an abfss link to
// another account is read without credentials, an http(s) URL elsewhere by plain fetch.



/** The account and blob endpoint of AZURE_STORAGE_CONNECTION_STRING, when it is set. */
function connectionOf(env) {
    const connectionString = env.AZURE_STORAGE_CONNECTION_STRING?.trim();
    if (!connectionString)
        return undefined;
    const parts = new Map();
    for (const part of connectionString.split(';')) {
        const at = part.indexOf('=');
        if (at > 0)
            parts.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
    const account = parts.get('AccountName') ?? '';
    const endpoint = parts.get('BlobEndpoint') ??
        `${parts.get('DefaultEndpointsProtocol') ?? 'https'}://${account}.blob.${parts.get('EndpointSuffix') ?? 'core.windows.net'}`;
    return { account, endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, connectionString };
}
/** `container/blob/path` → its two parts; a path without a blob is no blob. */
function containerAndBlob(path, url) {
    const at = path.indexOf('/');
    const container = at > 0 ? path.slice(0, at) : '';
    const blob = at > 0 ? decodeURIComponent(path.slice(at + 1)) : '';
    if (!container || !blob)
        throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(url)} names no blob (container/blob); fix the link.`, false);
    return { container, blob };
}
/** The Azure blob a link names, or undefined when it is not one (plain http(s), s3, ...). */
function azureTarget(url, scheme, env) {
    const connection = connectionOf(env);
    const parsed = new URL(url);
    if (scheme === 'az') {
        if (!connection)
            throw new failure/* ReadFailure */.lm('an az:// link names no storage account: set AZURE_STORAGE_CONNECTION_STRING for the account that holds it, or link the blob by its https URL.', false);
        const { container, blob } = containerAndBlob(`${parsed.host}${parsed.pathname}`, url);
        return { ...connection, container, blob, url };
    }
    if (scheme === 'abfss') {
        const account = parsed.hostname.split('.')[0] ?? '';
        const { blob } = containerAndBlob(`x${parsed.pathname}`, url);
        const container = decodeURIComponent(parsed.username);
        if (!container)
            throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(url)} names no container; fix the link.`, false);
        if (connection && connection.account === account)
            return { ...connection, container, blob, url };
        return { endpoint: `https://${account}.blob.core.windows.net/`, container, blob, url };
    }
    if (connection &&
        (scheme === 'http' || scheme === 'https') &&
        url.startsWith(connection.endpoint))
        return { ...connection, ...containerAndBlob(url.slice(connection.endpoint.length), url), url };
    return undefined;
}
/** The blob's bytes hashed as they stream, through the SDK (its own retries, the idle timer). */
async function readAzure(target, policy) {
    const { AnonymousCredential, BlobServiceClient, RestError } = await __webpack_require__.e(/* import() */ 95).then(__webpack_require__.bind(__webpack_require__, 9095));
    const options = { retryOptions: { maxTries: policy.tries, retryDelayInMs: policy.backoffMs } };
    const service = target.connectionString
        ? BlobServiceClient.fromConnectionString(target.connectionString, options)
        : new BlobServiceClient(target.endpoint, new AnonymousCredential(), options);
    const blob = service.getContainerClient(target.container).getBlobClient(target.blob);
    const timer = new failure/* IdleTimer */.gt(policy.idleMs);
    try {
        const response = await blob.download(0, undefined, { abortSignal: timer.controller.signal });
        const body = response.readableStreamBody;
        if (!body)
            throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(target.url)} gave no body.`, false);
        return { ...(await (0,hash_stream/* hashStream */.L)(body, timer)), source: 'stream' };
    }
    catch (error) {
        if (error instanceof failure/* ReadFailure */.lm)
            throw error;
        if (timer.timedOut)
            throw timer.stalled(target.url, false);
        if (error instanceof RestError && error.statusCode === 404)
            throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(target.url)}: no such blob (404); publish the artifact there, or fix the link.`, false);
        const status = error instanceof RestError && error.statusCode ? ` (${error.statusCode})` : '';
        throw new failure/* ReadFailure */.lm(`${(0,shown_url/* shownUrl */.z)(target.url)}${status}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, false);
    }
    finally {
        timer.stop();
    }
}

;// CONCATENATED MODULE: ./src/remote/read-links.ts
// remote-assets: fetch: every remote asset link read once, a few at a time, each to the digest
// of its bytes or a sentence saying why it could not be had. The object stores' SDKs are loaded
// only when a link of their scheme is read, so no other run pays for them.




/** Links read at once by default: enough to hide a server's latency, few enough to be polite. */
const DEFAULT_CONCURRENCY = 8;
const GS_REFUSED = "gs:// links are not read: the Google Cloud Storage SDK is not bundled, since no GCS server can be run to test it; link the object's https://storage.googleapis.com/<bucket>/<object> URL (read without credentials), or give it a checksum and run with remote-assets: require-checksum, which ties it by that checksum without reading it.";
const FOLDER_REFUSED = "the URL's path ends in /, so it names a folder (a directory store such as a Zarr store), not one object, and remote-assets: fetch reads one object per link; give the link the store's checksum (its dirHash, the store's digest in this release) and run with remote-assets: require-checksum, which ties it by that checksum (remote-assets: allow lists it as unverified).";
/**
 * A URL whose path ends in `/` (not the bare host): a folder, which an object store may answer
 * with an empty folder marker and a web server with a listing page, neither of them the folder.
 */
function namesFolder(url) {
    const pathname = URL.parse(url)?.pathname ?? '';
    return pathname.length > 1 && pathname.endsWith('/');
}
/** The route of a link by its scheme, or a ReadFailure saying why it is not read. */
function routeOf(url, env) {
    if ((0,shown_url/* hasUserInfo */.A)(url))
        throw new failure/* ReadFailure */.lm('the URL carries a user name or password, which the catalog publishes to everyone who reads it; remove them (the gate takes credentials only from the environment, docs/remote-assets.md).', false);
    if (namesFolder(url))
        throw new failure/* ReadFailure */.lm(FOLDER_REFUSED, false);
    const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
    const azure = azureTarget(url, scheme, env);
    if (azure)
        return { azure };
    if (scheme === 'http' || scheme === 'https')
        return 'fetch';
    if (scheme === 's3')
        return 's3';
    if (scheme === 'gs')
        throw new failure/* ReadFailure */.lm(GS_REFUSED, false);
    throw new failure/* ReadFailure */.lm(`${scheme}: is not a scheme the gate reads (http, https, s3, az, abfss); link the copy by one of them.`, false);
}
/**
 * A link refused, or read here through its store's SDK: its reading; or `fetch`, when it is an
 * http(s) link for the reading threads.
 */
async function readingHere(url, policy, env) {
    try {
        const route = routeOf(url, env);
        if (route === 'fetch')
            return route;
        if (route === 's3') {
            const { readS3 } = await __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 8922));
            return await readS3(url, policy, env);
        }
        return await readAzure(route.azure, policy);
    }
    catch (error) {
        return (0,failure/* problemOf */.Zw)(error);
    }
}
/**
 * Each distinct URL read once, at most `concurrency` at a time: the links refused or read through
 * an object store's SDK here, then the http(s) links on the reading threads.
 */
async function readRemoteLinks(urls, settings) {
    const distinct = [...new Set(urls)];
    const policy = {
        tries: settings.tries ?? 3,
        backoffMs: settings.backoffMs ?? 500,
        idleMs: settings.idleMs
    };
    const env = settings.env ?? process.env;
    const concurrency = settings.concurrency ?? DEFAULT_CONCURRENCY;
    const readings = new Map();
    const fetched = [];
    let next = 0;
    const worker = async () => {
        while (next < distinct.length) {
            const url = distinct[next++];
            const reading = await readingHere(url, policy, env);
            if (reading === 'fetch')
                fetched.push(url);
            else
                readings.set(url, reading);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, distinct.length) }, worker));
    for (const [url, reading] of await readOnThreads(fetched, policy, concurrency))
        readings.set(url, reading);
    return readings;
}


/***/ })

};

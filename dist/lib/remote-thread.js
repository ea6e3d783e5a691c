import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ex: () => (/* binding */ HTTP_THREAD),
  XF: () => (/* binding */ readLink),
  cb: () => (/* binding */ readShare)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/model/shown-url.ts
// A URL as messages and the summary show it: without the credentials a link may carry. A user
// name and password are dropped; every query value is replaced, since a signed URL carries its
// secret there under a name each store chooses (`sig`, `X-Amz-Signature`, `token`, ...); the
// fragment is dropped. The names of the query's parameters stay, so the reader can tell a
// signed URL from a plain one.
/** The URL without user, password, query values or fragment; the text as given when no URL. */
function shownUrl(url) {
    const parsed = URL.parse(url);
    if (parsed === null)
        return url.replace(/[?#].*$/s, '');
    // abfss://container@account...: the user part names the container, not a person.
    if (parsed.protocol !== 'abfss:')
        parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    if (parsed.search !== '') {
        const names = [...new URLSearchParams(parsed.search).keys()];
        parsed.search = '';
        return `${parsed.href}?${names.map((name) => `${encodeURIComponent(name)}=…`).join('&')}`;
    }
    return parsed.href;
}
/** Whether the URL names a user or a password: secrets written into the catalog itself. */
function hasUserInfo(url) {
    const parsed = URL.parse(url);
    if (parsed === null)
        return false;
    return parsed.password !== '' || (parsed.username !== '' && parsed.protocol !== 'abfss:');
}

;// CONCATENATED MODULE: ./src/remote/failure.ts
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
        return new ReadFailure(`${shownUrl(url)} sent nothing for ${this.ms / 1000} s (remote-assets-timeout-seconds).`, retryable);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/remote/hash-stream.ts
// The SHA-256 of a stream of bytes, taken as they arrive: never the whole object in memory,
// never on disk.

/** Hashes every chunk of the stream; each chunk resets the idle timer. */
async function hashStream(chunks, timer) {
    const running = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        timer?.reset();
        running.update(chunk);
        size += chunk.byteLength;
    }
    return { digest: `sha256:${running.digest('hex')}`, size };
}

;// CONCATENATED MODULE: ./src/model/digest.ts
// The digest notation every hash of the product uses (docs/decisions.md, "Digests and canonical form").

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `sha256:` + 64 lowercase hex characters: the only digest form docs/decisions.md accepts. */
function sha256Digest(bytes) {
    // One-shot: no Hash object per call, which counts for 100,000 small catalog files.
    return `sha256:${(0,external_node_crypto_namespaceObject.hash)('sha256', bytes, 'hex')}`;
}
/** The digest of the text the pieces make, without joining them (see jsonPieces). */
function sha256DigestOfPieces(pieces) {
    const running = createHash('sha256');
    for (const piece of pieces)
        running.update(piece, 'utf8');
    return `sha256:${running.digest('hex')}`;
}

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
const EMPTY_DIGEST = sha256Digest('');
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
        throw new ReadFailure(`${shownUrl(from.href)} redirects without a usable Location; link the object's own URL.`, false);
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
        throw new ReadFailure(`${shownUrl(from.href)} redirects to a ${target.protocol} URL, which is not followed; link the object's own http(s) URL.`, false);
    if (from.protocol === 'https:' && target.protocol === 'http:')
        throw new ReadFailure(`${shownUrl(from.href)} redirects from https to plain http (${shownUrl(target.href)}), which is not followed; publish the copy over https.`, false);
    return target;
}
/** One try at a link: the request, its redirects, and the body hashed. */
async function readHttp(url, policy) {
    let current = new URL(url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const timer = new IdleTimer(policy.idleMs);
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
                const answer = `${shownUrl(current.href)} answered ${response.status} ${response.statusText}`;
                if (response.status >= 500)
                    throw new ReadFailure(`${answer}.`, true);
                throw new ReadFailure(response.status === 404
                    ? `${answer}: nothing is published there; publish the artifact there, or fix the link.`
                    : `${answer}; the gate reads remote links without credentials, so the object must be readable without them (docs/remote-assets.md).`, false);
            }
            if (!response.body)
                return { digest: EMPTY_DIGEST, size: 0 };
            return await hashStream(response.body, timer);
        }
        catch (error) {
            if (error instanceof ReadFailure)
                throw error;
            if (timer.timedOut)
                throw timer.stalled(current.href, true);
            throw new ReadFailure(`${shownUrl(current.href)}: ${networkProblem(error)}.`, true);
        }
        finally {
            timer.stop();
        }
    }
    throw new ReadFailure(`${shownUrl(url)} redirects more than ${MAX_REDIRECTS} times (a redirect loop?); link the object's final URL.`, false);
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
        return { ...(await withRetries(policy, () => readHttp(url, policy))), source: 'stream' };
    }
    catch (error) {
        return problemOf(error);
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
if (external_node_worker_threads_namespaceObject.workerData === HTTP_THREAD && external_node_worker_threads_namespaceObject.parentPort) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    port.once('message', (work) => {
        void readShare(work).then((answer) => port.postMessage(answer));
    });
}

var __webpack_exports__HTTP_THREAD = __webpack_exports__.ex;
var __webpack_exports__readLink = __webpack_exports__.XF;
var __webpack_exports__readShare = __webpack_exports__.cb;
export { __webpack_exports__HTTP_THREAD as HTTP_THREAD, __webpack_exports__readLink as readLink, __webpack_exports__readShare as readShare };

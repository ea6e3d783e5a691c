export const id = 8922;
export const ids = [8922];
export const modules = {

/***/ 28922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readS3: () => (/* binding */ readS3)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67336);
/* harmony import */ var _hash_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7533);
/* harmony import */ var _model_shown_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67776);



/** One client per setting, so its credentials are resolved once for all the links of a run. */
const clients = new Map();
async function s3Client(policy, env) {
    const sdk = await __webpack_require__.e(/* import() */ 3711).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19));
    // The SDK needs a region to sign; a bucket elsewhere is found by its region redirect.
    const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    // An S3-compatible store at its own endpoint (MinIO, a test server) names buckets by path.
    const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
    const forcePathStyle = Boolean(endpoint);
    const key = `${region} ${endpoint} ${policy.tries}`;
    let client = clients.get(key);
    if (!client) {
        client = new sdk.S3Client({
            region,
            followRegionRedirects: true,
            forcePathStyle,
            maxAttempts: policy.tries
        });
        clients.set(key, client);
    }
    return { sdk, client };
}
/** The bucket and key of an s3:// URL. */
function bucketAndKey(url) {
    const parsed = new URL(url);
    const Key = decodeURIComponent(parsed.pathname.slice(1));
    if (!parsed.host || !Key)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadFailure */ .lm(`${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .z)(url)} names no object (s3://bucket/key); fix the link.`, false);
    return { Bucket: parsed.host, Key };
}
/** The SHA-256 S3 keeps for the whole object, when it keeps one (not a checksum of parts). */
function fullObjectSha256(head) {
    const checksum = head.ChecksumSHA256;
    if (!checksum || checksum.includes('-') || head.ChecksumType === 'COMPOSITE')
        return undefined;
    const bytes = Buffer.from(checksum, 'base64');
    return bytes.length === 32 ? `sha256:${bytes.toString('hex')}` : undefined;
}
function failure(url, error) {
    const status = error.$metadata?.httpStatusCode;
    const name = error instanceof Error ? error.name : 'Error';
    if (status === 404 || name === 'NotFound' || name === 'NoSuchKey')
        return new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadFailure */ .lm(`${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .z)(url)}: no such object (404); publish the artifact there, or fix the link.`, false);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadFailure */ .lm(`${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .z)(url)}${status ? ` (${status})` : ''}: ${name}: ${message}`, false);
}
async function readS3(url, policy, env) {
    const target = bucketAndKey(url);
    const { sdk, client } = await s3Client(policy, env);
    const timer = new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .IdleTimer */ .gt(policy.idleMs);
    const abortSignal = timer.controller.signal;
    try {
        const head = await client.send(new sdk.HeadObjectCommand({ ...target, ChecksumMode: 'ENABLED' }), { abortSignal });
        timer.reset();
        const stored = fullObjectSha256(head);
        if (stored)
            return {
                digest: stored,
                size: head.ContentLength,
                source: { metadata: "S3's SHA-256 checksum of the object (x-amz-checksum-sha256)" }
            };
        const object = await client.send(new sdk.GetObjectCommand(target), { abortSignal });
        const body = object.Body;
        if (!body)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadFailure */ .lm(`${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .z)(url)} gave no body.`, false);
        return { ...(await (0,_hash_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .hashStream */ .L)(body, timer)), source: 'stream' };
    }
    catch (error) {
        if (error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadFailure */ .lm)
            throw error;
        if (timer.timedOut)
            throw timer.stalled(url, false);
        throw failure(url, error);
    }
    finally {
        timer.stop();
    }
}


/***/ })

};

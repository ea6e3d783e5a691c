export const id = 6059;
export const ids = [6059];
export const modules = {

/***/ 96059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyMode: () => (/* binding */ runVerifyMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(29498);
// EXTERNAL MODULE: ./src/options/parse.ts
var parse = __webpack_require__(89905);
// EXTERNAL MODULE: ./src/report/cli-lines.ts
var cli_lines = __webpack_require__(93646);
// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var summary = __webpack_require__(8080);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/evidence.ts
var evidence = __webpack_require__(25873);
// EXTERNAL MODULE: ./src/documents/json-document.ts + 1 modules
var json_document = __webpack_require__(60428);
// EXTERNAL MODULE: ./src/gates/index.ts + 2 modules
var src_gates = __webpack_require__(97448);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(83672);
// EXTERNAL MODULE: ./src/inventory/listed-files.ts + 1 modules
var listed_files = __webpack_require__(83710);
// EXTERNAL MODULE: ./src/inventory/partition.ts
var partition = __webpack_require__(74806);
// EXTERNAL MODULE: ./src/manifest/checksums.ts
var manifest_checksums = __webpack_require__(27013);
// EXTERNAL MODULE: ./src/manifest/outputs.ts
var outputs = __webpack_require__(29975);
// EXTERNAL MODULE: ./src/manifest/statement.ts
var manifest_statement = __webpack_require__(46600);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(87979);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/verify.ts
// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.















/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document) {
    if (!document.readable || !(0,json/* isRecord */.u4)(document.value))
        return [];
    const manifest = document.value;
    return ['artifacts', 'catalogs'].flatMap((list) => {
        const entries = manifest[list];
        if (!Array.isArray(entries))
            return [];
        return entries.flatMap((entry) => (0,json/* isRecord */.u4)(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
            ? [{ list, path: entry.path, digest: entry.digest }]
            : []);
    });
}
/** The Statement's text read strictly, as every input document is. */
function statementValue(shown, text) {
    try {
        return { actual: (0,json_document/* parseJsonText */.lk)(shown, Buffer.from(text)).value };
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        return { problem: error.message.replace(`${shown} `, '') };
    }
}
/**
 * The sidecars beside the manifest that are there, with what each should say. They are read as
 * the manifest is: inside the workspace (a link out of it is refused), regular files only.
 */
async function readSidecars(options, manifest, listed) {
    if (!manifest.readable)
        return [];
    // A sidecar that is not there is not checked; anything else must be a readable text file.
    const read = async (absolute, shown) => {
        const absent = await (0,promises_.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
        if (absent)
            return undefined;
        try {
            const confine = options.manifest.confine;
            const bytes = await (0,json_document/* readDocumentBytes */.h9)(absolute, shown, confine ? { confine } : {});
            return { text: (0,json_document/* decodeUtf8 */._6)(shown, bytes) };
        }
        catch (error) {
            if (!(error instanceof json_document/* DocumentError */.Mi))
                throw error;
            return { problem: error.message.replace(`${shown} `, '') };
        }
    };
    const { absolute, path: shown } = options.manifest;
    const files = (0,outputs/* outputPaths */.u)(absolute);
    const names = (0,outputs/* outputPaths */.u)(shown);
    const [statement, checksums] = await Promise.all([
        read(files.statement, names.statement),
        read(files.checksums, names.checksums)
    ]);
    const sidecars = [];
    if (statement) {
        // Its subjects from the entries that have a path and digest (the schema judges the rest).
        const artifacts = listed.filter((file) => file.list === 'artifacts');
        const expected = {
            ...(0,manifest_statement/* buildStatement */.Y5)({ artifacts }, manifest.digest, external_node_path_default().basename(absolute)),
            predicate: manifest.value
        };
        const found = 'text' in statement ? statementValue(names.statement, statement.text) : statement;
        sidecars.push({ path: names.statement, kind: 'statement', expected, ...found });
    }
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,manifest_checksums/* checksumsText */.cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }),
            ...('text' in checksums ? { actual: checksums.text } : checksums)
        });
    }
    return sidecars;
}
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = (0,parse/* rootDisplay */.LN)(options.rootPath);
    const manifest = await (0,evidence/* readDocument */.u)(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || (0,partition/* shardOf */.I)(path, shard.count) === shard.index;
    const own = Object.values((0,outputs/* outputPaths */.u)(options.manifest.absolute));
    const [checks, sidecars, strict] = await Promise.all([
        (0,listed_files/* checkListedFiles */.x)(options.root, listed.filter((file) => mine(file.path)), pool),
        readSidecars(options, manifest, listed),
        options.strict.length > 0
            ? (0,find_files/* findFiles */.l)(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    // The checkout's own repository is no dataset content; any other .git under the patterns is.
    const checkout = external_node_path_default().join(options.workspace, '.git');
    const gitDirectories = (strict?.neverEntered ?? []).filter((relative) => external_node_path_default().join(options.root, relative) !== checkout);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        display,
        ...(strict
            ? {
                strict: {
                    files: strict.files.filter((f) => mine(f.path)),
                    findings: strict.findings,
                    gitDirectories
                }
            }
            : {})
    };
}
/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
async function verifyWritten(options, pool) {
    const threads = pool ?? new hash_pool/* HashPool */.vO();
    let evidence;
    try {
        evidence = await readVerifyEvidence(options, threads);
    }
    finally {
        if (!pool)
            await threads.close();
    }
    const { violations, gates } = (0,src_gates/* judgeWritten */.NB)(evidence);
    const count = (list) => evidence.listed.filter((file) => file.list === list).length;
    return {
        status: violations.length === 0 ? 'pass' : 'fail',
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        artifacts: count('artifacts'),
        catalogs: count('catalogs'),
        violations: violations.map(violation/* withoutAbout */._Y),
        gates
    };
}

// EXTERNAL MODULE: ./src/action/annotate.ts + 1 modules
var annotate = __webpack_require__(499);
// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/upload.ts
var upload = __webpack_require__(4357);
;// CONCATENATED MODULE: ./src/action/verify.ts
// verify mode: checks a written manifest against the files before publishing, and fails the job
// on any difference. Same outputs (status, violations, manifest-digest), annotations and summary
// habits as promote mode.









async function runVerifyMode(workspace, raw, settings) {
    const result = await verifyWritten((0,parse/* parseVerifyOptions */.lW)(raw, workspace));
    const report = result.status === 'pass' ? undefined : await (0,upload/* writeViolationsReport */.ej)(result);
    (0,action_outputs/* setVerdictOutputs */.C)(result, report);
    core/* setOutput */.uH('manifest-digest', result.manifestDigest ?? '');
    for (const gate of result.gates) {
        const { title, lines } = (0,cli_lines/* gateLog */._2)(gate, result.violations);
        core/* startGroup */.Oh(title);
        for (const line of lines)
            core/* info */.pq(line);
        core/* endGroup */.N4();
    }
    (0,annotate/* annotate */.f)(result.violations, settings.failOnViolation, workspace, report);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,summary/* renderVerifySummary */.i2)(result), true).write();
    const manifest = (0,printable/* printable */.g$)(result.manifestPath);
    if (result.status === 'pass') {
        core/* info */.pq(`Verified ${manifest} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`);
        return result;
    }
    const reason = `Verification failed: ${result.violations.length} violation(s) in ${manifest}; do not publish.`;
    if (settings.failOnViolation)
        core/* setFailed */.C1(reason);
    else
        core/* warning */.$e(`${reason} (fail-on-violation is false, so the job goes on)`);
    return result;
}


/***/ })

};

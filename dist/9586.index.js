export const id = 9586;
export const ids = [9586,3257];
export const modules = {

/***/ 39586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublishMode: () => (/* binding */ runPublishMode)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/documents/json-document.ts + 1 modules
var json_document = __webpack_require__(60428);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/gates/a-identity.ts
var a_identity = __webpack_require__(96610);
// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(51051);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(87979);
// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(29498);
// EXTERNAL MODULE: ./src/manifest/outputs.ts
var outputs = __webpack_require__(29975);
// EXTERNAL MODULE: ./src/options/parse.ts
var parse = __webpack_require__(89905);
// EXTERNAL MODULE: ./src/report/release-notes.ts + 1 modules
var release_notes = __webpack_require__(16354);
// EXTERNAL MODULE: ./src/report/summary.ts + 3 modules
var summary = __webpack_require__(36379);
;// CONCATENATED MODULE: ./src/report/publish-summary.ts

/** GitHub's own address of the release, as a link; anything else as text. */
function releaseLink(tag, url) {
    return /^https:\/\/[A-Za-z0-9._~%/:-]+$/.test(url) ? `[${(0,summary/* cell */.Hn)(tag)}](${url})` : (0,summary/* cell */.Hn)(url, 500);
}
function renderPublished(report, changes = []) {
    const headline = report.created
        ? `## 📦 Published ${(0,summary/* cell */.Hn)(report.tag)}`
        : `## 📦 Already published: ${(0,summary/* cell */.Hn)(report.tag)} (the same manifest; nothing was changed)`;
    return [
        '',
        headline,
        '',
        '| | |',
        '| --- | --- |',
        `| release | ${releaseLink(report.tag, report.url)} |`,
        `| ledger | ${(0,summary/* cell */.Hn)(report.ledger, 500)}, record ${report.seq}${report.appended ? '' : ' (already there)'} |`,
        `| record digest | <code>${(0,summary/* cell */.Hn)(report.recordDigest)}</code> |`,
        `| previous version | ${(0,summary/* cell */.Hn)(report.previousVersion ?? 'none (the first)', 200)} |`,
        '',
        ...changes
    ].join('\n');
}
function renderRefused(violations) {
    return [
        '',
        '## ❌ Publishing refused: nothing was written',
        '',
        '| gate | code | what to do |',
        '| --- | --- | --- |',
        ...violations.map((v) => `| ${v.gate} | ${(0,summary/* cell */.Hn)(v.code)} | ${(0,summary/* cell */.Hn)(v.message, 2000)} |`),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/action/annotate.ts + 1 modules
var annotate = __webpack_require__(499);
// EXTERNAL MODULE: ./src/github/publish.ts + 1 modules
var publish = __webpack_require__(34829);
// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/previous.ts + 2 modules
var action_previous = __webpack_require__(78334);
// EXTERNAL MODULE: ./src/action/upload.ts
var upload = __webpack_require__(4357);
// EXTERNAL MODULE: ./src/action/verify.ts + 2 modules
var verify = __webpack_require__(3257);
;// CONCATENATED MODULE: ./src/action/publish.ts
// publish mode: verifies the workspace against the manifest (as verify mode, expect-digest
// required), then publishes the version as a GitHub release and records it in the ledger
// (github/publish.ts). A refusal (RELEASE_CONFLICT, RELEASE_ROLLBACK) or a failed verification
// writes nothing and fails the job.



















async function readSidecar(file, what, shown) {
    return (0,promises_.readFile)(file).catch((error) => {
        throw new Error(`${what} ${(0,printable/* printable */.g$)(shown)} cannot be read (${error.code ?? error.message}): publishing uploads the manifest with its Statement and checksums, so download the whole promotion artifact beside the manifest.`);
    });
}
/** The verified manifest and its sidecars, read again and held to the verified digest. */
async function publishedFiles(workspace, raw, digest) {
    const { manifest } = (0,parse/* parseVerifyOptions */.lW)(raw, workspace);
    const absolute = (0,outputs/* outputPaths */.u)(manifest.absolute);
    const shown = (0,outputs/* outputPaths */.u)(manifest.path);
    const files = {
        manifest: await readSidecar(absolute.manifest, 'The manifest', shown.manifest),
        statement: await readSidecar(absolute.statement, 'The Statement', shown.statement),
        checksums: await readSidecar(absolute.checksums, 'The checksums file', shown.checksums)
    };
    if ((0,model_digest/* sha256Digest */.sI)(files.manifest) !== digest)
        throw new Error(`${(0,printable/* printable */.g$)(manifest.path)} changed after it was verified (${digest}); nothing was published. Re-run the job.`);
    return {
        path: manifest.path,
        files,
        value: (0,json_document/* parseJsonText */.lk)(shown.manifest, files.manifest).value
    };
}
function publish_text(value, key) {
    const at = (0,json/* isRecord */.u4)(value) ? value[key] : undefined;
    return typeof at === 'string' ? at : '';
}
function runUrl(context) {
    const { owner, repo } = context.repo;
    return context.runId ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : '';
}
/** A refused publication: the verdict outputs, annotations, report and summary say why. */
async function refuse(workspace, version, refused) {
    const verdict = {
        status: 'fail',
        violations: refused,
        datasetSlug: version.slug,
        datasetVersionId: version.versionId,
        manifestPath: version.manifestPath,
        gates: [
            {
                gate: 'A',
                title: gate_letter/* GATES */.J.A,
                status: 'fail',
                violations: refused.length,
                checked: []
            }
        ]
    };
    const report = await (0,upload/* writeViolationsReport */.ej)(verdict);
    (0,action_outputs/* setVerdictOutputs */.C)(verdict, report);
    (0,annotate/* annotate */.f)(refused, true, workspace, report);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(renderRefused(refused), true).write();
    core/* setFailed */.C1(`Publishing refused (${refused[0].code}): ${refused[0].message}`);
}
/** What is published, from the verified manifest and the run's context. */
function versionOf(manifest, digest, context) {
    if (!context.sha)
        throw new Error('GITHUB_SHA is not set: publish mode tags the gated commit, so run it in a workflow job.');
    const slug = publish_text(manifest.value, 'dataset_slug');
    // The schema verify checked holds the slug to this pattern; it names a file on the branch.
    if (!a_identity/* SLUG_PATTERN */.ZT.test(slug))
        throw new Error(`${(0,printable/* printable */.g$)(manifest.path)} has no valid dataset_slug.`);
    return {
        manifestPath: manifest.path,
        slug,
        versionId: publish_text(manifest.value, 'dataset_version_id'),
        specHash: publish_text(manifest.value, 'spec_hash'),
        releasedAt: publish_text(manifest.value, 'released_at'),
        manifestDigest: digest,
        files: manifest.files,
        commit: context.sha,
        runUrl: runUrl(context)
    };
}
/** The outputs, the summary (with the changes the notes showed) and the log line of a pass. */
async function reportPublished(outcome, ledger, changes) {
    const { release } = outcome;
    core/* setOutput */.uH('release-url', release.url);
    core/* setOutput */.uH('release-id', String(release.id));
    core/* setOutput */.uH('ledger-record-digest', outcome.ledger.digest);
    core/* setOutput */.uH('previous-version', outcome.previous?.dataset_version_id ?? '');
    const record = `ledger record ${outcome.ledger.record.seq} (${outcome.ledger.digest})`;
    core/* info */.pq((0,printable/* printable */.g$)(outcome.created
        ? `Published ${release.tag} at ${release.url}; ${record}.`
        : `${release.tag} is already published with this manifest (${release.url}): nothing to publish; ${record}${outcome.ledger.appended ? ' appended now' : ' already there'}.`));
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const report = {
        tag: release.tag,
        url: release.url,
        created: outcome.created,
        ledger,
        seq: outcome.ledger.record.seq,
        recordDigest: outcome.ledger.digest,
        appended: outcome.ledger.appended,
        previousVersion: outcome.previous?.dataset_version_id
    };
    const section = changes ? (0,release_notes/* changesSection */.Hv)(changes, summary/* SUMMARY_LIMITS */.QF.bytes / 4) : [];
    await core/* summary */.z.addRaw(renderPublished(report, section), true).write();
}
async function runPublishMode(workspace, raw, settings) {
    if (!(0,parse/* nonEmpty */.hq)(raw['expect-digest']))
        throw new parse/* UsageError */.eb("expect-digest is required in publish mode: the generating job's manifest-digest output, so what is published is the manifest the gate passed.");
    const verified = await (0,verify.runVerifyMode)(workspace, raw, settings);
    if (verified.status !== 'pass' || !verified.manifestDigest) {
        core/* info */.pq('Nothing was published: the manifest did not verify.');
        return;
    }
    const manifest = await publishedFiles(workspace, raw, verified.manifestDigest);
    const github = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const version = versionOf(manifest, verified.manifestDigest, github.context);
    const ledgerAt = {
        ...github.context.repo,
        branch: settings.ledgerBranch,
        file: `ledger/${version.slug}.jsonl`
    };
    let changes;
    const notes = async (last) => {
        const previous = settings.previousManifest
            ? await (0,action_previous/* previousFromFile */.KH)(workspace, settings.previousManifest)
            : settings.previousFromLedger
                ? await (0,action_previous/* previousFromLedger */.VY)(settings, last)
                : { first: true };
        changes = (0,action_previous/* changesSince */.sR)(previous, manifest.value);
        const files = { manifestDigest: version.manifestDigest, checksums: publish/* ASSETS */.kf.checksums };
        return (0,release_notes/* releaseNotes */.fk)(manifest.value, files, changes);
    };
    const outcome = await (0,publish/* publishVersion */.Qt)(github.getOctokit(settings.token), ledgerAt, version, notes).catch((error) => {
        throw new Error((0,publish/* describePublishError */.fI)(`${version.slug}/${version.versionId}`, error));
    });
    if ('refused' in outcome)
        return refuse(workspace, version, outcome.refused);
    await reportPublished(outcome, `${ledgerAt.file} on branch ${ledgerAt.branch}`, changes);
}


/***/ }),

/***/ 3257:
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
// EXTERNAL MODULE: ./src/report/summary.ts + 3 modules
var summary = __webpack_require__(36379);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/inventory/crawl.ts
var crawl = __webpack_require__(18063);
// EXTERNAL MODULE: ./src/inventory/stores.ts
var inventory_stores = __webpack_require__(74492);
;// CONCATENATED MODULE: ./src/inventory/listed-stores.ts
// The directory stores a written manifest lists, looked for under the dataset root: every file in
// each found and hashed (with the walk's path-safety rules), and the store's dirHash made from
// them. What each file should be comes from the checksums file beside the manifest, which lists a
// store file by file; whether it all matches is gate E's to say.





/** A checksums file's lines as (path, digest), names unescaped as sha256sum reads them. */
function checksumsEntries(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const match = /^(\\?)([0-9a-f]{64}) {2}(.*)$/.exec(line);
        if (!match)
            continue;
        const [, escaped, hex, name] = match;
        const path = escaped
            ? name.replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
            : name;
        entries.push({ path, digest: `sha256:${hex}` });
    }
    return entries;
}
/** The lines of the checksums file under each store, when they make its digest. */
function expectedStoreFiles(stores, checksums) {
    const expected = new Map();
    if (!checksums)
        return expected;
    for (const store of stores) {
        const files = checksums.filter((entry) => entry.path.startsWith(store.path));
        if (files.length > 0 && (0,inventory_stores/* dirHash */.Qd)(files, store.path) === store.digest)
            expected.set(store.path, files);
    }
    return expected;
}
/** Whether a directory is there (through links): a store that is not is missing as a whole. */
function isDirectory(absolute) {
    try {
        return (0,external_node_fs_.statSync)(absolute).isDirectory();
    }
    catch {
        return false;
    }
}
/** Every listed store found and hashed under `root`, one after the other on the pool. */
async function checkListedStores(root, stores, expected, pool, display) {
    const checks = [];
    for (const store of stores) {
        if (!isDirectory(external_node_path_default().join(root, store.path))) {
            checks.push({ ...store, files: [], findings: [] });
            continue;
        }
        const walk = await (0,find_files/* findFiles */.l)(root, [`${(0,crawl/* globEscape */.q6)(store.path)}**`], 'artifacts', display);
        // A store with nothing in it is reported as missing, not as a pattern that matches nothing.
        const findings = walk.findings.filter((f) => f.kind !== 'PATTERN_MATCHES_NOTHING');
        const outcomes = walk.files.length > 0 ? await pool.hash(walk.files.map((f) => f.absolute)) : undefined;
        const files = [];
        walk.files.forEach((file, index) => {
            const outcome = outcomes.get(index);
            if ('digest' in outcome)
                files.push({
                    path: file.path,
                    digest: outcome.digest,
                    ...(outcome.pointer ? { pointer: outcome.pointer } : {})
                });
            else {
                const shown = display(file.path);
                const message = `${shown} (in the store ${store.path}) cannot be read (${outcome.error}); restore the store from the promoted version, or promote again.`;
                findings.push({ kind: 'FILE_UNREADABLE', path: shown, message });
            }
        });
        const stated = expected.get(store.path);
        checks.push({
            ...store,
            files,
            ...(files.length > 0 ? { found: (0,inventory_stores/* dirHash */.Qd)(files, store.path) } : {}),
            ...(stated ? { expected: stated } : {}),
            findings
        });
    }
    return checks;
}

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
        return { sidecars: [], storeFiles: new Map() };
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
    let storeFiles = new Map();
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        // A store is listed file by file: its lines are the file's own when they make its digest.
        if ('text' in checksums)
            storeFiles = expectedStoreFiles(storesOf(listed), checksumsEntries(checksums.text));
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,manifest_checksums/* checksumsText */.cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }, storeFiles),
            ...('text' in checksums ? { actual: checksums.text } : checksums)
        });
    }
    return { sidecars, storeFiles };
}
/** Whether a root-relative path is under one of the store paths (each ending in `/`). */
function inStore(path, stores) {
    if (stores.size === 0)
        return false;
    for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1))
        if (stores.has(path.slice(0, end + 1)))
            return true;
    return false;
}
/** The manifest's directory stores: artifacts whose path ends in `/`. */
function storesOf(listed) {
    return listed.filter((file) => file.list === 'artifacts' && file.path.endsWith('/'));
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
    const storePaths = new Set(storesOf(listed).map((store) => store.path));
    const stores = storesOf(listed).filter((store) => mine(store.path));
    const [checks, { sidecars, storeFiles }, strict] = await Promise.all([
        (0,listed_files/* checkListedFiles */.x)(options.root, listed.filter((file) => mine(file.path) && !(file.list === 'artifacts' && file.path.endsWith('/'))), pool),
        readSidecars(options, manifest, listed),
        options.strict.length > 0
            ? (0,find_files/* findFiles */.l)(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    // The checkout's own repository is no dataset content; any other .git under the patterns is.
    const checkout = external_node_path_default().join(options.workspace, '.git');
    const gitDirectories = (strict?.neverEntered ?? []).filter((relative) => external_node_path_default().join(options.root, relative) !== checkout);
    // After the files: the pool takes one list at a time.
    const storeChecks = await checkListedStores(options.root, stores, storeFiles, pool, display);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        stores: storeChecks,
        display,
        ...(strict
            ? {
                strict: {
                    files: strict.files.filter((f) => mine(f.path) && !inStore(f.path, storePaths)),
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
    const count = (list) => evidence.listed.filter((file) => file.list === list).length +
        (list === 'artifacts' ? evidence.stores.length : 0);
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

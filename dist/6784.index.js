export const id = 6784;
export const ids = [6784,6867,3425,4829];
export const modules = {

/***/ 66784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublishMode: () => (/* binding */ runPublishMode)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(58258);
// EXTERNAL MODULE: ./src/github/ledger.ts + 5 modules
var ledger = __webpack_require__(74809);
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
// EXTERNAL MODULE: ./src/manifest/output-paths.ts
var output_paths = __webpack_require__(43545);
// EXTERNAL MODULE: ./src/options/parse.ts + 2 modules
var parse = __webpack_require__(51768);
// EXTERNAL MODULE: ./src/options/values.ts
var values = __webpack_require__(62262);
// EXTERNAL MODULE: ./src/report/release-notes.ts + 1 modules
var release_notes = __webpack_require__(16354);
// EXTERNAL MODULE: ./src/report/summary.ts + 9 modules
var summary = __webpack_require__(16856);
// EXTERNAL MODULE: ./src/report/cells.ts
var cells = __webpack_require__(10571);
;// CONCATENATED MODULE: ./src/report/publish-summary.ts

/** GitHub's own address of the release, as a link; anything else as text. */
function releaseLink(tag, url) {
    return /^https:\/\/[A-Za-z0-9._~%/:-]+$/.test(url) ? `[${(0,cells/* cell */.Hn)(tag)}](${url})` : (0,cells/* cell */.Hn)(url, 500);
}
function renderPublished(report, changes = []) {
    const headline = report.created
        ? `## 📦 Published ${(0,cells/* cell */.Hn)(report.tag)}`
        : `## 📦 Already published: ${(0,cells/* cell */.Hn)(report.tag)} (the same manifest; nothing was changed)`;
    return [
        '',
        headline,
        '',
        '| | |',
        '| --- | --- |',
        `| release | ${releaseLink(report.tag, report.url)} |`,
        `| ledger | ${(0,cells/* cell */.Hn)(report.ledger, 500)}, record ${report.seq}${report.appended ? '' : ' (already there)'} |`,
        `| record digest | <code>${(0,cells/* cell */.Hn)(report.recordDigest)}</code> |`,
        `| previous version | ${(0,cells/* cell */.Hn)(report.previousVersion ?? 'none (the first)', 200)} |`,
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
        ...violations.map((v) => `| ${v.gate} | ${(0,cells/* cell */.Hn)(v.code)} | ${(0,cells/* cell */.Hn)(v.message, 2000)} |`),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/github/publish.ts + 1 modules
var publish = __webpack_require__(34829);
// EXTERNAL MODULE: ./src/action/previous.ts + 2 modules
var action_previous = __webpack_require__(78334);
// EXTERNAL MODULE: ./src/action/upload.ts
var upload = __webpack_require__(4357);
// EXTERNAL MODULE: ./src/action/verdict.ts + 3 modules
var action_verdict = __webpack_require__(92116);
// EXTERNAL MODULE: ./src/action/verify-mode.ts + 4 modules
var verify_mode = __webpack_require__(26867);
;// CONCATENATED MODULE: ./src/action/publish-mode.ts
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
    const absolute = (0,output_paths/* outputPaths */.u)(manifest.absolute);
    const shown = (0,output_paths/* outputPaths */.u)(manifest.path);
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
function publish_mode_text(value, key) {
    const at = (0,json/* isRecord */.u4)(value) ? value[key] : undefined;
    return typeof at === 'string' ? at : '';
}
function runUrl(context) {
    const { owner, repo } = context.repo;
    return context.runId ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : '';
}
/** A refused publication: the verdict outputs, annotations, report and summary say why. */
async function refuse(context, version, refused) {
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
    await (0,action_verdict/* endWithVerdict */.L)(context, {
        ...verdict,
        reportPath: await (0,upload/* writeViolationsReport */.ej)(verdict),
        outputs: () => { },
        summary: () => renderRefused(refused),
        failed: `Publishing refused (${refused[0].code}): ${refused[0].message}`,
        alwaysFails: true
    });
}
/** What is published, from the verified manifest and the run's context. */
function versionOf(manifest, digest, context) {
    if (!context.sha)
        throw new Error('GITHUB_SHA is not set: publish mode tags the gated commit, so run it in a workflow job.');
    const slug = publish_mode_text(manifest.value, 'dataset_slug');
    // The schema verify checked holds the slug to this pattern; it names a file on the branch.
    if (!a_identity/* SLUG_PATTERN */.ZT.test(slug))
        throw new Error(`${(0,printable/* printable */.g$)(manifest.path)} has no valid dataset_slug.`);
    return {
        manifestPath: manifest.path,
        slug,
        versionId: publish_mode_text(manifest.value, 'dataset_version_id'),
        specHash: publish_mode_text(manifest.value, 'spec_hash'),
        releasedAt: publish_mode_text(manifest.value, 'released_at'),
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
async function runPublishMode(context) {
    const { workspace, raw, settings } = context;
    if (!(0,values/* nonEmpty */.hq)(raw['expect-digest']))
        throw new parse/* UsageError */.eb("expect-digest is required in publish mode: the generating job's manifest-digest output, so what is published is the manifest the gate passed.");
    const verified = await (0,verify_mode.runVerifyMode)(context);
    if (verified.status !== 'pass' || !verified.manifestDigest) {
        core/* info */.pq('Nothing was published: the manifest did not verify.');
        return;
    }
    const manifest = await publishedFiles(workspace, raw, verified.manifestDigest);
    const github = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const version = versionOf(manifest, verified.manifestDigest, github.context);
    const ledgerAt = (0,ledger.ledgerLocation)(github.context.repo, settings.ledgerBranch, version.slug);
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
        return refuse(context, version, outcome.refused);
    await reportPublished(outcome, (0,ledger/* ledgerName */.b)(ledgerAt), changes);
}


/***/ }),

/***/ 26867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyMode: () => (/* binding */ runVerifyMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(29498);
// EXTERNAL MODULE: ./src/options/parse.ts + 2 modules
var parse = __webpack_require__(51768);
// EXTERNAL MODULE: ./src/report/summary.ts + 9 modules
var summary = __webpack_require__(16856);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/read-document.ts
var read_document = __webpack_require__(76);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(58258);
// EXTERNAL MODULE: ./src/gates/e-written.ts
var e_written = __webpack_require__(34133);
// EXTERNAL MODULE: ./src/gates/index.ts + 11 modules
var src_gates = __webpack_require__(47479);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(83672);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(91933);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/inventory/locate.ts
// Where a listed path leads, decided before anything is opened: each directory on its way is
// resolved once, from its parent's real place (so a link is followed one step at a time, never
// through the kernel's whole path again), and a path is refused when it goes out of the root,
// through a link to a directory it is already in (a loop, as the inventory's walk refuses it), or
// through more links than the kernel follows. What is at the end is looked at with lstat and stat
// only: a named pipe, a socket, a device or a directory is refused without being opened.



/** Linux's MAXSYMLINKS: a path through more links cannot be opened by the kernel anyway. */
const MAX_LINKS = 40;
const stat = (absolute, follow) => {
    try {
        return follow ? (0,external_node_fs_.statSync)(absolute) : (0,external_node_fs_.lstatSync)(absolute);
    }
    catch {
        return undefined;
    }
};
/** Whether `real` is a directory the path has already gone through (or the root above them). */
function onTheWay(directory, real) {
    for (let at = directory; at; at = at.parent)
        if (at.real === real)
            return true;
    // Any directory above the path's first, the root's own parents included, is a loop too.
    return (0,paths/* isInside */.FK)(real, directory.real);
}
/** Follows the link at `absolute` (inside `parent`): where it leads, or why it leads nowhere. */
function follow(realRoot, parent, absolute, shown) {
    if (parent.links + 1 > MAX_LINKS)
        return { state: 'loop', link: shown };
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch (error) {
        const code = error.code;
        return code === 'ELOOP' ? { state: 'loop', link: shown } : { state: 'dangling' };
    }
    if (!(0,paths/* isInside */.FK)(realRoot, real))
        return { state: 'outside', target: real };
    const info = stat(real, false);
    return info ? { real, info } : { state: 'dangling' };
}
/** The directory `name` in `parent`, resolved: `shown` names it in messages. */
function child(realRoot, parent, name, shown) {
    const absolute = external_node_path_default().join(parent.real, name);
    const info = stat(absolute, false);
    if (!info || (!info.isDirectory() && !info.isSymbolicLink()))
        return { state: 'missing' };
    if (info.isDirectory())
        return { real: absolute, parent, links: parent.links };
    const target = follow(realRoot, parent, absolute, shown());
    if (!('real' in target))
        return target;
    if (!target.info.isDirectory())
        return { state: 'missing' };
    if (onTheWay(parent, target.real))
        return { state: 'loop', link: shown() };
    return { real: target.real, parent, links: parent.links + 1 };
}
/**
 * A locator for paths under `root`: call it with a normalised root-relative path. Directories are
 * cached by name under their parent, so a manifest's 100,000 paths in 200 folders cost 200
 * directory lookups, and a path costs one step per segment however deep it is.
 */
function locator(root) {
    const realRoot = external_node_fs_.realpathSync.native(root);
    const top = { place: { real: realRoot, links: 0 }, children: new Map() };
    return (relative) => locate(realRoot, top, relative);
}
/** Where a root-relative path leads, its directories looked up in (and added to) the tree. */
function locate(realRoot, top, relative) {
    const names = relative.split('/');
    const file = names.pop();
    let node = top;
    for (const [index, name] of names.entries()) {
        let next = node.children.get(name);
        if (!next) {
            const parent = node.place;
            const shown = () => names.slice(0, index + 1).join('/');
            next = { place: child(realRoot, parent, name, shown), children: new Map() };
            node.children.set(name, next);
        }
        if (!('real' in next.place))
            return next.place;
        node = next;
    }
    const parent = node.place;
    const absolute = external_node_path_default().join(parent.real, file);
    let info = stat(absolute, false);
    let real = absolute;
    if (!info)
        return { state: 'missing' };
    if (info.isSymbolicLink()) {
        const target = follow(realRoot, parent, absolute, relative);
        if (!('real' in target))
            return target;
        ({ real, info } = target);
    }
    if (info.isFile())
        return { state: 'file', real };
    return { state: 'special', code: info.isDirectory() ? 'EISDIR' : 'ENOTFILE' };
}

;// CONCATENATED MODULE: ./src/inventory/listed-files.ts
// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.


/**
 * Each listed file looked for under `root` and hashed. Where each path leads is decided first,
 * before anything is opened (locate.ts): only regular files inside the root go to the hashing
 * threads, by their real path, and each real file once, however many paths lead to it.
 */
async function checkListedFiles(root, listed, pool) {
    const locate = locator(root);
    const found = new Map();
    /** Listed index → the index of its real file among those hashed. */
    const hashedAs = new Map();
    const reals = new Map();
    listed.forEach((file, index) => {
        const safe = (0,paths/* normaliseRelative */.Z8)(file.path);
        if (!safe.ok || safe.path !== file.path) {
            const reason = safe.ok
                ? 'is not in normal form (it has . segments or doubled /)'
                : safe.reason;
            found.set(index, { state: 'unsafe', reason });
            return;
        }
        const where = locate(file.path);
        if (where.state === 'file') {
            let at = reals.get(where.real);
            if (at === undefined)
                reals.set(where.real, (at = reals.size));
            hashedAs.set(index, at);
        }
        else
            found.set(index, foundOf(where));
    });
    const outcomes = await pool.hash([...reals.keys()]);
    for (const [index, at] of hashedAs) {
        const outcome = outcomes.get(at);
        found.set(index, 'digest' in outcome
            ? outcome.pointer
                ? { state: 'hashed', digest: outcome.digest, pointer: outcome.pointer }
                : { state: 'hashed', digest: outcome.digest }
            : outcome.error === 'ENOENT'
                ? { state: 'missing' }
                : { state: 'unreadable', code: outcome.error });
    }
    return listed.map((file, index) => ({ ...file, found: found.get(index) }));
}
/** What a path that leads to no regular file inside the root is, as verify reports it. */
function foundOf(where) {
    if (where.state === 'special')
        return { state: 'unreadable', code: where.code };
    return where;
}

// EXTERNAL MODULE: ./src/inventory/glob-pattern.ts
var glob_pattern = __webpack_require__(87547);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(39376);
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
        const walk = await (0,find_files/* findFiles */.l)(root, [`${(0,glob_pattern/* globEscape */.q6)(store.path)}**`], 'artifacts', display);
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
                findings.push((0,inventory_findings/* finding */.g)('FILE_UNREADABLE', shown, message));
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
// EXTERNAL MODULE: ./src/manifest/output-paths.ts
var output_paths = __webpack_require__(43545);
// EXTERNAL MODULE: ./src/manifest/statement.ts
var manifest_statement = __webpack_require__(46600);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(87979);
;// CONCATENATED MODULE: ./src/verify-written.ts
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
/**
 * A sidecar's value, made from its bytes by `value`; a sidecar that is not there is not checked
 * (undefined), and anything else must be a readable file that `value` accepts.
 */
async function readSidecar(options, absolute, shown, value) {
    const absent = await (0,promises_.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
    if (absent)
        return undefined;
    try {
        const confine = options.manifest.confine;
        const bytes = await (0,json_document/* readDocumentBytes */.h9)(absolute, shown, confine ? { confine } : {});
        return { actual: value(bytes) };
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
async function readSidecars(options, manifest, listed, listedStores) {
    if (!manifest.readable)
        return { sidecars: [], storeFiles: new Map() };
    const { absolute, path: shown } = options.manifest;
    const files = (0,output_paths/* outputPaths */.u)(absolute);
    const names = (0,output_paths/* outputPaths */.u)(shown);
    const [statement, checksums] = await Promise.all([
        // Read strictly, as every input document is; bytes that are not UTF-8 say so first, BOM or not.
        readSidecar(options, files.statement, names.statement, (bytes) => {
            if (!(0,external_node_buffer_.isUtf8)(bytes))
                (0,json_document/* decodeUtf8 */._6)(names.statement, bytes);
            return (0,json_document/* parseJsonText */.lk)(names.statement, bytes).value;
        }),
        readSidecar(options, files.checksums, names.checksums, (bytes) => (0,json_document/* decodeUtf8 */._6)(names.checksums, bytes))
    ]);
    const sidecars = [];
    if (statement) {
        // Its subjects from the entries that have a path and digest (the schema judges the rest).
        const artifacts = listed.filter((file) => file.list === 'artifacts');
        const expected = {
            ...(0,manifest_statement/* buildStatement */.Y)({ artifacts }, manifest.digest, external_node_path_default().basename(absolute)),
            predicate: manifest.value
        };
        sidecars.push({ path: names.statement, kind: 'statement', expected, ...statement });
    }
    let storeFiles = new Map();
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        // A store is listed file by file: its lines are the file's own when they make its digest.
        if ('actual' in checksums)
            storeFiles = expectedStoreFiles(listedStores, checksumsEntries(checksums.actual));
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,manifest_checksums/* checksumsText */.cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }, storeFiles),
            ...checksums
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
/** Whether a listed file is a directory store: an artifact whose path ends in `/`. */
const isListedStore = (file) => file.list === 'artifacts' && file.path.endsWith('/');
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = (0,parse/* rootDisplay */.LN)(options.rootPath);
    const manifest = await (0,read_document/* readDocument */.u)(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || (0,partition/* shardOf */.I)(path, shard.count) === shard.index;
    const own = Object.values((0,output_paths/* outputPaths */.u)(options.manifest.absolute));
    const listedStores = listed.filter(isListedStore);
    const storePaths = new Set(listedStores.map((store) => store.path));
    const stores = listedStores.filter((store) => mine(store.path));
    const [checks, { sidecars, storeFiles }, strict] = await Promise.all([
        checkListedFiles(options.root, listed.filter((file) => mine(file.path) && !isListedStore(file)), pool),
        readSidecars(options, manifest, listed, listedStores),
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
    const { status, violations, gates } = (0,src_gates/* judgeWritten */.NB)(evidence);
    return {
        status,
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        ...(0,e_written/* listedCounts */.S)(evidence),
        violations,
        gates
    };
}

// EXTERNAL MODULE: ./src/action/upload.ts
var upload = __webpack_require__(4357);
// EXTERNAL MODULE: ./src/action/verdict.ts + 3 modules
var verdict = __webpack_require__(92116);
;// CONCATENATED MODULE: ./src/action/verify-mode.ts
// verify mode: checks a written manifest against the files before publishing, and fails the job
// on any difference. Same outputs (status, violations, manifest-digest), annotations and summary
// habits as promote mode.







async function runVerifyMode(context) {
    const result = await verifyWritten((0,parse/* parseVerifyOptions */.lW)(context.raw, context.workspace));
    const report = result.status === 'pass' ? undefined : await (0,upload/* writeViolationsReport */.ej)(result);
    const manifest = (0,printable/* printable */.g$)(result.manifestPath);
    await (0,verdict/* endWithVerdict */.L)(context, {
        ...result,
        reportPath: report,
        outputs: () => core/* setOutput */.uH('manifest-digest', result.manifestDigest ?? ''),
        log: () => (0,verdict/* logGates */.X)(result),
        summary: () => (0,summary/* renderVerifySummary */.i2)(result),
        passed: `Verified ${manifest} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`,
        failed: `Verification failed: ${result.violations.length} violation(s) in ${manifest}; do not publish.`
    });
    return result;
}


/***/ }),

/***/ 34829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kf: () => (/* binding */ ASSETS),
  fI: () => (/* binding */ describePublishError),
  Qt: () => (/* binding */ publishVersion),
  releaseTag: () => (/* binding */ releaseTag),
  releasedManifest: () => (/* binding */ releasedManifest)
});

// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/gates/a-publication.ts
// Gate A when a version is published (docs/decisions.md, "Publishing and the ledger"): a version id
// names one content, published once, and versions go forward in time. Reads what the releases
// and the ledger say, never the API; the publish step refuses on any violation, before it
// writes anything.

const NEW_VERSION = 'a version id is published once: give this content a new dataset-version-id (or let it be derived from the changed spec and released-at), promote it and publish that';
function conflicts(evidence) {
    const { released, recorded, tag, manifestDigest } = evidence;
    const found = released && released.manifestDigest !== manifestDigest
        ? `is already published (${released.url}) ${released.manifestDigest ? `with the manifest ${released.manifestDigest}` : 'without a promotion_manifest.json asset'}`
        : recorded && recorded.manifestDigest !== manifestDigest
            ? `is already recorded in ${evidence.ledger} (record ${recorded.seq}) with the manifest ${recorded.manifestDigest}`
            : undefined;
    if (found === undefined)
        return [];
    const message = `Release ${tag} ${found}, not ${manifestDigest}: ${NEW_VERSION}. Nothing was written.`;
    return [(0,violation/* violation */.Qf)('RELEASE_CONFLICT', evidence.manifestPath, message)];
}
function rollback(evidence) {
    const last = evidence.lastPublished;
    if (evidence.recorded || !last)
        return [];
    if (Date.parse(evidence.releasedAt) >= Date.parse(last.releasedAt))
        return [];
    const message = `released_at ${evidence.releasedAt} is earlier than ${last.releasedAt}, the released_at of ${last.versionId}, the last version in ${evidence.ledger}: published versions go forward in time. To publish older content again, promote it as a new version with a current released-at. Nothing was written.`;
    return [(0,violation/* violation */.Qf)('RELEASE_ROLLBACK', evidence.manifestPath, message)];
}
/** Why the version may not be published; empty when it may (or already is, the same). */
function publicationViolations(evidence) {
    const conflict = conflicts(evidence);
    return conflict.length > 0 ? conflict : rollback(evidence);
}

// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/github/ledger.ts + 5 modules
var github_ledger = __webpack_require__(74809);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(23425);
;// CONCATENATED MODULE: ./src/github/publish.ts
// Publishing one dataset version: the release under `<slug>/<dataset_version_id>` and its record
// in the ledger. Everything that could refuse (the tag, the ledger) is read before anything is
// written; a refusal writes nothing. A run cut part-way (a draft with some assets) is finished by
// the next run: its draft is deleted and the release made again, then published.




/** The assets of a release, by name: always these names, whatever the files were called. */
const ASSETS = {
    manifest: 'promotion_manifest.json',
    statement: 'promotion_manifest.intoto.json',
    checksums: 'promotion_manifest.sha256sums'
};
function releaseTag(slug, versionId) {
    return `${slug}/${versionId}`;
}
/** The digest of a release's manifest asset, undefined when it has none. */
async function releasedManifest(octokit, repository, release) {
    const asset = release.assets.find((a) => a.name === ASSETS.manifest);
    return asset ? (0,releases/* assetBytes */.AW)(octokit, repository, asset.id) : undefined;
}
async function createRelease(octokit, repository, version, body) {
    const tag = releaseTag(version.slug, version.versionId);
    for (const stale of await (0,releases/* draftsWithTag */.FX)(octokit, repository, tag))
        await (0,releases/* deleteDraft */.Tn)(octokit, repository, stale.id);
    const draft = await (0,releases/* createDraft */.mq)(octokit, repository, {
        tag,
        commit: version.commit,
        name: `${version.slug} ${version.versionId}`,
        body
    });
    for (const [file, name] of Object.entries(ASSETS))
        await (0,releases/* uploadAsset */.Mz)(octokit, draft, name, version.files[file]);
    return (0,releases/* publishDraft */.T2)(octokit, repository, draft.id);
}
/** What the ledger's records say of the version, as gate A reads it. */
function ledgerEvidence(version, ledger, records) {
    const mine = records.find((r) => r.dataset_version_id === version.versionId);
    const last = records.filter((r) => r.dataset_version_id !== version.versionId).at(-1);
    return {
        manifestPath: version.manifestPath,
        tag: releaseTag(version.slug, version.versionId),
        manifestDigest: version.manifestDigest,
        releasedAt: version.releasedAt,
        ledger,
        ...(mine ? { recorded: { seq: mine.seq, manifestDigest: mine.manifest_digest } } : {}),
        ...(last
            ? { lastPublished: { versionId: last.dataset_version_id, releasedAt: last.released_at } }
            : {})
    };
}
/** The record before this version's, or the last record when the ledger has none of it yet. */
function previousRecord(version, records) {
    const mine = records.findIndex((r) => r.dataset_version_id === version.versionId);
    return (mine >= 0 ? records.slice(0, mine) : records).at(-1);
}
function recordFields(version, releaseUrl) {
    return {
        dataset_slug: version.slug,
        dataset_version_id: version.versionId,
        manifest_digest: version.manifestDigest,
        spec_hash: version.specHash,
        released_at: version.releasedAt,
        commit: version.commit,
        run_url: version.runUrl,
        release_url: releaseUrl
    };
}
/**
 * Publishes the version, or finds it published; then records it in the ledger. `notes` renders
 * the release body, given the last other version the ledger records.
 */
async function publishVersion(octokit, ledgerAt, version, notes) {
    const repository = { owner: ledgerAt.owner, repo: ledgerAt.repo };
    const released = await (0,releases.publishedRelease)(octokit, repository, releaseTag(version.slug, version.versionId));
    const releasedBytes = released && (await releasedManifest(octokit, repository, released));
    const ledger = await (0,github_ledger.readLedger)(octokit, ledgerAt);
    const name = (0,github_ledger/* ledgerName */.b)(ledgerAt);
    const refused = publicationViolations({
        ...ledgerEvidence(version, name, ledger.records),
        ...(released
            ? {
                released: {
                    url: released.url,
                    manifestDigest: releasedBytes && (0,digest/* sha256Digest */.sI)(releasedBytes)
                }
            }
            : {})
    });
    if (refused.length > 0)
        return { refused };
    const previous = previousRecord(version, ledger.records);
    const release = released ?? (await createRelease(octokit, repository, version, await notes(previous)));
    const appended = await (0,github_ledger/* appendToLedger */.L)(octokit, ledgerAt, recordFields(version, release.url), (now) => {
        // Another publication may have landed since the first reading: its order is checked again.
        const late = publicationViolations(ledgerEvidence(version, name, now.records));
        if (late.length > 0)
            throw new Error(`The release ${release.url} is published, but it cannot be recorded in ${name}: ${late[0].message.replace(/ Nothing was written\.$/, '')}`);
    });
    return {
        release,
        created: released === undefined,
        ledger: appended,
        ...(previous ? { previous } : {})
    };
}
/** A failed API call while publishing, as a sentence that says what to check. */
function describePublishError(tag, error) {
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === undefined)
        return message;
    const hint = status === 401 || status === 403 || status === 404
        ? 'The publishing job needs permissions: contents: write, and github-token must be able to write releases and the ledger branch.'
        : 'Re-run the job: publishing again keeps what is already published and finishes the rest.';
    return `Publishing ${tag} failed (HTTP ${status}): ${message}. ${hint}`;
}


/***/ }),

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ assetBytes),
/* harmony export */   FX: () => (/* binding */ draftsWithTag),
/* harmony export */   Mz: () => (/* binding */ uploadAsset),
/* harmony export */   T2: () => (/* binding */ publishDraft),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   mq: () => (/* binding */ createDraft),
/* harmony export */   publishedRelease: () => (/* binding */ publishedRelease)
/* harmony export */ });
function releaseOf(data) {
    return {
        id: data.id,
        tag: data.tag_name,
        draft: data.draft,
        url: data.html_url,
        uploadUrl: data.upload_url,
        assets: (data.assets ?? []).map(({ id, name }) => ({ id, name }))
    };
}
function isNotFound(error) {
    return error.status === 404;
}
/** The published release under `tag`, or undefined (GitHub finds drafts by tag only in a list). */
async function publishedRelease(octokit, repository, tag) {
    try {
        const { data } = await octokit.rest.repos.getReleaseByTag({ ...repository, tag });
        return releaseOf(data);
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/** The drafts whose tag is `tag`: what a run that failed part-way left behind. */
async function draftsWithTag(octokit, repository, tag) {
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, {
        ...repository,
        per_page: 100
    });
    return releases.filter((r) => r.draft && r.tag_name === tag).map(releaseOf);
}
/** The bytes of a release asset. */
async function assetBytes(octokit, repository, assetId) {
    const { data } = await octokit.rest.repos.getReleaseAsset({
        ...repository,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' }
    });
    return Buffer.from(data);
}
async function createDraft(octokit, repository, release) {
    const { data } = await octokit.rest.repos.createRelease({
        ...repository,
        tag_name: release.tag,
        target_commitish: release.commit,
        name: release.name,
        body: release.body,
        draft: true
    });
    return releaseOf(data);
}
/** Uploads an asset to the release's own upload address (GitHub's upload host, or GHES's). */
async function uploadAsset(octokit, release, name, bytes) {
    await octokit.request({
        method: 'POST',
        url: release.uploadUrl,
        name,
        data: bytes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length }
    });
}
async function publishDraft(octokit, repository, id) {
    const { data } = await octokit.rest.repos.updateRelease({
        ...repository,
        release_id: id,
        draft: false
    });
    return releaseOf(data);
}
async function deleteDraft(octokit, repository, id) {
    await octokit.rest.repos.deleteRelease({ ...repository, release_id: id });
}


/***/ })

};

export const id = 1456;
export const ids = [1456];
export const modules = {

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ gateE),
  v: () => (/* reexport */ e_paths/* inventoryViolations */.vW)
});

// EXTERNAL MODULE: ./src/inventory/stores.ts
var inventory_stores = __webpack_require__(4492);
// EXTERNAL MODULE: ./src/inventory/shards.ts
var inventory_shards = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/gates/e-shards.ts
// Gate E's sharded inventory: the shard files given are one split, whole (shards 1..N, each once),
// made with this run's settings, each entry in its own shard and no path twice, together exactly
// the listing they share; and, where the promote job lists its own tree, the same files, sizes and
// media types as that tree.



const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);
const quoted = (list) => list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ');
/** " (and N more)" after the first of a list, when there are more. */
const andMore = (list) => list.length > 1 ? ` (and ${list.length - 1} more)` : '';
const RERUN = 'run the inventory jobs again on the same commit, and promote with the shard files of that one run';
/** What every shard must share with the promote run, and with the others. */
function settingViolations(shard, expected, name) {
    const found = [];
    const mismatch = (message, location) => {
        found.push((0,violation/* violation */.Qf)('SHARD_MISMATCH', shard.path, message, { line: shard.lineOf([location]) }));
    };
    if (shard.root !== expected.root)
        mismatch(`${name} inventoried the root "${shard.root}", but this run's root is "${expected.root}"; give the inventory jobs and the promote job the same root.`, 'root');
    if (!sameList(shard.patterns, expected.patterns))
        mismatch(`${name} was made with the artifacts patterns ${quoted(shard.patterns)}, not ${quoted(expected.patterns)} (${expected.from}); give every job the same artifacts patterns.`, 'patterns');
    if (!sameList(shard.mediaTypes, expected.mediaTypes))
        mismatch(`${name} was made with the media-types ${quoted(shard.mediaTypes)}, but this run has ${quoted(expected.mediaTypes)}; give every job the same media-types.`, 'media_types');
    if (shard.pathCount !== expected.pathCount || shard.pathsDigest !== expected.pathsDigest)
        mismatch(`${name} listed ${shard.pathCount} file(s) (${shard.pathsDigest}), but ${expected.from} listed ${expected.pathCount} (${expected.pathsDigest}): the shards saw different files (the tree changed between the jobs, or a shard is from another run); ${RERUN}.`, 'paths_digest');
    return found;
}
/** Each entry in the shard the partition gives its path, and no path in two entries. */
function entryViolations(shard, name, owners) {
    const { index, count } = shard.shard;
    const misplaced = [];
    const twice = [];
    for (const [at, entry] of shard.entries.entries()) {
        if ((0,inventory_shards/* shardOf */.IS)(entry.path, count) !== index)
            misplaced.push(at);
        const owner = owners.get(entry.path);
        if (owner)
            twice.push([at, owner]);
        else
            owners.set(entry.path, shard);
    }
    const found = [];
    if (misplaced.length > 0) {
        const at = misplaced[0];
        const path = shard.entries[at].path;
        found.push((0,violation/* violation */.Qf)('SHARD_INVALID', shard.path, `${name} lists ${path}${andMore(misplaced)}, which belongs to shard ${(0,inventory_shards/* shardOf */.IS)(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`, { line: shard.lineOf(['entries', at, 'path']) }));
    }
    if (twice.length > 0) {
        const [at, owner] = twice[0];
        found.push((0,violation/* violation */.Qf)('SHARD_INVALID', shard.path, `${name} lists ${shard.entries[at].path}${andMore(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`, { line: shard.lineOf(['entries', at, 'path']) }));
    }
    return found;
}
/**
 * A sharded inventory is whole: shards 1..N each given once, all of one split (same N, root,
 * patterns, media types, and the same listing by count and digest, shared with this run's
 * settings), each entry in its own shard and no path twice, and together exactly the listing.
 * `display` shows a root-relative path of the tree workspace-relative, for messages.
 */
function checkShards(evidence, display = (relative) => relative) {
    const { shards, input } = evidence;
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index || (0,order/* compareText */.n)(a.path, b.path));
    const reference = ordered[0];
    // None readable: the reader's findings say why.
    if (!reference)
        return [];
    const violations = [];
    const given = new Map();
    const owners = new Map();
    const expected = {
        ...evidence.expected,
        patterns: evidence.expected.patterns.length > 0 ? evidence.expected.patterns : reference.patterns,
        pathCount: reference.pathCount,
        pathsDigest: reference.pathsDigest,
        from: evidence.expected.patterns.length > 0 ? 'this run' : nameOf(reference)
    };
    for (const shard of ordered) {
        const misplaced = placementViolation(shard, reference, given, input);
        if (misplaced) {
            violations.push(misplaced);
            continue;
        }
        given.set(shard.shard.index, shard);
        const name = nameOf(shard);
        violations.push(...settingViolations(shard, expected, name), ...entryViolations(shard, name, owners));
    }
    const files = ordered.map((shard) => shard.path).join(', ');
    violations.push(...missingShards(given, reference.shard.count, input, files));
    if (violations.length > 0)
        return violations;
    // Whole and disjoint so far: together the entries must be the listing every shard made.
    const paths = [...owners.keys()];
    if (paths.length !== reference.pathCount || (0,inventory_shards/* pathsDigest */.ny)(paths) !== reference.pathsDigest)
        return [
            (0,violation/* violation */.Qf)('SHARD_MISMATCH', input, `The ${reference.shard.count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`)
        ];
    if (!evidence.tree)
        return violations;
    return treeViolations(evidence.tree, ordered, owners, display);
}
const nameOf = (shard) => `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`;
/** Why a shard cannot take its place in the split: another count, no such index, or taken. */
function placementViolation(shard, reference, given, input) {
    const { index } = shard.shard;
    const { count } = reference.shard;
    if (shard.shard.count !== count)
        return (0,violation/* violation */.Qf)('SHARD_MISMATCH', shard.path, `${nameOf(shard)} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`, { line: shard.lineOf(['shard', 'count']) });
    if (index > count) {
        const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`;
        return (0,violation/* violation */.Qf)('SHARD_INVALID', shard.path, message, {
            line: shard.lineOf(['shard', 'index'])
        });
    }
    const twin = given.get(index);
    if (!twin)
        return undefined;
    return (0,violation/* violation */.Qf)('SHARD_MISMATCH', shard.path, twin.path === shard.path
        ? `${shard.path} is given twice in ${input} (it is shard ${index} of ${count}); give each shard's file once.`
        : `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`, { line: shard.lineOf(['shard', 'index']) });
}
/** A SHARD_MISSING for each shard of 1..count that no file given is. */
function missingShards(given, count, input, files) {
    const missing = [];
    for (let index = 1; index <= count; index++) {
        if (!given.has(index))
            missing.push((0,violation/* violation */.Qf)('SHARD_MISSING', input, `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`, { about: { shard: index } }));
    }
    return missing;
}
/** What differs between the shards and the promote job's own tree. */
function treeDifferences(tree, shards, owners) {
    const here = new Map(tree.map((file) => [file.path, file]));
    const gone = [];
    const resized = [];
    const retyped = [];
    for (const shard of shards) {
        shard.entries.forEach((entry, at) => {
            const file = here.get(entry.path);
            if (!file)
                gone.push(entry.path);
            else if (entry.size !== file.size)
                resized.push([file, entry.size ?? 0]);
            if (file && entry.mediaType !== file.mediaType)
                retyped.push([file, shard, at]);
        });
    }
    const added = tree.filter((file) => !owners.has(file.path)).map((file) => file.path);
    return { gone, added, resized, retyped };
}
/**
 * The shards held against the promote job's own tree: the same files (none gone since, none
 * added), the same sizes, and the media types this run derives. One violation per kind, naming
 * the first file and how many more, so a tree changed wholesale still gives a short report.
 */
function treeViolations(tree, shards, owners, display) {
    const { gone, added, resized, retyped } = treeDifferences(tree, shards, owners);
    const violations = [];
    if (gone.length > 0) {
        const first = [...gone].sort(order/* compareText */.n)[0];
        violations.push((0,violation/* violation */.Qf)('SHARD_MISMATCH', display(first), `${first}${andMore(gone)} is in the shard files but not in this job's tree (the patterns find no such file here): it went after the inventory jobs ran, so nothing here is that file; ${RERUN}.`));
    }
    if (added.length > 0)
        violations.push((0,violation/* violation */.Qf)('SHARD_MISMATCH', display(added[0]), `${added[0]}${andMore(added)} is in this job's tree but in no shard file: it was added after the inventory jobs ran, and no shard hashed it; ${RERUN}.`));
    if (resized.length > 0) {
        const [file, recorded] = resized[0];
        violations.push((0,violation/* violation */.Qf)('SHARD_MISMATCH', display(file.path), `${file.path}${andMore(resized)} has ${file.size} bytes here, but its shard file recorded ${recorded}: it changed after the inventory jobs hashed it; ${RERUN}.`));
    }
    if (retyped.length > 0) {
        const [file, shard, at] = retyped[0];
        violations.push((0,violation/* violation */.Qf)('SHARD_INVALID', shard.path, `${shard.path} gives ${file.path}${andMore(retyped)} the media type "${shard.entries[at].mediaType}", but its name gives "${file.mediaType}" with this run's media-types: inventory --shard did not write this file as it is, so regenerate it.`, { line: shard.lineOf(['entries', at, 'media_type']) }));
    }
    return violations;
}

// EXTERNAL MODULE: ./src/gates/e-lfs.ts
var e_lfs = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/gates/e-paths.ts
var e_paths = __webpack_require__(5674);
// EXTERNAL MODULE: ./src/model/multimap.ts
var multimap = __webpack_require__(2600);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/gates/evidence.ts
var gates_evidence = __webpack_require__(4003);
;// CONCATENATED MODULE: ./src/gates/e-receipts.ts






/** A receipt output's root-relative path; a directory store's keeps its trailing `/`. */
function outputPath(uri) {
    const safe = (0,paths/* normaliseRelative */.Z8)(uri);
    if (!safe.ok)
        return undefined;
    return uri.endsWith('/') ? `${safe.path}/` : safe.path;
}
/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(receipt, datasetVersionId) {
    const violations = [];
    if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
        violations.push((0,violation/* violation */.Qf)('RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, { line: receipt.lineOf(['dataset_version_id']) }));
    }
    if (receipt.validation.status !== 'pass') {
        violations.push((0,violation/* violation */.Qf)('RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, { line: receipt.lineOf(['validation', 'status']) }));
    }
    return { violations, counts: violations.length === 0 };
}
/** Every output of the receipts by its normalised path, once: a lookup per artifact. */
function outputsByPath(receipts) {
    const outputs = new Map();
    for (const receipt of receipts) {
        receipt.outputs.forEach((output, index) => {
            const at = outputPath(output.uri);
            if (at === undefined)
                return;
            (0,multimap/* appendTo */.S)(outputs, at, { receipt, output, index });
        });
    }
    return outputs;
}
function checkReceipts(evidence) {
    const violations = [];
    const counted = [];
    // A receipt that does not count, by the violation that says why: an artifact it lists is
    // without a receipt because of that violation.
    const refused = new Map();
    for (const receipt of evidence.receipts) {
        const standing = receiptStanding(receipt, evidence.datasetVersionId);
        violations.push(...standing.violations);
        if (standing.counts)
            counted.push(receipt);
        else
            refused.set(receipt, standing.violations[0]);
    }
    const outputs = outputsByPath(counted);
    const refusedOutputs = outputsByPath([...refused.keys()]);
    for (const artifact of evidence.artifacts) {
        const samePath = outputs.get(artifact.path) ?? [];
        if (samePath.some(({ output }) => output.digest === artifact.digest))
            continue;
        const stale = samePath[0];
        if (stale) {
            violations.push((0,violation/* violation */.Qf)('RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, {
                line: stale.receipt.lineOf(['outputs', stale.index, 'digest']),
                about: (0,e_lfs/* pointerAbout */.DY)(artifact)
            }));
            continue;
        }
        const listedBy = refusedOutputs
            .get(artifact.path)
            ?.find(({ output }) => output.digest === artifact.digest)?.receipt;
        const why = listedBy && refused.get(listedBy);
        violations.push((0,violation/* violation */.Qf)('ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`, {
            about: {
                digest: artifact.digest,
                ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
            }
        }));
    }
    return violations;
}
/** The receipts the run-receipts patterns found, judged; what they cover goes to `checked`. */
function receiptViolations(evidence, facts, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [(0,violation/* violation */.Qf)('RECEIPTS_MISSING', 'run-receipts', (0,gates_evidence/* missingInput */.f)(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...(0,e_paths/* inventoryViolations */.vW)(reading.search),
        ...reading.unreadable.map((u) => (0,violation/* violation */.Qf)('RECEIPT_INVALID', u.path, u.message, { line: u.line })),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: facts.identity.datasetVersionId,
            display: evidence.display
        })
    ];
}

;// CONCATENATED MODULE: ./src/gates/e-inventory.ts
// Gate E: inventory, digests and run receipts. Every pattern finds files inside the root, every
// file hashes; the paths are safe and each once (e-paths.ts); a sharded inventory is whole
// (e-shards.ts); Git LFS pointers stand for what they name (e-lfs.ts); and every artifact is an
// output of a passing run receipt for this dataset_version_id (e-receipts.ts). A written
// manifest's files are gate E's too (e-written.ts), and the ledger's chain (e-ledger.ts).






const gateE = {
    letter: 'E',
    check(evidence, facts) {
        const { artifacts, catalogs } = evidence;
        const entries = [...artifacts.entries, ...catalogs.entries];
        const taken = entries.filter((entry) => !entry.verified).length;
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
        if (taken > 0) {
            // Files, a store's each: a store's entry stands for every file in it.
            const files = entries.flatMap((entry) => ((0,inventory_stores/* isStoreEntry */.gA)(entry) ? entry.files : [entry]));
            const absent = files.filter((file) => !file.verified).length;
            checked[0] = `${files.length - absent} file(s) hashed (SHA-256), ${absent} taken from the list, not hashed here (not present)`;
        }
        const stores = artifacts.entries.filter(inventory_stores/* isStoreEntry */.gA);
        if (stores.length > 0) {
            const files = stores.reduce((count, store) => count + store.files.length, 0);
            checked.push(`${stores.length} directory store(s) of ${files} file(s), each one artifact (in-toto dirHash)`);
        }
        const lists = [
            { input: 'artifacts', entries: artifacts.entries },
            { input: 'catalogs', entries: catalogs.entries }
        ];
        const shards = evidence.artifactShards;
        if (shards)
            checked.push(`${shards.shards.length} inventory shard file(s) merged into the artifacts inventory`);
        checked.push(...(0,e_lfs/* lfsChecked */.vF)(evidence));
        const violations = [
            ...(0,e_lfs/* documentPointerViolations */.bh)(evidence),
            ...(0,e_lfs/* lfsObjectViolations */.DI)(evidence),
            ...(0,e_paths/* inventoryViolations */.vW)(artifacts.findings),
            ...(shards ? checkShards(shards, evidence.display) : []),
            ...(0,e_paths/* inventoryViolations */.vW)(catalogs.findings),
            ...(0,e_paths/* checkInventoryPaths */.nY)(lists, evidence.display),
            ...(0,e_paths/* checkStorePaths */.m0)(stores, entries, evidence.display),
            ...receiptViolations(evidence, facts, checked)
        ];
        return { violations, checked };
    }
};


/***/ }),

/***/ 2857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ lfsObjectViolations),
/* harmony export */   DY: () => (/* binding */ pointerAbout),
/* harmony export */   bh: () => (/* binding */ documentPointerViolations),
/* harmony export */   eK: () => (/* binding */ listedPointerViolation),
/* harmony export */   vF: () => (/* binding */ lfsChecked)
/* harmony export */ });
/* harmony import */ var _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8502);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);
/* harmony import */ var _inventory_stores_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4492);



/** Every document read for this run, readable or not: only an unreadable one has a pointer. */
function documentsRead(evidence) {
    const optional = [
        evidence.spec,
        evidence.qaReport,
        evidence.policyDecision,
        evidence.basePolicyDecision,
        evidence.approvals
    ];
    return [
        ...optional.flatMap((document) => (document ? [document] : [])),
        ...evidence.sboms,
        ...evidence.attestations,
        ...(evidence.receipts?.unreadable ?? [])
    ];
}
/** LFS_POINTER for each document the gate reads that is a pointer. */
function documentPointerViolations(evidence) {
    const seen = new Set();
    const violations = [];
    for (const document of documentsRead(evidence)) {
        if (!('lfsPointer' in document) || !document.lfsPointer || seen.has(document.path))
            continue;
        seen.add(document.path);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('LFS_POINTER', document.path, document.message));
    }
    return violations;
}
/** LFS_OBJECT_MISSING for each artifact whose pointer names an object the server lacks. */
function lfsObjectViolations(evidence) {
    const objects = evidence.lfs?.objects;
    if (!objects?.asked)
        return [];
    return objects.missing.flatMap((object) => object.paths.map((path) => {
        const shown = evidence.display(path);
        const message = `${shown} is a Git LFS pointer (${(0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .describePointer */ .jR)(object)}), but the LFS server at ${objects.endpoint} has no such object: the pointer was pushed without its content. Push the object from a clone that has it (git lfs push --all origin), or commit the file again with git lfs installed.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('LFS_OBJECT_MISSING', shown, message);
    }));
}
/** What gate E checked of Git LFS, in words, for the summary. */
function lfsChecked(evidence) {
    const lfs = evidence.lfs;
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `${lfs.fromPointers} artifact file(s) taken from Git LFS pointers (lfs: pointers)`;
    const objects = lfs.objects;
    if (!objects)
        return [taken];
    return objects.asked
        ? [`${taken}; the LFS server was asked for each object`]
        : [`${taken}; the LFS server was not asked whether the objects exist: ${objects.reason}`];
}
/**
 * For a violation about an artifact's digest: when the file is a pointer that did not stand for
 * its content, the LFS_POINTER that explains the digest (gates/causes.ts links it there). For a
 * directory store, the first of its files that is such a pointer: its dirHash is made from them.
 */
function pointerAbout(entry) {
    const notContent = (file) => file.lfsPointer && !file.lfsPointer.standsIn;
    const file = (0,_inventory_stores_js__WEBPACK_IMPORTED_MODULE_2__/* .isStoreEntry */ .gA)(entry) ? entry.files.find(notContent) : entry;
    return file && notContent(file) ? { lfsPointer: file.path } : undefined;
}
/**
 * verify: a listed file that is a pointer is never taken as the content, whatever digest the
 * manifest gives it. When the pointer names the listed digest, only the content is missing.
 */
function listedPointerViolation(file, pointer, manifest, shown) {
    const named = `${file.path} (listed in ${manifest}) is a Git LFS pointer (${(0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .describePointer */ .jR)(pointer)}), not the file's content`;
    const which = (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerDigest */ .sk)(pointer) === file.digest
        ? 'it names the listed digest, so only the content is missing here'
        : `and it names another content than the listed ${file.digest}: restore the file from the promoted version, or promote again`;
    return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('LFS_POINTER', shown, `${named}; ${which}. To verify, ${_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .FETCH_CONTENT */ .Px}.`);
}


/***/ }),

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ foldedKey),
/* harmony export */   gj: () => (/* binding */ unsafeName),
/* harmony export */   m0: () => (/* binding */ checkStorePaths),
/* harmony export */   nY: () => (/* binding */ checkInventoryPaths),
/* harmony export */   vW: () => (/* binding */ inventoryViolations)
/* harmony export */ });
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);


/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)(f.kind, f.path, f.message, {
        line: f.line,
        about: f.patterns && { patterns: f.patterns }
    }));
}
/** The paths of the artifacts and catalogs lists: each safe, once, and no two stored as one. */
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = foldedKey(entry.path);
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
            }
            else
                folded.set(key, entry.path);
        }
    }
    return violations;
}
/**
 * The path rules for the files inside directory stores (they are published too), without a table
 * of every file: a store's file can only repeat a catalog's path (the store holds everything
 * under its directory), and two names collide only when at least one of them is not in folded
 * form already, which chunk names (`c/0/1`, `.zarray`) almost never are. So only the names that
 * are not are filed, and a store of a million files costs a lookup each, not two tables of a
 * million entries.
 */
function checkStorePaths(stores, others, display) {
    if (stores.length === 0)
        return [];
    const violations = [];
    const catalogs = new Set(others.map((entry) => entry.path));
    const unfolded = new Map();
    for (const entry of others)
        if (!ALREADY_FOLDED.test(entry.path))
            unfolded.set(foldedKey(entry.path), entry.path);
    const collision = (path, twin) => {
        const message = `${path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('PATH_COLLISION', display(path), message));
    };
    for (const store of stores) {
        for (const file of store.files) {
            const unsafe = unsafeName(file.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('PATH_UNSAFE', display(file.path), unsafe));
            if (catalogs.has(file.path)) {
                const message = `${file.path} is in the directory store ${store.path} and listed in catalogs; a file is either an artifact or a catalog, so narrow the catalogs patterns.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('DUPLICATE_PATH', display(file.path), message));
            }
            if (ALREADY_FOLDED.test(file.path))
                continue;
            const key = foldedKey(file.path);
            const twin = unfolded.get(key);
            if (twin !== undefined)
                collision(file.path, twin);
            else
                unfolded.set(key, file.path);
        }
    }
    if (unfolded.size === 0)
        return violations;
    for (const store of stores) {
        for (const file of store.files) {
            if (!ALREADY_FOLDED.test(file.path))
                continue;
            const twin = unfolded.get(file.path);
            if (twin !== undefined)
                collision(file.path, twin);
        }
    }
    return violations;
}
/** A path as a case-insensitive, Unicode-normalising file system would store it. */
const ALREADY_FOLDED = /^[a-z0-9._/-]*$/;
function foldedKey(path) {
    // Lower-case ASCII is its own NFC form and lower case: no new string for each of 200,000.
    return ALREADY_FOLDED.test(path) ? path : path.normalize('NFC').toLowerCase();
}
/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path) {
    const control = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .unprintableIn */ .MY)(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .invisibleIn */ .BB)(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ crawl),
/* harmony export */   l2: () => (/* reexport safe */ _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__.l2)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6553);
/* harmony import */ var _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7547);
// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know; the patterns in glob-pattern.ts): symbolic links followed with per-branch cycle
// detection, directories pruned by partial match. It walks synchronously with the types readdir
// already knows, so a regular file costs no stat. Differential tests hold it to @actions/glob's
// own answers.





/**
 * A directory's entries in the order of the paths they lead to (UTF-8 bytes), so that the walk
 * meets files in the artifact list's order. readdir (libuv's scandir) gives names in byte order
 * already; what is left is that a directory's paths go on with `/`, so `a/x` comes after `a-b`
 * and `a.json` although `a` comes before them. Such names follow the directory's at once, so one
 * look at the next entry tells whether anything needs to move. Whatever else breaks the order
 * (a link to a directory, an unsorted readdir) is caught where the order is relied on.
 */
function inPathOrder(entries) {
    let displaced = false;
    for (let i = 0; i + 1 < entries.length && !displaced; i++)
        displaced = entries[i].isDirectory() && entries[i + 1].name.startsWith(entries[i].name);
    if (!displaced)
        return entries;
    return entries
        .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
        .sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n)(a.key, b.key))
        .map(({ entry }) => entry);
}
function kindOfEntry(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'link';
    return 'other';
}
/**
 * The files that absolute pattern `lines` match. `skipDirectories` names directories never
 * entered (`.git`), which @actions/glob would walk and this caller would discard anyway.
 */
function crawl(lines, skipDirectories = new Set(), 
/** Called for each matching file as it is found (the hashing threads start on it at once). */
onFile, 
/** A bound for a look that needs only a few files (a hint), never for the inventory. */
limit, 
/**
 * Called for each directory the walk enters; true takes it whole: every file under it matches
 * whatever the patterns say (a directory store is every file in it), and it is not asked again.
 */
takeWhole) {
    const walk = new Walk((0,_glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compile */ .wE)(lines), { skipDirectories, onFile, limit, takeWhole });
    for (const searchPath of (0,_glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .searchPaths */ .z)(walk.patterns))
        if (!walk.from(searchPath))
            return walk.result(true);
    return walk.result(false);
}
/** One walk's patterns, what it has found so far, and how far it has looked. */
class Walk {
    patterns;
    options;
    includes;
    files = [];
    viaLink = new Set();
    dangling = [];
    loops = [];
    special = [];
    skipped = [];
    /** Lines not yet seen to match a file by themselves; once empty, this costs nothing. */
    unseen;
    looked = 0;
    constructor(patterns, options) {
        this.patterns = patterns;
        this.options = options;
        this.includes = patterns.filter((p) => !p.negate);
        this.unseen = [...new Set(this.includes.map((p) => p.line))];
    }
    result(cut) {
        const { files, viaLink, dangling, loops, special, skipped } = this;
        return { files, viaLink, dangling, loops, special, unmatched: this.unseen, cut, skipped };
    }
    /** Walks everything under a search path; false when the limit stopped it first. */
    from(searchPath) {
        const stack = [
            { path: searchPath, level: 1, kind: 'unknown', viaLink: false, whole: false }
        ];
        const chain = [];
        const { limit } = this.options;
        while (stack.length > 0) {
            if (limit !== undefined && (this.files.length >= limit.files || this.looked >= limit.entries))
                return false;
            this.looked++;
            const item = stack.pop();
            const match = item.whole ? _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2 : (0,_glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .matchAll */ .HD)(this.patterns, item.path);
            const partial = match !== _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .NONE */ .x3 || this.includes.some((p) => p.partialMatch(item.path));
            if (match === _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .NONE */ .x3 && !partial)
                continue;
            const kind = this.kindOf(item);
            if (kind === 'directory')
                this.enter(item, chain, stack);
            else if (kind === 'file')
                this.meetFile(item, match);
            else if (kind === 'other' && match & _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE */ .PW)
                this.special.push(item.path);
        }
        return true;
    }
    /**
     * What an item is; the file system is asked only for a link or an item of unknown kind.
     * Undefined for a link to nothing or a loop of links, each noted.
     */
    kindOf(item) {
        if (item.kind !== 'link' && item.kind !== 'unknown')
            return item.kind;
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(item.path);
            return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' && item.kind === 'link')
                this.dangling.push(item.path);
            else if (code === 'ELOOP')
                this.loops.push(item.path);
            else if (code !== 'ENOENT')
                throw error;
            return undefined;
        }
    }
    /**
     * A directory's entries onto the stack, in path order; unless it is skipped, or reached again
     * through a link below itself (`chain`: the real paths of the directories above the item).
     */
    enter(item, chain, stack) {
        if (this.options.skipDirectories.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(item.path))) {
            this.skipped.push(item.path);
            return;
        }
        const real = item.real ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(item.path);
        const linked = item.viaLink || real !== item.path;
        while (chain.length >= item.level)
            chain.pop();
        if (chain.includes(real)) {
            this.loops.push(item.path);
            return;
        }
        chain.push(real);
        const whole = item.whole || (this.options.takeWhole?.(item.path) ?? false);
        const entries = inPathOrder((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(item.path, { withFileTypes: true }));
        for (let i = entries.length - 1; i >= 0; i--) {
            const entry = entries[i];
            const childKind = kindOfEntry(entry);
            const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`;
            stack.push({
                path: childPath,
                level: item.level + 1,
                kind: childKind,
                viaLink: linked || childKind === 'link',
                whole,
                ...(childKind === 'directory' ? { real: `${real === '/' ? '' : real}/${entry.name}` } : {})
            });
        }
    }
    /** A file met: which lines it shows to match, and whether it is one the patterns find. */
    meetFile(item, match) {
        if (this.unseen.length > 0) {
            this.unseen = this.unseen.filter((line) => !this.includes.some((p) => p.line === line && p.match(item.path) & _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE */ .PW));
        }
        if (match & _glob_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE */ .PW) {
            const linked = item.viaLink || item.kind !== 'file';
            this.files.push(item.path);
            if (linked)
                this.viaLink.add(item.path);
            this.options.onFile?.(item.path, linked);
        }
    }
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/inventory/crawl.ts
var crawl = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/inventory/glob-pattern.ts
var glob_pattern = __webpack_require__(7547);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(9376);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/nearest.ts
var nearest = __webpack_require__(9179);
;// CONCATENATED MODULE: ./src/inventory/pattern-hint.ts
// "Did you mean …?" for a pattern that matches nothing. Three mistakes are common and cheap to
// see: the pattern written relative to the workspace instead of the dataset root (it starts with
// the root's own path), and a directory or file name written in another letter case or with a
// typo (one name of its directory is clearly the one meant). Each guess is tried with a walk
// that stops at its first file and after a few thousand entries, so a hint never costs a second
// crawl of a large tree; a guess that finds nothing is not offered.





/** How far a guess is tried: one file is enough, and a bounded walk is all a hint may cost. */
const HINT_LIMIT = { files: 1, entries: 5000 };
/** Patterns of one input that get a hint; the others keep the plain sentence. */
const HINTS_PER_INPUT = 8;
/** A segment with a glob character is not a name to look up. */
const GLOB_CHARACTER = /[*?[\]\\]/;
/**
 * A hint is best effort: a directory that cannot be read gives no hint, and the plain sentence
 * stands. Nothing the inventory reports depends on it.
 */
function orNothing(look) {
    try {
        return look();
    }
    catch {
        return undefined;
    }
}
/** The pattern without the root's workspace-relative path in front, when it starts with it. */
function fromRoot(pattern, rootPath) {
    if (rootPath === '.' || rootPath === '')
        return undefined;
    if (pattern === rootPath)
        return '**';
    return pattern.startsWith(`${rootPath}/`) ? pattern.slice(rootPath.length + 1) : undefined;
}
/**
 * The pattern with its leading literal names as they are on disk, where a name is not there but
 * one name of its directory is what it meant (meantName); undefined when nothing changes. Only a
 * directory on the way gets a spelling guess: a file listed by name may simply not be there yet,
 * and a neighbour is no answer.
 */
function namesOnDisk(root, pattern) {
    const segments = pattern.split('/');
    const because = new Set();
    let directory = root;
    for (const [at, segment] of segments.entries()) {
        if (GLOB_CHARACTER.test(segment))
            break;
        const names = orNothing(() => (0,external_node_fs_.readdirSync)(directory)) ?? [];
        let name = names.includes(segment) ? segment : undefined;
        if (name === undefined) {
            const guess = (0,nearest/* meantName */.d5)(segment, names, at < segments.length - 1);
            if (!guess)
                break;
            name = guess.name;
            segments[at] = name;
            because.add(guess.why);
        }
        directory = external_node_path_default().join(directory, name);
    }
    return because.size > 0 ? { pattern: segments.join('/'), because: [...because] } : undefined;
}
function findsAFile(root, pattern, skipDirectories) {
    const walk = orNothing(() => (0,crawl/* crawl */.MV)([`${(0,glob_pattern/* globEscape */.q6)(root)}/${pattern}`], skipDirectories, undefined, HINT_LIMIT));
    return (walk?.files.length ?? 0) > 0;
}
/**
 * The pattern a root-relative `pattern` that matched nothing would match as, if a cheap guess
 * finds one: without the root's path (`rootPath`, workspace-relative) in front, and/or with the
 * letter case of the names on disk.
 */
function patternHint(root, rootPath, pattern, skipDirectories) {
    const stripped = fromRoot(pattern, rootPath);
    const respelled = namesOnDisk(root, stripped ?? pattern);
    const guesses = [];
    if (stripped !== undefined)
        guesses.push({ pattern: stripped, because: ['workspace'] });
    if (respelled !== undefined)
        guesses.push({
            pattern: respelled.pattern,
            because: [...(stripped === undefined ? [] : ['workspace']), ...respelled.because]
        });
    return guesses.find((guess) => findsAFile(root, guess.pattern, skipDirectories));
}
/** The sentence that offers the hint, to follow "matches no file under the dataset root". */
function hintSentence(hint, rootPath) {
    const reasons = hint.because.map((reason) => {
        if (reason === 'workspace')
            return `patterns are relative to the dataset root (${rootPath}), not to the workspace`;
        return reason === 'case'
            ? 'patterns match letter case exactly'
            : 'a name in the pattern is spelled differently on disk';
    });
    return `did you mean "${hint.pattern}"? It matches files: ${reasons.join(', and ')}.`;
}

;// CONCATENATED MODULE: ./src/inventory/find-files.ts
// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.






/** Never walked into, never inventoried. */
const NEVER_ENTERED = new Set(['.git']);
/** The patterns, each normalised inside the root, or the findings that refuse them. */
function parsePatterns(patterns, input) {
    const findings = [];
    const parsed = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = (0,paths/* normaliseRelative */.Z8)(negate ? source.slice(1) : source);
        if (!safe.ok)
            findings.push((0,inventory_findings/* finding */.g)('PATTERN_OUTSIDE_ROOT', input, `The ${input} pattern "${source}" ${safe.reason}.`));
        else
            parsed.push({ negate, body: safe.path, source });
    }
    if (findings.length === 0 && !parsed.some((p) => !p.negate))
        findings.push((0,inventory_findings/* finding */.g)('NO_PATTERNS', input, `The ${input} input has no pattern that includes files.`));
    return { parsed, findings };
}
/** What the walk passed over: files that cannot be hashed, or must not be copied. */
function passedOver(walk, root, display) {
    const kinds = [
        [
            walk.dangling,
            'SYMLINK_DANGLING',
            (shown) => `${shown} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
        ],
        [
            walk.special,
            'FILE_UNREADABLE',
            (shown) => `${shown} is not a regular file (a named pipe, socket or device), so it has no content to hash; remove it from the dataset.`
        ],
        [
            walk.loops,
            'SYMLINK_LOOP',
            (shown) => `${shown} is a symbolic link in a loop (it leads back to itself or to a directory above it); copying tools follow it forever, so remove it.`
        ]
    ];
    return kinds.flatMap(([absolutes, kind, message]) => absolutes.map((absolute) => {
        const shown = display((0,paths/* relativeInside */.JA)(root, absolute) ?? absolute);
        return (0,inventory_findings/* finding */.g)(kind, shown, message(shown));
    }));
}
/**
 * One finding per including pattern that matched no file, with a "did you mean" where a cheap
 * guess finds files (the first HINTS_PER_INPUT patterns only: each guess is a bounded walk).
 */
function unmatchedFindings(unmatched, parsed, input, root, display) {
    // The root itself, as the workspace-relative path that a pattern written from the workspace starts with.
    const rootPath = display('.');
    return unmatched.map((index, nth) => {
        const { source, body } = parsed[index];
        const hint = nth < HINTS_PER_INPUT ? patternHint(root, rootPath, body, NEVER_ENTERED) : undefined;
        const advice = hint ? hintSentence(hint, rootPath) : 'fix or remove it.';
        const message = `The ${input} pattern "${source}" matches no file under the dataset root; ${advice}`;
        const found = (0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message);
        found.patterns = hint ? [body, hint.pattern] : [body];
        return found;
    });
}
/**
 * The stores the walk enters, each taken whole: the walk is depth first, so a store's files all
 * come after it and before anything else; one that brings none is STORE_EMPTY. `met` is told of
 * each file the walk accepts.
 */
function storeWalk(prefix, stores, display, findings) {
    if (!stores)
        return { met: () => { }, done: () => { } };
    /** The store being walked (its path and a `/`), whether a file was met in it, its pattern. */
    let current;
    let holdsAFile = false;
    let pattern = '';
    const close = () => {
        if (current === undefined || holdsAFile)
            return;
        const shown = display(current);
        const message = `${shown} matches the stores pattern "${pattern}" but holds no file; an empty store has no content to promote, so remove the directory or put its files in it.`;
        findings.push((0,inventory_findings/* finding */.g)('STORE_EMPTY', shown, message));
    };
    return {
        takeWhole: (directory) => {
            if (!directory.startsWith(prefix))
                return false;
            const relative = directory.slice(prefix.length);
            const matched = stores.match(relative);
            if (matched === undefined)
                return false;
            close();
            pattern = matched;
            current = `${relative}/`;
            holdsAFile = false;
            return true;
        },
        met: (relative) => {
            if (current !== undefined && relative.startsWith(current))
                holdsAFile = true;
        },
        done: close
    };
}
/**
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
async function findFiles(root, patterns, input, display, skip = new Set(), 
/** Called for each accepted file as the walk finds it. */
onFound, 
/** Directories taken whole, as directory stores (stores.ts); each must hold a file. */
stores) {
    const { parsed, findings } = parsePatterns(patterns, input);
    if (findings.length > 0)
        return { files: [], findings };
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${(0,glob_pattern/* globEscape */.q6)(root)}/${p.body}`);
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    // Every walked path starts with the root and a `/`: cutting it off gives the relative path.
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const accept = (absolute, viaLink) => {
        const relative = absolute.startsWith(prefix)
            ? absolute.slice(prefix.length)
            : (0,paths/* relativeInside */.JA)(root, absolute);
        if (relative === undefined || skip.has(absolute))
            return;
        if (viaLink || realRoot !== root) {
            const target = (0,external_node_fs_.realpathSync)(absolute);
            if ((0,paths/* relativeInside */.JA)(realRoot, target) === undefined) {
                const shown = display(relative);
                const message = `${shown} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`;
                findings.push((0,inventory_findings/* finding */.g)('PATH_OUTSIDE_ROOT', shown, message));
                return;
            }
        }
        const file = { path: relative, absolute };
        store.met(relative);
        files.push(file);
        onFound?.(file);
    };
    const store = storeWalk(prefix, stores, display, findings);
    let walk;
    try {
        walk = (0,crawl/* crawl */.MV)(lines, NEVER_ENTERED, accept, undefined, store.takeWhole);
        store.done();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = `Searching the ${input} patterns failed: ${message}`;
        return { files: [], findings: [(0,inventory_findings/* finding */.g)('GLOB_FAILED', input, failed)] };
    }
    findings.push(...unmatchedFindings(walk.unmatched, parsed, input, root, display));
    findings.push(...passedOver(walk, root, display));
    if (files.length === 0 && findings.length === 0) {
        const message = `The ${input} patterns match no file under the dataset root.`;
        findings.push((0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message));
    }
    const neverEntered = walk.skipped.flatMap((absolute) => (0,paths/* relativeInside */.JA)(root, absolute) ?? []);
    return { files, findings, ...(neverEntered.length > 0 ? { neverEntered } : {}) };
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ unreadableFile),
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
function finding(kind, path, message, line) {
    return line === undefined ? { kind, path, message } : { kind, path, message, line };
}
const UNREADABLE = {
    EISDIR: 'is a directory, not a file',
    ENOTFILE: 'is not a regular file',
    CHANGED: 'changed while it was being hashed',
    ENOENT: 'disappeared while it was being hashed'
};
/** The finding for a file that could not be hashed (shown as `shown`), from the hasher's error code. */
function unreadableFile(shown, code) {
    const reason = UNREADABLE[code] ?? `cannot be read (${code})`;
    return finding('FILE_UNREADABLE', shown, `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`);
}


/***/ }),

/***/ 7547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ matchAll),
/* harmony export */   PW: () => (/* binding */ FILE),
/* harmony export */   S$: () => (/* binding */ MINIMATCH_OPTIONS),
/* harmony export */   l2: () => (/* binding */ patternMatcher),
/* harmony export */   q6: () => (/* binding */ globEscape),
/* harmony export */   wE: () => (/* binding */ compile),
/* harmony export */   x3: () => (/* binding */ NONE),
/* harmony export */   y2: () => (/* binding */ ALL),
/* harmony export */   z: () => (/* binding */ searchPaths)
/* harmony export */ });
/* unused harmony export Pattern */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3581);
// @actions/glob's pattern language, as the walk (crawl.ts) and the stores match it: the same
// patterns, search paths, last-match-wins with `!`, implicit descendants, trailing `/` for
// directories only. Differential tests hold it to @actions/glob's own answers.


/** The options @actions/glob gives minimatch. */
const MINIMATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocase: false,
    nocomment: true,
    noext: true,
    nonegate: true
};
/** What a pattern matches a path as: nothing, a directory only, a file only, either. */
const NONE = 0;
const DIRECTORY = 1;
const FILE = 2;
const ALL = 3;
function trimTrailingSeparator(p) {
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
/** A segment's literal text, or '' when it holds a glob (as @actions/glob decides it). */
function literal(segment) {
    let text = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            text += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    text += set;
                    i = closed;
                    continue;
                }
            }
        }
        text += c;
    }
    return text;
}
/** Escapes a literal path for use in a pattern, as @actions/glob's globEscape does. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
class Pattern {
    negate;
    implicit;
    line;
    segments;
    trailingSeparator;
    searchPath;
    minimatch;
    /** `literal/prefix/**`: every path at or under the search path matches, no minimatch needed. */
    everythingUnder;
    constructor(negate, pattern, implicit = false, 
    /** The index of the pattern line it comes from. */
    line = 0) {
        this.negate = negate;
        this.implicit = implicit;
        this.line = line;
        const normal = pattern.replace(/\/\/+/g, '/');
        this.trailingSeparator = normal.length > 1 && normal.endsWith('/');
        const trimmed = trimTrailingSeparator(normal);
        this.segments = ['/', ...trimmed.split('/').filter((s) => s !== '')];
        let foundGlob = false;
        const search = this.segments.map(literal).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = search.length <= 1 ? '/' : `/${search.slice(1).join('/')}`;
        this.minimatch = new minimatch__WEBPACK_IMPORTED_MODULE_1__/* .Minimatch */ .VR(trimmed, MINIMATCH_OPTIONS);
        this.everythingUnder =
            !this.trailingSeparator &&
                search.length === this.segments.length - 1 &&
                this.segments.at(-1) === '**';
    }
    match(itemPath) {
        if (this.everythingUnder) {
            // minimatch: `/a/**` matches `/a/x` and `/a/`, not `/a`; an explicit pattern appends the `/`.
            if (itemPath === this.searchPath)
                return this.implicit ? NONE : ALL;
            return itemPath.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`) ? ALL : NONE;
        }
        let item = itemPath;
        if (this.segments.at(-1) === '**') {
            if (!item.endsWith('/') && !this.implicit)
                item = `${item}/`;
        }
        else
            item = trimTrailingSeparator(item);
        if (this.minimatch.match(item))
            return this.trailingSeparator ? DIRECTORY : ALL;
        return NONE;
    }
    partialMatch(itemPath) {
        const item = trimTrailingSeparator(itemPath);
        if (item === '/')
            return true;
        if (this.everythingUnder) {
            return (item === this.searchPath ||
                item.startsWith(`${this.searchPath}/`) ||
                this.searchPath.startsWith(`${item}/`));
        }
        return this.minimatch.matchOne(item.split(/\/+/), this.minimatch.set[0], true);
    }
}
/** Pattern lines (absolute, `!` to negate) with implicit descendants, as the globber builds them. */
function compile(lines) {
    const patterns = [];
    for (const [index, line] of lines.entries()) {
        let text = line.trim();
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        const pattern = new Pattern(negate, text, false, index);
        patterns.push(pattern);
        if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
            patterns.push(new Pattern(negate, `/${[...pattern.segments.slice(1), '**'].join('/')}`, true, index));
        }
    }
    return patterns;
}
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath));
    const result = [];
    for (const candidate of candidates) {
        let parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(candidate);
        let child = candidate;
        let covered = false;
        while (parent !== child) {
            if (candidates.has(parent)) {
                covered = true;
                break;
            }
            child = parent;
            parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(parent);
        }
        if (!covered && !result.includes(candidate))
            result.push(candidate);
    }
    return result;
}
function matchAll(patterns, item) {
    let result = NONE;
    for (const pattern of patterns) {
        if (pattern.negate)
            result &= ~pattern.match(item);
        else
            result |= pattern.match(item);
    }
    return result;
}
/**
 * Whether a root-relative path is one a root-relative pattern finds (as a file), by the same
 * rules as the walk: for telling whether a file is one a pattern would have found.
 */
function patternMatcher(pattern) {
    const patterns = compile([`/${pattern}`]);
    // Whatever the pattern (or its implicit descendants) matches is at or under its search path:
    // a path elsewhere is refused without a glob match.
    const { searchPath } = patterns[0];
    const under = searchPath === '/' ? '/' : `${searchPath}/`;
    return (relative) => {
        const item = `/${relative}`;
        if (item !== searchPath && !item.startsWith(under))
            return false;
        return (matchAll(patterns, item) & FILE) !== 0;
    };
}


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   n: () => (/* binding */ pathsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
// The partition of a sharded inventory: which shard a path is in, from the path alone, so every
// shard agrees without talking to the others; and the digest of a path list, which every shard
// records so the merge can tell that all of them listed the same files.


/**
 * The shard a root-relative path belongs to, 1..count: the first 4 bytes of the SHA-256 of its
 * UTF-8 form, as a big-endian number, modulo count. Every shard computes it from the path alone,
 * so all agree without talking to each other, and files spread evenly whatever their names.
 */
function shardOf(path, count) {
    // The hex digest's first 8 digits are those 4 bytes; a string result is a third the cost of a
    // Buffer here (0.6 µs a path, measured over 200,000: this runs for every file of every shard).
    return (Number.parseInt((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', path, 'hex').slice(0, 8), 16) % count) + 1;
}
/** `sha256:` of the paths, sorted by UTF-8 bytes, each followed by a newline, as UTF-8. */
function pathsDigest(paths) {
    let sorted = paths;
    for (let i = 1; i < paths.length; i++) {
        if ((0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(paths[i - 1], paths[i]) > 0) {
            sorted = [...paths].sort(_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n);
            break;
        }
    }
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // In runs of paths, so 200,000 paths are a few hundred updates, not 400,000.
    for (let start = 0; start < sorted.length; start += 1024)
        digest.update(`${sorted.slice(start, start + 1024).join('\n')}\n`);
    return `sha256:${digest.digest('hex')}`;
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_9__.I),
/* harmony export */   JL: () => (/* binding */ listShardTree),
/* harmony export */   VT: () => (/* binding */ overrideLine),
/* harmony export */   WP: () => (/* binding */ readShardFiles),
/* harmony export */   nG: () => (/* binding */ mergedEntries),
/* harmony export */   ny: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_9__.n),
/* harmony export */   uX: () => (/* binding */ shardFileText)
/* harmony export */ });
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5286);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9376);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8502);
/* harmony import */ var _find_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5980);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1569);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4806);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7979);










const SHARD_FILE_VERSION = 'v1';


/** A media-type override as the shard file records it: `pattern: media/type`, as given. */
function overrideLine(override) {
    return `${override.pattern}: ${override.mediaType}`;
}
/** The shard file's bytes: two-space JSON and a newline, fields in the schema's order. */
function shardFileText(shard) {
    const document = {
        kfm_inventory_shard_version: SHARD_FILE_VERSION,
        shard: { index: shard.shard.index, count: shard.shard.count },
        input: 'artifacts',
        root: shard.root,
        patterns: shard.patterns,
        media_types: shard.mediaTypes,
        path_count: shard.pathCount,
        paths_digest: shard.pathsDigest,
        entries: shard.entries.map((e) => ({
            path: e.path,
            digest: e.digest,
            media_type: e.mediaType,
            size: e.size ?? 0
        }))
    };
    return (0,_model_json_js__WEBPACK_IMPORTED_MODULE_10__/* .jsonText */ .s$)(document);
}
const problems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryShardV1 */ .uK, _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryShardV1Schema */ .n);
/** One shard file, strictly: JSON as every input document is read, then the shard schema. */
async function readShard(ref, findings) {
    const invalid = (message, line) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .g)('SHARD_INVALID', ref.path, message, line));
        return [];
    };
    let document;
    try {
        document = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonDocument */ .E_)(ref.absolute, ref.path, ref.confine, ref.root);
    }
    catch (error) {
        if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return invalid(`${error.message}; give the shard files the inventory jobs wrote, unchanged.`, error.line);
    }
    const [problem] = problems(document.value);
    if (problem) {
        const text = problem.text.replace(/^the document/, 'the shard file');
        return invalid(`${ref.path} is not an inventory shard file (schemas/inventory_shard_v1.schema.json): ${text}; give the files inventory --shard writes, unchanged.`, document.lineOf(problem.location) ?? 1);
    }
    const value = document.value;
    const entries = [];
    for (const [index, entry] of value.entries.entries()) {
        const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRelative */ .Z8)(entry.path);
        if (!safe.ok || safe.path !== entry.path)
            return invalid(`${ref.path} entry ${index}: the path "${entry.path}" ${safe.ok ? 'is not in normal form' : safe.reason}; a shard file lists root-relative paths as the inventory writes them, so regenerate it.`, document.lineOf(['entries', index, 'path']));
        entries.push({
            path: entry.path,
            digest: entry.digest,
            mediaType: entry.media_type,
            size: entry.size,
            verified: true
        });
    }
    return [
        {
            path: ref.path,
            shard: value.shard,
            root: value.root,
            patterns: value.patterns,
            mediaTypes: value.media_types,
            pathCount: value.path_count,
            pathsDigest: value.paths_digest,
            entries,
            lineOf: (location) => document.lineOf(location)
        }
    ];
}
/**
 * The promote job's own tree, found with the patterns an unsharded run would use and not hashed:
 * each file's size and derived media type, and what finding them met (links out of the root,
 * dangling links, named pipes: the findings an unsharded run reports). The digests are the
 * shards' to give; everything else is this job's.
 */
async function listShardTree(request) {
    const found = await (0,_find_files_js__WEBPACK_IMPORTED_MODULE_7__/* .findFiles */ .l)(request.root, request.patterns, 'artifacts', request.display, request.skip, undefined, request.stores);
    const findings = [...found.findings];
    const tree = [];
    for (const file of found.files) {
        let size;
        try {
            size = (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.statSync)(file.absolute).size;
        }
        catch (error) {
            const shown = request.display(file.path);
            const code = error.code ?? String(error);
            const message = `${shown} cannot be read (${code}); make sure nothing writes the dataset while it is promoted, then run again.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .g)('FILE_UNREADABLE', shown, message));
            continue;
        }
        if (request.lfs === 'pointers' && size < _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .LFS_POINTER_LIMIT */ .qZ)
            size = declaredSize(file.absolute, size);
        tree.push({ path: file.path, size, mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .mediaTypeOf */ .c0)(file.path, request.overrides) });
    }
    tree.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareText */ .n)(a.path, b.path));
    return { tree, findings };
}
/**
 * A small file's size as an inventory job under `lfs: pointers` records it: the size a Git LFS
 * pointer declares, or the file's own. A file that cannot be read here keeps its own size: the
 * comparison with the shards then says it changed.
 */
function declaredSize(absolute, own) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.readFileSync)(absolute);
    }
    catch {
        return own;
    }
    const pointer = (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .lfsPointerOf */ .wd)(bytes);
    return (pointer && (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .pointerSize */ .Fx)(pointer)) ?? own;
}
/** Reads the shard files given to a promote run (artifacts-shards). */
async function readShardFiles(refs) {
    const findings = [];
    const read = await Promise.all(refs.map((ref) => readShard(ref, findings)));
    return { shards: read.flat(), findings };
}
/**
 * The shards' entries as one inventory, sorted as the manifest sorts them: what hashing the files
 * in one run would have given, when gate E finds the shards whole and disjoint and the same as
 * the tree. Otherwise gate E says what is wrong with the shards (a shard given twice, a path in
 * two shards), and the merge takes each shard index once (the first file in index and path order,
 * as gate E reads them) and each path once: a doubled shard is reported as that, not as every path
 * of it listed twice. With the tree, only its files are entered, each with the size and media type
 * found here (a shard's own are held against them by gate E, never taken).
 */
function mergedEntries(shards, tree) {
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index || (0,_model_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareText */ .n)(a.path, b.path));
    const indexes = new Set();
    const byPath = new Map();
    for (const shard of ordered) {
        if (indexes.has(shard.shard.index))
            continue;
        indexes.add(shard.shard.index);
        for (const entry of shard.entries)
            if (!byPath.has(entry.path))
                byPath.set(entry.path, entry);
    }
    const here = tree && new Map(tree.map((file) => [file.path, file]));
    const merged = here
        ? [...byPath.values()].flatMap((entry) => {
            const file = here.get(entry.path);
            return file ? [{ ...entry, size: file.size, mediaType: file.mediaType }] : [];
        })
        : [...byPath.values()];
    return merged.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareText */ .n)(a.path, b.path));
}


/***/ }),

/***/ 4492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ storeFilesOf),
/* harmony export */   Qd: () => (/* binding */ dirHash),
/* harmony export */   cY: () => (/* binding */ groupStores),
/* harmony export */   gA: () => (/* binding */ isStoreEntry),
/* harmony export */   storeMatcher: () => (/* binding */ storeMatcher)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3581);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2600);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _model_sha256sum_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9963);
/* harmony import */ var _glob_pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7547);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9376);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1569);
// Directory stores (docs/decisions.md, "Directory stores"): a directory the `stores` patterns match (a
// Zarr store, a tile pyramid) is one artifact. Its path is the directory's with a trailing `/`, its
// digest the in-toto dirHash of its files: the SHA-256 of their `sha256sum` listing, names relative
// to the store, sorted by bytes. Made from the per-file entries the inventory has already hashed
// (found here, read from shards or from a precomputed list), so no file is hashed twice.










/** The matcher of the `stores` patterns, or the findings that refuse them. */
function storeMatcher(patterns) {
    const findings = [];
    const compiled = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRelative */ .Z8)(negate ? source.slice(1) : source);
        if (!safe.ok) {
            const message = `The stores pattern "${source}" ${safe.reason}.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)('PATTERN_OUTSIDE_ROOT', 'stores', message));
            continue;
        }
        compiled.push({ negate, source, minimatch: new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(safe.path, _glob_pattern_js__WEBPACK_IMPORTED_MODULE_4__/* .MINIMATCH_OPTIONS */ .S$) });
    }
    if (findings.length > 0 || !compiled.some((p) => !p.negate))
        return { findings };
    const match = (relative) => {
        let matched;
        for (const pattern of compiled) {
            if (pattern.negate) {
                if (matched !== undefined && pattern.minimatch.match(relative))
                    matched = undefined;
            }
            else if (matched === undefined && pattern.minimatch.match(relative)) {
                matched = pattern.source;
            }
        }
        return matched;
    };
    return { matcher: { sources: patterns, match }, findings };
}
/**
 * The in-toto dirHash of a store's files, as `sha256:`: the SHA-256 of their `sha256sum` lines,
 * each name relative to the store (`prefix` cut off), in the order of those names' bytes.
 */
function dirHash(files, prefix) {
    let sorted = files;
    for (let i = 1; i < files.length; i++) {
        if ((0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(files[i - 1].path, files[i].path) > 0) {
            sorted = [...files].sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
            break;
        }
    }
    const listing = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // In runs of lines: a million files are a thousand updates, not a million.
    let lines = '';
    for (const [index, file] of sorted.entries()) {
        lines += (0,_model_sha256sum_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256sumLine */ .F)(file.digest, file.path.slice(prefix.length));
        if (index % 1024 === 1023) {
            listing.update(lines);
            lines = '';
        }
    }
    listing.update(lines);
    return `sha256:${listing.digest('hex')}`;
}
function isStoreEntry(entry) {
    return 'files' in entry;
}
/**
 * Finds, for each directory, the outermost store it is in (itself included), once per directory:
 * the files of a store share few directories, so a million files cost a few lookups each.
 */
function storeFinder(matcher, nested) {
    const known = new Map();
    const storeOf = (directory) => {
        if (directory === '.')
            return undefined;
        if (known.has(directory))
            return known.get(directory);
        const outer = storeOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(directory));
        const pattern = matcher.match(directory);
        if (outer !== undefined && pattern !== undefined)
            nested(directory, outer, pattern);
        const store = outer ?? (pattern === undefined ? undefined : directory);
        known.set(directory, store);
        return store;
    };
    return storeOf;
}
/**
 * The artifact entries with every file inside a store replaced by the store's one entry, sorted
 * by path. A store nested in a store, and a stores pattern that matches a file inside one, are
 * findings: the outer store still takes every file, so its digest stays the dirHash of it all.
 */
function groupStores(entries, matcher, display, overrides = []) {
    if (!matcher)
        return { entries: [...entries], findings: [] };
    const findings = [];
    const storeOf = storeFinder(matcher, (inner, outer, pattern) => {
        const shown = display(`${inner}/`);
        const message = `${shown} matches the stores pattern "${pattern}" inside the store ${display(`${outer}/`)}; a store is one artifact with every file under it, so a store inside a store is refused: narrow the stores patterns so they match only the outer directory.`;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)('STORE_NESTED', shown, message));
    });
    const members = new Map();
    const filePatterns = new Set();
    const grouped = [];
    for (const entry of entries) {
        const store = storeOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(entry.path));
        if (store === undefined) {
            grouped.push(entry);
            continue;
        }
        (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_9__/* .appendTo */ .S)(members, store, entry);
        const pattern = matcher.match(entry.path);
        if (pattern !== undefined && !filePatterns.has(`${store}\0${pattern}`)) {
            filePatterns.add(`${store}\0${pattern}`);
            const shown = display(entry.path);
            const message = `The stores pattern "${pattern}" matches the file ${shown} inside the store ${display(`${store}/`)}; stores patterns name directories, so write one that matches only the store's own directory.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)('STORE_PATTERN_MATCHES_FILE', shown, message));
        }
    }
    for (const [store, files] of members)
        grouped.push(storeEntry(store, files, overrides));
    grouped.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
    return { entries: grouped, findings };
}
/** One store's entry, from its files' entries. */
function storeEntry(store, files, overrides) {
    const prefix = `${store}/`;
    files.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
    let size = 0;
    let verified = true;
    for (const file of files) {
        size += file.size ?? 0;
        verified &&= file.verified;
    }
    return {
        path: prefix,
        digest: dirHash(files, prefix),
        mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .mediaTypeOf */ .c0)(store, overrides),
        ...(verified ? { size } : {}),
        verified,
        files
    };
}
/** Each store's files by the store's path, for the checksums file. */
function storeFilesOf(entries) {
    const stores = new Map();
    for (const entry of entries)
        if (isStoreEntry(entry))
            stores.set(entry.path, entry.files);
    return stores;
}


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sha256sumLine)
/* harmony export */ });
// One line of a `sha256sum` listing, as GNU coreutils writes it: the checksums file beside the
// manifest and a directory store's digest (in-toto dirHash) are both made of these lines. A name
// with a backslash or a line break is written with those escaped and the line starts with a
// backslash.
/** `<64 hex>  <name>\n` for a `sha256:` digest. */
function sha256sumLine(digest, name) {
    const hex = digest.slice('sha256:'.length);
    if (!/[\\\n\r]/.test(name))
        return `${hex}  ${name}\n`;
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `\\${hex}  ${escaped}\n`;
}


/***/ })

};

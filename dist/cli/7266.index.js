export const id = 7266;
export const ids = [7266];
export const modules = {

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ gateE),
/* harmony export */   _l: () => (/* binding */ verifyGateE),
/* harmony export */   vW: () => (/* binding */ inventoryViolations)
/* harmony export */ });
/* unused harmony exports checkInventoryPaths, checkShards, checkReceipts */
/* harmony import */ var _inventory_stores_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4492);
/* harmony import */ var _inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5323);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9498);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2600);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6078);
/* harmony import */ var _a_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6610);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4003);
/* harmony import */ var _e_lfs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2857);










/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', f.kind, f.path, f.message, f.line, f.patterns && { patterns: f.patterns }));
}
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = foldedKey(entry.path);
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
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
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_COLLISION', display(path), message));
    };
    for (const store of stores) {
        for (const file of store.files) {
            const unsafe = unsafeName(file.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_UNSAFE', display(file.path), unsafe));
            if (catalogs.has(file.path)) {
                const message = `${file.path} is in the directory store ${store.path} and listed in catalogs; a file is either an artifact or a catalog, so narrow the catalogs patterns.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', display(file.path), message));
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
    const control = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .unprintableIn */ .MY)(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleIn */ .BB)(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}
const sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);
const quoted = (list) => list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ');
const RERUN = 'run the inventory jobs again on the same commit, and promote with the shard files of that one run';
/** What every shard must share with the promote run, and with the others. */
function settingViolations(shard, expected, name) {
    const found = [];
    const mismatch = (message, location) => {
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, message, shard.lineOf([location])));
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
        if ((0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardOf */ .IS)(entry.path, count) !== index)
            misplaced.push(at);
        const owner = owners.get(entry.path);
        if (owner)
            twice.push([at, owner]);
        else
            owners.set(entry.path, shard);
    }
    const found = [];
    const more = (list) => list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    if (misplaced.length > 0) {
        const at = misplaced[0];
        const path = shard.entries[at].path;
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, `${name} lists ${path}${more(misplaced)}, which belongs to shard ${(0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardOf */ .IS)(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`, shard.lineOf(['entries', at, 'path'])));
    }
    if (twice.length > 0) {
        const [at, owner] = twice[0];
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, `${name} lists ${shard.entries[at].path}${more(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`, shard.lineOf(['entries', at, 'path'])));
    }
    return found;
}
/**
 * A sharded inventory is whole: shards 1..N each given once, all of one split (same N, root,
 * patterns, media types, and the same listing by count and digest, shared with this run's
 * settings), each entry in its own shard and no path twice, and together exactly the listing.
 */
function checkShards(evidence) {
    const { shards, input } = evidence;
    const ordered = [...shards].sort((a, b) => a.shard.index - b.shard.index || (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
    const reference = ordered[0];
    // None readable: the reader's findings say why.
    if (!reference)
        return [];
    const count = reference.shard.count;
    const nameOf = (shard) => `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`;
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
        const name = nameOf(shard);
        const { index } = shard.shard;
        if (shard.shard.count !== count) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, `${name} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`, shard.lineOf(['shard', 'count'])));
            continue;
        }
        if (index > count) {
            const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, message, shard.lineOf(['shard', 'index'])));
            continue;
        }
        const twin = given.get(index);
        if (twin) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', shard.path, twin.path === shard.path
                ? `${shard.path} is given twice in ${input} (it is shard ${index} of ${count}); give each shard's file once.`
                : `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`, shard.lineOf(['shard', 'index'])));
            continue;
        }
        given.set(index, shard);
        violations.push(...settingViolations(shard, expected, name), ...entryViolations(shard, name, owners));
    }
    const files = ordered.map((shard) => shard.path).join(', ');
    for (let index = 1; index <= count; index++) {
        if (!given.has(index))
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISSING', input, `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`, undefined, { shard: index }));
    }
    if (violations.length > 0)
        return violations;
    // Whole and disjoint so far: together the entries must be the listing every shard made.
    const paths = [...owners.keys()];
    if (paths.length !== reference.pathCount || (0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .pathsDigest */ .ny)(paths) !== reference.pathsDigest)
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', input, `The ${count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`));
    if (violations.length > 0 || !evidence.tree)
        return violations;
    return treeViolations(evidence.tree, ordered, owners, evidence.display ?? ((p) => p));
}
/**
 * The shards held against the promote job's own tree: the same files (none gone since, none
 * added), the same sizes, and the media types this run derives. One violation per kind, naming
 * the first file and how many more, so a tree changed wholesale still gives a short report.
 */
function treeViolations(tree, shards, owners, display) {
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
    const more = (list) => list.length > 1 ? ` (and ${list.length - 1} more)` : '';
    const violations = [];
    const first = (list) => [...list].sort(_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)[0];
    if (gone.length > 0)
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', display(first(gone)), `${first(gone)}${more(gone)} is in the shard files but not in this job's tree (the patterns find no such file here): it went after the inventory jobs ran, so nothing here is that file; ${RERUN}.`));
    if (added.length > 0)
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', display(added[0]), `${added[0]}${more(added)} is in this job's tree but in no shard file: it was added after the inventory jobs ran, and no shard hashed it; ${RERUN}.`));
    if (resized.length > 0) {
        const [file, recorded] = resized[0];
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_MISMATCH', display(file.path), `${file.path}${more(resized)} has ${file.size} bytes here, but its shard file recorded ${recorded}: it changed after the inventory jobs hashed it; ${RERUN}.`));
    }
    if (retyped.length > 0) {
        const [file, shard, at] = retyped[0];
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SHARD_INVALID', shard.path, `${shard.path} gives ${file.path}${more(retyped)} the media type "${shard.entries[at].mediaType}", but its name gives "${file.mediaType}" with this run's media-types: inventory --shard did not write this file as it is, so regenerate it.`, shard.lineOf(['entries', at, 'media_type'])));
    }
    return violations;
}
/** A receipt output's root-relative path; a directory store's keeps its trailing `/`. */
function outputPath(uri) {
    const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(uri);
    if (!safe.ok)
        return undefined;
    return uri.endsWith('/') ? `${safe.path}/` : safe.path;
}
/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(receipt, datasetVersionId) {
    const violations = [];
    if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, receipt.lineOf(['dataset_version_id'])));
    }
    if (receipt.validation.status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, receipt.lineOf(['validation', 'status'])));
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
            (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_8__/* .appendTo */ .S)(outputs, at, { receipt, output, index });
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
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, stale.receipt.lineOf(['outputs', stale.index, 'digest']), (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .pointerAbout */ .DY)(artifact)));
            continue;
        }
        const listedBy = refusedOutputs
            .get(artifact.path)
            ?.find(({ output }) => output.digest === artifact.digest)?.receipt;
        const why = listedBy && refused.get(listedBy);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`, undefined, {
            digest: artifact.digest,
            ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
        }));
    }
    return violations;
}
function receiptViolations(evidence, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'RECEIPTS_MISSING', 'run-receipts', (0,_evidence_js__WEBPACK_IMPORTED_MODULE_9__/* .missingInput */ .f)(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...inventoryViolations(reading.search),
        ...reading.unreadable.map((u) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'RECEIPT_INVALID', u.path, u.message, u.line)),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: (0,_a_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .identityOf */ .cu)(evidence).datasetVersionId,
            display: evidence.display
        })
    ];
}
const gateE = {
    letter: 'E',
    check(evidence) {
        const { artifacts, catalogs } = evidence;
        const entries = [...artifacts.entries, ...catalogs.entries];
        const taken = entries.filter((entry) => !entry.verified).length;
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
        if (taken > 0) {
            // Files, a store's each: a store's entry stands for every file in it.
            const files = entries.flatMap((entry) => ((0,_inventory_stores_js__WEBPACK_IMPORTED_MODULE_0__/* .isStoreEntry */ .gA)(entry) ? entry.files : [entry]));
            const absent = files.filter((file) => !file.verified).length;
            checked[0] = `${files.length - absent} file(s) hashed (SHA-256), ${absent} taken from the list, not hashed here (not present)`;
        }
        const stores = artifacts.entries.filter(_inventory_stores_js__WEBPACK_IMPORTED_MODULE_0__/* .isStoreEntry */ .gA);
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
        checked.push(...(0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .lfsChecked */ .vF)(evidence));
        const violations = [
            ...(0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .documentPointerViolations */ .bh)(evidence),
            ...(0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .lfsObjectViolations */ .DI)(evidence),
            ...inventoryViolations(artifacts.findings),
            ...(shards ? checkShards(shards) : []),
            ...inventoryViolations(catalogs.findings),
            ...checkInventoryPaths(lists, evidence.display),
            ...checkStorePaths(stores, [...artifacts.entries, ...catalogs.entries], evidence.display),
            ...receiptViolations(evidence, checked)
        ];
        return { violations, checked };
    }
};
/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(file, manifest, display) {
    const shown = display(file.path);
    const { found } = file;
    const restore = 'restore the file from the promoted version, or promote again';
    switch (found.state) {
        case 'hashed':
            if (found.pointer)
                return (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .listedPointerViolation */ .eK)(file, found.pointer, manifest, shown);
            if (found.digest === file.digest)
                return undefined;
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'loop':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'SYMLINK_LOOP', shown, `${file.path} (listed in ${manifest}) goes through ${found.link}, a symbolic link back into a directory the path is already in (or through more links than a path can hold); the inventory never follows such a link, so this path was not written by the generator. Nothing was opened.`);
        case 'unsafe':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/**
 * A written manifest's paths as the inventory would have made them: each once in both lists, no
 * two a case-insensitive or normalising file system would store as one, no unsafe name.
 */
function listedPathViolations(listed, manifest, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    const notByGenerator = 'the generator lists each file once, so this manifest was not written by it';
    for (const file of listed) {
        if (file.found.state === 'unsafe')
            continue;
        const shown = display(file.path);
        const unsafe = unsafeName(file.path);
        if (unsafe)
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_UNSAFE', shown, unsafe));
        const other = exact.get(file.path);
        if (other !== undefined) {
            const message = `${manifest} lists ${file.path} twice (in ${other} and ${file.list}); ${notByGenerator}. Fetch the manifest that was generated.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', shown, message));
            continue;
        }
        exact.set(file.path, file.list);
        const key = foldedKey(file.path);
        const twin = folded.get(key);
        if (twin === undefined)
            folded.set(key, file.path);
        else {
            const message = `${manifest} lists ${file.path} and ${twin}, which differ only in letter case or Unicode normalisation: one file on many systems, and ${notByGenerator}.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'PATH_COLLISION', shown, message));
        }
    }
    return violations;
}
/**
 * A listed directory store held against its files on disk: the store is missing, or its dirHash
 * differs, and then, file by file against the checksums file, which chunk changed, came or went.
 */
function storeViolations(store, manifest, display) {
    const restore = 'restore it from the promoted version, or promote again';
    const found = inventoryViolations(store.findings);
    if (store.files.length === 0 && found.length === 0) {
        const message = `${store.path} is listed in ${manifest} (artifacts) as a directory store, but no file of it is under the root; ${restore}, or check that root names the dataset root the manifest was made in.`;
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_MISSING', display(store.path), message)];
    }
    // A link out or an unreadable file is the cause; the files it hides are not "missing" too.
    if (store.found === store.digest || found.length > 0)
        return found;
    if (!store.expected) {
        const message = `${manifest} gives the directory store ${store.path} the digest ${store.digest}, but its files have ${store.found ?? 'none'}: a file in it changed, came or went after the manifest was written (the checksums file beside the manifest lists the store file by file and would name it); ${restore}.`;
        return [...found, (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', display(store.path), message)];
    }
    const expected = new Map(store.expected.map((file) => [file.path, file.digest]));
    for (const file of store.files) {
        const digest = expected.get(file.path);
        expected.delete(file.path);
        const shown = display(file.path);
        if (digest === undefined) {
            const message = `${file.path} is in the directory store ${store.path}, but the store ${manifest} lists (file by file in its checksums file) has no such file: it was added after the manifest was written. Remove it, or promote again.`;
            found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
        }
        else if (digest !== file.digest && file.pointer) {
            const listed = { list: 'artifacts', path: file.path, digest };
            found.push((0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_6__/* .listedPointerViolation */ .eK)(listed, file.pointer, manifest, shown));
        }
        else if (digest !== file.digest) {
            const message = `${file.path} in the directory store ${store.path} has ${file.digest}, but the store ${manifest} lists had it as ${digest}: it changed after the manifest was written; ${restore}.`;
            found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', shown, message));
        }
    }
    for (const [path] of expected) {
        const message = `${path} was in the directory store ${store.path} when ${manifest} was written, but is not under the root now; ${restore}.`;
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_MISSING', display(path), message));
    }
    return found;
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = listedPathViolations(evidence.listed, manifest, evidence.display);
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        for (const store of evidence.stores)
            violations.push(...storeViolations(store, manifest, evidence.display));
        const count = (list) => evidence.listed.filter((file) => file.list === list).length +
            (list === 'artifacts' ? evidence.stores.length : 0);
        const checked = [
            `${count('artifacts')} artifact(s) and ${count('catalogs')} catalog file(s) hashed (SHA-256) against ${manifest}`
        ];
        if (evidence.strict) {
            const listed = new Set(evidence.listed.map((file) => file.path));
            violations.push(...inventoryViolations(evidence.strict.findings));
            for (const file of evidence.strict.files) {
                if (listed.has(file.path))
                    continue;
                const shown = evidence.display(file.path);
                const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
            }
            // .git stays out of every search (a checkout's own is thousands of objects, never content);
            // one under the patterns other than the checkout's is content nothing gated, so it fails.
            for (const directory of evidence.strict.gitDirectories) {
                const shown = evidence.display(directory);
                const message = `${directory} is a .git directory under the strict patterns; no inventory and no strict search looks inside .git, so nothing in it was gated or checked. Remove it before publishing.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed (.git directories are not searched; one under the patterns fails, the checkout's own excepted)`);
        }
        return { violations, checked };
    }
};


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
/** Directories larger than this get no spelling guess (each name costs a distance). */
const SPELLING_ENTRIES = 10_000;
/**
 * The one name of a directory that `typed` may have meant: the same in another letter case, or,
 * for a directory on the way (`spelling`), the only nearest within a third of its length
 * (nearestNames). A file name gets no spelling guess: one listed by name may simply not
 * be there yet, and a neighbour is no answer. Two equally near give none either.
 */
function meant(typed, names, spelling) {
    const folded = typed.toLowerCase();
    const alike = names.filter((n) => n.toLowerCase() === folded);
    if (alike.length === 1)
        return { name: alike[0], why: 'case' };
    if (alike.length > 1 || !spelling || names.length > SPELLING_ENTRIES)
        return undefined;
    const best = (0,nearest/* nearestNames */.L)(typed, names);
    return best.length === 1 ? { name: best[0], why: 'spelling' } : undefined;
}
/**
 * The pattern with its leading literal names as they are on disk, where a name is not there but
 * one name of its directory is what it meant (meant()); undefined when nothing changes.
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
            const guess = meant(segment, names, at < segments.length - 1);
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
    const walk = orNothing(() => (0,crawl/* crawl */.MV)([`${(0,crawl/* globEscape */.q6)(root)}/${pattern}`], skipDirectories, undefined, HINT_LIMIT));
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
 * come after it and before anything else; one that brings none is STORE_EMPTY.
 */
function storeWalk(prefix, stores, display, findings) {
    const walk = {
        current: undefined,
        files: 0,
        takeWhole: undefined,
        done: () => { }
    };
    if (!stores)
        return walk;
    let pattern = '';
    const close = () => {
        if (walk.current === undefined || walk.files > 0)
            return;
        const shown = display(walk.current);
        const message = `${shown} matches the stores pattern "${pattern}" but holds no file; an empty store has no content to promote, so remove the directory or put its files in it.`;
        findings.push((0,inventory_findings/* finding */.g)('STORE_EMPTY', shown, message));
    };
    walk.takeWhole = (directory) => {
        if (!directory.startsWith(prefix))
            return false;
        const relative = directory.slice(prefix.length);
        const matched = stores.match(relative);
        if (matched === undefined)
            return false;
        close();
        pattern = matched;
        walk.current = `${relative}/`;
        walk.files = 0;
        return true;
    };
    walk.done = close;
    return walk;
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
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${(0,crawl/* globEscape */.q6)(root)}/${p.body}`);
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
        if (store.current !== undefined && relative.startsWith(store.current))
            store.files++;
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

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_8__.I),
/* harmony export */   JL: () => (/* binding */ listShardTree),
/* harmony export */   VT: () => (/* binding */ overrideLine),
/* harmony export */   WP: () => (/* binding */ readShardFiles),
/* harmony export */   nG: () => (/* binding */ mergedEntries),
/* harmony export */   ny: () => (/* reexport safe */ _partition_js__WEBPACK_IMPORTED_MODULE_8__.n),
/* harmony export */   uX: () => (/* binding */ shardFileText)
/* harmony export */ });
/* unused harmony exports SHARD_FILE_VERSION, MAX_SHARDS */
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(428);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9831);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9376);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8502);
/* harmony import */ var _find_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5980);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1569);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4806);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7979);










const SHARD_FILE_VERSION = 'v1';
/** More shards than this would be a matrix larger than GitHub runs (256 jobs) several times over. */
const MAX_SHARDS = 1024;


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
    return (0,_model_json_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonText */ .s$)(document);
}
const problems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaValidator */ .Ki)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryShardV1 */ .uK, _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryShardV1Schema */ .n);
/** One shard file, strictly: JSON as every input document is read, then the shard schema. */
async function readShard(ref, findings) {
    const invalid = (message, line) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('SHARD_INVALID', ref.path, message, line));
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
    const found = await (0,_find_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findFiles */ .l)(request.root, request.patterns, 'artifacts', request.display, request.skip, undefined, request.stores);
    const findings = [...found.findings];
    const tree = [];
    for (const file of found.files) {
        let size;
        try {
            size = (0,node_fs__WEBPACK_IMPORTED_MODULE_4__.statSync)(file.absolute).size;
        }
        catch (error) {
            const shown = request.display(file.path);
            const code = error.code ?? String(error);
            const message = `${shown} cannot be read (${code}); make sure nothing writes the dataset while it is promoted, then run again.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('FILE_UNREADABLE', shown, message));
            continue;
        }
        if (request.lfs === 'pointers' && size < _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_5__/* .LFS_POINTER_LIMIT */ .qZ)
            size = declaredSize(file.absolute, size);
        tree.push({ path: file.path, size, mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_7__/* .mediaTypeOf */ .c0)(file.path, request.overrides) });
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
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_4__.readFileSync)(absolute);
    }
    catch {
        return own;
    }
    const pointer = (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_5__/* .lfsPointerOf */ .wd)(bytes);
    return (pointer && (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_5__/* .pointerSize */ .Fx)(pointer)) ?? own;
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


/***/ })

};

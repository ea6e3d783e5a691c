export const id = 1922;
export const ids = [1922,3646];
export const modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* unused harmony export inventoryHelpText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _generated_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3668);
/* harmony import */ var _gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7266);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4050);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3646);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3531);
// `kfm-gen-promotion-manifest inventory`: writes the artifact list in the format
// artifacts-manifest reads, with the code the action itself inventories with.







function inventoryHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
        '',
        'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
        'reads, with the code the action itself inventories with. Exit 0: written; 1: violations; 2: usage.',
        '',
        '  --root DIR              The dataset root (relative to --workspace). Default: ".".',
        '  --artifacts PATTERN     Glob pattern relative to the root; repeatable; ! excludes.',
        '  --media-types LINE      "pattern: media/type" override; repeatable.',
        '  --out FILE              Where the list goes (relative to --workspace). Required.',
        '  --workspace DIR         Default: the current directory.',
        '  --version               Print the version.',
        '  --help                  Show this help.'
    ].join('\n');
}
async function runInventory(argv, io) {
    // The hashing threads start first: their start-up then overlaps everything until hashing.
    const { HashPool } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(3672)]).then(__webpack_require__.bind(__webpack_require__, 3672));
    const pool = new HashPool();
    try {
        return await inventoryWith(pool, argv, io);
    }
    finally {
        await pool.close();
    }
}
async function inventoryWith(pool, argv, io) {
    const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, ['root', 'artifacts', 'media-types', 'out'], ['workspace'], io);
    if (!flags)
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    if (flags.help) {
        io.stdout(inventoryHelpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    if (flags.version) {
        io.stdout(_generated_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    const patterns = (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .patternLines */ .E)(flags.raw.artifacts ?? '');
    if (patterns.length === 0 || flags.raw.out === undefined) {
        io.stderr('error: inventory needs --artifacts (at least one) and --out.\nRun with --help for the options.');
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const { listInventory } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9547), __webpack_require__.e(3672), __webpack_require__.e(2125), __webpack_require__.e(556)]).then(__webpack_require__.bind(__webpack_require__, 556));
    const { writeFilesAtomic } = await __webpack_require__.e(/* import() */ 8442).then(__webpack_require__.bind(__webpack_require__, 8442));
    let places, overrides;
    try {
        places = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlaces */ .wf)(flags.raw, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, flags.workspace ?? '.'));
        overrides = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMediaTypes */ .BS)(flags.raw['media-types']);
    }
    catch (error) {
        if (!(error instanceof _options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        io.stderr(`error: ${error.message}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const { root, rootPath, out } = places;
    const list = await listInventory({
        root,
        display: (relative) => (rootPath === '.' ? relative : `${rootPath}/${relative}`),
        input: 'artifacts',
        patterns,
        overrides,
        skip: new Set([out.absolute]),
        pool
    });
    if (list.findings.length > 0) {
        const violations = (0,_gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryViolations */ .vW)(list.findings);
        for (const v of violations)
            io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__.violationLine)(v));
        io.stderr(`Inventory failed: ${violations.length} violation(s); nothing was written.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.violation;
    }
    await writeFilesAtomic([{ path: out.absolute, shown: out.path, text: list.chunks }]);
    io.stdout(`${list.count} artifact(s) written to ${out.path}`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ gateE),
/* harmony export */   _l: () => (/* binding */ verifyGateE),
/* harmony export */   vW: () => (/* binding */ inventoryViolations)
/* harmony export */ });
/* unused harmony exports checkInventoryPaths, checkReceipts */
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9498);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6078);
/* harmony import */ var _a_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6610);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4003);





/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', f.kind, f.path, f.message, f.line));
}
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = entry.path.normalize('NFC').toLowerCase();
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
            }
            else
                folded.set(key, entry.path);
        }
    }
    return violations;
}
/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path) {
    const control = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .unprintableIn */ .MY)(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .invisibleIn */ .BB)(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}
function outputPath(uri) {
    const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseRelative */ .Z8)(uri);
    return safe.ok ? safe.path : undefined;
}
function checkReceipts(evidence) {
    const violations = [];
    const counted = [];
    for (const receipt of evidence.receipts) {
        let counts = true;
        if (evidence.datasetVersionId !== undefined &&
            receipt.datasetVersionId !== evidence.datasetVersionId) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${evidence.datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, receipt.lineOf(['dataset_version_id'])));
            counts = false;
        }
        if (receipt.validation.status !== 'pass') {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, receipt.lineOf(['validation', 'status'])));
            counts = false;
        }
        if (counts)
            counted.push(receipt);
    }
    // Every output of the counted receipts by its normalised path, once: a lookup per artifact.
    const outputs = new Map();
    for (const receipt of counted) {
        receipt.outputs.forEach((output, index) => {
            const at = outputPath(output.uri);
            if (at === undefined)
                return;
            const same = outputs.get(at);
            if (same)
                same.push({ receipt, output, index });
            else
                outputs.set(at, [{ receipt, output, index }]);
        });
    }
    for (const artifact of evidence.artifacts) {
        const samePath = outputs.get(artifact.path) ?? [];
        if (samePath.some(({ output }) => output.digest === artifact.digest))
            continue;
        const stale = samePath[0];
        violations.push(stale
            ? (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, stale.receipt.lineOf(['outputs', stale.index, 'digest']))
            : (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`));
    }
    return violations;
}
function receiptViolations(evidence, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPTS_MISSING', 'run-receipts', (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .missingInput */ .f)(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...inventoryViolations(reading.search),
        ...reading.unreadable.map((u) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_INVALID', u.path, u.message, u.line)),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: (0,_a_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityOf */ .cu)(evidence).datasetVersionId,
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
        if (taken > 0)
            checked[0] = `${entries.length - taken} file(s) hashed (SHA-256), ${taken} taken from the list, not hashed here (not present)`;
        const lists = [
            { input: 'artifacts', entries: artifacts.entries },
            { input: 'catalogs', entries: catalogs.entries }
        ];
        const violations = [
            ...inventoryViolations(artifacts.findings),
            ...inventoryViolations(catalogs.findings),
            ...checkInventoryPaths(lists, evidence.display),
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
            if (found.digest === file.digest)
                return undefined;
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'unsafe':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = [];
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        const count = (list) => evidence.listed.filter((file) => file.list === list).length;
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
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 3646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateLine: () => (/* binding */ gateLine),
/* harmony export */   violationLine: () => (/* binding */ violationLine)
/* harmony export */ });
/* unused harmony export gateLog */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);

function violationLine(v) {
    const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path;
    return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`;
}
function gateLine(gate) {
    const count = gate.violations;
    const violations = count ? ` (${count} violation${count === 1 ? '' : 's'})` : '';
    return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`;
}
/** A gate's part of the log: a title with its verdict, what it checked, and its violations. */
function gateLog(gate, violations) {
    const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status;
    return {
        title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
        lines: [
            ...gate.checked.map((line) => `checked: ${printable(line)}`),
            ...violations.filter((v) => v.gate === gate.gate).map(violationLine)
        ]
    };
}


/***/ })

};

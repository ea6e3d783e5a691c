export const id = 4732;
export const ids = [4732];
export const modules = {

/***/ 2903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8258);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2262);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest diff OLD NEW`: what changed from one promoted version to another.
// Exit 0 when compared (with --exit-code, 1 when they differ, as `git diff --exit-code`); 2 on a
// usage error or an input that cannot be read or is not a v1 manifest, so that an error is never
// taken for "they differ".






const FLAGS = {
    json: { type: 'boolean' },
    'exit-code': { type: 'boolean' },
    'old-root': { type: 'string' },
    'new-root': { type: 'string' }
};
function diffHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest diff OLD NEW [--json] [--exit-code]',
        '       [--old-root DIR] [--new-root DIR]',
        '',
        'Compares two promotion manifests (v1): version, spec hash, released_at; artifacts and',
        'catalogs added, removed and changed; QA status; policy label (a lowered label is marked);',
        "approvals; and the extent and licence of each side's STAC collection, found among the",
        'catalog files the manifest lists, under its root, when they are there with their digests.',
        'Exit 0: compared; 1: they differ (with --exit-code only); 2: usage error or unreadable input.',
        '',
        '  --json            Print the diff as JSON (schemas/manifest_diff_v1.schema.json).',
        '  --exit-code       Exit 1 when the manifests differ, as git diff --exit-code does.',
        "  --old-root DIR    The root OLD's paths are relative to. Default: OLD's folder.",
        "  --new-root DIR    The root NEW's paths are relative to. Default: NEW's folder.",
        '  --version         Print the version.',
        '  --help            Show this help.'
    ].join('\n');
}
/** Where a side's manifest is, and the root its paths are relative to. */
function place(io, file, root) {
    return {
        manifest: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file),
        root: {
            absolute: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, root ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file)),
            shown: root ?? (node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file) || '.')
        }
    };
}
async function diffAndPrint(request, io) {
    const { readDiffSide } = await __webpack_require__.e(/* import() */ 5975).then(__webpack_require__.bind(__webpack_require__, 5975));
    const { diffManifests } = await Promise.all(/* import() */[__webpack_require__.e(126), __webpack_require__.e(8442)]).then(__webpack_require__.bind(__webpack_require__, 7473));
    const { files } = request;
    const old = place(io, files.old, request.oldRoot);
    const now = place(io, files.new, request.newRoot);
    const [oldSide, newSide] = await Promise.all([
        readDiffSide(old.manifest, files.old, old.root),
        readDiffSide(now.manifest, files.new, now.root)
    ]);
    const diff = diffManifests(oldSide.manifest, newSide.manifest, {
        ...collections(oldSide.collection, newSide.collection),
        sizeOf: (side, relative) => (side === 'old' ? oldSide : newSide).sizeOf(relative)
    });
    if (request.json)
        io.stdout((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printableJson */ .et)(diff));
    else {
        const { diffLines } = await __webpack_require__.e(/* import() */ 1405).then(__webpack_require__.bind(__webpack_require__, 1405));
        for (const line of diffLines(diff))
            io.stdout(line);
    }
    return request.exitCode && diff.differ ? _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.violation : _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
}
/** The diff, or the one "error:" line of a side that cannot be read or is not v1: exit 2. */
async function diffSides(request, io) {
    const { ManifestDiffError } = await Promise.all(/* import() */[__webpack_require__.e(126), __webpack_require__.e(8442)]).then(__webpack_require__.bind(__webpack_require__, 7473));
    try {
        return await diffAndPrint(request, io);
    }
    catch (error) {
        if (error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentError */ .Mi) {
            io.stderr(`error: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(error.message)}`);
            return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
        }
        if (error instanceof ManifestDiffError) {
            const file = error.message.startsWith('the old') ? request.files.old : request.files.new;
            io.stderr(`error: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(file)}: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(error.message)}`);
            return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
        }
        throw error;
    }
}
/** The collections to compare, or why the part is left out. */
function collections(old, now) {
    if ('value' in old && 'value' in now)
        return {
            oldCollection: old.value,
            newCollection: now.value,
            oldCollectionPath: old.path,
            newCollectionPath: now.path
        };
    const why = [
        'missing' in old ? `old side: ${old.missing}` : undefined,
        'missing' in now ? `new side: ${now.missing}` : undefined
    ].filter(Boolean);
    return { collectionMissing: `extent and licence left out; ${why.join('; ')}` };
}
function runDiff(argv, io) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d)(argv, io, {
        flags: FLAGS,
        positionals: true,
        hint: 'diff',
        help: diffHelpText,
        options: ({ values, positionals }) => {
            if (positionals.length !== 2)
                throw new _options_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`diff takes two manifests, OLD and NEW (${positionals.length} given)`);
            return {
                files: { old: positionals[0], new: positionals[1] },
                json: values.json === true,
                exitCode: values['exit-code'] === true,
                oldRoot: (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .textFlag */ .gx)(values, 'old-root'),
                newRoot: (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .textFlag */ .gx)(values, 'new-root')
            };
        },
        run: diffSides
    });
}


/***/ }),

/***/ 4050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lineIndex),
/* harmony export */   E: () => (/* binding */ patternLines)
/* harmony export */ });
// Multi-line inputs (patterns, paths, "key: value" lines), read the way @actions/glob reads them.
/** Splits an input's lines into entries; `#` starts a comment line, as in @actions/glob. */
function patternLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
/**
 * The 1-based line of any offset in `text`: the line starts are found once, on the first call,
 * and each lookup is a binary search. A document asked for many lines never rescans its text.
 */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (starts === undefined) {
            starts = [0];
            for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
                starts.push(at + 1);
        }
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Z8: () => (/* binding */ normaliseRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Path safety: patterns and listed paths are relative to the dataset root and may not leave it.

const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;
/**
 * Normalises a root-relative path or pattern to `/` separators with no `.`/`..` segments and no
 * leading `/`, or says why it cannot be one.
 */
function normaliseRelative(text) {
    if (text.length === 0)
        return { ok: false, reason: 'is empty' };
    if (text.includes('\0'))
        return { ok: false, reason: 'contains a NUL character' };
    if (text.startsWith('/') || text.startsWith('\\') || WINDOWS_DRIVE.test(text)) {
        return { ok: false, reason: 'is absolute; write it relative to the dataset root' };
    }
    if (text.includes('\\')) {
        return { ok: false, reason: 'contains a backslash; use / as the separator' };
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(text);
    if (normal === '..' || normal.startsWith('../')) {
        return { ok: false, reason: 'reaches outside the dataset root through ..' };
    }
    if (normal === '.' || normal === './')
        return { ok: false, reason: 'names the dataset root itself' };
    return { ok: true, path: normal.replace(/\/+$/, '') };
}
/** `/`-separated path of `absolute` relative to `root`, or undefined when it is not inside root. */
function relativeInside(root, absolute) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolute);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) {
        return undefined;
    }
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** Whether `target` is `root` itself or inside it (both absolute). */
function isInside(root, target) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target) === '' || relativeInside(root, target) !== undefined;
}


/***/ })

};

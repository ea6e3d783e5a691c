export const id = 9201;
export const ids = [9201];
export const modules = {

/***/ 7356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ readStacExtensionSchemas),
/* harmony export */   dw: () => (/* binding */ StacSchemaError)
/* harmony export */ });
/* unused harmony export compileStacExtensionSchemas */
/* harmony import */ var _documents_read_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76);
/* harmony import */ var _generated_validators_stac_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7992);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7979);
/* harmony import */ var _stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7857);




/** A user-given extension schema that cannot be used; nothing is fetched to make it usable. */
class StacSchemaError extends Error {
}
async function readStacExtensionSchemas(given) {
    const schemas = new Map();
    for (const { url, file } of given) {
        const document = await (0,_documents_read_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readDocument */ .u)(file);
        if (!document.readable)
            throw new StacSchemaError(`stac-extension-schemas: the schema for ${url}: ${document.message}.`);
        schemas.set(url, document.value);
    }
    return compileStacExtensionSchemas(schemas);
}
const DRAFTS = {
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'https://json-schema.org/draft/2020-12/schema': '2020-12'
};
const META_SCHEMAS = new Set(Object.keys(DRAFTS));
/**
 * Compiles extension schemas given as local files (URL as named in stac_extensions → the parsed
 * schema), with Ajv, at run time. A URL whose schema is bundled cannot be replaced. Throws
 * StacSchemaError, naming the URL, when a schema cannot be compiled.
 */
async function compileStacExtensionSchemas(schemas) {
    const entries = schemas instanceof Map ? [...schemas.entries()] : Object.entries(schemas);
    const compiled = new Map();
    if (entries.length === 0)
        return compiled;
    const { ajv, registered } = await compilerFor(draftsOf(entries));
    for (const [url, schema] of entries) {
        // Registered under the URL documents name it by, whatever its own $id says.
        const withId = { ...schema, $id: (0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url) };
        if (!ajv.validateSchema(withId))
            throw new StacSchemaError(`The schema given for ${url} is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}.`);
        ajv.addSchema(withId);
        registered.set((0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url), withId);
    }
    // Every $ref must name a given or bundled schema, and a part of it that exists: nothing is
    // fetched, and a schema that cannot be compiled is said to be so here, naming what is missing.
    for (const [url] of entries) {
        const missing = missingRefs(registered.get((0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url)), (0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url), registered);
        if (missing.length > 0)
            throw new StacSchemaError(`The schema given for ${url} references ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} neither bundled nor among the given schemas; nothing is fetched, so give ${missing.length === 1 ? 'that schema' : 'those schemas'} too.`);
    }
    for (const [url] of entries)
        compiled.set((0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url), ajv.getSchema((0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url)));
    return compiled;
}
/** The JSON Schema drafts the given schemas are written in; throws when one cannot be used. */
function draftsOf(entries) {
    const drafts = new Set();
    for (const [url, schema] of entries) {
        if (!URL.canParse(url))
            throw new StacSchemaError(`"${url}" is not an absolute URL, so no stac_extensions entry can name it.`);
        if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(schema))
            throw new StacSchemaError(`The schema given for ${url} is not a JSON object.`);
        if (_generated_validators_stac_js__WEBPACK_IMPORTED_MODULE_1__/* .extensionModules */ .f[(0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(url)] !== undefined)
            throw new StacSchemaError(`A schema is given for ${url}, but that extension's official schema is bundled and is the one used; remove it from the given schemas.`);
        const declared = typeof schema.$schema === 'string' ? (0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(schema.$schema) : undefined;
        const draft = declared === undefined ? 'draft-07' : DRAFTS[declared];
        if (draft === undefined)
            throw new StacSchemaError(`The schema given for ${url} is written in ${declared}, which cannot be validated here (JSON Schema draft-07, 2019-09 or 2020-12).`);
        drafts.add(draft);
    }
    if (drafts.has('2019-09') && drafts.has('2020-12'))
        throw new StacSchemaError('The given extension schemas mix JSON Schema 2019-09 and 2020-12; give them in one of the two (draft-07 may go with either).');
    return drafts;
}
/**
 * An Ajv of the newest draft among those given, with the bundled GeoJSON schemas and formats the
 * STAC extensions use; Ajv is imported only when a workflow gives extension schemas.
 */
async function compilerFor(drafts) {
    const { draft07MetaSchema, iri, iriReference, supportSchemas } = await __webpack_require__.e(/* import() */ 6185).then(__webpack_require__.bind(__webpack_require__, 6185));
    const { Ajv } = await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23));
    const { Ajv2019 } = await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 878, 23));
    const { Ajv2020 } = await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(2210)]).then(__webpack_require__.t.bind(__webpack_require__, 2210, 23));
    // ajv-formats is CommonJS: its default export is module.exports, whose .default is the plugin.
    const addFormats = (await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(2815)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23))).default.default;
    const options = { strict: false, allErrors: true };
    const ajv = drafts.has('2020-12')
        ? new Ajv2020(options)
        : drafts.has('2019-09')
            ? new Ajv2019(options)
            : new Ajv(options);
    if (!(ajv instanceof Ajv))
        ajv.addMetaSchema(draft07MetaSchema);
    addFormats(ajv, { mode: 'full' });
    ajv.addFormat('iri', iri);
    ajv.addFormat('iri-reference', iriReference);
    for (const schema of supportSchemas)
        ajv.addSchema(schema);
    const registered = new Map(supportSchemas.map((schema) => [String(schema.$id), schema]));
    return { ajv, registered };
}
/** The $refs of a schema that name no registered schema, or a JSON pointer that leads nowhere. */
function missingRefs(schema, base, registered) {
    const missing = [];
    const visit = (node, here) => {
        if (Array.isArray(node))
            return node.forEach((item) => visit(item, here));
        if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(node))
            return;
        const at = typeof node.$id === 'string' ? new URL(node.$id, here).href : here;
        if (typeof node.$ref === 'string') {
            const target = new URL(node.$ref, at);
            const document = (0,_stac_schema_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeUrl */ .l2)(target.href.replace(/#.*$/, ''));
            const fragment = decodeURIComponent(target.hash.slice(1));
            if (!META_SCHEMAS.has(document)) {
                const found = registered.get(document);
                if (found === undefined || (fragment.startsWith('/') && !pointsTo(found, fragment)))
                    missing.push(node.$ref);
            }
        }
        for (const [key, value] of Object.entries(node))
            if (key !== 'enum' && key !== 'const')
                visit(value, at);
    };
    visit(schema, base);
    return [...new Set(missing)];
}
function pointsTo(document, pointer) {
    let value = document;
    for (const part of pointer.slice(1).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) && !Array.isArray(value))
            return false;
        if (!Object.hasOwn(value, key))
            return false;
        value = value[key];
    }
    return true;
}


/***/ }),

/***/ 7857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ schemaVersionFor),
/* harmony export */   Od: () => (/* binding */ isStac),
/* harmony export */   l2: () => (/* binding */ normalizeUrl)
/* harmony export */ });
/* harmony import */ var _generated_validators_stac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7992);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7979);
// Which bundled STAC schemas judge a document: a document that says it is STAC, the version
// whose schemas judge its stac_version, and the one form of a schema URL (normalizeUrl). The
// schemas are bundled with the action and compiled at build time (scripts/compile-schemas.mjs,
// schemas/stac/SOURCES.md); nothing is ever fetched.


const STAC_TYPES = ['Catalog', 'Collection', 'Feature'];
/** A document that says it is STAC: a `stac_version` (of any type; the schema judges it) and a
 * STAC `type`. */
function isStac(value) {
    return ((0,_model_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) &&
        'stac_version' in value &&
        STAC_TYPES.includes(value.type));
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function compareVersions(a, b) {
    const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)];
    for (const i of [1, 2, 3]) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** The STAC versions whose schemas are bundled, oldest first. */
const BUNDLED_STAC_VERSIONS = Object.keys(_generated_validators_stac_js__WEBPACK_IMPORTED_MODULE_0__/* .coreModules */ .t).sort(compareVersions);
/** A schema URL as bundled and registered: without the trailing "#" some documents write. */
const normalizeUrl = (url) => url.replace(/#$/, '');
/**
 * Which bundled schemas judge a document of this stac_version:
 * - a bundled version (1.0.0, 1.1.0): its own;
 * - another version of a bundled major.minor (1.1.0-beta.1, 1.0.0-rc.2, 1.0.1): that minor's
 *   schemas, with a note (the document is validated as if its stac_version were that one);
 * - a later minor of major 1 (1.2.0): the newest bundled schemas, with a note that what the
 *   newer minor added is not checked;
 * - anything else (no major.minor.patch, major 0, an unknown major): refused, as no bundled
 *   schema can judge it.
 */
function schemaVersionFor(stacVersion) {
    const location = ['stac_version'];
    const bundled = BUNDLED_STAC_VERSIONS.join(', ');
    if (typeof stacVersion !== 'string' || !SEMVER.test(stacVersion)) {
        return {
            problem: `"stac_version" is ${JSON.stringify(stacVersion)}, which is not a STAC version (major.minor.patch, as "1.1.0")`,
            location
        };
    }
    if (BUNDLED_STAC_VERSIONS.includes(stacVersion))
        return { version: stacVersion };
    const [, major, minor] = SEMVER.exec(stacVersion);
    const sameMinor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.${minor}.`));
    if (sameMinor.length > 0) {
        const version = sameMinor[sameMinor.length - 1];
        return {
            version,
            note: `stac_version ${stacVersion} has no schemas of its own here; validated with the STAC ${version} schemas, the bundled release of the same minor version`
        };
    }
    const sameMajor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.`));
    const newest = sameMajor[sameMajor.length - 1];
    if (newest !== undefined && compareVersions(stacVersion, newest) > 0) {
        return {
            version: newest,
            note: `stac_version ${stacVersion} is newer than the bundled STAC schemas; validated with the STAC ${newest} schemas, so what ${major}.${minor} added is not checked`
        };
    }
    return {
        problem: `"stac_version" is "${stacVersion}", a version no bundled STAC schema can judge (bundled: ${bundled}); ${major === '0' ? 'upgrade the document to STAC 1.x' : 'a new major version may change anything, so it is refused rather than guessed at'}`,
        location
    };
}


/***/ }),

/***/ 9201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StacSchemaError: () => (/* reexport */ extension_schemas/* StacSchemaError */.dw),
  Od: () => (/* reexport */ stac_schema_choice/* isStac */.Od),
  VR: () => (/* reexport */ multihashToDigest),
  uP: () => (/* reexport */ readStac),
  aQ: () => (/* reexport */ validateStac)
});

// EXTERNAL MODULE: ./src/catalogs/stac-schema-choice.ts
var stac_schema_choice = __webpack_require__(7857);
// EXTERNAL MODULE: ./src/generated/validators.stac.js
var validators_stac = __webpack_require__(7992);
// EXTERNAL MODULE: ./src/model/json-schema.ts + 2 modules
var json_schema = __webpack_require__(5286);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/catalogs/stac-validation.ts




/** The validator of each bundled schema whose module is imported, by the function importing it. */
const loadedValidators = new Map();
/** The imports under way, so that each module is imported once, however many documents ask. */
const loadingValidators = new Map();
function loadValidator(load) {
    let loading = loadingValidators.get(load);
    if (loading === undefined) {
        loading = load().then(({ validate }) => {
            loadedValidators.set(load, validate);
            loadingValidators.delete(load);
        });
        loadingValidators.set(load, loading);
    }
    return loading;
}
/**
 * The modules of the bundled validators a document needs (its version's Catalog, Collection or
 * Item schema and the bundled schemas of the extensions it names), as validateStac picks them.
 */
function modulesFor(document) {
    const choice = (0,stac_schema_choice/* schemaVersionFor */.Ju)(document.stac_version);
    if ('problem' in choice)
        return [];
    const modules = [validators_stac/* coreModules */.t[choice.version][document.type]];
    const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : [];
    for (const url of named) {
        const bundled = typeof url === 'string' ? validators_stac/* extensionModules */.f[(0,stac_schema_choice/* normalizeUrl */.l2)(url)] : undefined;
        if (bundled !== undefined)
            modules.push(bundled);
    }
    return modules;
}
/**
 * Imports the modules of the bundled validators a document needs that are not imported yet, each
 * once for the whole run; undefined when there are none to import.
 */
function loadStacValidators(document) {
    const missing = modulesFor(document).filter((load) => !loadedValidators.has(load));
    if (missing.length === 0)
        return undefined;
    return Promise.all(missing.map(loadValidator)).then(() => undefined);
}
/**
 * Validates a STAC document (isStac) against the official schemas of its version and extensions.
 * Async only to import, the first time one is needed, the module of a bundled validator.
 */
function validateStac(document, extensionSchemas = new Map()) {
    const loading = loadStacValidators(document);
    return loading === undefined
        ? Promise.resolve(validateLoaded(document, extensionSchemas))
        : loading.then(() => validateLoaded(document, extensionSchemas));
}
/** validateStac, once the bundled validators the document needs are loaded. */
function validateLoaded(document, extensionSchemas) {
    const result = {
        problems: [],
        validatedExtensions: [],
        unvalidatedExtensions: []
    };
    const choice = (0,stac_schema_choice/* schemaVersionFor */.Ju)(document.stac_version);
    if ('problem' in choice) {
        result.problems.push({ location: choice.location, text: choice.problem });
        return result;
    }
    result.schemaVersion = choice.version;
    if (choice.note !== undefined)
        result.versionNote = choice.note;
    const judged = choice.note === undefined ? document : { ...document, stac_version: choice.version };
    const core = bundledValidator(validators_stac/* coreModules */.t[choice.version][document.type]);
    result.problems.push(...problemsOf(core, judged).map((p) => pointAtCollectionLink(p, document)));
    const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : [];
    for (const url of new Set(named.filter((u) => typeof u === 'string'))) {
        const bundled = validators_stac/* extensionModules */.f[(0,stac_schema_choice/* normalizeUrl */.l2)(url)];
        const validate = bundled === undefined ? extensionSchemas.get((0,stac_schema_choice/* normalizeUrl */.l2)(url)) : bundledValidator(bundled);
        if (validate === undefined) {
            result.unvalidatedExtensions.push(url);
            continue;
        }
        result.validatedExtensions.push(url);
        result.problems.push(...problemsOf(validate, judged).map((p) => ({ ...p, extension: url })));
    }
    return result;
}
/** A bundled validator whose module is loaded (loadStacValidators). */
function bundledValidator(load) {
    const validate = loadedValidators.get(load);
    if (validate === undefined)
        throw new Error('a STAC validator was used before it was loaded');
    return validate;
}
/** An Item that links to its collection must name it in "collection": point at that link. */
function pointAtCollectionLink(problem, document) {
    if (problem.location.length > 0 || problem.text !== 'the document is missing "collection"')
        return problem;
    const links = Array.isArray(document.links) ? document.links : [];
    const index = links.findIndex((l) => (0,json/* isRecord */.u4)(l) && l.rel === 'collection');
    if (index < 0)
        return problem;
    return {
        location: ['links', index],
        text: `the document is missing "collection", which its link /links/${index} with rel "collection" requires`
    };
}
function problemsOf(validate, value) {
    if (validate(value))
        return [];
    return (0,json_schema/* explainSchemaErrors */.s)(validate.errors ?? [], value, { foldBranches: true });
}

// EXTERNAL MODULE: ./src/catalogs/extension-schemas.ts
var extension_schemas = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/catalogs/views.ts
var views = __webpack_require__(9662);
;// CONCATENATED MODULE: ./src/catalogs/stac-view.ts
// The view of a STAC document that passed validation: its links and assets, for the cross-link
// checks, and the digest a STAC file:checksum names.


/** The view of a document that passed validateStac. */
function readStac(document, validation) {
    const links = Array.isArray(document.links) ? document.links : [];
    const assets = (0,json/* isRecord */.u4)(document.assets) ? document.assets : {};
    return {
        type: document.type,
        id: String(document.id),
        license: typeof document.license === 'string' ? document.license : undefined,
        stacVersion: String(document.stac_version),
        ...(validation?.schemaVersion !== undefined ? { schemaVersion: validation.schemaVersion } : {}),
        ...(validation?.versionNote !== undefined ? { versionNote: validation.versionNote } : {}),
        unvalidatedExtensions: validation?.unvalidatedExtensions ?? [],
        links: (0,views/* tight */.R)(links.flatMap((link, index) => (0,json/* isRecord */.u4)(link) && typeof link.rel === 'string' && typeof link.href === 'string'
            ? [new ViewLink(link.rel, link.href, index)]
            : [])),
        assets: (0,views/* tight */.R)(Object.entries(assets).flatMap(([key, asset]) => (0,json/* isRecord */.u4)(asset) && typeof asset.href === 'string'
            ? [
                new ViewAsset(key, asset.href, typeof asset['file:checksum'] === 'string' ? asset['file:checksum'] : undefined)
            ]
            : []))
    };
}
// A link's or an asset's JSON path is made when asked for (for a violation's line), not kept:
// 64 bytes each, in 100,000 items and a collection linking them all.
class ViewLink {
    rel;
    href;
    index;
    constructor(rel, href, index) {
        this.rel = rel;
        this.href = href;
        this.index = index;
    }
    get location() {
        return ['links', this.index];
    }
}
class ViewAsset {
    key;
    href;
    constructor(key, href, checksum) {
        this.key = key;
        this.href = href;
        // Present only when the asset has one, as `'checksum' in asset` would otherwise say.
        if (checksum !== undefined)
            this.checksum = checksum;
    }
    get location() {
        return ['assets', this.key];
    }
}
/**
 * The digest a multihash names, in the manifest's notation, or undefined when its function is
 * not SHA-256 (code 0x12, length 0x20), which is the only digest the manifest carries.
 */
function multihashToDigest(multihash) {
    const match = /^1220([0-9a-f]{64})$/.exec(multihash);
    return match ? `sha256:${match[1]}` : undefined;
}

;// CONCATENATED MODULE: ./src/catalogs/stac.ts
// STAC as STAC's own tools judge it, the face the catalog reader and the gates use: which
// documents are STAC and which bundled schemas judge them (stac-schema-choice.ts), validation
// against those and the extensions' schemas (stac-validation.ts, extension-schemas.ts), and the
// view of the links and assets for cross-link checks (stac-view.ts).






/***/ }),

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tight)
/* harmony export */ });
// Small typed views of the catalog triplet: only what the gates need, in dataset-root terms.
/**
 * The items in an array of exactly their number. An array grown by push (as flatMap and filter
 * grow theirs) keeps room for 17 or more: 128 bytes of waste in each view of one link, which
 * 100,000 STAC items or PROV entities would carry.
 */
function tight(items) {
    return items.slice();
}


/***/ }),

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ unreadable),
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
// The input documents a run is given by path (QA report, policy decision, approvals, SBOMs,
// attestations), read into evidence: the parsed value with its digest and line finder, or the
// reason the file cannot be read at all. What the value says is judged by the gates.

function unreadable(error) {
    const found = { path: error.path, message: error.message };
    if (error.line !== undefined)
        found.line = error.line;
    if (error.lfsPointer)
        found.lfsPointer = error.lfsPointer;
    return found;
}
/** Reads a JSON document; I/O and syntax problems become its evidence, never a throw. */
async function readDocument(ref) {
    try {
        const document = await (0,_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonDocument */ .E_)(ref.absolute, ref.path, ref.confine, ref.root);
        return {
            readable: true,
            path: ref.path,
            digest: document.digest,
            value: document.value,
            lineOf: (location) => document.lineOf(location)
        };
    }
    catch (error) {
        if (!(error instanceof _json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return { readable: false, ...unreadable(error), ...(error.absent ? { absent: true } : {}) };
    }
}


/***/ }),

/***/ 7992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ extensionModules),
/* harmony export */   t: () => (/* binding */ coreModules)
/* harmony export */ });
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */
// Where the validator of each bundled STAC schema is: one module each, under ./stac/, imported
// when a document first needs it. Each module exports `validate`.
/** The Catalog, Collection and Item (Feature) validators of each bundled STAC version. */
const coreModules = {
  "1.0.0": {
    "Catalog": () => __webpack_require__.e(/* import() */ 5627).then(__webpack_require__.bind(__webpack_require__, 5627)),
    "Collection": () => __webpack_require__.e(/* import() */ 8446).then(__webpack_require__.bind(__webpack_require__, 8446)),
    "Feature": () => __webpack_require__.e(/* import() */ 2261).then(__webpack_require__.bind(__webpack_require__, 2261))
  },
  "1.1.0": {
    "Catalog": () => __webpack_require__.e(/* import() */ 1508).then(__webpack_require__.bind(__webpack_require__, 1508)),
    "Collection": () => __webpack_require__.e(/* import() */ 9835).then(__webpack_require__.bind(__webpack_require__, 9835)),
    "Feature": () => __webpack_require__.e(/* import() */ 7460).then(__webpack_require__.bind(__webpack_require__, 7460))
  }
}
/** The validator of each bundled extension schema, by the URL documents name it with. */
const extensionModules = {
  "https://stac-extensions.github.io/eo/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 1192).then(__webpack_require__.bind(__webpack_require__, 1192)),
  "https://stac-extensions.github.io/eo/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 4147).then(__webpack_require__.bind(__webpack_require__, 4147)),
  "https://stac-extensions.github.io/eo/v2.0.0/schema.json": () => __webpack_require__.e(/* import() */ 9489).then(__webpack_require__.bind(__webpack_require__, 9489)),
  "https://stac-extensions.github.io/eo/v2.0.0-beta.1/schema.json": () => __webpack_require__.e(/* import() */ 9261).then(__webpack_require__.bind(__webpack_require__, 9261)),
  "https://stac-extensions.github.io/file/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 9810).then(__webpack_require__.bind(__webpack_require__, 9810)),
  "https://stac-extensions.github.io/file/v2.0.0/schema.json": () => __webpack_require__.e(/* import() */ 6975).then(__webpack_require__.bind(__webpack_require__, 6975)),
  "https://stac-extensions.github.io/file/v2.1.0/schema.json": () => __webpack_require__.e(/* import() */ 6356).then(__webpack_require__.bind(__webpack_require__, 6356)),
  "https://stac-extensions.github.io/processing/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 4121).then(__webpack_require__.bind(__webpack_require__, 4121)),
  "https://stac-extensions.github.io/processing/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 2246).then(__webpack_require__.bind(__webpack_require__, 2246)),
  "https://stac-extensions.github.io/processing/v1.2.0/schema.json": () => __webpack_require__.e(/* import() */ 5335).then(__webpack_require__.bind(__webpack_require__, 5335)),
  "https://stac-extensions.github.io/projection/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 7523).then(__webpack_require__.bind(__webpack_require__, 7523)),
  "https://stac-extensions.github.io/projection/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 4568).then(__webpack_require__.bind(__webpack_require__, 4568)),
  "https://stac-extensions.github.io/projection/v1.2.0/schema.json": () => __webpack_require__.e(/* import() */ 1893).then(__webpack_require__.bind(__webpack_require__, 1893)),
  "https://stac-extensions.github.io/projection/v2.0.0/schema.json": () => __webpack_require__.e(/* import() */ 2326).then(__webpack_require__.bind(__webpack_require__, 9945)),
  "https://stac-extensions.github.io/raster/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 1695).then(__webpack_require__.bind(__webpack_require__, 1695)),
  "https://stac-extensions.github.io/raster/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 964)),
  "https://stac-extensions.github.io/raster/v2.0.0/schema.json": () => __webpack_require__.e(/* import() */ 3010).then(__webpack_require__.bind(__webpack_require__, 3010)),
  "https://stac-extensions.github.io/raster/v2.0.0-beta.1/schema.json": () => __webpack_require__.e(/* import() */ 4704).then(__webpack_require__.bind(__webpack_require__, 4704)),
  "https://stac-extensions.github.io/sat/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 450)),
  "https://stac-extensions.github.io/sat/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 8469).then(__webpack_require__.bind(__webpack_require__, 8469)),
  "https://stac-extensions.github.io/sat/v1.2.0/schema.json": () => __webpack_require__.e(/* import() */ 7496).then(__webpack_require__.bind(__webpack_require__, 7496)),
  "https://stac-extensions.github.io/scientific/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 559)),
  "https://stac-extensions.github.io/timestamps/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 8611).then(__webpack_require__.bind(__webpack_require__, 992)),
  "https://stac-extensions.github.io/timestamps/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 184).then(__webpack_require__.bind(__webpack_require__, 184)),
  "https://stac-extensions.github.io/version/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 6354).then(__webpack_require__.bind(__webpack_require__, 6354)),
  "https://stac-extensions.github.io/version/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 341)),
  "https://stac-extensions.github.io/version/v1.2.0/schema.json": () => __webpack_require__.e(/* import() */ 8024).then(__webpack_require__.bind(__webpack_require__, 8024)),
  "https://stac-extensions.github.io/view/v1.0.0/schema.json": () => __webpack_require__.e(/* import() */ 5187).then(__webpack_require__.bind(__webpack_require__, 5187)),
  "https://stac-extensions.github.io/view/v1.1.0/schema.json": () => __webpack_require__.e(/* import() */ 8936).then(__webpack_require__.bind(__webpack_require__, 8936))
}


/***/ })

};

export const id = 126;
export const ids = [126,5286];
export const modules = {

/***/ 5286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ explainSchemaErrors),
  K: () => (/* binding */ schemaValidator)
});

// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
// EXTERNAL MODULE: ./src/model/multimap.ts
var multimap = __webpack_require__(2600);
;// CONCATENATED MODULE: ./src/model/schema-errors.ts

/** An error's instance path as keys and indexes. */
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** The value at a path of a document, or undefined. */
function valueAt(root, path) {
    let value = root;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
const jsonType = (value) => value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
/** A value as a sentence quotes it: JSON, cut short (it is someone else's text). */
function quotedValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
// ---- What the schema says a value must be -------------------------------------------------------
/** The schema a local `$ref` (`#/$defs/digest`) points to; the schema itself without one. */
function resolved(root, schema) {
    let at = schema;
    for (let hops = 0; hops < 8 && typeof at.$ref === 'string' && at.$ref.startsWith('#/'); hops++) {
        const target = valueAt(root, pathOf(at.$ref.slice(1)));
        if (!(0,json/* isRecord */.u4)(target))
            break;
        at = target;
    }
    return at;
}
/** The schema of the value at `location` (as written, before its $ref), where one says. */
function schemaAt(root, location) {
    let at = root;
    for (const key of location) {
        if (!at)
            return undefined;
        const parent = resolved(root, at);
        const child = typeof key === 'number'
            ? parent.items
            : (0,json/* isRecord */.u4)(parent.properties)
                ? parent.properties[key]
                : undefined;
        at = (0,json/* isRecord */.u4)(child) ? child : undefined;
    }
    return at;
}
const article = (word) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
/** The shape a schema's keywords give, when it has no description. */
function keywordShape(root, schema, depth) {
    if (Array.isArray(schema.enum))
        return `one of ${schema.enum.map(quotedValue).join(', ')}`;
    if ('const' in schema)
        return quotedValue(schema.const);
    if (schema.type === 'object') {
        const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
        return required.length > 0
            ? `an object with ${required.map((name) => `"${name}"`).join(', ')}`
            : 'an object';
    }
    if (schema.type === 'array') {
        const items = (0,json/* isRecord */.u4)(schema.items) && depth < 2 ? shapeOf(root, schema.items, depth + 1) : '';
        const list = typeof schema.minItems === 'number' && schema.minItems > 0 ? 'a non-empty list' : 'a list';
        return items ? `${list}, each ${items}` : list;
    }
    if (schema.type === 'string') {
        if (schema.format === 'date-time')
            return 'an RFC 3339 date-time (2026-02-20T13:00:00Z)';
        if (typeof schema.pattern === 'string')
            return `a string matching ${schema.pattern}`;
        return schema.minLength === 1 ? 'a non-empty string' : 'a string';
    }
    return typeof schema.type === 'string' ? article(schema.type) : undefined;
}
/** A schema's description as the middle of a sentence: no closing period, no capital but an acronym's. */
function described(schema) {
    if (typeof schema.description !== 'string')
        return undefined;
    const text = schema.description.trim().replace(/\.$/, '');
    return /^[A-Z][a-z]/.test(text) ? `${text[0].toLowerCase()}${text.slice(1)}` : text;
}
/**
 * What a value must be, in words: its own description, then what its $ref's target says (its
 * description, else its keywords). `the digest of the QA report file, sha256: followed by 64
 * lowercase hex characters`.
 */
function shapeOf(root, schema, depth = 0) {
    const own = described(schema);
    const target = resolved(root, schema);
    if (target === schema)
        return own ?? keywordShape(root, schema, depth);
    const referenced = described(target) ?? keywordShape(root, target, depth);
    return [own, referenced].filter((part) => part !== undefined).join(', ') || undefined;
}
/** The keywords a sentence about a value replaces with what the schema says it must be. */
const SHAPED = new Set(['type', 'pattern', 'format', 'minLength', 'minItems', 'not']);
/**
 * One of Ajv's errors as a sentence: where, what is wrong and, given the schema, what must be
 * there. `value` is the whole document validated.
 */
function describeSchemaError(error, value, schema) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    const location = pathOf(error.instancePath);
    const found = valueAt(value, location);
    if (error.keyword === 'required') {
        const name = String(error.params.missingProperty);
        const child = schema && schemaAt(schema, [...location, name]);
        const shape = schema && child && shapeOf(schema, child);
        return `${where} is missing "${name}"${shape ? `: it must be ${shape}` : ''}`;
    }
    if (schema && SHAPED.has(error.keyword)) {
        const own = schemaAt(schema, location);
        const shape = own && shapeOf(schema, own);
        if (shape)
            return `${where} is ${quotedValue(found)}; it must be ${shape}`;
    }
    switch (error.keyword) {
        case 'additionalProperties':
            return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
        case 'type':
            return `${where} must be ${[error.params.type].flat().join(' or ')}, not ${jsonType(found)}`;
        case 'enum':
            return `${where} is ${quotedValue(found)}; it must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${where} is ${quotedValue(found)}; it must be ${JSON.stringify(error.params.allowedValue)}`;
        case 'not':
            return found === null ? `${where} must not be null` : `${where} is not allowed here`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}

;// CONCATENATED MODULE: ./src/model/schema-branches.ts



const COMBINATORS = new Set(['oneOf', 'anyOf']);
/** The prefix of a schema path up to and including a branch of a oneOf/anyOf ("…/oneOf/3/"). */
function branchesOf(schemaPath) {
    const prefixes = [];
    const re = /\/(?:oneOf|anyOf)\/\d+\//g;
    for (let m = re.exec(schemaPath); m !== null; m = re.exec(schemaPath))
        prefixes.push(schemaPath.slice(0, m.index + m[0].length));
    return prefixes;
}
const DISCRIMINATOR = /^(?:allOf\/\d+\/)*properties\/type\/(?:enum|const)$/;
/** The branch (its schema path prefix) an error was found in, or undefined outside any branch. */
function innermostBranch(schemaPath) {
    const branches = branchesOf(schemaPath);
    return branches[branches.length - 1];
}
const isUnder = (path, parent) => path === parent || path.startsWith(`${parent}/`);
/**
 * The branches ruled out: within them, the discriminating "type" property has another value (a
 * GeoJSON Point branch for a Polygon), the value has another JSON type than the branch wants,
 * or a value the branch wants null is not.
 */
function ruledOutBranches(all) {
    const ruledOut = new Set();
    for (const e of all) {
        const branch = innermostBranch(e.schemaPath);
        if (branch === undefined)
            continue;
        const rest = e.schemaPath.slice(branch.length);
        if (((e.keyword === 'enum' || e.keyword === 'const') && DISCRIMINATOR.test(rest)) ||
            (e.keyword === 'type' && (rest === 'type' || e.params.type === 'null')))
            ruledOut.add(branch);
    }
    return ruledOut;
}
/** One sentence for a oneOf/anyOf none of whose branches stands: what the value should be. */
function noBranchSentence(e, group, root) {
    const allowed = group
        .filter((x) => (x.keyword === 'enum' || x.keyword === 'const') &&
        x.instancePath === `${e.instancePath}/type`)
        .flatMap((x) => x.keyword === 'enum' ? x.params.allowedValues : [x.params.allowedValue]);
    const nullable = group.some((x) => x.keyword === 'type' && x.params.type === 'null');
    const types = group
        .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath)
        .flatMap((x) => [x.params.type].flat());
    return noBranch(e, root, [...new Set(allowed.map(String))], nullable, [...new Set(types)]);
}
/** Decides what a failed oneOf/anyOf says: nothing (its errors say it), or one sentence. */
function settleCombinator(e, all, out, root) {
    const prefix = `${e.schemaPath}/`;
    const group = all.filter((x) => x !== e && x.schemaPath.startsWith(prefix));
    const says = (x) => !out(x) && (!COMBINATORS.has(x.keyword) || x.sentence !== undefined);
    const standing = group.filter(says);
    const byBranch = new Map();
    for (const x of standing) {
        const branch = x.schemaPath.slice(prefix.length).split('/')[0];
        (0,multimap/* appendTo */.S)(byBranch, branch, x);
    }
    if (byBranch.size === 1) {
        // One branch is still standing: it is the one meant, and its errors say what is wrong.
        e.consumed = true;
    }
    else if (byBranch.size > 1) {
        // Several could be meant: one sentence with the alternatives.
        for (const x of standing)
            x.consumed = true;
        e.sentence = alternatives([...byBranch.values()], e, root);
    }
    else if (
    // No branch is standing. When other errors under the same value say what is wrong (those
    // of a branch whose schema is a $ref), they suffice; else one sentence says what was wanted.
    all.some((x) => x !== e && says(x) && !group.includes(x) && isUnder(x.instancePath, e.instancePath))) {
        e.consumed = true;
    }
    else
        e.sentence = noBranchSentence(e, group, root);
}
/**
 * Ajv's errors (allErrors, no `if` summaries) as problems, the branches of each failed
 * oneOf/anyOf folded into what the value meant; each problem once, in the order of their paths.
 */
function foldBranchErrors(errors, root) {
    const seen = new Set();
    return explain(errors, root).filter((problem) => {
        const key = `${problem.location.join('/')}\u0000${problem.text}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function explain(errors, root) {
    const all = errors.map((e) => ({ ...e }));
    const ruledOut = ruledOutBranches(all);
    const out = (e) => e.consumed === true || branchesOf(e.schemaPath).some((b) => ruledOut.has(b));
    for (const e of all)
        if (COMBINATORS.has(e.keyword) && !out(e))
            settleCombinator(e, all, out, root);
    const problems = [];
    const sentencesAt = new Map();
    for (const e of all) {
        if (out(e) || e.sentence === undefined)
            continue;
        // The same value checked by two schemas (GeoJSON's Feature and Geometry): say it once.
        if (sentencesAt.has(e.instancePath))
            continue;
        sentencesAt.set(e.instancePath, e.sentence);
        const location = pathOf(e.instancePath);
        // A sentence about a discriminating "type" points at it.
        if (e.sentence.startsWith(`${e.instancePath}/type is `))
            location.push('type');
        problems.push({ location, text: e.sentence });
    }
    for (const e of all) {
        if (out(e) || COMBINATORS.has(e.keyword))
            continue;
        const text = describeSchemaError(e, root);
        // Already said, as one of the alternatives of a sentence about the same value.
        if (sentencesAt.get(e.instancePath)?.includes(text))
            continue;
        problems.push({ location: pathOf(e.instancePath), text });
    }
    return problems.sort((a, b) => a.location.join('/').localeCompare(b.location.join('/')));
}
const quoted = (names) => {
    const q = names.map((n) => `"${n}"`);
    return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
};
function alternatives(branches, group, root) {
    const where = group.instancePath === '' ? 'the document' : group.instancePath;
    if (branches.every((b) => b.every((x) => x.keyword === 'required' && x.instancePath === group.instancePath))) {
        // Alternatives of required properties (STAC's datetime, or start and end).
        const lists = branches.map((b) => [...new Set(b.map((x) => String(x.params.missingProperty)))]);
        return `${where} is missing ${lists.map(quoted).join(', or else ')}`;
    }
    return branches
        .map((b) => b.map((x) => x.sentence ?? describeSchemaError(x, root)).join(' and '))
        .join(', or else ');
}
function noBranch(e, root, allowed, nullable, types) {
    const where = e.instancePath === '' ? 'the document' : e.instancePath;
    const value = valueAt(root, pathOf(e.instancePath));
    const orNull = nullable ? ', or null' : '';
    if (allowed.length > 0 && (0,json/* isRecord */.u4)(value))
        return `${where}/type is ${JSON.stringify(value.type)}; it must be one of ${allowed.join(', ')}${orNull}`;
    if (allowed.length > 0)
        return `${where} is ${jsonType(value)}; it must be an object whose "type" is one of ${allowed.join(', ')}${orNull}`;
    // The sentences Ajv's own errors would have: a type error's, else the failed oneOf/anyOf's.
    if (types.length > 0)
        return describeSchemaError({ ...e, keyword: 'type', params: { type: types } }, root);
    return describeSchemaError(e, root);
}

;// CONCATENATED MODULE: ./src/model/json-schema.ts


/**
 * A validator's errors as problems. if/then add summary errors on top of the real ones; those
 * say nothing more. Given the schema, each problem says what the value must be. With
 * foldBranches, the errors of every branch of a failed oneOf/anyOf are folded into what the
 * value meant (the STAC schemas' GeoJSON geometries would otherwise list every branch's).
 */
function explainSchemaErrors(errors, value, options = {}) {
    const real = errors.filter((e) => e.keyword !== 'if');
    if (options.foldBranches === true)
        return foldBranchErrors(real, value);
    return real.map((error) => ({
        location: pathOf(error.instancePath),
        text: describeSchemaError(error, value, options.schema)
    }));
}
/**
 * Wraps a validator compiled at build time; the function lists a value's problems ([] when
 * valid). Given the schema it was compiled from, each problem says what the value must be.
 */
function schemaValidator(validate, schema) {
    return (value) => validate(value) ? [] : explainSchemaErrors(validate.errors ?? [], value, { schema });
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ appendTo)
/* harmony export */ });
// A map from a key to every value filed under it, in the order they came: the index the gates and
// the reports build once so that each later question is a lookup, not a scan.
/** Files `value` under `key`, after the values already there. */
function appendTo(map, key, value) {
    const values = map.get(key);
    if (values)
        values.push(value);
    else
        map.set(key, [value]);
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ manifestV1),
/* harmony export */   Qd: () => (/* binding */ ledgerRecordV1),
/* harmony export */   YH: () => (/* binding */ runReceiptV1Schema),
/* harmony export */   b_: () => (/* binding */ runReceiptV1),
/* harmony export */   gs: () => (/* binding */ manifestV1Schema),
/* harmony export */   n: () => (/* binding */ inventoryShardV1Schema),
/* harmony export */   uK: () => (/* binding */ inventoryShardV1)
/* harmony export */ });
/* unused harmony export ledgerRecordV1Schema */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6214);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */



const manifestV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/artifactPath"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"artifactPath":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /; a directory store's path ends with one / (its digest is the in-toto dirHash of its files).","type":"string","minLength":2,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"}]}},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const schema32 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema33 = {"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"};
const schema34 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /; a directory store's path ends with one / (its digest is the in-toto dirHash of its files).","type":"string","minLength":2,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"}]}};
const schema36 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__["default"];
const pattern4 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
const pattern5 = new RegExp("^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$", "u");
const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
const pattern8 = new RegExp("^/", "u");
const pattern9 = new RegExp("\\\\", "u");
const pattern10 = new RegExp("(^|/)\\.\\.?(/|$)", "u");
const pattern11 = new RegExp("//", "u");
const pattern13 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+", "u");
const pattern18 = new RegExp("/$", "u");
const pattern21 = new RegExp("^kfm://policy_decision/\\S+$", "u");
const formats0 = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/promotion_manifest_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_promotion_manifest_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_promotion_manifest_version"},message:"must have required property '"+"kfm_promotion_manifest_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_slug === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_slug"},message:"must have required property '"+"dataset_slug"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_hash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_hash"},message:"must have required property '"+"spec_hash"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.released_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released_at"},message:"must have required property '"+"released_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.artifacts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.catalogs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogs"},message:"must have required property '"+"catalogs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.qa === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qa"},message:"must have required property '"+"qa"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.approvals === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kfm_promotion_manifest_version !== undefined){
if("v1" !== data.kfm_promotion_manifest_version){
const err11 = {instancePath:instancePath+"/kfm_promotion_manifest_version",schemaPath:"#/properties/kfm_promotion_manifest_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dataset_slug !== undefined){
let data1 = data.dataset_slug;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data2 = data.dataset_version_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err14 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.spec_hash !== undefined){
let data3 = data.spec_hash;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err16 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.released_at !== undefined){
let data4 = data.released_at;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err18 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data4))){
const err19 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data5 = data.artifacts;
if(Array.isArray(data5)){
if(data5.length < 1){
const err21 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.path === undefined){
const err22 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.digest === undefined){
const err23 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.media_type === undefined){
const err24 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "path") || (key1 === "digest")) || (key1 === "media_type"))){
const err25 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.path !== undefined){
let data7 = data6.path;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid8 = valid8 || _valid0;
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
valid8 = valid8 || _valid0;
const _errs26 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
valid8 = valid8 || _valid0;
const _errs27 = errors;
if(typeof data7 === "string"){
if(!pattern11.test(data7)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs22 === errors;
if(valid7){
const err31 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/artifactPath/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(typeof data7 === "string"){
if(func2(data7) < 2){
const err32 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/artifactPath/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/artifactPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err34 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.media_type !== undefined){
let data9 = data6.media_type;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err36 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern13.test(data9)){
const err37 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"},message:"must match pattern \""+"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.catalogs !== undefined){
let data10 = data.catalogs;
if(Array.isArray(data10)){
if(data10.length < 1){
const err41 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.path === undefined){
const err42 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data11.digest === undefined){
const err43 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "path") || (key2 === "digest"))){
const err44 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.path !== undefined){
let data12 = data11.path;
const _errs41 = errors;
const _errs42 = errors;
const _errs43 = errors;
let valid15 = false;
const _errs44 = errors;
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var _valid1 = _errs44 === errors;
valid15 = valid15 || _valid1;
const _errs45 = errors;
if(typeof data12 === "string"){
if(!pattern9.test(data12)){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid1 = _errs45 === errors;
valid15 = valid15 || _valid1;
const _errs46 = errors;
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid1 = _errs46 === errors;
valid15 = valid15 || _valid1;
const _errs47 = errors;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid15 = valid15 || _valid1;
const _errs48 = errors;
if(typeof data12 === "string"){
if(!pattern18.test(data12)){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs42 === errors;
if(valid14){
const err51 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err52 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data11.digest !== undefined){
let data13 = data11.digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err54 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.qa !== undefined){
let data14 = data.qa;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err58 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data14.report_digest === undefined){
const err59 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "status") || (key3 === "report_digest"))){
const err60 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err61 = {instancePath:instancePath+"/qa/status",schemaPath:"#/properties/qa/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.qa.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err62 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.policy_label === undefined){
const err65 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "policy_label"},message:"must have required property '"+"policy_label"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data17.decision_id === undefined){
const err66 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key4 in data17){
if(!((key4 === "policy_label") || (key4 === "decision_id"))){
const err67 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data17.policy_label !== undefined){
let data18 = data17.policy_label;
if(!((((data18 === "public") || (data18 === "internal")) || (data18 === "restricted")) || (data18 === "confidential"))){
const err68 = {instancePath:instancePath+"/policy/policy_label",schemaPath:"#/properties/policy/properties/policy_label/enum",keyword:"enum",params:{allowedValues: schema31.properties.policy.properties.policy_label.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data17.decision_id !== undefined){
let data19 = data17.decision_id;
if(typeof data19 === "string"){
if(!pattern21.test(data19)){
const err69 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.approvals !== undefined){
let data20 = data.approvals;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.role === undefined){
const err72 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data21.principal === undefined){
const err73 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data21.approved_at === undefined){
const err74 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approved_at"},message:"must have required property '"+"approved_at"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "role") || (key5 === "principal")) || (key5 === "approved_at"))){
const err75 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data21.role !== undefined){
let data22 = data21.role;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err76 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data21.principal !== undefined){
let data23 = data21.principal;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err78 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data21.approved_at !== undefined){
let data24 = data21.approved_at;
if(typeof data24 === "string"){
if(!pattern7.test(data24)){
const err80 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(formats0.validate(data24))){
const err81 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const runReceiptV1 = validate21;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/run_receipt_v1.schema.json","title":"KFM run receipt v1","description":"The per-run receipt of the promotion contract's appendix: what a pipeline run read and wrote, where, and with what validation and policy outcome. Output uris are paths relative to the dataset root.","type":"object","required":["run_id","actor","operation","dataset_version_id","inputs","outputs","environment","validation","policy","created_at"],"properties":{"run_id":{"description":"the run's id, kfm://run/ followed by the run's own name (no spaces)","type":"string","pattern":"^kfm://run/\\S+$"},"actor":{"description":"an object naming who ran it, with \"principal\" and \"role\"","type":"object","required":["principal","role"],"properties":{"principal":{"description":"the account that ran it, a non-empty string such as \"svc:pipeline\"","type":"string","minLength":1},"role":{"description":"its role, a non-empty string such as \"pipeline\"","type":"string","minLength":1}}},"operation":{"description":"what the run did, a non-empty string such as \"ingest+publish\"","type":"string","minLength":1},"dataset_version_id":{"description":"the dataset_version_id it produced (the version-id command prints it), 1 to 128 of A-Z a-z 0-9 . _ -","type":"string","pattern":"^[A-Za-z0-9._-]{1,128}$"},"inputs":{"description":"a list of the files it read, each an object with \"uri\" and \"digest\" (it may be empty)","type":"array","items":{"$ref":"#/$defs/reference"}},"outputs":{"description":"a non-empty list of the files it wrote, each an object with \"uri\" (the path relative to the dataset root) and \"digest\"","type":"array","minItems":1,"items":{"$ref":"#/$defs/reference"}},"environment":{"description":"an object saying where it ran, with \"container_digest\", \"git_commit\" (7 to 64 lowercase hex) and \"params_digest\", each optional","type":"object","properties":{"container_digest":{"$ref":"#/$defs/digest"},"git_commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"params_digest":{"$ref":"#/$defs/digest"}}},"validation":{"description":"an object with the run's QA outcome: \"status\" and \"report_digest\"","type":"object","required":["status","report_digest"],"properties":{"status":{"description":"the QA outcome, one of \"pass\", \"warn\", \"fail\"","enum":["pass","warn","fail"]},"report_digest":{"description":"the digest of the QA report file (the qa-report input; the manifest's qa.report_digest)","$ref":"#/$defs/digest"}}},"policy":{"description":"an object naming the policy decision it ran under, with \"decision_id\"","type":"object","required":["decision_id"],"properties":{"decision_id":{"description":"the decision_id of the policy decision given as policy-decision: kfm://policy_decision/ followed by its name","type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"created_at":{"description":"the time it ran, an RFC 3339 date-time such as 2026-02-20T12:05:00Z","type":"string","format":"date-time"}},"$defs":{"digest":{"description":"sha256: followed by 64 lowercase hex characters","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"description":"an object with \"uri\" and \"digest\"","type":"object","required":["uri","digest"],"properties":{"uri":{"description":"the file's path relative to the dataset root","type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}}}};
const schema42 = {"description":"sha256: followed by 64 lowercase hex characters","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const pattern23 = new RegExp("^kfm://run/\\S+$", "u");
const pattern24 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
const pattern27 = new RegExp("^[0-9a-f]{7,64}$", "u");
const schema41 = {"description":"an object with \"uri\" and \"digest\"","type":"object","required":["uri","digest"],"properties":{"uri":{"description":"the file's path relative to the dataset root","type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.digest !== undefined){
let data1 = data.digest;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/run_receipt_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.operation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.outputs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.environment === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.validation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validation"},message:"must have required property '"+"validation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.created_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(!pattern23.test(data0)){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^kfm://run/\\S+$"},message:"must match pattern \""+"^kfm://run/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.actor !== undefined){
let data1 = data.actor;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.principal === undefined){
const err12 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.role === undefined){
const err13 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.principal !== undefined){
let data2 = data1.principal;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.role !== undefined){
let data3 = data1.role;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err16 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operation !== undefined){
let data4 = data.operation;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data5 = data.dataset_version_id;
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
const err21 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.inputs !== undefined){
let data6 = data.inputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data6[i0], {instancePath:instancePath+"/inputs/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.outputs !== undefined){
let data8 = data.outputs;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data8[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.environment !== undefined){
let data10 = data.environment;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.container_digest !== undefined){
let data11 = data10.container_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.git_commit !== undefined){
let data12 = data10.git_commit;
if(typeof data12 === "string"){
if(!pattern27.test(data12)){
const err28 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.params_digest !== undefined){
let data13 = data10.params_digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err30 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.validation !== undefined){
let data14 = data.validation;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err33 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.report_digest === undefined){
const err34 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err35 = {instancePath:instancePath+"/validation/status",schemaPath:"#/properties/validation/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.validation.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err36 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.decision_id === undefined){
const err39 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.decision_id !== undefined){
let data18 = data17.decision_id;
if(typeof data18 === "string"){
if(!pattern21.test(data18)){
const err40 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.created_at !== undefined){
let data19 = data.created_at;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"run_id":true,"actor":true,"operation":true,"dataset_version_id":true,"inputs":true,"outputs":true,"environment":true,"validation":true,"policy":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

const inventoryShardV1 = validate25;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/inventory_shard_v1.schema.json","title":"KFM inventory shard v1","description":"One shard of a sharded artifact inventory (inventory --shard I/N, or the action's mode: inventory): the whole listing's size and digest, and the entries of the files whose shard (the first 4 bytes of the SHA-256 of the UTF-8 root-relative path, as a big-endian number, modulo count, plus 1) is this one. Paths are relative to root.","type":"object","additionalProperties":false,"required":["kfm_inventory_shard_version","shard","input","root","patterns","media_types","path_count","paths_digest","entries"],"properties":{"kfm_inventory_shard_version":{"const":"v1"},"shard":{"type":"object","additionalProperties":false,"required":["index","count"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1,"maximum":1024}}},"input":{"const":"artifacts"},"root":{"type":"string","minLength":1},"patterns":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"media_types":{"type":"array","items":{"type":"string","minLength":1}},"path_count":{"type":"integer","minimum":0},"paths_digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type","size"],"properties":{"path":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0}}}}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const schema47 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/inventory_shard_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_inventory_shard_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_inventory_shard_version"},message:"must have required property '"+"kfm_inventory_shard_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shard === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shard"},message:"must have required property '"+"shard"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.input === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.root === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root"},message:"must have required property '"+"root"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.patterns === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.media_types === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "media_types"},message:"must have required property '"+"media_types"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.path_count === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path_count"},message:"must have required property '"+"path_count"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.paths_digest === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paths_digest"},message:"must have required property '"+"paths_digest"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.entries === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema46.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kfm_inventory_shard_version !== undefined){
if("v1" !== data.kfm_inventory_shard_version){
const err10 = {instancePath:instancePath+"/kfm_inventory_shard_version",schemaPath:"#/properties/kfm_inventory_shard_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.shard !== undefined){
let data1 = data.shard;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.index === undefined){
const err11 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.count === undefined){
const err12 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "index") || (key1 === "count"))){
const err13 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.index !== undefined){
let data2 = data1.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data1.count !== undefined){
let data3 = data1.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1024 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/shard/count",schemaPath:"#/properties/shard/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.input !== undefined){
if("artifacts" !== data.input){
const err20 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/const",keyword:"const",params:{allowedValue: "artifacts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.root !== undefined){
let data5 = data.root;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err21 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.patterns !== undefined){
let data6 = data.patterns;
if(Array.isArray(data6)){
if(data6.length < 1){
const err23 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err24 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/patterns/" + i0,schemaPath:"#/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.media_types !== undefined){
let data8 = data.media_types;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err27 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/media_types/" + i1,schemaPath:"#/properties/media_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/media_types",schemaPath:"#/properties/media_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.path_count !== undefined){
let data10 = data.path_count;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err30 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/path_count",schemaPath:"#/properties/path_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.paths_digest !== undefined){
let data11 = data.paths_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err32 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/paths_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.entries !== undefined){
let data12 = data.entries;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err34 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13.digest === undefined){
const err35 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.media_type === undefined){
const err36 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.size === undefined){
const err37 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key2 in data13){
if(!((((key2 === "path") || (key2 === "digest")) || (key2 === "media_type")) || (key2 === "size"))){
const err38 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err39 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/entries/" + i2+"/path",schemaPath:"#/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.digest !== undefined){
let data15 = data13.digest;
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err41 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/entries/" + i2+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.media_type !== undefined){
let data16 = data13.media_type;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/entries/" + i2+"/media_type",schemaPath:"#/properties/entries/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.size !== undefined){
let data17 = data13.size;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err45 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/entries/" + i2+"/size",schemaPath:"#/properties/entries/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/entries/" + i2,schemaPath:"#/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const ledgerRecordV1 = validate26;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/ledger_record_v1.schema.json","title":"KFM promotion ledger record v1","description":"One line of ledger/<slug>.jsonl on the promotion-ledger branch: one published dataset version. Written as compact JSON with the keys in this order; `previous` is the sha256: digest of the previous line's bytes without its newline, null on the first line.","type":"object","additionalProperties":false,"required":["seq","dataset_slug","dataset_version_id","manifest_digest","spec_hash","released_at","commit","run_url","release_url","previous"],"properties":{"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"manifest_digest":{"$ref":"#/$defs/digest"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"description":"RFC 3339 in UTC with Z, seconds precision, as in the manifest.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"commit":{"description":"The gated commit: a SHA-1 (40) or SHA-256 (64) object name, lowercase hex.","type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"run_url":{"$ref":"#/$defs/url"},"release_url":{"$ref":"#/$defs/url"},"previous":{"oneOf":[{"$ref":"#/$defs/digest"},{"type":"null"}]}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"url":{"description":"An http(s) URL of printable ASCII (no spaces, quotes, angle brackets or controls), at most 2048 characters.","type":"string","maxLength":2048,"pattern":"^https?://[!#-;=?-~]+$"}}};
const schema50 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema52 = {"description":"An http(s) URL of printable ASCII (no spaces, quotes, angle brackets or controls), at most 2048 characters.","type":"string","maxLength":2048,"pattern":"^https?://[!#-;=?-~]+$"};
const pattern38 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
const pattern39 = new RegExp("^https?://[!#-;=?-~]+$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/ledger_record_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.seq === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_slug === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_slug"},message:"must have required property '"+"dataset_slug"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.manifest_digest === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_digest"},message:"must have required property '"+"manifest_digest"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.spec_hash === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_hash"},message:"must have required property '"+"spec_hash"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.released_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released_at"},message:"must have required property '"+"released_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.commit === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.run_url === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_url"},message:"must have required property '"+"run_url"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.release_url === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release_url"},message:"must have required property '"+"release_url"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.previous === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema49.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.seq !== undefined){
let data0 = data.seq;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err11 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err12 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err13 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.dataset_slug !== undefined){
let data1 = data.dataset_slug;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err14 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data2 = data.dataset_version_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err16 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.manifest_digest !== undefined){
let data3 = data.manifest_digest;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err18 = {instancePath:instancePath+"/manifest_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/manifest_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.spec_hash !== undefined){
let data4 = data.spec_hash;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err20 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.released_at !== undefined){
let data5 = data.released_at;
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err22 = {instancePath:instancePath+"/released_at",schemaPath:"#/properties/released_at/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0.validate(data5))){
const err23 = {instancePath:instancePath+"/released_at",schemaPath:"#/properties/released_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/released_at",schemaPath:"#/properties/released_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.commit !== undefined){
let data6 = data.commit;
if(typeof data6 === "string"){
if(!pattern38.test(data6)){
const err25 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.run_url !== undefined){
let data7 = data.run_url;
if(typeof data7 === "string"){
if(func2(data7) > 2048){
const err27 = {instancePath:instancePath+"/run_url",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern39.test(data7)){
const err28 = {instancePath:instancePath+"/run_url",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[!#-;=?-~]+$"},message:"must match pattern \""+"^https?://[!#-;=?-~]+$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/run_url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.release_url !== undefined){
let data8 = data.release_url;
if(typeof data8 === "string"){
if(func2(data8) > 2048){
const err30 = {instancePath:instancePath+"/release_url",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern39.test(data8)){
const err31 = {instancePath:instancePath+"/release_url",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[!#-;=?-~]+$"},message:"must match pattern \""+"^https?://[!#-;=?-~]+$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/release_url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.previous !== undefined){
let data9 = data.previous;
const _errs25 = errors;
let valid5 = false;
let passing0 = null;
const _errs26 = errors;
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err33 = {instancePath:instancePath+"/previous",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/previous",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs29 = errors;
if(data9 !== null){
const err35 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err36 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const manifestV1Schema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/artifactPath"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"artifactPath":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /; a directory store's path ends with one / (its digest is the in-toto dirHash of its files).","type":"string","minLength":2,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"}]}},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const runReceiptV1Schema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/run_receipt_v1.schema.json","title":"KFM run receipt v1","description":"The per-run receipt of the promotion contract's appendix: what a pipeline run read and wrote, where, and with what validation and policy outcome. Output uris are paths relative to the dataset root.","type":"object","required":["run_id","actor","operation","dataset_version_id","inputs","outputs","environment","validation","policy","created_at"],"properties":{"run_id":{"description":"the run's id, kfm://run/ followed by the run's own name (no spaces)","type":"string","pattern":"^kfm://run/\\S+$"},"actor":{"description":"an object naming who ran it, with \"principal\" and \"role\"","type":"object","required":["principal","role"],"properties":{"principal":{"description":"the account that ran it, a non-empty string such as \"svc:pipeline\"","type":"string","minLength":1},"role":{"description":"its role, a non-empty string such as \"pipeline\"","type":"string","minLength":1}}},"operation":{"description":"what the run did, a non-empty string such as \"ingest+publish\"","type":"string","minLength":1},"dataset_version_id":{"description":"the dataset_version_id it produced (the version-id command prints it), 1 to 128 of A-Z a-z 0-9 . _ -","type":"string","pattern":"^[A-Za-z0-9._-]{1,128}$"},"inputs":{"description":"a list of the files it read, each an object with \"uri\" and \"digest\" (it may be empty)","type":"array","items":{"$ref":"#/$defs/reference"}},"outputs":{"description":"a non-empty list of the files it wrote, each an object with \"uri\" (the path relative to the dataset root) and \"digest\"","type":"array","minItems":1,"items":{"$ref":"#/$defs/reference"}},"environment":{"description":"an object saying where it ran, with \"container_digest\", \"git_commit\" (7 to 64 lowercase hex) and \"params_digest\", each optional","type":"object","properties":{"container_digest":{"$ref":"#/$defs/digest"},"git_commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"params_digest":{"$ref":"#/$defs/digest"}}},"validation":{"description":"an object with the run's QA outcome: \"status\" and \"report_digest\"","type":"object","required":["status","report_digest"],"properties":{"status":{"description":"the QA outcome, one of \"pass\", \"warn\", \"fail\"","enum":["pass","warn","fail"]},"report_digest":{"description":"the digest of the QA report file (the qa-report input; the manifest's qa.report_digest)","$ref":"#/$defs/digest"}}},"policy":{"description":"an object naming the policy decision it ran under, with \"decision_id\"","type":"object","required":["decision_id"],"properties":{"decision_id":{"description":"the decision_id of the policy decision given as policy-decision: kfm://policy_decision/ followed by its name","type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"created_at":{"description":"the time it ran, an RFC 3339 date-time such as 2026-02-20T12:05:00Z","type":"string","format":"date-time"}},"$defs":{"digest":{"description":"sha256: followed by 64 lowercase hex characters","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"description":"an object with \"uri\" and \"digest\"","type":"object","required":["uri","digest"],"properties":{"uri":{"description":"the file's path relative to the dataset root","type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}}}};
const inventoryShardV1Schema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/inventory_shard_v1.schema.json","title":"KFM inventory shard v1","description":"One shard of a sharded artifact inventory (inventory --shard I/N, or the action's mode: inventory): the whole listing's size and digest, and the entries of the files whose shard (the first 4 bytes of the SHA-256 of the UTF-8 root-relative path, as a big-endian number, modulo count, plus 1) is this one. Paths are relative to root.","type":"object","additionalProperties":false,"required":["kfm_inventory_shard_version","shard","input","root","patterns","media_types","path_count","paths_digest","entries"],"properties":{"kfm_inventory_shard_version":{"const":"v1"},"shard":{"type":"object","additionalProperties":false,"required":["index","count"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1,"maximum":1024}}},"input":{"const":"artifacts"},"root":{"type":"string","minLength":1},"patterns":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"media_types":{"type":"array","items":{"type":"string","minLength":1}},"path_count":{"type":"integer","minimum":0},"paths_digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type","size"],"properties":{"path":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1},"size":{"type":"integer","minimum":0}}}}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const ledgerRecordV1Schema = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/ledger_record_v1.schema.json","title":"KFM promotion ledger record v1","description":"One line of ledger/<slug>.jsonl on the promotion-ledger branch: one published dataset version. Written as compact JSON with the keys in this order; `previous` is the sha256: digest of the previous line's bytes without its newline, null on the first line.","type":"object","additionalProperties":false,"required":["seq","dataset_slug","dataset_version_id","manifest_digest","spec_hash","released_at","commit","run_url","release_url","previous"],"properties":{"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"manifest_digest":{"$ref":"#/$defs/digest"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"description":"RFC 3339 in UTC with Z, seconds precision, as in the manifest.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"commit":{"description":"The gated commit: a SHA-1 (40) or SHA-256 (64) object name, lowercase hex.","type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"run_url":{"$ref":"#/$defs/url"},"release_url":{"$ref":"#/$defs/url"},"previous":{"oneOf":[{"$ref":"#/$defs/digest"},{"type":"null"}]}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"url":{"description":"An http(s) URL of printable ASCII (no spaces, quotes, angle brackets or controls), at most 2048 characters.","type":"string","maxLength":2048,"pattern":"^https?://[!#-;=?-~]+$"}}};


/***/ })

};

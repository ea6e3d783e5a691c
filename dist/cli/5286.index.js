export const id = 5286;
export const ids = [5286];
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


/***/ })

};

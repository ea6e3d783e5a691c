export const id = 9194;
export const ids = [9194];
export const modules = {

/***/ 9831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ jsonType),
/* harmony export */   Ki: () => (/* binding */ schemaValidator),
/* harmony export */   LA: () => (/* binding */ describeSchemaError),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   fK: () => (/* binding */ valueAt)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7979);

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
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(target))
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
            : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(parent.properties)
                ? parent.properties[key]
                : undefined;
        at = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(child) ? child : undefined;
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
        const items = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(schema.items) && depth < 2 ? shapeOf(root, schema.items, depth + 1) : '';
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
/**
 * Wraps a validator compiled at build time; the function lists a value's problems ([] when
 * valid). Given the schema it was compiled from, each problem says what the value must be.
 */
function schemaValidator(validate, schema) {
    return (value) => {
        if (validate(value))
            return [];
        // if/then add summary errors on top of the real ones; those say nothing more.
        const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
        return errors.map((error) => ({
            location: pathOf(error.instancePath),
            text: describeSchemaError(error, value, schema)
        }));
    };
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

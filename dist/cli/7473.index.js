export const id = 7473;
export const ids = [7473];
export const modules = {

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ collectionDiff),
/* harmony export */   i: () => (/* binding */ collectionFacts)
/* harmony export */ });
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7979);
// The part of a diff read from each side's STAC collection: its extent (bbox, interval) and its
// licence. Only these three; anything else in the collection is the catalogs' own business.

function listOfLists(value, item) {
    if (!Array.isArray(value))
        return null;
    const lists = [];
    for (const inner of value) {
        if (!Array.isArray(inner) || !inner.every(item))
            return null;
        lists.push([...inner]);
    }
    return lists;
}
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isTime = (v) => v === null || typeof v === 'string';
/** The extent and licence of a STAC Collection document, or undefined when it is not one. */
function collectionFacts(value) {
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || value.type !== 'Collection' || !('stac_version' in value))
        return undefined;
    const extent = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.extent) ? value.extent : {};
    const spatial = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.spatial) ? extent.spatial : {};
    const temporal = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(extent.temporal) ? extent.temporal : {};
    return {
        bbox: listOfLists(spatial.bbox, isNumber),
        interval: listOfLists(temporal.interval, isTime),
        license: typeof value.license === 'string' ? value.license : null
    };
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function change(old, now) {
    return { old, new: now, changed: !same(old, now) };
}
/** The collections compared, or why they are not. */
function collectionDiff(options) {
    const { oldCollection, newCollection } = options;
    if (oldCollection === undefined || newCollection === undefined) {
        const missing = oldCollection === undefined && newCollection === undefined
            ? 'either side'
            : oldCollection === undefined
                ? 'the old side'
                : 'the new side';
        return {
            compared: false,
            reason: options.collectionMissing ?? `no STAC collection was given for ${missing}`
        };
    }
    const old = collectionFacts(oldCollection);
    const now = collectionFacts(newCollection);
    if (!old || !now)
        return {
            compared: false,
            reason: `the ${!old ? 'old' : 'new'} side's collection is not a STAC Collection (no "type": "Collection" with a stac_version)`
        };
    const bbox = change(old.bbox, now.bbox);
    const interval = change(old.interval, now.interval);
    const license = change(old.license, now.license);
    return {
        compared: true,
        changed: bbox.changed || interval.changed || license.changed,
        ...(options.oldCollectionPath !== undefined ? { old_path: options.oldCollectionPath } : {}),
        ...(options.newCollectionPath !== undefined ? { new_path: options.newCollectionPath } : {}),
        bbox,
        interval,
        license
    };
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ManifestDiffError: () => (/* binding */ ManifestDiffError),
/* harmony export */   diffManifests: () => (/* binding */ diffManifests)
/* harmony export */ });
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(428);
/* harmony import */ var _gates_c_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5844);
/* harmony import */ var _gates_f_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(769);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6553);
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8795);
// What changed from one promoted version to the next: two v1 manifests (and, when given, the STAC
// collection of each) compared field by field and path by path. Pure: values in, a ManifestDiff
// out; the CLI (cli/diff.ts) reads the files, report/ renders it.





/** One of the two manifests is not a v1 promotion manifest, or lists a path twice. */
class ManifestDiffError extends Error {
}
function checked(value, side) {
    const unsafe = (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonValueProblem */ .rE)(value);
    if (unsafe)
        throw new ManifestDiffError(`the ${side} manifest ${unsafe.message}`);
    const problems = (0,_gates_f_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .validateManifest */ .yl)(value, side);
    if (problems.length > 0) {
        const shown = problems
            .slice(0, 3)
            .map((v) => v.message.replace(/^The manifest does not match the v1 schema: /, ''));
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        throw new ManifestDiffError(`the ${side} manifest is not a v1 promotion manifest (schemas/promotion_manifest_v1.schema.json): ${shown.join(' ')}${more}`);
    }
    return value;
}
function field(old, now) {
    return { old, new: now, changed: old !== now };
}
function byPath(entries, side, list) {
    const map = new Map();
    for (const entry of entries) {
        if (map.has(entry.path))
            throw new ManifestDiffError(`the ${side} manifest lists ${JSON.stringify(entry.path)} twice in ${list}; a promoted manifest lists each path once`);
        map.set(entry.path, entry);
    }
    return map;
}
function listed(entry, size) {
    return {
        path: entry.path,
        digest: entry.digest,
        ...('media_type' in entry ? { media_type: entry.media_type } : {}),
        ...(size !== undefined ? { size } : {}),
        ...(entry.path.endsWith('/') ? { store: true } : {})
    };
}
function listDiff(olds, news, list, sizeOf) {
    const oldMap = byPath(olds, 'old', list);
    const newMap = byPath(news, 'new', list);
    const size = (side, path) => sizeOf?.(side, path);
    const diff = { added: [], removed: [], changed: [], unchanged: 0 };
    for (const [path, entry] of newMap) {
        const before = oldMap.get(path);
        if (!before) {
            diff.added.push(listed(entry, size('new', path)));
            continue;
        }
        const oldType = 'media_type' in before ? before.media_type : undefined;
        const newType = 'media_type' in entry ? entry.media_type : undefined;
        if (before.digest === entry.digest && oldType === newType) {
            diff.unchanged++;
            continue;
        }
        const [oldSize, newSize] = [size('old', path), size('new', path)];
        diff.changed.push({
            path,
            old_digest: before.digest,
            new_digest: entry.digest,
            ...(oldType !== undefined ? { old_media_type: oldType } : {}),
            ...(newType !== undefined ? { new_media_type: newType } : {}),
            ...(oldSize !== undefined ? { old_size: oldSize } : {}),
            ...(newSize !== undefined ? { new_size: newSize } : {}),
            ...(path.endsWith('/') ? { store: true } : {})
        });
    }
    for (const [path, entry] of oldMap)
        if (!newMap.has(path))
            diff.removed.push(listed(entry, size('old', path)));
    const byEntryPath = (a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n)(a.path, b.path);
    diff.added.sort(byEntryPath);
    diff.removed.sort(byEntryPath);
    diff.changed.sort(byEntryPath);
    return diff;
}
const approvalKey = (a) => JSON.stringify([a.role, a.principal, a.approved_at]);
function approvalsDiff(olds, news) {
    const oldKeys = new Set(olds.map(approvalKey));
    const newKeys = new Set(news.map(approvalKey));
    const pick = (a) => ({
        role: a.role,
        principal: a.principal,
        approved_at: a.approved_at
    });
    return {
        added: news.filter((a) => !oldKeys.has(approvalKey(a))).map(pick),
        removed: olds.filter((a) => !newKeys.has(approvalKey(a))).map(pick),
        unchanged: news.filter((a) => oldKeys.has(approvalKey(a))).length
    };
}
function labelChange(old, now) {
    const rank = (label) => _gates_c_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_LABELS */ .bw.indexOf(label);
    return { ...field(old, now), lowered: rank(now) < rank(old) };
}
const listDiffers = (d) => d.added.length + d.removed.length + d.changed.length > 0;
/**
 * Compares two v1 promotion manifests (each validated first: ManifestDiffError names the side
 * and what is wrong). Lists are compared by path, sorted by UTF-8 bytes; approvals by role,
 * principal and time.
 */
function diffManifests(oldManifest, newManifest, options = {}) {
    const old = checked(oldManifest, 'old');
    const now = checked(newManifest, 'new');
    const diff = {
        dataset_slug: field(old.dataset_slug, now.dataset_slug),
        dataset_version_id: field(old.dataset_version_id, now.dataset_version_id),
        spec_hash: field(old.spec_hash, now.spec_hash),
        released_at: field(old.released_at, now.released_at),
        artifacts: listDiff(old.artifacts, now.artifacts, 'artifacts', options.sizeOf),
        catalogs: listDiff(old.catalogs, now.catalogs, 'catalogs', options.sizeOf),
        qa: {
            status: field(old.qa.status, now.qa.status),
            report_digest: field(old.qa.report_digest, now.qa.report_digest)
        },
        policy: {
            policy_label: labelChange(old.policy.policy_label, now.policy.policy_label),
            decision_id: field(old.policy.decision_id, now.policy.decision_id)
        },
        approvals: approvalsDiff(old.approvals, now.approvals),
        collection: (0,_collection_js__WEBPACK_IMPORTED_MODULE_4__/* .collectionDiff */ .K)(options)
    };
    const differ = [
        diff.dataset_slug,
        diff.dataset_version_id,
        diff.spec_hash,
        diff.released_at,
        diff.qa.status,
        diff.qa.report_digest,
        diff.policy.policy_label,
        diff.policy.decision_id
    ].some((f) => f.changed) ||
        listDiffers(diff.artifacts) ||
        listDiffers(diff.catalogs) ||
        diff.approvals.added.length + diff.approvals.removed.length > 0 ||
        (diff.collection.compared && diff.collection.changed);
    return { kfm_manifest_diff_version: 'v1', differ, ...diff };
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ verifyGateF),
/* harmony export */   KI: () => (/* binding */ qaOutcomeOf),
/* harmony export */   O6: () => (/* binding */ gateF),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony exports QA_STATUSES, judgeQaReport, checkEvidence */
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9831);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9563);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6078);
/* harmony import */ var _c_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5844);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4003);







const QA_STATUSES = ['pass', 'warn', 'fail'];
/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !QA_STATUSES.includes(status)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, document.lineOf(['status']) ?? 1)
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, document.lineOf(['status'])));
    }
    return { value, violations };
}
/**
 * What the receipts cite, held to what this run was given: a receipt's validation report must be
 * the QA report (its digest, not the digest of any document the run happens to have), and its
 * policy decision the one given. `documents` names what a wrong digest is the digest of.
 */
function checkEvidence(documents, receipts, qaReport, decision) {
    const violations = [];
    const resolved = [];
    const byDigest = new Map(documents.map((d) => [d.digest, d.path]));
    for (const receipt of receipts) {
        const cited = receipt.validation.reportDigest;
        if (qaReport && cited === qaReport.digest)
            resolved.push(`${receipt.path} validation.report_digest → ${qaReport.path}`);
        else {
            const other = byDigest.get(cited);
            const what = other
                ? `which is the digest of ${other}, not of the QA report${qaReport ? ` (${qaReport.path})` : ''}: a receipt's validation report is the QA report, so cite its digest`
                : 'which is none of the documents given to this run; give that report as qa-report, or fix the receipt';
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`, receipt.lineOf(['validation', 'report_digest'])));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, receipt.lineOf(['policy', 'decision_id'])));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaValidator */ .Ki)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1 */ .$N, _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1Schema */ .gs);
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problem.text.replace(/^the document/, 'the manifest')}.`, undefined, emptyList(manifest, problem.location)));
}
/** A schema problem that is a list of the manifest left empty: the inventory found no file. */
function emptyList(manifest, location) {
    const [list, ...rest] = location;
    if (rest.length > 0 || (list !== 'artifacts' && list !== 'catalogs'))
        return undefined;
    const value = manifest?.[list];
    return Array.isArray(value) && value.length === 0 ? { absent: list } : undefined;
}
/** The QA outcome of the evidence, when a readable report with a known status was given. */
function qaOutcomeOf(evidence) {
    const document = evidence.qaReport;
    return document?.readable ? judgeQaReport(document).value : undefined;
}
function judgeQa(evidence, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .missingInput */ .f)('only a QA report with status "pass" promotes', 'qa-report');
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'QA_REPORT_INVALID', document.path, document.message, document.line)];
    const judged = judgeQaReport(document);
    if (judged.value)
        checked.push(`QA report ${judged.value.path}: ${judged.value.status}`);
    return judged.violations;
}
const gateF = {
    letter: 'F',
    check(evidence) {
        const checked = [];
        const violations = judgeQa(evidence, checked);
        const qa = qaOutcomeOf(evidence);
        const policy = (0,_c_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyDecisionOf */ .cz)(evidence);
        const receipts = evidence.receipts?.receipts ?? [];
        const references = checkEvidence([
            ...(qa ? [{ path: qa.path, digest: qa.reportDigest }] : []),
            ...(policy ? [{ path: policy.path, digest: policy.digest }] : []),
            ...evidence.catalogs.entries.map((c) => ({
                path: evidence.display(c.path),
                digest: c.digest
            })),
            ...receipts.map((r) => ({ path: r.path, digest: r.digest }))
        ], receipts, qa ? { path: qa.path, digest: qa.reportDigest } : undefined, policy ? { decisionId: policy.decisionId, path: policy.path } : undefined);
        violations.push(...references.violations);
        checked.push(...references.resolved);
        if (evidence.manifest) {
            const schema = validateManifest(evidence.manifest.value, evidence.manifest.path);
            violations.push(...schema);
            if (schema.length === 0)
                checked.push('manifest valid against promotion_manifest_v1.schema.json');
        }
        return { violations, checked };
    }
};
/** The first line where two texts differ (1-based). */
function firstDifferentLine(actual, expected) {
    const a = actual.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line])
        line++;
    return line + 1;
}
/** Whether two values have one canonical form; never when either has none (a number read as Infinity). */
function sameJson(a, b) {
    try {
        return (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(a) === (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(b);
    }
    catch {
        return false;
    }
}
/** Where a Statement differs from the one its manifest gives, in words; undefined when it does not. */
function statementDifference(actual, expected, manifest) {
    if (sameJson(actual, expected))
        return undefined;
    const found = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(actual) ? actual : {};
    const wanted = expected;
    const subjects = Array.isArray(found.subject) ? found.subject : [];
    const [own] = wanted.subject;
    const named = subjects.find((s) => (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(s) && s.name === own.name);
    const hex = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(named) && (0,_model_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(named.digest) ? named.digest.sha256 : undefined;
    if (typeof hex !== 'string')
        return `names no subject "${own.name}" with a sha256 digest, as its first subject`;
    if (hex !== own.digest.sha256)
        return `names ${manifest} with the digest sha256:${hex}, but the manifest's bytes hash to sha256:${own.digest.sha256}`;
    if (!sameJson(subjects[0], own))
        return `does not name ${manifest} and its digest alone as its first subject`;
    if (subjects.length !== wanted.subject.length)
        return `has ${subjects.length} subject(s), but the manifest gives ${wanted.subject.length} (itself and each artifact)`;
    const at = subjects.findIndex((s, i) => !sameJson(s, wanted.subject[i]));
    if (at >= 0)
        return `names subject ${at} otherwise than the manifest's artifact ${at - 1} and its digest`;
    if (!('predicate' in found) ||
        !sameJson(found.predicate, expected.predicate))
        return 'has a predicate other than the manifest itself';
    return 'differs from the Statement the manifest gives in its _type, predicateType or a field of its own';
}
function sidecarViolation(sidecar, manifest) {
    const { path, actual } = sidecar;
    const again = 'promote again to write the manifest and its sidecars together';
    if (actual === undefined) {
        const message = `${path} is beside ${manifest} but ${sidecar.problem ?? 'cannot be read'}; ${again}, or remove it.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message);
    }
    if (sidecar.kind === 'statement') {
        const difference = statementDifference(actual, sidecar.expected, manifest);
        if (difference === undefined)
            return undefined;
        const message = `${path} ${difference}: it or ${manifest} changed after they were written, and an attestation of it would vouch for other files; ${again}.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message);
    }
    if (actual === sidecar.expected)
        return undefined;
    const line = firstDifferentLine(sidecar.actual, sidecar.expected);
    const message = `${path} does not list the files ${manifest} lists, with their digests (line ${line} differs): one of them changed after they were written; ${again}.`;
    return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message, line);
}
/** Gate F for a written manifest: readable, valid, the expected bytes, and its sidecars agree. */
const verifyGateF = {
    letter: 'F',
    check(evidence) {
        const document = evidence.manifest;
        if (!document.readable) {
            const { path, message, line } = document;
            return {
                violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'MANIFEST_UNREADABLE', path, message, line)],
                checked: []
            };
        }
        const violations = validateManifest(document.value, document.path);
        const checked = [];
        if (violations.length === 0)
            checked.push(`${document.path} valid against the v1 schema`);
        const expected = evidence.expectDigest;
        if (expected !== undefined && expected !== document.digest) {
            const message = `${document.path} hashes to ${document.digest}, not to the expected ${expected}: this is not the manifest that was generated (or attested). Fetch the right one; never edit a manifest by hand.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_3__/* .violation */ .Qf)('F', 'MANIFEST_DIGEST_UNEXPECTED', document.path, message));
        }
        else if (expected !== undefined)
            checked.push(`${document.path} is ${expected}`);
        for (const sidecar of evidence.sidecars) {
            const found = sidecarViolation(sidecar, document.path);
            if (found)
                violations.push(found);
            else
                checked.push(`${sidecar.path} agrees`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ canonicalDigest),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);
// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.


/** RFC 8785 canonical JSON text of a value of the JSON data model. */
function canonicalJson(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('a value outside the JSON data model has no canonical form');
    return text;
}
/** Levels of objects and arrays whose members go to the hash one by one (see canonicalDigest). */
const STREAMED_LEVELS = 2;
/** Text gathered before it goes to the hash: few calls, and no long string. */
const CHUNK = 64 * 1024;
/** What JSON.stringify leaves out of an object and writes as null in an array. */
const unrepresentable = (value) => value === undefined || typeof value === 'symbol' || typeof value === 'function';
/** An object or array whose members can be written one by one (no toJSON, no boxed value). */
function isPlainContainer(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (typeof value.toJSON === 'function')
        return false;
    return !(value instanceof Number || value instanceof String || value instanceof Boolean);
}
/**
 * Writes the canonical text of `value` in pieces: the members of its top `levels` levels one at
 * a time, what is below each by canonicalize. Returns false, writing nothing, when the value has
 * no canonical text (a toJSON that gives undefined), as canonicalize returns undefined.
 */
function writeCanonical(value, write, levels) {
    if (levels === 0 || !isPlainContainer(value)) {
        const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
        if (text === undefined)
            return false;
        write(text);
        return true;
    }
    if (Array.isArray(value)) {
        write('[');
        value.forEach((element, index) => {
            if (index > 0)
                write(',');
            const item = unrepresentable(element) ? null : element;
            if (!writeCanonical(item, write, levels - 1))
                write('null');
        });
        write(']');
        return true;
    }
    write('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (unrepresentable(member))
            continue;
        // A member whose toJSON gives nothing is left out, its key too, as canonicalize does.
        const below = levels > 1 && isPlainContainer(member) ? undefined : (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(member);
        if (below === undefined && !isPlainContainer(member))
            continue;
        write(`${first ? '' : ','}${canonicalJson(key)}:`);
        first = false;
        if (below !== undefined)
            write(below);
        else
            writeCanonical(member, write, levels - 1);
    }
    write('}');
    return true;
}
/**
 * The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. The
 * text goes to the hash in pieces (the members of the top two levels one at a time), so the
 * canonical form of a manifest of 100,000 entries is never one string in memory; the digest is
 * that of canonicalJson's bytes (a test holds the two together).
 */
function canonicalDigest(value) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let pending = '';
    const write = (text) => {
        pending += text;
        if (pending.length < CHUNK)
            return;
        hash.update(pending, 'utf8');
        pending = '';
    };
    if (!writeCanonical(value, write, STREAMED_LEVELS))
        throw new TypeError('a value outside the JSON data model has no canonical form');
    hash.update(pending, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

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


/***/ })

};

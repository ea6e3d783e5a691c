export const id = 508;
export const ids = [508];
export const modules = {

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ unreadable),
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(428);
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

/***/ 7448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S4: () => (/* binding */ judge),
  NB: () => (/* binding */ judgeWritten)
});

// UNUSED EXPORTS: GATE_TABLE, VERIFY_TABLE

// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/gates/a-identity.ts
var a_identity = __webpack_require__(6610);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./src/catalogs/jsonld.ts + 2 modules
var jsonld = __webpack_require__(8310);
;// CONCATENATED MODULE: ./src/gates/b-licensing.ts
// Gate B: licensing. Every DCAT dataset and STAC collection carries a licence, and each is one
// a person can look up (DECISIONS.md, "Catalog triplet (gate D) and licensing (gate B)"):
// - DCAT: a literal SPDX expression, or an IRI that is an SPDX licence IRI or an absolute
//   http(s) URL. Relative IRIs (which JSON-LD resolves into the dataset root), `urn:`, blank
//   nodes and other schemes are refused.
// - STAC, by STAC's own rule: an SPDX identifier or expression, or `other` / `proprietary` with a
//   link of rel `license`. A URL in `license` is invalid STAC, and `various` names no licence.



const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const SPDX_LICENSE_IRI = /^https?:\/\/spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.json)?$/i;
/** Why a licence text is not a valid SPDX expression, or undefined when it is one. */
function licenseProblem(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return 'is empty';
    try {
        spdx_expression_parse_default()(trimmed);
        return undefined;
    }
    catch {
        return HTTP_URL.test(trimmed)
            ? `is the URL "${trimmed}", not an SPDX expression; write the SPDX identifier (for example CC-BY-4.0), or "other" with a link of rel "license" to the text`
            : `"${trimmed}" is not a valid SPDX expression (for example CC-BY-4.0 or "MIT OR Apache-2.0")`;
    }
}
/** Why a DCAT licence IRI is refused, or undefined when it is an SPDX licence IRI or a URL. */
function licenseIriProblem(iri) {
    const spdx = SPDX_LICENSE_IRI.exec(iri);
    if (spdx) {
        const id = decodeURIComponent(spdx[1]);
        return licenseProblem(id) ? `names "${id}", which is not an SPDX licence identifier` : undefined;
    }
    if (HTTP_URL.test(iri))
        return undefined;
    const inRoot = (0,jsonld/* rootPathOfIri */.R1)(iri);
    if (inRoot !== undefined)
        return `is the relative IRI "${inRoot === 'outside' ? iri : inRoot}", which names no licence anyone can look up; give an absolute http(s) URL or an SPDX licence IRI (https://spdx.org/licenses/<id>)`;
    return `"${iri}" is neither an http(s) URL nor an SPDX licence IRI (urn: and other schemes name no licence anyone can look up)`;
}
function dcatLicenseProblem(license) {
    if (license.kind === 'blank')
        return 'names a licence node with no IRI, identifier or label';
    if (license.kind === 'iri')
        return licenseIriProblem(license.value);
    return licenseProblem(license.value);
}
/** The dataset's licences: its own, or those of its distributions when every one has some. */
function licensesOf(dataset) {
    const { distributions } = dataset;
    const everyDistribution = distributions.length > 0 && distributions.every((d) => d.licenses.length > 0);
    return [
        ...dataset.licenses,
        ...(everyDistribution ? distributions.flatMap((d) => d.licenses) : [])
    ];
}
function dcatViolations(document) {
    const violations = [];
    for (const dataset of document.dcat ?? []) {
        // Found only for a violation: a passing dataset never costs a search of its text.
        const line = () => document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id);
        const licenses = licensesOf(dataset);
        if (licenses.length === 0) {
            const message = `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`;
            violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', document.display, message, line()));
        }
        for (const license of licenses) {
            const problem = dcatLicenseProblem(license);
            if (!problem)
                continue;
            const message = `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`;
            const at = document.lineOfText(license.value) ?? line();
            violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_INVALID', document.display, message, at));
        }
    }
    return violations;
}
function stacLicenseProblem(document) {
    const stac = document.stac;
    const license = stac.license;
    if (['other', 'proprietary'].includes(license)) {
        return stac.links.some((l) => l.rel === 'license')
            ? undefined
            : `says "${license}" but has no link with rel "license" to the licence text; add one`;
    }
    if (license === 'various')
        return 'is "various", which STAC deprecated and which names no licence';
    return licenseProblem(license);
}
function stacViolations(document) {
    const stac = document.stac;
    // Found only for a violation: the syntax tree of a collection of 100,000 links is large.
    const line = () => document.lineOf(['license']);
    if (stac.license === undefined || stac.license.trim() === '') {
        const message = `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`;
        return [(0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', document.display, message, line() ?? 1)];
    }
    const problem = stacLicenseProblem(document);
    if (!problem)
        return [];
    const message = `The "license" of STAC collection ${stac.id} ${problem}.`;
    return [(0,violation/* violation */.Qf)('B', 'LICENSE_INVALID', document.display, message, line())];
}
function checkLicensing(documents, stacApplicable) {
    const dcat = documents.filter((d) => d.dcat);
    const violations = dcat.flatMap(dcatViolations);
    if (dcat.length === 0) {
        const message = 'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.';
        const about = { absent: 'dcat' };
        violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', 'catalogs', message, undefined, about));
    }
    if (!stacApplicable)
        return violations;
    const collections = documents.filter((d) => d.stac?.type === 'Collection');
    violations.push(...collections.flatMap(stacViolations));
    if (collections.length === 0) {
        const message = 'No valid STAC collection was read (a STAC_INVALID one is not read), so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.';
        // Absent because no STAC was read at all, when none was: a collection alone missing is not that.
        const about = documents.some((d) => d.stac) ? undefined : { absent: 'stac' };
        violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', 'catalogs', message, undefined, about));
    }
    return violations;
}
const gateB = {
    letter: 'B',
    check(evidence) {
        const stac = evidence.stacApplicable;
        return {
            violations: checkLicensing(evidence.catalogDocuments.documents, stac),
            checked: ['licences of DCAT datasets' + (stac ? ' and STAC collections' : '')]
        };
    }
};

// EXTERNAL MODULE: ./src/gates/c-policy.ts
var c_policy = __webpack_require__(5844);
// EXTERNAL MODULE: ./src/gates/d-catalogs.ts
var d_catalogs = __webpack_require__(3865);
// EXTERNAL MODULE: ./src/gates/e-inventory.ts
var e_inventory = __webpack_require__(7266);
// EXTERNAL MODULE: ./src/gates/f-contract.ts
var f_contract = __webpack_require__(769);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
// EXTERNAL MODULE: ./src/documents/json-document.ts + 1 modules
var json_document = __webpack_require__(428);
;// CONCATENATED MODULE: ./src/gates/g-posture.ts



function sbomFormat(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return undefined;
    if (value.bomFormat === 'CycloneDX' && typeof value.specVersion === 'string')
        return `CycloneDX ${value.specVersion}`;
    if (typeof value.spdxVersion === 'string' &&
        /^SPDX-2\.\d+$/.test(value.spdxVersion) &&
        value.SPDXID === 'SPDXRef-DOCUMENT')
        return value.spdxVersion;
    return undefined;
}
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
function statementProblem(value) {
    if (!(0,json/* isRecord */.u4)(value) || !STATEMENT_TYPES.includes(String(value._type)))
        return `its _type is not ${STATEMENT_TYPES[0]}`;
    if (!Array.isArray(value.subject) || value.subject.length === 0)
        return 'it has no subject';
    for (const subject of value.subject) {
        if (!(0,json/* isRecord */.u4)(subject) || !(0,json/* isRecord */.u4)(subject.digest) || Object.keys(subject.digest).length === 0)
            return 'a subject has no digest';
    }
    if (typeof value.predicateType !== 'string' || value.predicateType === '')
        return 'it has no predicateType';
    return undefined;
}
function attestationProblem(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return 'it is not a JSON object';
    const envelope = (0,json/* isRecord */.u4)(value.dsseEnvelope) ? value.dsseEnvelope : value;
    if (typeof value.mediaType === 'string' &&
        !value.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
        return `its mediaType ${value.mediaType} is not a Sigstore bundle`;
    }
    if (typeof envelope.payloadType === 'string') {
        if (envelope.payloadType !== 'application/vnd.in-toto+json')
            return `its DSSE payloadType is ${envelope.payloadType}, not application/vnd.in-toto+json`;
        if (typeof envelope.payload !== 'string')
            return 'its DSSE envelope has no payload';
        let statement;
        try {
            statement = (0,json_document/* ownPropertiesOnly */.gV)(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')));
        }
        catch {
            return 'its DSSE payload is not base64-encoded JSON';
        }
        const problem = statementProblem(statement);
        return problem ? `its DSSE payload is not an in-toto Statement: ${problem}` : undefined;
    }
    return statementProblem(value);
}
function judged(document, code, problem) {
    if (!document.readable)
        return [(0,violation/* violation */.Qf)('G', code, document.path, document.message, document.line)];
    const found = problem(document.value);
    return found ? [(0,violation/* violation */.Qf)('G', code, document.path, found, 1)] : [];
}
function sbomProblem(path) {
    return (value) => sbomFormat(value)
        ? undefined
        : `${path} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX" with specVersion) nor an SPDX 2 JSON document (spdxVersion and SPDXID "SPDXRef-DOCUMENT").`;
}
function statementOf(path) {
    return (value) => {
        const problem = attestationProblem(value);
        return problem ? `${path} is not an in-toto attestation: ${problem}.` : undefined;
    };
}
const gateG = {
    letter: 'G',
    check({ sboms, attestations }) {
        const violations = [];
        const checked = [];
        for (const sbom of sboms) {
            const found = judged(sbom, 'SBOM_INVALID', sbomProblem(sbom.path));
            violations.push(...found);
            if (found.length === 0 && sbom.readable)
                checked.push(`SBOM ${sbom.path} (${sbomFormat(sbom.value)})`);
        }
        for (const attestation of attestations) {
            const found = judged(attestation, 'ATTESTATION_INVALID', statementOf(attestation.path));
            violations.push(...found);
            if (found.length === 0)
                checked.push(`attestation ${attestation.path}`);
        }
        return { violations, checked, notRequired: sboms.length + attestations.length === 0 };
    }
};

;// CONCATENATED MODULE: ./src/gates/index.ts
// The gates of the promotion contract, in one table: each a pure function from the evidence to
// its violations. The pipeline runs this table and nothing else decides; the README's gate
// table is checked against it.









const GATE_TABLE = [a_identity/* gateA */.VI, gateB, c_policy/* gateC */.hZ, d_catalogs/* gateD */.ar, e_inventory/* gateE */.VO, f_contract/* gateF */.O6, gateG];
/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
const VERIFY_TABLE = [e_inventory/* verifyGateE */._l, f_contract/* verifyGateF */.Fn];
/** Runs every gate of the table on the evidence. */
function judge(evidence) {
    return judgeWith(GATE_TABLE, evidence);
}
/** Runs every gate of the verify table on a written manifest's evidence. */
function judgeWritten(evidence) {
    return judgeWith(VERIFY_TABLE, evidence);
}
function judgeWith(table, evidence) {
    const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence) }));
    const violations = (0,violation/* sortViolations */.$7)(outcomes.flatMap(({ outcome }) => outcome.violations));
    const gates = outcomes.map(({ gate, outcome }) => {
        const count = outcome.violations.length;
        const status = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass';
        const title = gate_letter/* GATES */.J[gate.letter];
        return { gate: gate.letter, title, status, violations: count, checked: outcome.checked };
    });
    return { violations, gates };
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ checksumsPieces),
/* harmony export */   O2: () => (/* binding */ checksumsPath),
/* harmony export */   cV: () => (/* binding */ checksumsText)
/* harmony export */ });
/* harmony import */ var _model_sha256sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9963);
// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. A directory store is listed file by file.

/** Lines joined into one piece before the pieces are joined (see checksumsText). */
const LINES_A_PIECE = 1000;
/** The lines of every artifact and then every catalog, in the manifest's order. */
function checksumsText(manifest, stores) {
    return checksumsPieces(manifest, stores).join('');
}
/**
 * checksumsText in pieces of a thousand lines, which a large list is written in: the line
 * strings of 200,000 entries never all exist at once, nor the text twice. A store's files stand
 * where the store stands: its path is their common prefix, so the order stays the paths' order.
 */
function checksumsPieces(manifest, stores) {
    const pieces = [];
    let lines = [];
    const add = (entry) => {
        lines.push((0,_model_sha256sum_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256sumLine */ .F)(entry.digest, entry.path));
        if (lines.length === LINES_A_PIECE) {
            pieces.push(lines.join(''));
            lines = [];
        }
    };
    for (const list of [manifest.artifacts, manifest.catalogs]) {
        for (const entry of list) {
            const files = stores?.get(entry.path);
            if (files)
                for (const file of files)
                    add(file);
            else
                add(entry);
        }
    }
    if (lines.length > 0)
        pieces.push(lines.join(''));
    return pieces;
}
/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
function checksumsPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.sha256sums');
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ outputPaths)
/* harmony export */ });
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7013);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6600);
// The files a passing run writes, named from the manifest's path: the manifest and its two
// sidecars. Promotion writes them; verification reads the sidecars beside a manifest.


function outputPaths(manifestPath) {
    return {
        manifest: manifestPath,
        statement: (0,_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .statementPath */ .n$)(manifestPath),
        checksums: (0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .checksumsPath */ .O2)(manifestPath)
    };
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   n$: () => (/* binding */ statementPath)
/* harmony export */ });
/* unused harmony export PREDICATE_TYPE */
const PREDICATE_TYPE = 'https://kfm.example/promotion-manifest/v1';
function buildStatement(manifest, 
/** `sha256:` digest of the manifest file's bytes, as manifest-digest gives it. */
manifestDigest, manifestName) {
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
            {
                name: manifestName,
                digest: { sha256: manifestDigest.slice('sha256:'.length) }
            },
            ...manifest.artifacts.map((a) => ({
                name: a.path,
                // A directory store's digest is in-toto's dirHash of its files (DECISIONS.md).
                digest: { [a.path.endsWith('/') ? 'dirHash' : 'sha256']: a.digest.slice('sha256:'.length) }
            }))
        ],
        predicateType: PREDICATE_TYPE,
        predicate: manifest
    };
}
/** `promotion_manifest.json` → `promotion_manifest.intoto.json`. */
function statementPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.intoto.json');
}


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


/***/ })

};

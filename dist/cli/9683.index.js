export const id = 9683;
export const ids = [9683];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _generated_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3668);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9498);
/* harmony import */ var _options_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2262);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
// Every CLI command runs the same way: its flags parsed strictly, --help and --version answered,
// its options read from the flags, then the command itself. A usage error (an unknown flag, a
// value its options refuse) is one "error:" line and the way to --help, exit 2.





/** The first flag on the command line that the spec does not know, as it was written. */
function firstUnknownFlag(argv, spec) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options: spec,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    for (const token of tokens)
        if (token.kind === 'option' && !Object.hasOwn(spec, token.name))
            return token.rawName;
    return undefined;
}
function parse(argv, spec, positionals) {
    try {
        const args = [...argv];
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: spec, strict: true, allowPositionals: positionals });
    }
    catch (error) {
        const unknown = firstUnknownFlag(argv, spec);
        return unknown === undefined
            ? `error: ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(error instanceof Error ? error.message : String(error))}`
            : (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownFlagMessage */ .oG)((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(unknown), Object.keys(spec));
    }
}
/** Runs one command on its arguments; resolves to the exit code. */
async function runCommand(argv, io, command) {
    const usage = (message) => {
        io.stderr(`${message}\nRun ${command.hint} --help for the options.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    };
    const spec = {
        help: { type: 'boolean' },
        version: { type: 'boolean' },
        ...command.flags
    };
    const args = parse(argv, spec, command.positionals === true);
    if (typeof args === 'string')
        return usage(args);
    if (args.values.help === true) {
        io.stdout(command.help());
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass;
    }
    if (args.values.version === true) {
        io.stdout(_generated_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x);
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass;
    }
    let options;
    try {
        options = command.options(args);
    }
    catch (error) {
        if (!(error instanceof _options_values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        return usage(`error: ${error.message}`);
    }
    return command.run(options, io);
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ QA_STATUSES),
/* harmony export */   b: () => (/* binding */ POLICY_LABELS)
/* harmony export */ });
const QA_STATUSES = ['pass', 'warn', 'fail'];
const POLICY_LABELS = ['public', 'internal', 'restricted', 'confidential'];


/***/ }),

/***/ 1680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ DEFAULT_REQUIRED_APPROVALS),
/* harmony export */   RZ: () => (/* binding */ approvalChecks),
/* harmony export */   U1: () => (/* binding */ judgeApprovals)
/* harmony export */ });
/* unused harmony exports inheritedRoles, checkApprovals */
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7979);
/* harmony import */ var _model_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(816);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6078);



/** Roles required per label when the workflow says nothing (docs/decisions.md, "Approvals"). */
const DEFAULT_REQUIRED_APPROVALS = {
    public: [],
    internal: ['steward'],
    restricted: ['steward'],
    confidential: ['steward']
};
/** Each approval once per role and principal, and none dated after the release. */
function approvalViolations(evidence, where) {
    const violations = [];
    const seen = new Set();
    for (const approval of evidence.approvals) {
        const key = `${approval.role}\u0000${approval.principal}`;
        if (seen.has(key)) {
            const message = `${approval.principal} approves as ${approval.role} more than once; keep one approval.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVAL_DUPLICATE', where, message, { line: approval.line }));
        }
        seen.add(key);
        if (approval.approvedInstant > evidence.releasedInstant) {
            const message = `The ${approval.role} approval by ${approval.principal} (${approval.approvedAt}) comes after released_at ${evidence.releasedAt}, so it cannot have authorised this release; approve again and release after it.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVAL_AFTER_RELEASE', where, message, { line: approval.line }));
        }
    }
    return violations;
}
/** The roles the base branch's label requires that the new label does not (none if unchanged). */
function inheritedRoles(evidence) {
    const { baseLabel, policyLabel, required } = evidence;
    if (baseLabel === undefined || baseLabel === policyLabel)
        return [];
    const own = required[policyLabel] ?? [];
    return (required[baseLabel] ?? []).filter((role) => !own.includes(role));
}
function checkApprovals(evidence) {
    const where = evidence.path ?? 'approvals';
    const violations = approvalViolations(evidence, where);
    const counted = (role) => evidence.approvals.some((a) => a.role === role && a.approvedInstant <= evidence.releasedInstant);
    const none = evidence.path ? ` in ${evidence.path}` : ' (no approvals input was given)';
    for (const role of evidence.required[evidence.policyLabel] ?? []) {
        if (counted(role))
            continue;
        const message = `The "${evidence.policyLabel}" label requires a ${role} approval given at or before ${evidence.releasedAt}, and there is none${none}.`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVAL_MISSING', where, message));
    }
    for (const role of inheritedRoles(evidence)) {
        if (counted(role))
            continue;
        const message = `The label is "${evidence.policyLabel}" here but "${evidence.baseLabel}" on the base branch, and a change of label needs the approvals the old label requires: there is no ${role} approval given at or before ${evidence.releasedAt}${none}. Get the ${role} approval, or keep the label "${evidence.baseLabel}".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_LABEL_LOWERED', where, message));
    }
    return violations;
}
/** The approvals the document records, each checked for its fields and its time. */
function judgeApprovals(document) {
    if (!Array.isArray(document.value)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVALS_INVALID', document.path, `${document.path} must be a JSON array of {"role", "principal", "approved_at"} objects.`, { line: 1 })
            ]
        };
    }
    const approvals = [];
    const violations = [];
    document.value.forEach((item, index) => {
        const read = approvalOf(document, item, index);
        if ('approvedAt' in read)
            approvals.push(read);
        else
            violations.push(read);
    });
    return { value: approvals, violations };
}
/** One item of the approvals array: the approval it records, or the violation that stops it. */
function approvalOf(document, item, index) {
    const line = document.lineOf([index]);
    const invalid = (why) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVALS_INVALID', document.path, `${document.path}: approval ${index} ${why}.`, {
        line
    });
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item) ||
        typeof item.role !== 'string' ||
        item.role.trim() === '' ||
        typeof item.principal !== 'string' ||
        item.principal.trim() === '')
        return invalid('needs a non-empty string "role" and "principal"');
    const unknown = Object.keys(item).filter((k) => !['role', 'principal', 'approved_at'].includes(k));
    if (unknown.length > 0)
        return invalid(`has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at`);
    const time = typeof item.approved_at === 'string' ? (0,_model_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(item.approved_at) : undefined;
    if (!time || !time.ok) {
        const reason = time
            ? `: ${time.reason}`
            : ' is missing; give an RFC 3339 time like 2026-02-20T12:59:00Z';
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVAL_TIME_INVALID', document.path, `${document.path}: approval ${index} "approved_at"${reason}.`, { line: document.lineOf([index, 'approved_at']) ?? line });
    }
    return {
        role: item.role,
        principal: item.principal,
        approvedAt: time.utc,
        approvedInstant: time.instant,
        line
    };
}
/** What the log says of the label against the base branch's, and of the roles that follow. */
function labelChange(approvals) {
    const { baseLabel, policyLabel } = approvals;
    if (baseLabel === undefined)
        return undefined;
    if (baseLabel === policyLabel)
        return `label unchanged from the base branch (${baseLabel})`;
    const inherited = inheritedRoles(approvals);
    return inherited.length
        ? `label lowered from ${baseLabel} on the base branch to ${policyLabel}: the approvals ${baseLabel} requires are required too (${inherited.join(', ')})`
        : `label changed from ${baseLabel} on the base branch to ${policyLabel}`;
}
/** The approvals the label (and the base branch's label) requires, checked at released_at. */
function approvalChecks(evidence, facts, policy, baseLabel, checked) {
    const { identity } = facts;
    if (identity.releasedAt === undefined || identity.releasedInstant === undefined)
        return [];
    const approvals = {
        approvals: facts.approvals,
        path: evidence.approvals?.path ?? evidence.reviewApprovals?.source,
        policyLabel: policy.policyLabel,
        ...(baseLabel === undefined ? {} : { baseLabel }),
        required: evidence.requiredApprovals,
        releasedAt: identity.releasedAt,
        releasedInstant: identity.releasedInstant
    };
    const roles = evidence.requiredApprovals[policy.policyLabel] ?? [];
    checked.push(roles.length
        ? `required approvals for ${policy.policyLabel}: ${roles.join(', ')}`
        : `no approval required for ${policy.policyLabel}`);
    const change = labelChange(approvals);
    if (change)
        checked.push(change);
    return checkApprovals(approvals);
}


/***/ }),

/***/ 5336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ judgePolicyDecision),
/* harmony export */   r: () => (/* binding */ isPolicyLabel)
/* harmony export */ });
/* harmony import */ var _documents_decisions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6078);
// Gate C's policy decision document judged: decision_id, policy_label and decision well formed,
// the obligations each an id and a type; a decision that denies, or a label other than public
// without an obligation, is a violation beside the decision's value.



const DECISION_ID = /^kfm:\/\/policy_decision\/\S+$/;
/** The obligations the decision lists, each with an id and a type, and the malformed ones. */
function obligationsOf(document, obligations) {
    const { path } = document;
    if (obligations !== undefined && !Array.isArray(obligations)) {
        const message = `${path}: "obligations" must be an array of {"id", "type"} objects.`;
        const line = document.lineOf(['obligations']) ?? 1;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_INVALID', path, message, { line })] };
    }
    const value = [];
    const violations = [];
    (obligations ?? []).forEach((item, index) => {
        const { id, type } = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item) ? item : {};
        if (typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '') {
            value.push({ id, type });
            return;
        }
        const message = `${path}: obligation ${index} needs a non-empty string "id" and "type".`;
        const line = document.lineOf(['obligations', index]);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('OBLIGATION_INVALID', path, message, { line }));
    });
    return { value, violations };
}
/** The fields of a decision, each checked; a field that is wrong is one violation. */
function fieldViolations(document, fields) {
    const { path } = document;
    const at = (field) => document.lineOf([field]) ?? 1;
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const violations = [];
    if (typeof decisionId !== 'string' || !DECISION_ID.test(decisionId)) {
        const message = `${path}: "decision_id" must be a string like "kfm://policy_decision/<id>".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DECISION_ID_INVALID', path, message, { line: at('decision_id') }));
    }
    if (!isPolicyLabel(label)) {
        const message = `${path}: "policy_label" must be one of ${_documents_decisions_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_LABELS */ .b.join(', ')}${label === undefined ? '' : `, not ${JSON.stringify(label)}`}.`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_LABEL_UNKNOWN', path, message, { line: at('policy_label') }));
    }
    if (decision !== 'allow' && decision !== 'deny') {
        const message = `${path}: "decision" must be "allow" or "deny".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DECISION_INVALID', path, message, { line: at('decision') }));
    }
    return violations;
}
function isPolicyLabel(label) {
    return typeof label === 'string' && _documents_decisions_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_LABELS */ .b.includes(label);
}
/**
 * The decision the document states, with the violations of its fields and of its verdict. A
 * decision with well-formed fields has a value even when it denies or lacks obligations.
 */
function judgePolicyDecision(document) {
    const { path } = document;
    const fields = document.value;
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(fields)) {
        const message = `${path} must be a JSON object with decision_id, policy_label, decision and obligations.`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_INVALID', path, message, { line: 1 })] };
    }
    const obligations = obligationsOf(document, fields.obligations);
    const malformed = [...fieldViolations(document, fields), ...obligations.violations];
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const verdict = [];
    if (decision === 'deny') {
        const message = `The policy decision ${String(decisionId)} is "deny"; only "allow" promotes. Ask the policy owner for a new decision.`;
        const line = document.lineOf(['decision']) ?? 1;
        verdict.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DENIED', path, message, { line }));
    }
    if (isPolicyLabel(label) && label !== 'public' && (obligations.value ?? []).length === 0) {
        const message = `The label "${label}" needs at least one recorded obligation (for example a generalisation or redaction plan) in "obligations".`;
        const line = document.lineOf(['policy_label']) ?? 1;
        verdict.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('OBLIGATIONS_MISSING', path, message, { line }));
    }
    const violations = [...malformed, ...verdict];
    if (malformed.length > 0)
        return { violations };
    const value = {
        decisionId: decisionId,
        policyLabel: label,
        decision: decision,
        obligations: obligations.value ?? [],
        path,
        digest: document.digest
    };
    return { value, violations };
}


/***/ }),

/***/ 5844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* reexport safe */ _c_approvals_js__WEBPACK_IMPORTED_MODULE_1__.Dj),
/* harmony export */   h: () => (/* binding */ gateC)
/* harmony export */ });
/* harmony import */ var _documents_decisions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8645);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6078);
/* harmony import */ var _c_approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1680);
/* harmony import */ var _c_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5336);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4003);







const gateC = {
    letter: 'C',
    check(evidence, facts) {
        const checked = [];
        const { value: policy, violations } = judgeDecision(evidence, facts.policyDecision, checked);
        const file = evidence.approvals;
        if (file && !file.readable)
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('APPROVALS_INVALID', file.path, file.message, { line: file.line }));
        violations.push(...(facts.approvalsFile?.violations ?? []));
        const reviews = evidence.reviewApprovals;
        if (reviews)
            checked.push(`${reviews.approvals.length} approval(s) from ${reviews.source}`);
        const base = judgeBaseLabel(evidence, checked);
        violations.push(...(base?.violations ?? []));
        if (policy) {
            violations.push(...(0,_c_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .approvalChecks */ .RZ)(evidence, facts, policy, base?.value, checked));
            const documents = evidence.catalogDocuments.documents;
            violations.push(...checkObligationsRecorded(policy.obligations, documents, policy.path));
            if (policy.obligations.length > 0)
                checked.push(`${policy.obligations.length} obligation(s) recorded in PROV`);
        }
        return { violations, checked };
    }
};
function judgeDecision(evidence, judged, checked) {
    const document = evidence.policyDecision;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .missingInput */ .f)('only an "allow" policy decision promotes', 'policy-decision');
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_MISSING', 'policy-decision', message)] };
    }
    if (!document.readable) {
        const { path, message, line } = document;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_INVALID', path, message, { line })] };
    }
    const policy = judged?.value;
    if (policy)
        checked.push(`policy decision ${policy.decisionId}: ${policy.decision}, label ${policy.policyLabel}`);
    return { value: policy, violations: [...(judged?.violations ?? [])] };
}
/**
 * The label of the base branch's copy of the decision, the one field read from it; undefined when
 * no copy was given, or none is there (the dataset is new on the branch, which the log says).
 */
function judgeBaseLabel(evidence, checked) {
    const document = evidence.basePolicyDecision;
    if (!document)
        return undefined;
    const { path } = document;
    if (!document.readable && document.absent) {
        checked.push(`no policy decision on the base branch (${path}): the dataset is new there, so no change of label is checked`);
        return undefined;
    }
    const cannotTell = 'so whether this pull request lowers the label cannot be told; fix the decision on the base branch first';
    if (!document.readable) {
        const message = `The base branch's policy decision cannot be read (${document.message}), ${cannotTell}.`;
        return {
            violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_INVALID', path, message, { line: document.line })]
        };
    }
    const label = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(document.value) ? document.value.policy_label : undefined;
    if (!(0,_c_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .isPolicyLabel */ .r)(label)) {
        const message = `The base branch's policy decision ${path} has no "policy_label" of ${_documents_decisions_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_LABELS */ .b.join(', ')}, ${cannotTell}.`;
        const line = document.lineOf(['policy_label']) ?? 1;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('POLICY_DECISION_INVALID', path, message, { line })] };
    }
    return { value: label, violations: [] };
}
/** Each obligation of the decision recorded by a PROV activity of the catalogs. */
function checkObligationsRecorded(obligations, documents, decisionPath) {
    const activities = documents.flatMap((d) => d.prov?.activities ?? []);
    // With no PROV read at all, no obligation can be in it: PROV_MISSING says why.
    const about = documents.some((d) => d.prov) ? undefined : { absent: 'prov' };
    return obligations
        .filter((obligation) => !activities.some((activity) => activity.values.includes(obligation.id)))
        .map((obligation) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('OBLIGATION_NOT_IN_PROV', decisionPath, `The ${obligation.type} obligation ${obligation.id} is recorded by no PROV activity; add the activity that carried it out, with "kfm:obligation": "${obligation.id}".`, { about }));
}


/***/ }),

/***/ 4003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ missingInput)
/* harmony export */ });
/** The violation an absent required input gets: promotion fails closed without it. */
function missingInput(what, input) {
    return `${input} is not given; ${what}. Promotion fails closed without it.`;
}


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   Yb: () => (/* binding */ sha256DigestOfPieces),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The digest notation every hash of the product uses (docs/decisions.md, "Digests and canonical form").

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `sha256:` + 64 lowercase hex characters: the only digest form docs/decisions.md accepts. */
function sha256Digest(bytes) {
    // One-shot: no Hash object per call, which counts for 100,000 small catalog files.
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', bytes, 'hex')}`;
}
/** The digest of the text the pieces make, without joining them (see jsonPieces). */
function sha256DigestOfPieces(pieces) {
    const running = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const piece of pieces)
        running.update(piece, 'utf8');
    return `sha256:${running.digest('hex')}`;
}


/***/ }),

/***/ 1051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
// The gates of the promotion contract (docs/contract.md, "Promotion Contract mapping").
const GATES = {
    A: 'Identity and versioning',
    B: 'Licensing and rights',
    C: 'Sensitivity and policy decision',
    D: 'Catalog triplet',
    E: 'Inventory, digests and run receipts',
    F: 'Contract: QA, evidence and manifest schema',
    G: 'Production posture'
};


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export jsonArrayWithin */
// Shapes of the JSON data model that every reader asks about.
/** A JSON object (not null, not an array). */
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A JSON file's text as this project writes every one: two-space indented, a final newline. */
function jsonText(value) {
    const [json, newline] = jsonPieces(value);
    return `${json}${newline}`;
}
/**
 * jsonText as its two pieces, the JSON and the final newline. A large text is hashed and written
 * piece by piece: joined into one string, 50 MB of JSON would be copied whole to add one byte.
 */
function jsonPieces(value) {
    return [JSON.stringify(value, null, 2), '\n'];
}
/**
 * The first items, as a compact JSON array of at most `bytes` bytes: how an output that lists
 * things stays under GitHub's 1 MB limit however many there are (a count says how many in all).
 */
function jsonArrayWithin(items, bytes) {
    const parts = [];
    let used = 2;
    for (const item of items) {
        const part = JSON.stringify(item);
        used += Buffer.byteLength(part) + 1;
        if (used > bytes)
            break;
        parts.push(part);
    }
    return `[${parts.join(',')}]`;
}


/***/ }),

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ invisibleIn),
/* harmony export */   MY: () => (/* binding */ unprintableIn),
/* harmony export */   et: () => (/* binding */ printableJson),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export plainName */
// Text from outside the action (file names, document values, API answers) made safe to print on
// one line. Escaped as visible \uXXXX:
// - control characters and line separators, so a file name can never end a log line and start
//   a workflow command on the next;
// - white space other than the plain space (the runner trims Unicode white space before a
//   `::command::`, so a line that begins with U+3000 `::error::` would still be a command);
// - bidirectional and invisible controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069,
//   U+FEFF), which make a name read as another;
// - the second `#` of `##[`, the runner's legacy command form, which it honours anywhere in a
//   line.
// Lone surrogates become U+FFFD. Strings shaped like credentials are redacted, glued to other
// text or not: a token pasted into a document must not reach the summary, an output or a
// pull-request comment, which the runner's log masking does not cover.
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const ESCAPED = new RegExp(`${CONTROL.source}|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g');
const CREDENTIAL = new RegExp([
    /gh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
    /github_pat_[A-Za-z0-9_]{22,}/, // GitHub fine-grained tokens
    /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, // JWTs (the runtime token)
    /(?:AKIA|ASIA)[0-9A-Z]{16}/, // AWS access keys
    /sig=[A-Za-z0-9%+/=]{20,}/ // Azure SAS signatures
]
    .map((r) => r.source)
    .join('|'), 'g');
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function printable(text) {
    return text.toWellFormed().replace(CREDENTIAL, '[redacted]').replace(ESCAPED, escape);
}
/** The first control character or line separator that `printable` would escape, if any. */
function unprintableIn(text) {
    return CONTROL.exec(text)?.[0];
}
/** The first bidirectional or invisible control in a text, if any: refused in file names. */
function invisibleIn(text) {
    return INVISIBLE.exec(text)?.[0];
}
/**
 * A name made plain where it cannot be escaped, because another library prints it as it is (the
 * artifact client logs the artifact's name): every character `printable` would escape, and the
 * second `#` of `##[`, becomes `-`.
 */
function plainName(text) {
    return text.toWellFormed().replace(ESCAPED, '-');
}
/**
 * JSON text whose every line is safe to print in a step's log, parsing back to the same value:
 * what `printable` escapes is written as a JSON `\uXXXX` escape instead (line separators, white
 * space other than the space, invisible and bidirectional controls, the second `#` of `##[`);
 * JSON.stringify already escapes the control characters. Nothing is redacted: the value is kept.
 */
function printableJson(value, indent = 2) {
    return JSON.stringify(value, null, indent).replace(new RegExp(`[\\u2028\\u2029]|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g'), escape);
}


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp)
/* harmony export */ });
/* unused harmony export formatUtc */
// RFC 3339 timestamps: parsed strictly (real calendar dates, explicit offsets), written in UTC
// with a Z suffix and seconds precision, as docs/decisions.md ("Time") requires.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
/** Seconds from year 0000 to 1970, so that every key's seconds are non-negative. */
const YEAR_ZERO_TO_EPOCH_S = 62_167_219_200;
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
/** Parses an RFC 3339 date-time; the reason says what is wrong in words a user can act on. */
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (!m) {
        return {
            ok: false,
            reason: `"${text}" is not an RFC 3339 date-time; write it like 2026-02-20T13:00:00Z`
        };
    }
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12)
        return { ok: false, reason: `"${text}" has no month ${month}` };
    if (day < 1 || day > daysInMonth(year, month)) {
        return { ok: false, reason: `"${text}" is not a real date: ${year}-${m[2]} has no day ${day}` };
    }
    if (hour > 23 || minute > 59) {
        return { ok: false, reason: `"${text}" is not a real time of day` };
    }
    if (second > 59) {
        return {
            ok: false,
            reason: `"${text}" has a leap second or second ${second}; leap seconds are not accepted, write :59`
        };
    }
    const offsetSign = m[8] === 'Z' || m[8] === 'z' ? 0 : m[8].startsWith('-') ? -1 : 1;
    const offsetHours = Number(m[9] ?? 0);
    const offsetMinutes = Number(m[10] ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) {
        return { ok: false, reason: `"${text}" has an impossible UTC offset` };
    }
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, 0);
    const epochS = (local.getTime() - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000) / 1000;
    const utcYear = new Date(epochS * 1000).getUTCFullYear();
    if (utcYear < 0 || utcYear > 9999) {
        return { ok: false, reason: `"${text}" is in year ${utcYear} in UTC, outside 0000-9999` };
    }
    // Offsets are whole minutes, so the fraction of a second is the same in every zone.
    const digits = (m[7] ?? '').slice(1).replace(/0+$/, '');
    const epochMs = epochS * 1000 + Math.floor(Number(`0.${digits || '0'}`) * 1000);
    const instant = `${String(epochS + YEAR_ZERO_TO_EPOCH_S).padStart(12, '0')}.${digits}`;
    return { ok: true, epochMs, utc: formatUtc(epochMs), instant };
}
/** `2026-02-20T13:00:00Z`: UTC, seconds precision (fractions are cut, not rounded). */
function formatUtc(epochMs) {
    const d = new Date(Math.floor(epochMs / 1000) * 1000);
    const year = d.getUTCFullYear();
    if (year < 0 || year > 9999)
        throw new RangeError(`year ${year} cannot be written in RFC 3339`);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    return (`${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
        `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`);
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $7: () => (/* binding */ sortViolations),
  Qf: () => (/* binding */ violation),
  _Y: () => (/* binding */ withoutAbout)
});

// UNUSED EXPORTS: GATES

;// CONCATENATED MODULE: ./src/model/codes.ts
const CODES = {
    SLUG_INVALID: 'A',
    SPEC_MISSING: 'A',
    SPEC_INVALID: 'A',
    SPEC_HASH_INVALID: 'A',
    SPEC_HASH_MISMATCH: 'A',
    VERSION_ID_INVALID: 'A',
    VERSION_ID_MISMATCH: 'A',
    RELEASED_AT_MISSING: 'A',
    RELEASED_AT_INVALID: 'A',
    RELEASE_CONFLICT: 'A',
    RELEASE_ROLLBACK: 'A',
    LICENSE_MISSING: 'B',
    LICENSE_INVALID: 'B',
    POLICY_DECISION_MISSING: 'C',
    POLICY_DECISION_INVALID: 'C',
    POLICY_DENIED: 'C',
    DECISION_INVALID: 'C',
    POLICY_LABEL_UNKNOWN: 'C',
    DECISION_ID_INVALID: 'C',
    OBLIGATIONS_MISSING: 'C',
    OBLIGATION_INVALID: 'C',
    OBLIGATION_NOT_IN_PROV: 'C',
    APPROVALS_INVALID: 'C',
    APPROVAL_TIME_INVALID: 'C',
    APPROVAL_DUPLICATE: 'C',
    APPROVAL_AFTER_RELEASE: 'C',
    APPROVAL_MISSING: 'C',
    POLICY_LABEL_LOWERED: 'C',
    CATALOG_INVALID: 'D',
    CATALOG_UNRECOGNISED: 'D',
    STAC_INVALID: 'D',
    JSONLD_INVALID: 'D',
    PROV_INVALID: 'D',
    DCAT_MISSING: 'D',
    STAC_MISSING: 'D',
    PROV_MISSING: 'D',
    LINK_OUTSIDE_ROOT: 'D',
    LINK_UNRESOLVED: 'D',
    CHECKSUM_UNSUPPORTED: 'D',
    CHECKSUM_MISMATCH: 'D',
    PROV_ENTITY_MISSING: 'D',
    PROV_DIGEST_MISMATCH: 'D',
    PROV_NOT_GENERATED: 'D',
    PROV_ACTIVITY_UNDECLARED: 'D',
    REMOTE_ASSET_UNKNOWN: 'D',
    REMOTE_ASSET_UNVERIFIED: 'D',
    REMOTE_ASSET_MISMATCH: 'D',
    REMOTE_ASSET_UNREADABLE: 'D',
    PATTERN_OUTSIDE_ROOT: 'E',
    PATTERN_MATCHES_NOTHING: 'E',
    NO_PATTERNS: 'E',
    PATH_OUTSIDE_ROOT: 'E',
    SYMLINK_DANGLING: 'E',
    SYMLINK_LOOP: 'E',
    GLOB_FAILED: 'E',
    FILE_UNREADABLE: 'E',
    PRECOMPUTED_INVALID: 'E',
    DIGEST_INVALID: 'E',
    DIGEST_MISMATCH: 'E',
    DUPLICATE_PATH: 'E',
    PATH_COLLISION: 'E',
    PATH_UNSAFE: 'E',
    RECEIPTS_MISSING: 'E',
    RECEIPT_INVALID: 'E',
    RECEIPT_VERSION_MISMATCH: 'E',
    RECEIPT_NOT_PASSED: 'E',
    RECEIPT_DIGEST_MISMATCH: 'E',
    ARTIFACT_WITHOUT_RECEIPT: 'E',
    FILE_MISSING: 'E',
    FILE_UNLISTED: 'E',
    SHARD_MISSING: 'E',
    SHARD_INVALID: 'E',
    SHARD_MISMATCH: 'E',
    LEDGER_UNREADABLE: 'E',
    LEDGER_RECORD_INVALID: 'E',
    LEDGER_CHAIN_BROKEN: 'E',
    LEDGER_SEQUENCE_BROKEN: 'E',
    LEDGER_TIME_REVERSED: 'E',
    LEDGER_RECORD_CONFLICT: 'E',
    LEDGER_TIP_MISMATCH: 'E',
    LFS_POINTER: 'E',
    LFS_OBJECT_MISSING: 'E',
    STORE_EMPTY: 'E',
    STORE_NESTED: 'E',
    STORE_PATTERN_MATCHES_FILE: 'E',
    QA_REPORT_MISSING: 'F',
    QA_REPORT_INVALID: 'F',
    QA_STATUS_INVALID: 'F',
    QA_NOT_PASSED: 'F',
    EVIDENCE_UNRESOLVED: 'F',
    MANIFEST_SCHEMA: 'F',
    MANIFEST_UNREADABLE: 'F',
    MANIFEST_DIGEST_UNEXPECTED: 'F',
    SIDECAR_MISMATCH: 'F',
    SBOM_INVALID: 'G',
    ATTESTATION_INVALID: 'G'
};

// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(9498);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
;// CONCATENATED MODULE: ./src/model/violation.ts



// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

/** A violation of `code`, under the gate the code table gives it. */
function violation(code, path, message, { line, about } = {}) {
    // Paths and messages quote file names and document values: printed on one line, always.
    const shown = {
        gate: CODES[code],
        code,
        path: (0,printable/* printable */.g$)(path),
        message: (0,printable/* printable */.g$)(message)
    };
    if (line !== undefined)
        shown.line = line;
    if (about !== undefined)
        shown.about = about;
    return shown;
}
/** A violation as the reports and the library give it: `about` serves only to link causes. */
function withoutAbout(v) {
    if (!v.about)
        return v;
    const { gate, code, path, message, line, causedBy } = v;
    const given = { gate, code, path, message };
    if (line !== undefined)
        given.line = line;
    if (causedBy !== undefined)
        given.causedBy = causedBy;
    return given;
}
/** Violations in a defined order, so reports are as deterministic as manifests. */
function sortViolations(violations) {
    return [...violations].sort((a, b) => (0,order/* compareText */.n)(a.gate, b.gate) ||
        (0,order/* compareText */.n)(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (0,order/* compareText */.n)(a.code, b.code) ||
        (0,order/* compareText */.n)(a.message, b.message));
}


/***/ }),

/***/ 2262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ parseMediaTypes),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   P2: () => (/* binding */ parseRequiredApprovals),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   or: () => (/* binding */ parseLfsMode),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   zE: () => (/* binding */ parsePositiveInteger)
/* harmony export */ });
/* harmony import */ var _gates_c_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5844);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6163);
// One input's value, read: a number, a boolean, a choice, "key: value" lines, a shard. Each
// problem is a UsageError naming the input and what it must read.


/** A request the run cannot take as given: a missing or malformed input, said in a sentence. */
class UsageError extends Error {
    name = 'UsageError';
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/** A whole number from min to max, or the input's default in the table (undefined without one). */
function parsePositiveInteger(name, value, min, max) {
    const text = nonEmpty(value) ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).default;
    if (text === undefined)
        return undefined;
    const number = Number(text);
    if (!/^\d+$/.test(text) || number < min || number > max) {
        throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`);
    }
    return number;
}
function parseBoolean(name, value) {
    const text = nonEmpty(value) ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).default ?? 'false';
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new UsageError(`${name} must be true or false, not "${text}".`);
}
/** The value of a choice input, or its default in the table. */
function parseChoice(name, value) {
    const spec = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name);
    const text = nonEmpty(value) ?? spec.default ?? '';
    if (!spec.choices?.includes(text))
        throw new UsageError(`${name} must be one of ${spec.choices?.join(', ')}, not "${text}".`);
    return text;
}
/** `label: role, role` lines, merged over the defaults label by label. */
function parseRequiredApprovals(lines = []) {
    const required = {};
    for (const [label, roles] of Object.entries(_gates_c_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUIRED_APPROVALS */ .D))
        required[label] = [...roles];
    for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new UsageError(`required-approvals line "${line}" must read "label: role, role" (for example "restricted: steward, data-owner").`);
        }
        const label = line.slice(0, colon).trim();
        required[label] = line
            .slice(colon + 1)
            .split(',')
            .map((role) => role.trim())
            .filter((role) => role.length > 0);
    }
    return required;
}
/** The media-type overrides, "pattern: media/type" lines. */
function parseMediaTypes(lines = []) {
    return lines.map((line) => {
        const colon = line.lastIndexOf(': ');
        const pattern = colon > 0 ? line.slice(0, colon).trim() : '';
        const mediaType = colon > 0 ? line.slice(colon + 2).trim() : '';
        if (!pattern || !/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+/.test(mediaType)) {
            throw new UsageError(`media-types line "${line}" must read "pattern: media/type" (for example "**/*.tif: image/tiff; application=geotiff").`);
        }
        return { pattern, mediaType };
    });
}
/** The lfs input: `content` (the default) or `pointers`. */
function parseLfsMode(value) {
    const text = nonEmpty(value) ?? 'content';
    if (text === 'content' || text === 'pointers')
        return text;
    throw new UsageError(`lfs must be content (the files are checked out) or pointers (a Git LFS pointer stands for its content), not "${text}".`);
}
/**
 * `I/N`, or the library's { index, count }: shard I of N, 1 <= I <= N <= 1024 (the shard file
 * schema's limit).
 */
function parseShard(value) {
    if (typeof value === 'object')
        return shardOf(value.index, value.count, `${value.index}/${value.count}`);
    const text = nonEmpty(value);
    if (text === undefined)
        return undefined;
    const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
    return shardOf(match ? Number(match[1]) : NaN, Number(match?.[2]), text);
}
function shardOf(index, count, shown) {
    if (!Number.isInteger(index) ||
        !Number.isInteger(count) ||
        index < 1 ||
        index > count ||
        count > 1024)
        throw new UsageError(`shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${shown}".`);
    return { index: index, count: count };
}


/***/ })

};

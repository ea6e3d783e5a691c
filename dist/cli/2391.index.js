export const id = 2391;
export const ids = [2391];
export const modules = {

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(6849)
var parse = __webpack_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


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
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
async function findFiles(root, patterns, input, display, skip = new Set(), 
/** Called for each accepted file as the walk finds it. */
onFound) {
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
        files.push(file);
        onFound?.(file);
    };
    let walk;
    try {
        walk = (0,crawl/* crawl */.MV)(lines, NEVER_ENTERED, accept);
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
    return { files, findings };
}


/***/ }),

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ placer),
/* harmony export */   x: () => (/* binding */ checkListedFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3672);
// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.




/**
 * Where a listed path leads: inside the root, or not. Each directory on the way is resolved once
 * (a dataset of tens of thousands of files has few directories); the file itself is resolved only
 * when it is a link. Synchronous: the hashing threads are busy meanwhile, and 40,000 lstat calls
 * cost 0.6 s of this thread as promises, a seventh of that as plain calls.
 */
function placer(root) {
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    const directories = new Map();
    /** '' inside the root, the target outside it, undefined when it does not resolve. */
    const outside = (absolute) => {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        }
        catch {
            return undefined;
        }
        return target !== realRoot && (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeInside */ .JA)(realRoot, target) === undefined ? target : '';
    };
    return (relative) => {
        const directory = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(relative);
        let through = directories.get(directory);
        if (!directories.has(directory)) {
            through = directory === '.' ? '' : outside(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, directory));
            directories.set(directory, through);
        }
        if (through === undefined)
            return { state: 'missing' };
        if (through !== '')
            return { state: 'outside', target: through };
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
        }
        catch {
            // Nothing there, or a file where a directory of the path should be (ENOTDIR).
            return { state: 'missing' };
        }
        if (!info.isSymbolicLink())
            return { state: 'inside' };
        const target = outside(absolute);
        if (target === undefined)
            return { state: 'dangling' };
        return target === '' ? { state: 'inside' } : { state: 'outside', target };
    };
}
/**
 * Each listed file looked for under `root` and hashed. The hashing threads start on every file at
 * once; where each path leads is found meanwhile, and decides what counts.
 */
async function checkListedFiles(root, listed, pool) {
    const safe = listed.map((file) => (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(file.path));
    const hashed = [];
    const absolutes = [];
    safe.forEach((checked, index) => {
        if (!checked.ok || checked.path !== listed[index].path)
            return;
        hashed.push(index);
        absolutes.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, checked.path));
    });
    for (const batch of (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .batchesOf */ .cS)(absolutes))
        pool.submit(batch);
    const place = placer(root);
    const places = hashed.map((index) => place(listed[index].path));
    const outcomes = await pool.collect();
    const found = new Map();
    hashed.forEach((index, at) => {
        const where = places[at];
        if (where.state !== 'inside')
            found.set(index, where);
        else {
            const outcome = outcomes.get(at);
            found.set(index, 'digest' in outcome
                ? { state: 'hashed', digest: outcome.digest }
                : outcome.error === 'ENOENT'
                    ? { state: 'missing' }
                    : { state: 'unreadable', code: outcome.error });
        }
    });
    return listed.map((file, index) => {
        const checked = safe[index];
        const reason = checked.ok
            ? 'is not in normal form (it has . segments or doubled /)'
            : checked.reason;
        return { ...file, found: found.get(index) ?? { state: 'unsafe', reason } };
    });
}


/***/ }),

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyWritten: () => (/* binding */ verifyWritten)
/* harmony export */ });
/* unused harmony export readVerifyEvidence */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _documents_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5873);
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8258);
/* harmony import */ var _gates_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7448);
/* harmony import */ var _inventory_find_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5980);
/* harmony import */ var _inventory_hash_pool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3672);
/* harmony import */ var _inventory_listed_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8153);
/* harmony import */ var _inventory_partition_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4806);
/* harmony import */ var _manifest_checksums_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7013);
/* harmony import */ var _manifest_outputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9975);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7979);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9905);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6078);
// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.














/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document) {
    if (!document.readable || !(0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(document.value))
        return [];
    const manifest = document.value;
    return ['artifacts', 'catalogs'].flatMap((list) => {
        const entries = manifest[list];
        if (!Array.isArray(entries))
            return [];
        return entries.flatMap((entry) => (0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
            ? [{ list, path: entry.path, digest: entry.digest }]
            : []);
    });
}
/** The digest the in-toto Statement names for the manifest's file, or why it names none. */
function statementSubject(text, name) {
    let statement;
    try {
        statement = JSON.parse(text);
    }
    catch {
        return { problem: 'is not JSON' };
    }
    const subjects = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(statement) ? statement.subject : undefined;
    const subject = Array.isArray(subjects)
        ? subjects.find((s) => (0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(s) && s.name === name)
        : undefined;
    const hex = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(subject) && (0,_model_json_js__WEBPACK_IMPORTED_MODULE_11__/* .isRecord */ .u4)(subject.digest) ? subject.digest.sha256 : undefined;
    return typeof hex === 'string'
        ? { actual: `sha256:${hex}` }
        : { problem: `names no subject "${name}" with a sha256 digest` };
}
/** The sidecars beside the manifest that are there, with what each should say. */
async function readSidecars(options, manifest, listed) {
    if (!manifest.readable)
        return [];
    // A sidecar that is not there is not checked; anything else must be a readable text file.
    const read = async (absolute, shown) => {
        const absent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
        if (absent)
            return undefined;
        try {
            return { text: (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(shown, await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_3__/* .readDocumentBytes */ .h9)(absolute, shown)) };
        }
        catch (error) {
            if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi))
                throw error;
            return { problem: error.message.replace(`${shown} `, '') };
        }
    };
    const { absolute, path: shown } = options.manifest;
    const files = (0,_manifest_outputs_js__WEBPACK_IMPORTED_MODULE_12__/* .outputPaths */ .u)(absolute);
    const names = (0,_manifest_outputs_js__WEBPACK_IMPORTED_MODULE_12__/* .outputPaths */ .u)(shown);
    const [statement, checksums] = await Promise.all([
        read(files.statement, names.statement),
        read(files.checksums, names.checksums)
    ]);
    const sidecars = [];
    if (statement) {
        const found = 'text' in statement ? statementSubject(statement.text, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute)) : statement;
        sidecars.push({
            path: names.statement,
            kind: 'statement',
            expected: manifest.digest,
            ...found
        });
    }
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,_manifest_checksums_js__WEBPACK_IMPORTED_MODULE_13__/* .checksumsText */ .cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }),
            ...('text' in checksums ? { actual: checksums.text } : checksums)
        });
    }
    return sidecars;
}
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .rootDisplay */ .LN)(options.rootPath);
    const manifest = await (0,_documents_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u)(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || (0,_inventory_partition_js__WEBPACK_IMPORTED_MODULE_8__/* .shardOf */ .I)(path, shard.count) === shard.index;
    const own = Object.values((0,_manifest_outputs_js__WEBPACK_IMPORTED_MODULE_12__/* .outputPaths */ .u)(options.manifest.absolute));
    const [checks, sidecars, strict] = await Promise.all([
        (0,_inventory_listed_files_js__WEBPACK_IMPORTED_MODULE_7__/* .checkListedFiles */ .x)(options.root, listed.filter((file) => mine(file.path)), pool),
        readSidecars(options, manifest, listed),
        options.strict.length > 0
            ? (0,_inventory_find_files_js__WEBPACK_IMPORTED_MODULE_5__/* .findFiles */ .l)(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        display,
        ...(strict ? { strict: { ...strict, files: strict.files.filter((f) => mine(f.path)) } } : {})
    };
}
/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
async function verifyWritten(options, pool) {
    const threads = pool ?? new _inventory_hash_pool_js__WEBPACK_IMPORTED_MODULE_6__.HashPool();
    let evidence;
    try {
        evidence = await readVerifyEvidence(options, threads);
    }
    finally {
        if (!pool)
            await threads.close();
    }
    const { violations, gates } = (0,_gates_index_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeWritten */ .NB)(evidence);
    const count = (list) => evidence.listed.filter((file) => file.list === list).length;
    return {
        status: violations.length === 0 ? 'pass' : 'fail',
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        artifacts: count('artifacts'),
        catalogs: count('catalogs'),
        violations: violations.map(_model_violation_js__WEBPACK_IMPORTED_MODULE_10__/* .withoutAbout */ ._Y),
        gates
    };
}


/***/ }),

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};

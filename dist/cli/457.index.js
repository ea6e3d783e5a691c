export const id = 457;
export const ids = [457];
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

/***/ 3710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ checkListedFiles),
  G: () => (/* binding */ placer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(3672);
;// CONCATENATED MODULE: ./src/inventory/locate.ts
// Where a listed path leads, decided before anything is opened: each directory on its way is
// resolved once, from its parent's real place (so a link is followed one step at a time, never
// through the kernel's whole path again), and a path is refused when it goes out of the root,
// through a link to a directory it is already in (a loop, as the inventory's walk refuses it), or
// through more links than the kernel follows. What is at the end is looked at with lstat and stat
// only: a named pipe, a socket, a device or a directory is refused without being opened.



/** Linux's MAXSYMLINKS: a path through more links cannot be opened by the kernel anyway. */
const MAX_LINKS = 40;
const stat = (absolute, follow) => {
    try {
        return follow ? (0,external_node_fs_.statSync)(absolute) : (0,external_node_fs_.lstatSync)(absolute);
    }
    catch {
        return undefined;
    }
};
/** Whether `real` is a directory the path has already gone through (or the root above them). */
function onTheWay(directory, real) {
    for (let at = directory; at; at = at.parent)
        if (at.real === real)
            return true;
    // Any directory above the path's first, the root's own parents included, is a loop too.
    return (0,paths/* isInside */.FK)(real, directory.real);
}
/**
 * A locator for paths under `root`: call it with a normalised root-relative path. Directories are
 * cached by name under their parent, so a manifest's 100,000 paths in 200 folders cost 200
 * directory lookups, and a path costs one step per segment however deep it is.
 */
function locator(root) {
    const realRoot = external_node_fs_.realpathSync.native(root);
    const top = { place: { real: realRoot, links: 0 }, children: new Map() };
    /** Follows the link at `absolute` (inside `parent`): where it leads, or why it leads nowhere. */
    const follow = (parent, absolute, shown) => {
        if (parent.links + 1 > MAX_LINKS)
            return { state: 'loop', link: shown };
        let real;
        try {
            real = external_node_fs_.realpathSync.native(absolute);
        }
        catch (error) {
            const code = error.code;
            return code === 'ELOOP' ? { state: 'loop', link: shown } : { state: 'dangling' };
        }
        if (!(0,paths/* isInside */.FK)(realRoot, real))
            return { state: 'outside', target: real };
        const info = stat(real, false);
        return info ? { real, info } : { state: 'dangling' };
    };
    /** The directory `name` in `parent`, resolved: `shown` names it in messages. */
    const child = (parent, name, shown) => {
        const absolute = external_node_path_default().join(parent.real, name);
        const info = stat(absolute, false);
        if (!info || (!info.isDirectory() && !info.isSymbolicLink()))
            return { state: 'missing' };
        if (info.isDirectory())
            return { real: absolute, parent, links: parent.links };
        const target = follow(parent, absolute, shown());
        if (!('real' in target))
            return target;
        if (!target.info.isDirectory())
            return { state: 'missing' };
        if (onTheWay(parent, target.real))
            return { state: 'loop', link: shown() };
        return { real: target.real, parent, links: parent.links + 1 };
    };
    return (relative) => {
        const names = relative.split('/');
        const file = names.pop();
        let node = top;
        for (const [index, name] of names.entries()) {
            let next = node.children.get(name);
            if (!next) {
                const parent = node.place;
                const shown = () => names.slice(0, index + 1).join('/');
                next = { place: child(parent, name, shown), children: new Map() };
                node.children.set(name, next);
            }
            if (!('real' in next.place))
                return next.place;
            node = next;
        }
        const parent = node.place;
        const absolute = external_node_path_default().join(parent.real, file);
        let info = stat(absolute, false);
        let real = absolute;
        if (!info)
            return { state: 'missing' };
        if (info.isSymbolicLink()) {
            const target = follow(parent, absolute, relative);
            if (!('real' in target))
                return target;
            ({ real, info } = target);
        }
        if (info.isFile())
            return { state: 'file', real };
        return { state: 'special', code: info.isDirectory() ? 'EISDIR' : 'ENOTFILE' };
    };
}

;// CONCATENATED MODULE: ./src/inventory/listed-files.ts
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
    const realRoot = external_node_fs_.realpathSync.native(root);
    const directories = new Map();
    /** '' inside the root, the target outside it, undefined when it does not resolve. */
    const outside = (absolute) => {
        let target;
        try {
            target = external_node_fs_.realpathSync.native(absolute);
        }
        catch {
            return undefined;
        }
        return target !== realRoot && (0,paths/* relativeInside */.JA)(realRoot, target) === undefined ? target : '';
    };
    return (relative) => {
        const directory = external_node_path_default().posix.dirname(relative);
        let through = directories.get(directory);
        if (!directories.has(directory)) {
            through = directory === '.' ? '' : outside(external_node_path_default().join(root, directory));
            directories.set(directory, through);
        }
        if (through === undefined)
            return { state: 'missing' };
        if (through !== '')
            return { state: 'outside', target: through };
        const absolute = external_node_path_default().join(root, relative);
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(absolute);
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
 * Each listed file looked for under `root` and hashed. Where each path leads is decided first,
 * before anything is opened (locate.ts): only regular files inside the root go to the hashing
 * threads, by their real path, and each real file once, however many paths lead to it.
 */
async function checkListedFiles(root, listed, pool) {
    const locate = locator(root);
    const found = new Map();
    /** Listed index → the index of its real file among those hashed. */
    const hashedAs = new Map();
    const reals = new Map();
    listed.forEach((file, index) => {
        const safe = (0,paths/* normaliseRelative */.Z8)(file.path);
        if (!safe.ok || safe.path !== file.path) {
            const reason = safe.ok
                ? 'is not in normal form (it has . segments or doubled /)'
                : safe.reason;
            found.set(index, { state: 'unsafe', reason });
            return;
        }
        const where = locate(file.path);
        if (where.state === 'file') {
            let at = reals.get(where.real);
            if (at === undefined)
                reals.set(where.real, (at = reals.size));
            hashedAs.set(index, at);
        }
        else
            found.set(index, foundOf(where));
    });
    for (const batch of (0,hash_pool/* batchesOf */.cS)([...reals.keys()]))
        pool.submit(batch);
    const outcomes = await pool.collect();
    for (const [index, at] of hashedAs) {
        const outcome = outcomes.get(at);
        found.set(index, 'digest' in outcome
            ? outcome.pointer
                ? { state: 'hashed', digest: outcome.digest, pointer: outcome.pointer }
                : { state: 'hashed', digest: outcome.digest }
            : outcome.error === 'ENOENT'
                ? { state: 'missing' }
                : { state: 'unreadable', code: outcome.error });
    }
    return listed.map((file, index) => ({ ...file, found: found.get(index) }));
}
/** What a path that leads to no regular file inside the root is, as verify reports it. */
function foundOf(where) {
    if (where.state === 'special')
        return { state: 'unreadable', code: where.code };
    return where;
}


/***/ }),

/***/ 8662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyWritten: () => (/* binding */ verifyWritten)
});

// UNUSED EXPORTS: readVerifyEvidence

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/evidence.ts
var evidence = __webpack_require__(5873);
// EXTERNAL MODULE: ./src/documents/json-document.ts + 1 modules
var json_document = __webpack_require__(428);
// EXTERNAL MODULE: ./src/gates/index.ts + 2 modules
var src_gates = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/inventory/listed-files.ts + 1 modules
var listed_files = __webpack_require__(3710);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/inventory/crawl.ts
var crawl = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/inventory/stores.ts
var inventory_stores = __webpack_require__(4492);
;// CONCATENATED MODULE: ./src/inventory/listed-stores.ts
// The directory stores a written manifest lists, looked for under the dataset root: every file in
// each found and hashed (with the walk's path-safety rules), and the store's dirHash made from
// them. What each file should be comes from the checksums file beside the manifest, which lists a
// store file by file; whether it all matches is gate E's to say.





/** A checksums file's lines as (path, digest), names unescaped as sha256sum reads them. */
function checksumsEntries(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const match = /^(\\?)([0-9a-f]{64}) {2}(.*)$/.exec(line);
        if (!match)
            continue;
        const [, escaped, hex, name] = match;
        const path = escaped
            ? name.replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
            : name;
        entries.push({ path, digest: `sha256:${hex}` });
    }
    return entries;
}
/** The lines of the checksums file under each store, when they make its digest. */
function expectedStoreFiles(stores, checksums) {
    const expected = new Map();
    if (!checksums)
        return expected;
    for (const store of stores) {
        const files = checksums.filter((entry) => entry.path.startsWith(store.path));
        if (files.length > 0 && (0,inventory_stores/* dirHash */.Qd)(files, store.path) === store.digest)
            expected.set(store.path, files);
    }
    return expected;
}
/** Whether a directory is there (through links): a store that is not is missing as a whole. */
function isDirectory(absolute) {
    try {
        return (0,external_node_fs_.statSync)(absolute).isDirectory();
    }
    catch {
        return false;
    }
}
/** Every listed store found and hashed under `root`, one after the other on the pool. */
async function checkListedStores(root, stores, expected, pool, display) {
    const checks = [];
    for (const store of stores) {
        if (!isDirectory(external_node_path_default().join(root, store.path))) {
            checks.push({ ...store, files: [], findings: [] });
            continue;
        }
        const walk = await (0,find_files/* findFiles */.l)(root, [`${(0,crawl/* globEscape */.q6)(store.path)}**`], 'artifacts', display);
        // A store with nothing in it is reported as missing, not as a pattern that matches nothing.
        const findings = walk.findings.filter((f) => f.kind !== 'PATTERN_MATCHES_NOTHING');
        const outcomes = walk.files.length > 0 ? await pool.hash(walk.files.map((f) => f.absolute)) : undefined;
        const files = [];
        walk.files.forEach((file, index) => {
            const outcome = outcomes.get(index);
            if ('digest' in outcome)
                files.push({
                    path: file.path,
                    digest: outcome.digest,
                    ...(outcome.pointer ? { pointer: outcome.pointer } : {})
                });
            else {
                const shown = display(file.path);
                const message = `${shown} (in the store ${store.path}) cannot be read (${outcome.error}); restore the store from the promoted version, or promote again.`;
                findings.push({ kind: 'FILE_UNREADABLE', path: shown, message });
            }
        });
        const stated = expected.get(store.path);
        checks.push({
            ...store,
            files,
            ...(files.length > 0 ? { found: (0,inventory_stores/* dirHash */.Qd)(files, store.path) } : {}),
            ...(stated ? { expected: stated } : {}),
            findings
        });
    }
    return checks;
}

// EXTERNAL MODULE: ./src/inventory/partition.ts
var partition = __webpack_require__(4806);
// EXTERNAL MODULE: ./src/manifest/checksums.ts
var manifest_checksums = __webpack_require__(7013);
// EXTERNAL MODULE: ./src/manifest/outputs.ts
var outputs = __webpack_require__(9975);
// EXTERNAL MODULE: ./src/manifest/statement.ts
var manifest_statement = __webpack_require__(6600);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
// EXTERNAL MODULE: ./src/options/parse.ts
var parse = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/verify.ts
// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.
















/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document) {
    if (!document.readable || !(0,json/* isRecord */.u4)(document.value))
        return [];
    const manifest = document.value;
    return ['artifacts', 'catalogs'].flatMap((list) => {
        const entries = manifest[list];
        if (!Array.isArray(entries))
            return [];
        return entries.flatMap((entry) => (0,json/* isRecord */.u4)(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
            ? [{ list, path: entry.path, digest: entry.digest }]
            : []);
    });
}
/** The Statement's text read strictly, as every input document is. */
function statementValue(shown, text) {
    try {
        return { actual: (0,json_document/* parseJsonText */.lk)(shown, Buffer.from(text)).value };
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        return { problem: error.message.replace(`${shown} `, '') };
    }
}
/**
 * The sidecars beside the manifest that are there, with what each should say. They are read as
 * the manifest is: inside the workspace (a link out of it is refused), regular files only.
 */
async function readSidecars(options, manifest, listed) {
    if (!manifest.readable)
        return { sidecars: [], storeFiles: new Map() };
    // A sidecar that is not there is not checked; anything else must be a readable text file.
    const read = async (absolute, shown) => {
        const absent = await (0,promises_.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
        if (absent)
            return undefined;
        try {
            const confine = options.manifest.confine;
            const bytes = await (0,json_document/* readDocumentBytes */.h9)(absolute, shown, confine ? { confine } : {});
            return { text: (0,json_document/* decodeUtf8 */._6)(shown, bytes) };
        }
        catch (error) {
            if (!(error instanceof json_document/* DocumentError */.Mi))
                throw error;
            return { problem: error.message.replace(`${shown} `, '') };
        }
    };
    const { absolute, path: shown } = options.manifest;
    const files = (0,outputs/* outputPaths */.u)(absolute);
    const names = (0,outputs/* outputPaths */.u)(shown);
    const [statement, checksums] = await Promise.all([
        read(files.statement, names.statement),
        read(files.checksums, names.checksums)
    ]);
    const sidecars = [];
    if (statement) {
        // Its subjects from the entries that have a path and digest (the schema judges the rest).
        const artifacts = listed.filter((file) => file.list === 'artifacts');
        const expected = {
            ...(0,manifest_statement/* buildStatement */.Y5)({ artifacts }, manifest.digest, external_node_path_default().basename(absolute)),
            predicate: manifest.value
        };
        const found = 'text' in statement ? statementValue(names.statement, statement.text) : statement;
        sidecars.push({ path: names.statement, kind: 'statement', expected, ...found });
    }
    let storeFiles = new Map();
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        // A store is listed file by file: its lines are the file's own when they make its digest.
        if ('text' in checksums)
            storeFiles = expectedStoreFiles(storesOf(listed), checksumsEntries(checksums.text));
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,manifest_checksums/* checksumsText */.cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }, storeFiles),
            ...('text' in checksums ? { actual: checksums.text } : checksums)
        });
    }
    return { sidecars, storeFiles };
}
/** Whether a root-relative path is under one of the store paths (each ending in `/`). */
function inStore(path, stores) {
    if (stores.size === 0)
        return false;
    for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1))
        if (stores.has(path.slice(0, end + 1)))
            return true;
    return false;
}
/** The manifest's directory stores: artifacts whose path ends in `/`. */
function storesOf(listed) {
    return listed.filter((file) => file.list === 'artifacts' && file.path.endsWith('/'));
}
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = (0,parse/* rootDisplay */.LN)(options.rootPath);
    const manifest = await (0,evidence/* readDocument */.u)(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || (0,partition/* shardOf */.I)(path, shard.count) === shard.index;
    const own = Object.values((0,outputs/* outputPaths */.u)(options.manifest.absolute));
    const storePaths = new Set(storesOf(listed).map((store) => store.path));
    const stores = storesOf(listed).filter((store) => mine(store.path));
    const [checks, { sidecars, storeFiles }, strict] = await Promise.all([
        (0,listed_files/* checkListedFiles */.x)(options.root, listed.filter((file) => mine(file.path) && !(file.list === 'artifacts' && file.path.endsWith('/'))), pool),
        readSidecars(options, manifest, listed),
        options.strict.length > 0
            ? (0,find_files/* findFiles */.l)(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    // The checkout's own repository is no dataset content; any other .git under the patterns is.
    const checkout = external_node_path_default().join(options.workspace, '.git');
    const gitDirectories = (strict?.neverEntered ?? []).filter((relative) => external_node_path_default().join(options.root, relative) !== checkout);
    // After the files: the pool takes one list at a time.
    const storeChecks = await checkListedStores(options.root, stores, storeFiles, pool, display);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        stores: storeChecks,
        display,
        ...(strict
            ? {
                strict: {
                    files: strict.files.filter((f) => mine(f.path) && !inStore(f.path, storePaths)),
                    findings: strict.findings,
                    gitDirectories
                }
            }
            : {})
    };
}
/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
async function verifyWritten(options, pool) {
    const threads = pool ?? new hash_pool.HashPool();
    let evidence;
    try {
        evidence = await readVerifyEvidence(options, threads);
    }
    finally {
        if (!pool)
            await threads.close();
    }
    const { violations, gates } = (0,src_gates/* judgeWritten */.NB)(evidence);
    const count = (list) => evidence.listed.filter((file) => file.list === list).length +
        (list === 'artifacts' ? evidence.stores.length : 0);
    return {
        status: violations.length === 0 ? 'pass' : 'fail',
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        artifacts: count('artifacts'),
        catalogs: count('catalogs'),
        violations: violations.map(violation/* withoutAbout */._Y),
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

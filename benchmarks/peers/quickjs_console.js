// The host environment benchmarks/peers/quickjs_run.py gives a program under
// QuickJS: `console.log` (and `console.error`) printing values as node prints
// them, and CommonJS `require` of relative files. The Python side provides
// four functions: __host_write(stream, text), __host_resolve(fromDir, spec)
// returning the resolved path ("" when it does not exist), __host_read(path)
// and __host_refuse(message), called when QuickJS cannot parse a file.
//
// Printing follows node's util.inspect for what benchmark programs print:
// strings as they are at the top level and quoted with ' inside structures,
// numbers as String() prints them except -0, arrays `[ 1, 2 ]`, objects
// `{ a: 1 }` (class instances prefixed with the class name), nesting deeper
// than 2 as [Array] / [Object], a structure on one line while it fits in
// node's 80 columns and otherwise one entry per line. Node groups long arrays of short
// entries into columns; that is not imitated here, so such output differs
// and compare.py reports the difference instead of timing it.
(function () {
  const write = globalThis.__host_write, resolve = globalThis.__host_resolve, read = globalThis.__host_read;
  const refuse = globalThis.__host_refuse;
  for (const name of ['__host_write', '__host_resolve', '__host_read', '__host_refuse']) delete globalThis[name];

  const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  // node's choice of quote: ' unless the string holds one, then " or `
  const ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\\': '\\\\' };
  function quote(s) {
    let q = "'";
    if (s.includes("'")) {
      if (!s.includes('"')) q = '"';
      else if (!s.includes('`') && !s.includes('${')) q = '`';
    }
    let body = '';
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      if (ESCAPES[ch]) body += ESCAPES[ch];
      else if (ch === q) body += '\\' + ch;
      else if (code < 0x20 || code === 0x7f) body += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
      else body += ch;
    }
    return q + body + q;
  }

  function primitive(v) {
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return v + 'n';
    if (typeof v === 'symbol') return v.toString();
    return String(v); // boolean, undefined, null
  }

  function fnName(f) {
    const src = Function.prototype.toString.call(f);
    if (/^class\b/.test(src)) return '[class ' + (f.name || '(anonymous)') + ']';
    return f.name ? '[Function: ' + f.name + ']' : '[Function (anonymous)]';
  }

  function wrap(open, entries, close, indent) {
    if (entries.length === 0) return open.endsWith('[') ? open + ']' : open + '}';
    // node's rule (util.inspect, breakLength 80): one line when the entries,
    // their separators and the opening fit, counting 10 columns of slack
    const width = entries.reduce((n, e) => n + e.length, 0) + 2 * entries.length + indent + open.length + 10;
    if (width <= 80 && !entries.some(e => e.includes('\n'))) return open + ' ' + entries.join(', ') + ' ' + close;
    const pad = ' '.repeat(indent + 2);
    return open + '\n' + entries.map(e => pad + e).join(',\n') + '\n' + ' '.repeat(indent) + close;
  }

  function inspect(v, depth, indent, seen) {
    if (typeof v === 'string') return depth === 0 ? v : quote(v);
    if (typeof v === 'function') return fnName(v);
    if (v === null || typeof v !== 'object') return primitive(v);
    if (v instanceof Error) return v.stack ? String(v.stack).trimEnd() : v.name + ': ' + v.message;
    if (seen.includes(v)) return '[Circular *1]';
    if (Array.isArray(v)) {
      if (depth > 2) return '[Array]';
      const inner = seen.concat([v]);
      const entries = [];
      let holes = 0;
      const flushHoles = () => {
        if (holes) entries.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        holes = 0;
      };
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) { holes++; continue; }
        flushHoles();
        entries.push(inspect(v[i], depth + 1, indent + 2, inner));
      }
      flushHoles();
      return wrap('[', entries, ']', indent);
    }
    const proto = Object.getPrototypeOf(v);
    const ctor = proto && proto.constructor;
    const prefix = proto === null ? '[Object: null prototype] '
      : (ctor && ctor !== Object && ctor.name ? ctor.name + ' ' : '');
    if (depth > 2) return '[' + (prefix.trim() || 'Object') + ']';
    const inner = seen.concat([v]);
    const entries = Object.keys(v).map(k =>
      (IDENT.test(k) ? k : quote(k)) + ': ' + inspect(v[k], depth + 1, indent + 2, inner));
    return wrap(prefix + '{', entries, '}', indent);
  }

  const format = args => args.map(a => inspect(a, 0, 0, [])).join(' ') + '\n';
  globalThis.console = {
    log: (...args) => write(1, format(args)),
    info: (...args) => write(1, format(args)),
    error: (...args) => write(2, format(args)),
    warn: (...args) => write(2, format(args)),
  };

  // CommonJS modules: each file once, wrapped as node wraps it.
  const cache = {};
  const indirectEval = eval;
  globalThis.__shapescape_require_from = function requireFrom(dir) {
    return function require(spec) {
      const path = resolve(dir, spec);
      if (!path) throw new Error("Cannot find module '" + spec + "'");
      if (cache[path]) return cache[path].exports;
      const module = { exports: {} };
      cache[path] = module;
      let fn;
      try {
        fn = indirectEval('(function (exports, require, module, __filename, __dirname) {' + read(path) + '\n})');
      } catch (e) {
        if (e instanceof SyntaxError) refuse(path + ': SyntaxError: ' + e.message);
        throw e;
      }
      const slash = path.lastIndexOf('/');
      const here = slash >= 0 ? path.slice(0, slash) : '.';
      fn.call(module.exports, module.exports, requireFrom(here), module, path, here);
      return module.exports;
    };
  };
})();

#!/usr/bin/env python3
"""Module dependency graph of src/ (non-test code) and its cycles.

Usage: python3 scripts/module_cycles.py [src] [top|file] [-v]
  top:  top-level modules (model, codec, ...), and web/ file by file;
  file: every file is a module. Both by default. Exits 1 and prints the cycle if there is one.
A module depends on another when it names it in a `use` or a `crate::` path
outside `#[cfg(test)] mod` blocks; `pub use` of a module at the crate root is
followed to the real module."""
import os, re, sys
args = [a for a in sys.argv[1:] if a != '-v']
root = args[0] if args else 'src'
levels = [args[1]] if len(args) > 1 else ['top', 'file']
files = {}
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'):
            p = os.path.join(d, f)
            rel = os.path.relpath(p, root)[:-3].split(os.sep)
            if rel[-1] == 'mod': rel = rel[:-1]
            if rel in (['lib'], ['main']): rel = []
            files['::'.join(rel)] = p
mods = set(files)
# Module re-exports at the crate root (`pub use model::scenario;`) are aliases.
aliases = {}
lib = os.path.join(root, 'lib.rs')
if os.path.exists(lib):
    for m in re.finditer(r'^pub use ([\w:]+);', open(lib).read(), re.M):
        target = m.group(1).replace('crate::', '')
        if target in files: aliases[target.split('::')[-1]] = target
def strip_tests(src):
    # drop #[cfg(test)] mod tests { ... } blocks
    out, i = [], 0
    idx = src.find('#[cfg(test)]')
    while idx != -1:
        out.append(src[i:idx])
        j = src.find('{', idx); depth = 0; k = j
        if j == -1: break
        # only skip if next item is a mod block
        head = src[idx:j]
        if 'mod ' not in head:
            out.append(src[idx:j]); i = j; idx = src.find('#[cfg(test)]', j); continue
        while k < len(src):
            if src[k] == '{': depth += 1
            elif src[k] == '}':
                depth -= 1
                if depth == 0: break
            k += 1
        i = k + 1
        idx = src.find('#[cfg(test)]', i)
    out.append(src[i:])
    return ''.join(out)
def expand(prefix, body):
    # expand a use tree: a::{b, c::{d}} -> [a::b, a::c::d]
    body = body.strip()
    if body.startswith('{') and body.endswith('}'):
        inner = body[1:-1]; parts, depth, cur = [], 0, ''
        for ch in inner:
            if ch == '{': depth += 1
            if ch == '}': depth -= 1
            if ch == ',' and depth == 0: parts.append(cur); cur = ''
            else: cur += ch
        parts.append(cur)
        res = []
        for p in parts:
            if p.strip(): res += expand(prefix, p)
        return res
    m = re.match(r'([\w:]*?)(::)?(\{.*\})$', body, re.S)
    if m and m.group(3):
        return expand(prefix + [x for x in m.group(1).split('::') if x], m.group(3))
    return [prefix + [x for x in body.split(' as ')[0].split('::') if x]]
def resolve(cur, path):
    if not path: return None
    if path[0] == 'crate': path = path[1:]
    elif path[0] == 'super':
        base = cur.split('::') if cur else []
        while path and path[0] == 'super': base = base[:-1]; path = path[1:]
        path = base + path
    elif path[0] == 'self':
        path = (cur.split('::') if cur else []) + path[1:]
    else: return None
    if path and path[0] in aliases and path[0] not in mods:
        path = aliases[path[0]].split('::') + path[1:]
    best = None
    for n in range(len(path), 0, -1):
        cand = '::'.join(path[:n])
        if cand in mods: best = cand; break
    return best
edges = {}
for m, p in files.items():
    src = strip_tests(open(p).read())
    src = re.sub(r'//.*', '', src)
    deps = set()
    for u in re.finditer(r'\buse\s+((?:crate|super|self)[^;]*);', src, re.S):
        for path in expand([], re.sub(r'\s+', '', u.group(1))):
            r = resolve(m, path)
            if r is not None: deps.add(r)
    for u in re.finditer(r'\b((?:crate|super)(?:::\w+)+)', src):
        r = resolve(m, u.group(1).split('::'))
        if r is not None: deps.add(r)
    edges[m] = deps
def check(level):
    def group(m):
        if level == 'file': return m
        parts = m.split('::')
        if parts and parts[0] == 'web': return m  # inside web: file level
        return parts[0] if parts[0] else '(root)'
    g = {}
    for m, ds in edges.items():
        a = group(m)
        for d in ds:
            b = group(d)
            if a != b and not b.startswith(a + '::') and not a.startswith(b + '::') and b != '(root)' and a != '(root)':
                g.setdefault(a, set()).add(b)
    # Tarjan SCC
    index, low, stack, on, sccs, c = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)
    def sc(v):
        index[v] = low[v] = c[0]; c[0] += 1; stack.append(v); on.add(v)
        for w in g.get(v, ()):
            if w not in index: sc(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: sccs.append(comp)
    for v in list(g): 
        if v not in index: sc(v)
    if '-v' in sys.argv:
        for a in sorted(g): print(a, '->', ', '.join(sorted(g[a])))
    for comp in sccs:
        s = set(comp)
        print('CYCLE:', ' '.join(sorted(comp)))
        for a in sorted(comp):
            print('   ', a, '->', ', '.join(sorted(x for x in g[a] if x in s)))
    return bool(sccs)

found = [check(level) for level in levels]
sys.exit(1 if any(found) else 0)

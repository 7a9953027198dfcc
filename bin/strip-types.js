// Loaded with --import when the project runs from a company's node_modules. Node strips TypeScript
// types from a project's own files but refuses files under node_modules (ERR_UNSUPPORTED_NODE_
// MODULES_TYPE_STRIPPING), which is where an installed copy of this project lives. This hook strips
// the types of this package's own .ts files the same way; positions are kept, so stack traces and
// error lines stay true. Other packages' files are left to Node.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';

const root = new URL('../', import.meta.url).href;
const own = (url) => url.startsWith(root) && url.endsWith('.ts') && !url.slice(root.length).includes('node_modules/');

// Node warns once per process that stripTypeScriptTypes is experimental; it is the same stripping
// Node does for a clone's files, so the warning is taken here, before any output, and dropped.
const emitWarning = process.emitWarning;
process.emitWarning = () => {};
stripTypeScriptTypes('');
process.emitWarning = emitWarning;

registerHooks({
  load(url, context, nextLoad) {
    if (!own(url)) return nextLoad(url, context);
    const source = stripTypeScriptTypes(readFileSync(new URL(url), 'utf8'));
    return { format: 'module', source, shortCircuit: true };
  },
});

// Runs first in `npm test`: everything the tests need is here, or one message says what to install.
// Never asks a question (CI has no terminal), so a missing tool fails fast instead of waiting.
import { tools } from './tools.ts';

const missing: string[] = [];

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  missing.push(
    `Node ${process.version} runs the tests; they need Node >= 22.12. Run them with "npm test", which uses the project's pinned Node (npm ci installs it).`,
  );
}

// `astro check` offers to install these with a prompt when it cannot load them; check them first.
for (const name of ['@astrojs/check', 'typescript']) {
  try {
    await import(name);
  } catch (error) {
    missing.push(
      `${name} cannot be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Run "npm ci".`,
    );
  }
}

for (const tool of tools) {
  if ((await tool.find()) === undefined) missing.push(`${tool.name} is not installed. Install it: ${tool.install}.`);
}

if (missing.length > 0) {
  process.stderr.write(`npm test cannot run on this machine yet:\n${missing.map((m) => `  - ${m}`).join('\n')}\n`);
  process.exit(1);
}

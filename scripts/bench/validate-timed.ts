/**
 * Times validation inside one fresh process, apart from Node's start-up and
 * module loading: `node validate-timed.ts <content> <root>` prints JSON.
 */
const started = performance.now();
const { validateProject } = await import('../../src/core/validate/project.ts');
const loaded = performance.now();
const [content, root] = process.argv.slice(2);
const result = validateProject({ root: root ?? process.cwd(), content: content! });
const validated = performance.now();
const count = (severity: string) => result.problems.filter((problem) => problem.severity === severity).length;
process.stdout.write(
  `${JSON.stringify({ loadMs: loaded - started, validateMs: validated - loaded, errors: count('error'), warnings: count('warning'), configBroken: result.configBroken })}\n`,
);

// A module, for top-level await; the core is imported dynamically so that its loading is timed.
export {};

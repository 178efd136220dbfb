import { resolve } from 'node:path';
import type { Corpus } from '../collections.ts';
import { deriveLifecycle, type Lifecycle } from '../lifecycle/derive.ts';
import { readProject, type ProjectPaths, type ProjectRead } from '../load/project.ts';
import { sortProblems, type Problem } from '../problems.ts';
import type { SiteConfig } from '../schema/site.ts';
import { checkBodyImages } from './body-images.ts';
import { checkBodyReferences } from './body-references.ts';
import { checkConsistency } from './consistency.ts';
import { checkLogo } from './logo.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { checkReferences } from './references.ts';
import { checkVisibility } from './visibility.ts';

export type { ProjectPaths };

export interface ValidationResult {
  config?: SiteConfig;
  corpus: Corpus;
  lifecycle: Lifecycle;
  problems: Problem[];
  /** True when the site configuration itself is broken (exit code 2). */
  configBroken: boolean;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Loads and checks everything: the configuration, every entry, every reference, the lifecycle. */
export function validateProject(
  paths: ProjectPaths,
  options: { today?: string; env?: Record<string, string | undefined> } = {},
): ValidationResult {
  return checkProject(readProject(paths, options), options);
}

/** Checks what `readProject` read: every reference across files, the lifecycle, the consistency rules. */
export function checkProject(project: ProjectRead, options: { today?: string } = {}): ValidationResult {
  const { feedback, roadmap, changelog } = project.collections;
  const config = project.config;
  const corpus: Corpus = { feedback: feedback.entries, roadmap: roadmap.entries, changelog: changelog.entries };
  const problems: Problem[] = [...project.configProblems, ...feedback.problems, ...roadmap.problems, ...changelog.problems];
  problems.push(...checkLogo(project));
  const partial: Corpus = { feedback: feedback.partial, roadmap: roadmap.partial, changelog: changelog.partial };
  problems.push(...checkReferences(corpus, config, partial));
  problems.push(...checkBodyReferences(corpus, partial));
  problems.push(...checkBodyImages(corpus, project.paths.root, resolve(project.paths.root, project.paths.content)));
  problems.push(...checkMdxSyntax(corpus.changelog));
  const lifecycle = deriveLifecycle(corpus);
  // A file whose only mistakes are in fields the lifecycle ignores still says what it ships, closes or links to:
  // the lifecycle's checks run with it in, so fixing its typo does not reveal a second round of problems.
  const standIns = feedback.standIns.length + roadmap.standIns.length + changelog.standIns.length > 0;
  const checked = standIns
    ? {
        feedback: [...corpus.feedback, ...feedback.standIns],
        roadmap: [...corpus.roadmap, ...roadmap.standIns],
        changelog: [...corpus.changelog, ...changelog.standIns],
      }
    : corpus;
  const checkedLifecycle = standIns ? deriveLifecycle(checked) : lifecycle;
  problems.push(...checkedLifecycle.problems);
  problems.push(...checkConsistency(checked, checkedLifecycle, { today: options.today ?? todayIso() }));
  problems.push(...checkVisibility(checked, checkedLifecycle));
  return {
    config,
    corpus,
    lifecycle,
    problems: sortProblems(problems),
    configBroken: config === undefined,
  };
}

export function exitCodeFor(result: ValidationResult, strict: boolean): 0 | 1 | 2 {
  if (result.configBroken) return 2;
  const failing = result.problems.some((p) => p.severity === 'error' || strict);
  return failing ? 1 : 0;
}

// The rule engine as the rules worker calls it. The engine module (shared/rules/index.ts) is looked up
// at build time with import.meta.glob, so a build without it still works and simply finds nothing; once
// the module is in the tree, its `runRules` is used with no change here.
import type { Transaction } from '../../../shared/model';
import type { Finding, RulesConfig } from '../../../shared/rules/types';

export type RunRules = (transactions: readonly Transaction[], config: RulesConfig) => Finding[] | Promise<Finding[]>;

interface EngineModule {
  runRules?: RunRules;
}

const engines = import.meta.glob<EngineModule>('../../../shared/rules/index.ts');

/** No engine in this build: no findings. */
const noEngine: RunRules = () => [];

export async function loadRunRules(): Promise<RunRules> {
  const load = Object.values(engines)[0];
  if (!load) return noEngine;
  const mod = await load();
  return mod.runRules ?? noEngine;
}

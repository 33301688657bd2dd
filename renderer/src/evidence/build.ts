// Builds, checks and (optionally) encrypts a bundle. Runs in a worker in the app, so a large bundle
// (hundreds of MB of original exports) never freezes the page, and in-process where there is no Worker.
import { buildBundle, buildBundleReport } from '../../../shared/bundle/bundle';
import { encryptedCopy } from '../../../shared/bundle/encrypted-copy';
import { validateBag, type BagProblem } from '../../../shared/bundle/bagit-validate';
import type { BundleInput } from '../../../shared/bundle/types';
import { sha256Hex } from '../../../shared/hash';

export type BuildStage = 'report' | 'bag' | 'validate' | 'encrypt';

export interface BuildRequest {
  input: BundleInput;
  encrypt?: { password: string; nest: boolean };
}

export interface Check {
  valid: boolean;
  errors: BagProblem[];
  warnings: BagProblem[];
}

export interface BuildResult {
  zip: Uint8Array;
  bagName: string;
  /** SHA-256 of the zip file as saved: what the owner can quote to support. */
  zipSha256: string;
  /** SHA-256 of manifest-sha256.txt, which pins every payload file. */
  fingerprint: string;
  fileCount: number;
  skipped: { name: string; reason: string }[];
  check: Check;
  reportHtml: string;
  encrypted?: { zip: Uint8Array; sha256: string; check: Check };
}

const dec = new TextDecoder();

/** The report.html the bundle will hold, for printing to PDF before the bundle is built. */
export function bundleReport(input: BundleInput): Promise<string> {
  return buildBundleReport(input);
}

export async function runBuild(req: BuildRequest, onStage: (stage: BuildStage) => void = () => undefined): Promise<BuildResult> {
  onStage('bag');
  const bundle = await buildBundle(req.input);
  onStage('validate');
  // Strict: this app wrote the bag, so anything a tag manifest does not cover is an error here.
  const v = await validateBag(bundle.zip, { strict: true });
  const result: BuildResult = {
    zip: bundle.zip,
    bagName: bundle.bagName,
    zipSha256: await sha256Hex(bundle.zip),
    fingerprint: bundle.fingerprint,
    fileCount: bundle.files.size,
    skipped: bundle.skipped,
    check: { valid: v.valid, errors: v.errors, warnings: v.warnings },
    reportHtml: dec.decode(bundle.files.get('data/report.html') ?? new Uint8Array()),
  };
  if (req.encrypt) {
    onStage('encrypt');
    const zip = await encryptedCopy(bundle, { password: req.encrypt.password, baggingDate: req.input.baggingDate, nest: req.encrypt.nest });
    const ev = await validateBag(zip, { strict: true, password: req.encrypt.password });
    result.encrypted = { zip, sha256: await sha256Hex(zip), check: { valid: ev.valid, errors: ev.errors, warnings: ev.warnings } };
  }
  return result;
}

import { readAsset } from '../assets.js';

let version: string | undefined;

export function toolVersion(): string {
  return (version ??= (JSON.parse(readAsset('package.json')) as { version: string }).version);
}

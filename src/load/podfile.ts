/**
 * iOS SDKs from a Podfile.lock: every installed pod (the `PODS:` section, transitive ones included,
 * as they all ship in the app) mapped to an SDK through the catalog. Pods the catalog does not list
 * are libraries, not data recipients, and are left out.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { InputError } from '../errors.js';
import { quote } from '../normalize/text.js';
import { loadCatalog } from '../sdk/catalog.js';
import { readTextFile } from '../io/file.js';
import type { BuildReadOptions } from './gradle.js';
import type { SdkFile, SdkRecord } from './types.js';
import { nodeLocation, parseYamlText, type YamlFile } from '../io/yaml.js';

/** `Name (1.2.3)`, `Firebase/Analytics (10.1.0)`. */
const POD_ENTRY = /^(\S+)\s+\(([^)]*)\)$/;

interface Pod {
  name: string;
  version: string;
  node: Node;
}

/** A PODS item: `- Name (v)` or `- Name (v):` with the requirements it pulls in. */
function podOf(y: YamlFile, item: unknown): Pod {
  const node = isMap(item) && item.items.length === 1 ? item.items[0]!.key : item;
  const text = isScalar(node) && typeof node.value === 'string' ? node.value : null;
  const m = text ? POD_ENTRY.exec(text.trim()) : null;
  if (!m) {
    const where = nodeLocation(y, (node ?? item) as Node);
    throw new InputError(`not a pod entry${text ? `: ${quote(text)}` : ''}`, where, 'PODS entries look like `- Name (1.2.3)`; regenerate the file with `pod install`');
  }
  return { name: m[1]!, version: m[2]!, node: node as Node };
}

function podsSection(y: YamlFile): unknown[] {
  const root = y.doc.contents;
  const pods = isMap(root) ? root.get('PODS', true) : undefined;
  if (!isSeq(pods)) {
    throw new InputError('not a Podfile.lock: no `PODS:` list', { file: y.file, line: 1 }, 'pass the Podfile.lock that `pod install` writes next to the Podfile');
  }
  return pods.items;
}

export function parsePodfileLock(file: string, text: string, opts: BuildReadOptions = {}): SdkFile {
  const catalog = opts.catalog ?? loadCatalog();
  const y = parseYamlText(file, text);
  const seen = new Map<string, SdkRecord>();
  for (const item of podsSection(y)) {
    const pod = podOf(y, item);
    const id = catalog.sdkIdForPod(pod.name);
    if (!id || seen.has(id)) continue;
    const root = pod.name.split('/')[0]!;
    seen.set(id, { loc: nodeLocation(y, pod.node), platform: 'ios', sdk: catalog.sdk(id)!.en, sdkId: id, organization: null, fields: [], purpose: null, package: root, version: pod.version });
  }
  return { kind: 'sdk', file, headerLine: 1, records: [...seen.values()] };
}

export function readPodfileLock(file: string, opts: BuildReadOptions = {}): SdkFile {
  return parsePodfileLock(file, readTextFile(file).text, opts);
}

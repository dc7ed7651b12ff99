/** Reading the HTML report back with a real HTML parser (parse5) for the unit tests. */
import { parse } from 'parse5';

export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

export function parseHtml(html: string): HtmlNode {
  return parse(html) as unknown as HtmlNode;
}

export function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** Depth-first, document order. */
export function findAll(root: HtmlNode, match: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (node: HtmlNode): void => {
    if (match(node)) found.push(node);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(root);
  return found;
}

/** Elements by tag and optional attribute values, e.g. `byTag(doc, 'g', { class: 'bar' })`. */
export function byTag(root: HtmlNode, tag: string, attrs: Record<string, string> = {}): HtmlNode[] {
  return findAll(root, (n) => n.tagName === tag && Object.entries(attrs).every(([k, v]) => attr(n, k) === v));
}

export function one(root: HtmlNode, tag: string, attrs: Record<string, string> = {}): HtmlNode {
  const found = byTag(root, tag, attrs);
  if (found.length !== 1) throw new Error(`expected one <${tag}> ${JSON.stringify(attrs)}, found ${found.length}`);
  return found[0]!;
}

export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

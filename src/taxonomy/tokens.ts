/**
 * The structure of a field name. Latin words are split on snake, kebab, dots, spaces, camelCase and
 * letter/digit boundaries (`idCardNo` → id card no, `IPv4Addr` → i pv 4 addr, `imei1` → imei 1);
 * characters other than ASCII letters and digits (Chinese included) separate them.
 *
 * In Chinese and English compounds alike the head noun comes last (收货人手机号 is the consignee's phone,
 * consignee_phone too), except that short suffixes such as `no`, `id`, `time`, 号码, 编号 may follow the head
 * and only modify it (`id_card_no` is an id card). headEnd marks where the head ends.
 */
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g;
const LATIN_RUN = /[A-Za-z0-9]+/g;
/** Removed by fold(): a compact name has none of them. */
const FOLDED_AWAY = /[\s_\-]/;
/** Punctuation left in a compact name (`users.mobile`, `地址(详细)`) still separates words. */
const PUNCTUATION = /[^\p{L}\p{N}\uD800-\uDFFF]/u;

const SUFFIX_TOKENS = new Set(['id', 'ids', 'no', 'nos', 'num', 'number', 'nbr', 'at', 'time', 'ts', 'timestamp', 'date', 'datetime']);
const DIGITS = /^\d+$/;
/** Longest first: 号码 before 号. */
const SUFFIX_ZH = ['号码', '编号', '编码', '时间', '日期', '号'];

/**
 * Words naming a person: before a whole-name synonym they make it that person's (收货人地址, consignee_addr).
 * Not parent or tenant: parent_name and tenant_name usually name a tree node or an organisation.
 */
const PERSON_TOKENS = new Set([
  'user', 'customer', 'cust', 'member', 'consignee', 'receiver', 'recipient', 'sender', 'contact', 'patient', 'applicant',
  'holder', 'cardholder', 'employee', 'emp', 'staff', 'student', 'buyer', 'owner', 'person', 'personal', 'guardian',
  'passenger', 'resident', 'insured', 'beneficiary', 'borrower', 'spouse',
]);
/** Besides these, any word ending in 人 (收货人, 持卡人, 联系人, 法人) names a person: its 人 is taken as the word. */
const PERSON_ZH = ['用户', '客户', '会员', '本人', '患者', '病人', '员工', '职工', '学生', '家长', '买家', '乘客', '旅客', '住户', '业主', '户主', '居民'];

/**
 * Words naming an attribute of what comes before them (账号状态 is a status, user_account_type a type,
 * 账号注销时间 a date): the name is the attribute's, not the thing's. 标识 alone is an identifier (设备标识),
 * 标识位 a flag; 状况 and 情况 are left out: 婚姻状况 is the marital status itself.
 */
const ATTRIBUTE_TOKENS = new Set([
  'status', 'type', 'kind', 'category', 'level', 'count', 'cnt', 'at', 'time', 'ts', 'timestamp', 'date', 'datetime',
  'source', 'channel', 'flag', 'verified',
]);
const ATTRIBUTE_ZH = ['状态', '类型', '类别', '种类', '等级', '级别', '数量', '个数', '次数', '时间', '日期', '有效期', '来源', '渠道', '标志', '标识位', '标记'];
/** After an attribute, its code or id is still the attribute (状态码, type_id). */
const ATTRIBUTE_TAIL_TOKENS = new Set(['code', 'id', 'no', 'value', 'val']);
const ATTRIBUTE_TAIL_ZH = ['编码', '代码', '码', '值', '编号'];
/** A yes/no question about what follows (是否绑定手机号, is_phone_verified, has_id_card). */
const FLAG_TOKENS = new Set(['is', 'has']);
const FLAG_ZH = ['是否', '有无'];
/** A bracketed remark ending a name (账号状态(0正常/1冻结), 手机号（加密）): the name ends before it. */
const TRAILING_REMARK = /[(\[【〔][^()[\]【】〔〕]*[)\]】〕][^\p{L}\p{N}]*$/u;

/** A latin word of the name, lower case, at [start, end) of the compact name. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface FieldNameParts {
  /** The name folded as fold() does (NFKC, lower case, no spaces, `_` or `-`): positions below index it. */
  compact: string;
  tokens: Token[];
  /** Where the head noun ends: before trailing suffixes, unless the name is nothing but suffixes. */
  headEnd: number;
}

/** Folds the name and records, for each NFKC offset, the compact offset it lands on. */
function compactForm(nfkc: string): { compact: string; offsets: number[] } {
  let compact = '';
  const offsets: number[] = [];
  for (let i = 0; i < nfkc.length; i++) {
    offsets.push(compact.length);
    if (!FOLDED_AWAY.test(nfkc[i]!)) compact += nfkc[i]!.toLowerCase();
  }
  offsets.push(compact.length);
  return { compact, offsets };
}

function latinTokens(nfkc: string, offsets: readonly number[]): Token[] {
  const tokens: Token[] = [];
  for (const run of nfkc.matchAll(LATIN_RUN)) {
    const cuts = [0, ...[...run[0].matchAll(CAMEL_BOUNDARY)].map((b) => b.index), run[0].length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = run.index + cuts[k]!;
      const to = run.index + cuts[k + 1]!;
      tokens.push({ text: nfkc.slice(from, to).toLowerCase(), start: offsets[from]!, end: offsets[to]! });
    }
  }
  return tokens;
}

/** The offset before any punctuation that ends compact[0, at). */
function trimPunctuation(compact: string, at: number): number {
  while (at > 0 && PUNCTUATION.test(compact[at - 1]!)) at--;
  return at;
}

/** Where a suffix ending at `at` starts, or null when the word ending there is no suffix. */
function suffixStart(compact: string, tokens: readonly Token[], at: number): number | null {
  const token = tokens.find((t) => t.end === at);
  if (token) return SUFFIX_TOKENS.has(token.text) || DIGITS.test(token.text) ? token.start : null;
  const zh = SUFFIX_ZH.find((s) => compact.endsWith(s, at));
  return zh === undefined ? null : at - zh.length;
}

function headEndOf(compact: string, tokens: readonly Token[]): number {
  const end = trimPunctuation(compact, compact.length);
  let head = end;
  let cut = suffixStart(compact, tokens, head);
  while (cut !== null) {
    head = trimPunctuation(compact, cut);
    cut = suffixStart(compact, tokens, head);
  }
  return head === 0 ? end : head;
}

export function fieldNameParts(name: string): FieldNameParts {
  const nfkc = name.normalize('NFKC');
  const { compact, offsets } = compactForm(nfkc);
  const tokens = latinTokens(nfkc, offsets);
  return { compact, tokens, headEnd: headEndOf(compact, tokens) };
}

/** The latin words of a field name, lower case (`idCardNo` → id, card, no). */
export function fieldNameTokens(name: string): string[] {
  return fieldNameParts(name).tokens.map((t) => t.text);
}

/** The start of a word naming a person that ends right before `at` (收货人|地址, consignee_|addr), or null. */
export function possessorStart(parts: FieldNameParts, at: number): number | null {
  const end = trimPunctuation(parts.compact, at);
  if (end === 0) return null;
  const token = parts.tokens.find((t) => t.end === end);
  if (token) return PERSON_TOKENS.has(token.text) ? token.start : null;
  const zh = PERSON_ZH.find((w) => parts.compact.endsWith(w, end));
  if (zh !== undefined) return end - zh.length;
  return parts.compact[end - 1] === '人' ? end - 1 : null;
}

/** The start of the word from `words` (latin) or `zh` ending at `at`, or null. */
function wordEndingAt(parts: FieldNameParts, at: number, words: ReadonlySet<string>, zh: readonly string[]): number | null {
  const token = parts.tokens.find((t) => t.end === at);
  if (token) return words.has(token.text) ? token.start : null;
  const w = zh.find((s) => parts.compact.endsWith(s, at));
  return w === undefined ? null : at - w.length;
}

/**
 * Where the attribute word ending the name starts (账号|状态, user_account_|status_code), or null when the
 * name ends in none. What ends before it owns the attribute and is not what the name holds; a synonym
 * running into it (出生日期, marital_status) is the name's own.
 */
export function attributeStart(parts: FieldNameParts): number | null {
  const end = nameEnd(parts);
  const tail = wordEndingAt(parts, end, ATTRIBUTE_TAIL_TOKENS, ATTRIBUTE_TAIL_ZH);
  const beforeTail = tail === null ? null : wordEndingAt(parts, trimPunctuation(parts.compact, tail), ATTRIBUTE_TOKENS, ATTRIBUTE_ZH);
  if (beforeTail !== null) return beforeTail;
  return wordEndingAt(parts, end, ATTRIBUTE_TOKENS, ATTRIBUTE_ZH);
}

/** Where the rest of a yes/no name starts after its 是否 / is_ / has_ (是否|残疾), or null for other names. */
export function flagEnd(parts: FieldNameParts): number | null {
  const first = parts.tokens[0];
  if (first?.start === 0) return FLAG_TOKENS.has(first.text) && parts.tokens.length > 1 ? first.end : null;
  const zh = FLAG_ZH.find((w) => parts.compact.startsWith(w) && parts.compact.length > w.length);
  return zh === undefined ? null : zh.length;
}

/** The end of the name without trailing punctuation or a bracketed remark (the legend of a status's codes). */
export function nameEnd(parts: FieldNameParts): number {
  const remark = TRAILING_REMARK.exec(parts.compact);
  return trimPunctuation(parts.compact, remark && remark.index > 0 ? remark.index : parts.compact.length);
}

/**
 * What people write in a masking (脱敏) column, and what it means.
 *
 * Sources (the words, the notations and the method names):
 * - Alibaba Cloud Data Security Center, "支持的数据脱敏算法" (help.aliyun.com/zh/dsc/supported-data-de-identification-algorithms):
 *   哈希脱敏 (MD5/SHA-1/SHA-256/HMAC with salt), 遮盖脱敏 (保留前n后m, 保留自x至y, 遮盖前n后m, 遮盖自x至y, 特殊字符前/后遮盖),
 *   替换脱敏 (映射替换, 随机替换), 变换脱敏 (数字取整, 日期取整, 字符位移), 加密脱敏 (DES/3DES/AES), 洗牌脱敏 (随机洗牌).
 * - Huawei Cloud DSC, "配置和查看脱敏规则" (support.huaweicloud.com/usermanual-dsc/dsc_01_0022.html): Hash脱敏, 加密脱敏,
 *   字符掩盖, 关键字替换, 删除脱敏 (Null脱敏, 空值脱敏), 取整脱敏, 仿真脱敏; DataArts Studio "管理脱敏算法"
 *   (support.huaweicloud.com/usermanual-dgc/dgc_01_1035.html): 哈希, 截断 (截断后4位), 掩码 (掩码后4位), 加密.
 * - GB/T 37964-2019 个人信息去标识化指南, Annex A techniques: 抑制 (suppression), 假名化, 泛化, 随机化, 密码技术;
 *   GB/T 35273-2020 §3.14/§3.15 (匿名化, 去标识化) and §7.4 个人信息显示限制 (去标识化 before display).
 * - JR/T 0171-2020 个人金融信息保护技术规范 §7.1.2 display masking of card numbers and IDs (`6222********1234`), and
 *   PCI DSS Requirement 3.3 "Mask PAN when displayed (the first six and last four digits are the maximum…)".
 * - Published rules in Chinese masking guides and privacy policies: 手机号保留前3位和后4位 (`138****5678`), 身份证号
 *   `110105********0123`, 姓名保留首字/仅显示姓 (`张*`), 邮箱 `z***@example.com`.
 *
 * Method names: partial, hash, tokenization, pseudonymization, anonymization, truncation, replacement, encryption,
 * generalization, and two added from GB/T 37964 Annex A: suppression (a value never displayed: 不展示, hidden,
 * 删除脱敏) and randomization (洗牌, shuffling, noise).
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-number.js';
import { lexicon, type TokenPattern } from './masking-lexer.js';
import { alternation, wordTable } from './text.js';
import { NUMBER_WORDS } from './duration-words.js';
import { SALT_WORDS as ENCRYPTION_SALT_WORDS } from './encryption-words.js';

export const STATE = wordTable({
  yes: [
    'masked', 'masking', 'desensitized', 'desensitised', 'desensitization', 'data masking', 'masking applied', 'dynamic masking', 'dynamic data masking',
    'static masking', 'static data masking', 'DDM', 'de-identified display', 'masked on display', 'masked when displayed', 'masked in UI',
    '脱敏', '已脱敏', '脱敏处理', '脱敏展示', '脱敏显示', '已做脱敏', '做脱敏', '进行脱敏', '需脱敏', '动态脱敏', '静态脱敏', '展示脱敏', '去标识化展示', '展示时脱敏', '显示时脱敏', '使用时脱敏',
  ],
  no: [
    'none', 'unmasked', 'not masked', 'no masking', 'no mask', 'plaintext', 'plain text', 'clear', 'in clear', 'cleartext', 'shown in full', 'displayed in full',
    'full display', 'fully visible', 'not desensitized', 'not applied', 'displayed in plaintext',
    '明文', '不脱敏', '未脱敏', '无脱敏', '无需脱敏', '不需脱敏', '不做脱敏', '未做脱敏', '未进行脱敏', '无需', '明文展示', '明文显示', '完整展示', '完整显示',
    '全部展示', '全部显示', '全量展示', '全量显示', '原样展示', '原文展示', '原值展示',
  ],
});

/** A value that is never shown counts as masked: suppression (GB/T 37964 抑制), not partial. */
export const SUPPRESSED = wordTable({
  suppression: [
    'suppression', 'suppressed', 'hidden', 'hide', 'fully hidden', 'fully masked', 'full mask', 'full masking', 'redacted', 'redaction', 'fully redacted',
    'never displayed', 'not displayed', 'never shown', 'not shown', 'not visible', 'never exposed', 'not exposed', 'not displayed in ui', 'not returned',
    'null', 'nullified', 'nulling', 'blanked',
    '不展示', '不显示', '不予展示', '不予显示', '不对外展示', '不对外显示', '前端不展示', '前端不显示', '页面不展示', '页面不显示', '界面不展示', '界面不显示',
    '不在前端展示', '不在页面展示', '不在界面展示', '不外显', '不可见', '隐藏', '完全隐藏', '全部隐藏', '全隐藏', '隐藏不显示', '全遮盖', '全部遮盖',
    '全掩码', '全部掩码', '整体遮盖', '抑制', '删除脱敏', 'null脱敏', '空值脱敏', '置空', '置空处理', '清空',
  ],
});

/** Method words, matched after the words that only say "by way of" (脱敏, 处理, 算法…) are set aside. */
export const METHODS = wordTable({
  partial: [
    'partial', 'partial mask', 'partial masking', 'partially masked', 'partially hidden', 'partially redacted', 'partial redaction', 'mask', 'masks',
    'character masking', 'asterisk', 'asterisks', 'star', 'stars', 'redact partially',
    '部分', '部分遮盖', '部分隐藏', '部分脱敏', '部分屏蔽', '部分掩码', '部分显示', '部分展示', '遮盖', '遮蔽', '遮挡', '掩码', '掩盖', '打码', '星号', '星号替换', '星号代替',
    '屏蔽', '字符掩盖', '字符遮盖', '遮盖脱敏', '掩码脱敏', '加星', '打星号', '加星号', '*号',
  ],
  hash: ['hash', 'hashed', 'hashing', 'one-way hash', 'salted hash', 'hmac', 'sha256', 'sha-256', 'sha512', 'sm3', 'md5', '哈希', '散列', '摘要', 'hash脱敏', '哈希脱敏', '加盐哈希'],
  tokenization: ['tokenization', 'tokenisation', 'tokenized', 'tokenised', 'token', 'tokens', 'token化', 'token替换', '令牌化', '令牌', '标记化', '令牌替换'],
  pseudonymization: ['pseudonymization', 'pseudonymisation', 'pseudonymized', 'pseudonymised', 'pseudonym', 'de-identification', 'de-identified', 'deidentified', '假名化', '去标识化', '化名'],
  anonymization: ['anonymization', 'anonymisation', 'anonymized', 'anonymised', '匿名化'],
  truncation: ['truncation', 'truncate', 'truncated', '截断', '截取'],
  replacement: [
    'replacement', 'replace', 'replaced', 'substitution', 'substituted', 'keyword replacement', 'mapping', 'fake data', 'synthetic data',
    '替换', '内容替换', '置换', '关键字替换', '映射替换', '随机替换', '替换脱敏', '仿真', '仿真脱敏', '码表替换',
  ],
  encryption: ['encryption', 'encrypted', 'format-preserving encryption', 'FPE', '加密', '加密脱敏', '可逆加密', '格式保留加密'],
  generalization: ['generalization', 'generalisation', 'generalized', 'rounding', 'rounded', 'bucketing', 'banding', '泛化', '取整', '数字取整', '日期取整', '取整脱敏', '区间化', '变换脱敏'],
  randomization: ['randomization', 'randomisation', 'randomized', 'shuffling', 'shuffle', 'shuffled', 'noise', 'noise addition', 'differential privacy', '随机化', '洗牌', '随机洗牌', '洗牌脱敏', '混洗', '加噪', '差分隐私', '字符位移'],
});

/** Words around a method name that add nothing to it: `哈希处理`, `掩码展示`, `SHA-256 算法`. */
export const METHOD_NOISE = /^(?:采用|使用|进行)|(?:脱敏处理|处理|算法|方式|方法|技术|展示|显示|后展示|后显示|存储|applied|algorithm)$/g;

/** Salt words: a qualifier of a hash, never a method of its own (`SHA256+salt`); the encryption column's. */
export const SALT_WORDS: ReadonlySet<string> = new Set(ENCRYPTION_SALT_WORDS);

/** What each word of a keep/hide notation (`前六后四`, `show last 4 only`, `隐藏中间8位`) says. */
export type NotationToken = 'position' | 'number' | 'keep' | 'hide' | 'name' | 'truncate' | 'filler';

const NOTATION_WORDS: [NotationToken, string[]][] = [
  ['position', [
    '前', '首', '头', '开头', '自', '从', '第', '后', '末', '尾', '末尾', '结尾', '最后', '中间', '中部', '首尾', '头尾', '两端', '前后', '左', '右', '@前', '@后', '@之前', '@之后',
    'first', 'leading', 'last', 'trailing', 'final', 'middle', 'center', 'centre', 'bothends', 'prefix', 'suffix', 'beforethe@', 'before@', 'after@',
  ]],
  ['keep', [
    '保留', '留', '显示', '展示', '可见', '明文', '露出', '仅', '只', '只有', '仅有',
    'show', 'shows', 'showing', 'shown', 'display', 'displays', 'displayed', 'displaying', 'keep', 'keeps', 'kept', 'keeping', 'retain', 'retains', 'retained',
    'visible', 'reveal', 'revealed', 'only', 'unmasked', 'inclear', 'clear', 'remain', 'remains', 'exposed',
  ]],
  ['hide', [
    '隐藏', '遮盖', '遮蔽', '遮挡', '掩码', '掩盖', '屏蔽', '打码', '脱敏', '替换', '代替', '替代', '用', '以', '星号', '号', '*', '#', '不', '加', '打', '处理', '为', '成',
    'mask', 'masks', 'masked', 'masking', 'hide', 'hides', 'hidden', 'hiding', 'redact', 'redacts', 'redacted', 'replace', 'replaces', 'replaced', 'with', 'by',
    'asterisk', 'asterisks', 'star', 'stars', 'x', 'xs', "x's", 'obscure', 'obscured', 'conceal', 'concealed',
  ]],
  ['name', ['姓', '姓氏', '名', '首字', '首字母', '末字', '尾字', '最后一个字', '第一个字', '首个字', '姓名', 'surname', 'familyname', 'initial', 'initials', 'firstletter', 'firstcharacter', 'givenname']],
  ['truncate', ['截断', '截取', '截掉', '舍弃', 'truncate', 'truncated', 'truncation', 'cut']],
  ['filler', [
    '位', '个字', '个字符', '字符', '字', '个', '数字', '位数', '位数字', '码', '字母', '个汉字', '汉字', '和', '与', '及', '、', '各', '其余', '其他', '其它', '剩余',
    '余下', '部分', '的', '均', '都', '之间', '至', '到', '特殊字符', '位置', '字段', '值', '手机号', '手机号码', '手机', '电话', '电话号码', '身份证', '身份证号', '身份证号码', '证件号',
    '证件号码', '银行卡', '银行卡号', '卡号', '号码', '邮箱', '用户名', '账号', '地址', '(', ')', ',', '，', '+', '/', ':', '：', '.', ';', '-', '=', '→',
    'digit', 'digits', 'char', 'chars', 'character', 'characters', 'letter', 'letters', 'numbers', 'the', 'of', 'and', 'rest', 'remaining', 'other', 'others',
    'all', 'except', 'but', 'each', 'phone', 'mobile', 'card', 'cardnumber', 'pan', 'id', 'email', 'number', 'are', 'is', 'to', 'in', 'on',
  ]],
];

const NOTATION_PATTERNS: TokenPattern<NotationToken>[] = [
  { re: /\d+/, token: () => 'number' },
  { re: new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`), token: () => 'number' },
  // The English number words of durations (`first six`, `last four`), longest first: `seventeen` is not `seven` + `teen`.
  { re: new RegExp(alternation(Object.keys(NUMBER_WORDS))), token: () => 'number' },
];

export const NOTATION = lexicon(NOTATION_WORDS, NOTATION_PATTERNS);

/**
 * A sample of a masked value: any `*`, or a run of 3+ `x`, `#`, `•`, `●` next to digits or the cell's ends
 * (`138xxxx5678`, `XXXX-XXXX-XXXX-1234`, `•••• 1234`).
 */
export const EXAMPLE = /\*|(?:^|[\d\s-])(?:[xX]{3,}|#{3,}|[•●]{3,})(?=$|[\d\s-])/;

/**
 * `--lang zh` for everything the CLI prints on stderr: input errors and their hints, notes, warnings and
 * commander's own messages. The messages are written in English where they are thrown (about a hundred
 * sites); this one catalog translates them at print time, so a throw site never needs a language.
 *
 * Each entry matches one whole fragment (a message, a hint, a note after its `privaudit: ` prefix) and
 * rebuilds it in Chinese. What it captures — file names, quoted values ('…'), ids, numbers, option
 * names — goes through unchanged; a captured part that is itself a message is translated in turn (tr).
 * The first matching entry wins, so narrow entries come before the general ones they overlap.
 * A fragment no entry matches stays English: test/cli/lang-zh.test.ts fails on it.
 */
import type { InputError } from '../errors.js';
import type { Lang } from '../report/types.js';

export interface ZhEntry {
  en: RegExp;
  zh: (m: RegExpExecArray) => string;
}

/** A captured sub-message or a line: translated when an entry knows it, else as it was; its indentation kept. */
function tr(text: string | undefined): string {
  if (text === undefined) return '';
  const indent = /^\s*/.exec(text)![0];
  return indent + (translate(text.slice(indent.length)) ?? text.slice(indent.length));
}

/** `did you mean 'a', 'b'?` inside a longer text (a list of ignored columns, a hint). */
function suggestions(text: string): string {
  return text.replace(/ ?\(did you mean (.+?)\?\)/g, '（是否为 $1？）').replace(/did you mean (.+?)\?/g, '是否为 $1？');
}

const TYPES: Record<string, string> = { string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', array: '列表', object: '映射', null: '空值' };
const UNITS: Record<string, string> = { items: '项', characters: '个字符', properties: '个属性' };
const SUBJECTS: Record<string, string> = { config: '配置', 'the baseline': '基线文件', 'the waiver file': '豁免文件', 'the pack': '策略包' };
const subject = (s: string) => SUBJECTS[s] ?? s;
/** A library's reason in parentheses (fflate, zlib, fzstd, yauzl, hyparquet): the common ones, else as it was. */
const REASONS: Record<string, string> = {
  'invalid zip data': 'ZIP 数据无效',
  'unexpected EOF': '文件意外结束',
  'unexpected end of file': '文件意外结束',
  'incorrect header check': '文件头校验失败',
  'invalid block type': '数据块类型无效',
  'invalid distance': '压缩数据无效',
  'invalid length/literal': '压缩数据无效',
  'unknown compression type': '未知的压缩方式',
  'unknown error': '未知错误',
  'invalid distance code': '压缩数据无效',
  'invalid stored block lengths': '压缩数据无效',
  'invalid code lengths set': '压缩数据无效',
  'invalid literal/lengths set': '压缩数据无效',
  'invalid zstd data': 'zstd 数据无效',
  'FSE accuracy too high': '压缩数据无效',
  'match distance too far back': '压缩数据无效',
  'End of central directory record signature not found. Either not a zip file, or file is truncated.': '找不到 ZIP 的中央目录结束记录：不是 ZIP 文件，或文件不完整',
  'parquet file invalid (footer != PAR1)': '文件末尾没有 PAR1 标记',
  'parquet file is too short': '文件过短',
};
/** The same for reasons that carry a number (hyparquet's). */
const REASON_FORMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^thrift unhandled type: (\d+)$/, (m) => `编码结构无效（类型 ${m[1]}）`],
  [/^parquet metadata length (\d+) exceeds available buffer (\d+)$/, (m) => `元数据长度 ${m[1]} 超出文件可用的 ${m[2]} 字节`],
  [/^invalid (?:central directory file|local file) header signature: 0x[0-9a-f]+$/, () => 'ZIP 文件头的签名无效'],
  [/^(?:invalid snappy length header|snappy error .+)$/, () => 'Snappy 数据无效'],
  [/^premature end of input$/, () => '数据意外结束'],
];
function reason(r: string): string {
  if (REASONS[r]) return REASONS[r];
  for (const [re, zh] of REASON_FORMS) {
    const m = re.exec(r);
    if (m) return zh(m);
  }
  return r;
}
/** Why an archive member or a file's data cannot be read: our own words (entries), else a library's. */
const because = (r: string) => translate(r) ?? reason(r);
/** Names from a dump, quoted «…» in English, as zh quotes names from the user's data: 「…」, listed with 、. */
const names = (text: string) => text.replace(/», «/g, '」、「').replace(/«/g, '「').replace(/»/g, '」');
/** What JSON.parse found wrong (V8's wording, first letter lowered: load/exports/jsonl-errors.ts). */
const JSON_PROBLEMS: Record<string, string> = {
  'the document ends before it is closed': '文档在闭合之前就结束了',
  'unterminated string': '字符串没有闭合',
  "expected ',' or '}' after property value": "属性值之后应为 ',' 或 '}'",
  "expected ',' or ']' after array element": "数组元素之后应为 ',' 或 ']'",
  "expected property name or '}'": "应为属性名或 '}'",
  'expected double-quoted property name': '应为带双引号的属性名',
  "expected ':' after property name": "属性名之后应为 ':'",
  'unexpected non-whitespace character after the document': '文档结束后还有其他字符',
  'bad escaped character': '转义字符无效',
  'bad control character in string literal': '字符串中含有控制字符',
  'bad Unicode escape': 'Unicode 转义无效',
  'no number after minus sign': '负号之后没有数字',
  'exponent part is missing a number': '指数部分缺少数字',
  'unterminated fractional number': '小数部分不完整',
  'unexpected number': '此处不应出现数字',
  'unexpected string': '此处不应出现字符串',
};
const jsonProblem = (what: string) => JSON_PROBLEMS[what] ?? what.replace(/^unexpected character ('.*')$/, '意外的字符 $1').replace(/^unexpected character$/, '意外的字符').replace(/^the line is not a JSON value$/, '此行不是有效的 JSON 值');
/** Where a JSON array broke: `(byte N)` or `(after byte N)`, captured as (after )?(N). */
const atByte = (after: string | undefined, n: string | undefined) => (n ? `（第 ${n} 字节${after ? '之后' : ''}）` : '');
/** What a dump statement was cut or too long in (sql-dump.ts waitFor). */
const DUMP_PARTS: Record<string, string> = {
  'a comment': '注释',
  'a line': '一行',
  'a quoted text or comment': '带引号的文本或注释',
  'a SET statement': 'SET 语句',
  'a COPY statement': 'COPY 语句',
  'a CREATE TABLE statement': 'CREATE TABLE 语句',
  'an INSERT statement': 'INSERT 语句',
};
/** Where a dump is cut (`the dump ends inside …`). */
const DUMP_ENDS: Record<string, string> = {
  'a comment or quoted text': '在注释或带引号的文本中结束',
  'this statement': '在此语句中结束',
  'this statement (no ; after it)': '在此语句中结束（其后没有 ;）',
  'this row': '在此行中结束',
  'this INSERT statement (no ; after its last row)': '在此 INSERT 语句中结束（最后一行之后没有 ;）',
};
/** What a dump statement held where a name was expected (sql-heads.ts), and what was expected. */
const DUMP_FOUND: Record<string, string> = { 'a quoted string': '带引号的字符串', 'other text': '其他文本' };
const found = (what: string) => DUMP_FOUND[what] ?? names(what);
const DUMP_EXPECTED: Record<string, string> = { 'a table name': '表名', 'a name after .': '点号（.）之后的名称', 'a column name': '列名' };
/** Where JSON documents spanning lines stopped being read (jsonl-documents.ts). */
const DOCUMENT_FAILURES: Record<string, string> = { 'not valid JSON': '不是有效的 JSON', 'the document that starts here is not closed by the end of the file': '从此处开始的文档直到文件结尾都没有闭合' };
const documentFailure = (what: string) => DOCUMENT_FAILURES[what] ?? what.replace(/^line longer than (\d+) MiB$/, '该行超过 $1 MiB');
/** Markup scan does not read (unsupported.ts). */
const UNSUPPORTED: Record<string, string> = {
  'a tar archive': '`tar` 归档',
  'a mysqldump --xml file': 'mysqldump --xml 导出的文件',
  'an XML file': 'XML 文件',
  'an HTML page (some systems save a table as HTML under an .xls name)': 'HTML 网页（有些系统把表格存为 HTML，却以 .xls 命名）',
};
const JSON_KINDS: Record<string, string> = { null: '空值', 'an array': '数组', string: '字符串', number: '数字', boolean: '布尔值' };
/** A reader's format as the user knows it (`check that it is a … export`). */
const FORMAT_NAMES: Record<string, string> = { csv: 'CSV', mysqldump: 'mysqldump', pgdump: 'pg_dump', jsonl: 'JSONL', parquet: 'Parquet', xlsx: 'Excel' };
/** Inventory column keys as the Chinese template names them (SPEC "Inventory files"). */
const INVENTORY_KEYS_ZH: Record<string, string> = {
  category: '类别', sensitive: '敏感', encrypted: '加密', masked: '脱敏', storage_region: '存储地域',
  retention: '保存期限', retention_trigger: '起算', shared_with: '共享对象', consent: '同意方式',
};
/** What a list after a label is (`use one of: a, b`). */
const LIST_LABELS: Record<string, string> = {
  'use one of': '可选值',
  'allowed here': '此处允许的键',
  allowed: '允许的值',
  settings: '可用的设置',
  'known keys': '已知的键',
  accepted: '可用的平台',
  roles: '可用的角色',
  'its columns are': '该文件的列',
  'its sheets': '其中的工作表',
};
/** `unknown <what> 'x'`: ours and commander's. */
const UNKNOWN: Record<string, string> = {
  rule: '规则',
  column: '列',
  key: '键',
  platform: '平台',
  'policy pack': '策略包',
  property: '属性',
  setting: '设置',
  'sensitivity grade': '敏感级别',
  role: '角色',
  option: '选项',
  command: '命令',
};
/** `--flag: 'x' is not <what>`. */
const NOT_A: Record<string, string> = { 'a calendar date': '有效的日期', 'a positive whole number': '正整数', 'a platform': '可识别的平台' };
const FILE_KINDS: Record<string, string> = { 'config ': '配置', 'baseline ': '基线', 'policy pack ': '策略包' };

/** An optional quoted value before a schema phrase (`'x' is not one of the allowed values`). */
const v = (m: RegExpExecArray) => (m[1] ? `${m[1]} ` : '');
const plural = (word: string) => `${word}s?`;

/** Messages, hints and the parts they are built of. Written unanchored; matched against the whole fragment. */
const ENTRIES: ZhEntry[] = [
  // --- scan: a part of an export that could not be read (cli/scan.ts reportScanNotes) ------------------
  { en: /(.+?): (.+) \(the rest was scanned\)/, zh: (m) => `${m[1]}: ${tr(m[2])}（其余部分已扫描）` },

  // --- suggestions and lists ------------------------------------------------------------------------
  { en: /did you mean (.+?)\?/, zh: (m) => `是否为 ${m[1]}？` },
  { en: /did you mean '(.+?)'\? keys: (.+) \(or their Chinese names\)/, zh: (m) => `是否为 '${m[1]}'？可用的键：${m[2]}（或其中文名）` },
  { en: /(use one of|allowed here|allowed|settings|known keys|accepted|roles|its columns are|its sheets): (.+)/, zh: (m) => `${LIST_LABELS[m[1]!]}：${m[2]}` },
  { en: /grades: (.+) \(or (.+)\)/, zh: (m) => `可用的级别：${m[1]}（也可写作 ${m[2]}）` },
  { en: /e\.g\. (--[a-z-]+ \d+|privaudit policies diff .+)/, zh: (m) => `例如 ${m[1]}` },

  // --- flags -------------------------------------------------------------------------------------------
  { en: /(--[a-z-]+): ('.*') is not one of (.+)/, zh: (m) => `${m[1]}：${m[2]} 不是可选值（${m[3]}）之一` },
  { en: /(--[a-z-]+): ('.*') is not (a calendar date|a positive whole number|a platform)/, zh: (m) => `${m[1]}：${m[2]} 不是${NOT_A[m[3]!]}` },
  { en: /use --lang zh or --lang en/, zh: () => '请使用 --lang zh 或 --lang en' },
  { en: /write it as YYYY-MM-DD, e\.g\. (\S+)/, zh: (m) => `请写成 YYYY-MM-DD 格式，例如 ${m[1]}` },
  { en: /no inputs: name the files or folders to (\w+)/, zh: (m) => `没有输入：请指定要 ${m[1]} 的文件或文件夹` },
  {
    en: /e\.g\. (privaudit \w+ \S+), or set inputs: in (\S+?)( \(privaudit init writes one, with a starter inventory\))?/,
    zh: (m) => `例如 ${m[1]}，或在 ${m[2]} 中设置 inputs:${m[3] ? '（privaudit init 会生成该文件和一份示例清单）' : ''}`,
  },
  { en: /policies diff needs two packs/, zh: () => '`privaudit policies diff` 需要两个策略包' },
  { en: /unknown (rule|column|key|platform|policy pack|property|setting|sensitivity grade|role|option|command) ('.*')/, zh: (m) => `未知的${UNKNOWN[m[1]!]} ${m[2]}` },
  { en: /run `privaudit rules` for the (?:list|rule ids)/, zh: () => '运行 `privaudit rules` 查看全部规则 id' },
  { en: /(.+) already exists?/, zh: (m) => `${m[1]} 已存在` },
  { en: /remove them or rerun with --force to overwrite/, zh: () => '请先删除，或加 --force 重新运行以覆盖' },

  // --- files -------------------------------------------------------------------------------------------
  { en: /(config |baseline |policy pack )?file not found(?:: ('.*'))?/, zh: (m) => `${m[1] ? FILE_KINDS[m[1]] : ''}文件不存在${m[2] ? `：${m[2]}` : ''}` },
  { en: /check the path/, zh: () => '请检查路径' },
  { en: /check the --config path/, zh: () => '请检查 --config 指定的路径' },
  { en: /check the path and (?:that you may read it|its permissions)/, zh: () => '请检查路径及读取权限' },
  { en: /create it with (--write-baseline .+), or fix the path/, zh: (m) => `可用 ${m[1]} 生成，或修正路径` },
  { en: /is a folder, not a file/, zh: () => '这是文件夹，不是文件' },
  { en: /not a file/, zh: () => '不是文件' },
  { en: /name a file, or pass the folder to audit every inventory and SDK list in it/, zh: () => '请指定一个文件，或传入文件夹以审计其中所有清单和 SDK 列表' },
  { en: /cannot read the file \((.+)\)/, zh: (m) => `无法读取该文件（${m[1]}）` },
  { en: /file is (\d+) MiB; declarations over 512 MiB are not read whole/, zh: (m) => `文件大小为 ${m[1]} MiB；超过 512 MiB 的声明文件不会整体读入` },
  { en: /use `privaudit scan` for exported tables/, zh: () => '导出的数据表请用 `privaudit scan` 扫描' },
  { en: /not a text file \(it contains NUL bytes, the first one here\)/, zh: () => '不是文本文件（含有 NUL 字节，此处为第一个）' },
  { en: /pass a CSV, TSV, YAML or Excel \(\.xlsx\) file/, zh: () => '请传入 CSV、TSV、YAML 或 Excel（.xlsx）文件' },
  { en: /no records: the file is empty/, zh: () => '没有记录：文件为空' },
  { en: /no records: the file is empty or has only a header/, zh: () => '没有记录：文件为空，或只有表头' },
  { en: /no records: the file has a header but no records/, zh: () => '没有记录：文件只有表头，没有记录' },
  { en: /no records: the YAML document is empty/, zh: () => '没有记录：YAML 文档为空' },
  { en: /no records: no fields are declared/, zh: () => '没有记录：未声明任何字段' },
  { en: /no records: the SDK list is empty/, zh: () => '没有记录：SDK 列表为空' },
  { en: /add a header row and at least one record/, zh: () => '请添加表头行和至少一条记录' },
  { en: /add at least one data row/, zh: () => '请至少添加一行数据' },
  { en: /add at least one SDK/, zh: () => '请至少添加一个 SDK' },
  { en: /export the table with its records/, zh: () => '导出数据表时请包含记录' },
  { en: /export the table with a header line and at least one record/, zh: () => '导出数据表时请包含表头行和至少一条记录' },
  { en: /cannot tell what this file is \((.+)\)/, zh: (m) => `无法判断这是什么文件（${tr(m[1])}）` },
  { en: /a YAML file with neither `systems:` nor SDK entries/, zh: () => '既没有 `systems:` 也没有 SDK 条目的 YAML 文件' },
  { en: /a table with neither a `field` column nor `sdk`\/`platform` columns/, zh: () => '既没有 `field` 列也没有 `sdk`/`platform` 列的表' },
  { en: /a (\.\S+|extension-less) file/, zh: (m) => (m[1] === 'extension-less' ? '没有扩展名的文件' : `${m[1]} 文件`) },
  {
    en: /an inventory needs a field \(字段\) column or a systems: list; an SDK list needs platform and sdk columns; or pass --kind inventory\|sdk/,
    zh: () => '清单需要 field（字段）列或 `systems:` 列表；SDK 列表需要 platform 和 sdk 列；也可传 --kind inventory|sdk',
  },
  { en: /this is a privaudit report \(its header is the CSV report's\), not an inventory or SDK list/, zh: () => '这是 privaudit 的报告（表头为 CSV 报告的表头），不是数据清单或 SDK 列表' },
  { en: /audit the inventories and SDK lists it was made from/, zh: () => '请审计生成该报告的数据清单和 SDK 列表' },
  { en: /no inventory or SDK list found in the given paths/, zh: () => '指定的路径中没有清单或 SDK 列表' },
  { en: /pass CSV\/YAML inventories or SDK lists, or folders holding them/, zh: () => '请传入 CSV/YAML 清单或 SDK 列表，或包含它们的文件夹' },
  { en: /the output folder ('.*') does not exist/, zh: (m) => `输出文件夹 ${m[1]} 不存在` },
  { en: /create the folder first, or write to an existing one/, zh: () => '请先创建该文件夹，或写入已有的文件夹' },
  { en: /the output path is a folder/, zh: () => '输出路径是一个文件夹' },
  { en: /name a file, e\.g\. (\S+)/, zh: (m) => `请指定文件名，例如 ${m[1]}` },

  // --- Excel workbooks ---------------------------------------------------------------------------------
  { en: /the workbook is password-protected: its cells cannot be read/, zh: () => '工作簿设有密码保护，无法读取其单元格' },
  { en: /remove the password to open \(File > Info > Protect Workbook\) and save it again/, zh: () => '请取消打开密码（文件 > 信息 > 保护工作簿）后重新保存' },
  { en: /a legacy Excel 97-2003 workbook \(\.xls\) or another OLE2 document: privaudit reads \.xlsx workbooks/, zh: () => '这是旧版 Excel 97-2003 工作簿（.xls）或其他 OLE2 文档：privaudit 读取的是 .xlsx 工作簿' },
  { en: /open it in Excel or WPS and save it as an Excel Workbook \(\.xlsx\), or export the sheet as CSV/, zh: () => '请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx），或把工作表导出为 CSV' },
  { en: /a ZIP archive, not an Excel workbook \((.+)\)/, zh: (m) => `这是 ZIP 压缩包，不是 Excel 工作簿（${tr(m[1])}）` },
  { en: /an Excel binary workbook \(\.xlsb\)/, zh: () => 'Excel 二进制工作簿（.xlsb）' },
  { en: /an OpenDocument file \(\.ods\)/, zh: () => 'OpenDocument 文件（.ods）' },
  { en: /a Word document/, zh: () => 'Word 文档' },
  { en: /a PowerPoint presentation/, zh: () => 'PowerPoint 演示文稿' },
  { en: /it has no (xl\/workbook\.xml)/, zh: (m) => `其中没有 ${m[1]}` },
  { en: /not a readable Excel workbook: the ZIP archive is damaged or cut short \((.+)\)/, zh: (m) => `无法读取的 Excel 工作簿：ZIP 压缩包已损坏或不完整（${reason(m[1]!)}）` },
  { en: /not a readable Excel workbook \((.+)\)/, zh: (m) => `无法读取的 Excel 工作簿（${reason(m[1]!)}）` },
  { en: /open it in Excel and save it again, or copy the complete file/, zh: () => '请用 Excel 打开后重新保存，或复制完整的文件' },
  { en: /the workbook holds more than (\d+) MiB of sheet data, too much to read whole/, zh: (m) => `工作簿的工作表数据超过 ${m[1]} MiB，无法整体读入` },
  { en: /declarations are read whole: export the sheet as CSV, or use `privaudit scan` for exported tables/, zh: () => '声明文件须整体读入：请把工作表导出为 CSV；导出的数据表请用 `privaudit scan` 扫描' },
  { en: /the workbook has no worksheet/, zh: () => '工作簿中没有工作表' },
  { en: /save the declaration as a normal sheet/, zh: () => '请把声明保存为普通工作表' },
  { en: /no records: sheet ('.*') is empty/, zh: (m) => `没有记录：工作表 ${m[1]} 为空` },
  { en: /pass (--sheet .+) \(the sheet that holds the declaration\)/, zh: (m) => `请传 ${m[1]}（存放声明的工作表）` },
  { en: /no records: the sheet has only a header/, zh: () => '没有记录：工作表只有表头' },
  { en: /sheet ('.*') has neither a `field` column nor `sdk`\/`platform` columns/, zh: (m) => `工作表 ${m[1]} 既没有 \`field\` 列也没有 \`sdk\`/\`platform\` 列` },
  { en: /a workbook without a sheet named ('.*')/, zh: (m) => `没有名为 ${m[1]} 的工作表的工作簿` },
  { en: /sheet ('.*') has them: pass (--sheet .+)/, zh: (m) => `工作表 ${m[1]} 中有这些列：请传 ${m[2]}` },
  { en: /(--sheet): no sheet named ('.*') in this workbook/, zh: (m) => `${m[1]}：此工作簿中没有名为 ${m[2]} 的工作表` },
  { en: /this looks like an exported table \(its columns hold personal information\), not an inventory or SDK list/, zh: () => '这看起来是导出的数据表（其列含有个人信息），不是清单或 SDK 列表' },
  { en: /(.+) to check the data itself; to audit it as a declaration anyway, pass --kind inventory\|sdk/, zh: (m) => `${tr(m[1])}，以检查数据本身；如仍要把它当作声明审计，请传 --kind inventory|sdk` },
  { en: /run `privaudit scan` on it/, zh: () => '请对它运行 `privaudit scan`' },
  { en: /save the sheet as CSV and run `privaudit scan` on it/, zh: () => '请把工作表另存为 CSV，再对它运行 `privaudit scan`' },

  // --- CSV ---------------------------------------------------------------------------------------------
  {
    en: /bytes that are not (.+?) text(?: here and in (\d+) more places?)?, read as U\+FFFD/,
    zh: (m) => `不是 \`${m[1]}\` 文本的字节${m[2] ? `（此处及另外 ${m[2]} 处）` : ''}，已读作 \`U+FFFD\``,
  },
  {
    en: /the file was read as UTF-8, as its first MiB reads: if it is GBK, convert it \(iconv -f GB18030 -t UTF-8\) and scan the copy; otherwise the export damaged these bytes/,
    zh: () => '文件按其前 1 MiB 的内容读作 UTF-8：如果它是 GBK 编码，请先转换（`iconv -f GB18030 -t UTF-8`）再扫描转换后的文件；否则是导出时损坏了这些字节',
  },
  {
    en: /the file was read as (.+), as its first MiB reads: check the export for damaged bytes or text in another encoding/,
    zh: (m) => `文件按其前 1 MiB 的内容读作 \`${m[1]}\`：请检查导出文件中是否有损坏的字节或其他编码的文本`,
  },
  { en: /ragged row: (\d+) fields where the header has (\d+)/, zh: (m) => `行不齐：本行有 ${m[1]} 个字段，表头有 ${m[2]} 个` },
  { en: /every row needs one cell per header column; quote fields that contain commas/, zh: () => '每行的单元格数须与表头列数一致；含逗号的字段请加引号' },
  { en: /unterminated quoted field: the quote opened (?:here|in this record) is never closed/, zh: () => '引号未闭合：此处（本条记录中）打开的引号始终没有闭合' },
  { en: /close the quote \("…"\) or double a quote inside a field \(""\)/, zh: () => '请闭合引号（"…"），字段内的引号请写两次（""）' },
  { en: /close the quote, or double a quote that is part of the text \(""\)/, zh: () => '请闭合引号；属于文本的引号请写两次（""）' },
  { en: /close the quote/, zh: () => '请闭合引号' },
  { en: /malformed CSV: a quoted field goes on after its closing quote/, zh: () => 'CSV 格式错误：带引号的字段在闭合引号之后仍有内容' },
  { en: /double a quote inside a quoted field \(""\) or quote the whole field/, zh: () => '带引号字段内的引号请写两次（""），或给整个字段加引号' },
  { en: /malformed CSV: a quote in the middle of an unquoted field/, zh: () => 'CSV 格式错误：未加引号的字段中间出现了引号' },
  { en: /quote the whole field \("…"\) and double the quotes inside it \(""\)/, zh: () => '请给整个字段加引号（"…"），并把其中的引号写两次（""）' },
  { en: /malformed CSV \((\w+)\)/, zh: (m) => `CSV 格式错误（${m[1]}）` },
  { en: /check the quoting near this line/, zh: () => '请检查此行附近的引号' },
  { en: /a field is longer than (\d+) characters, the limit \(--max-field-bytes\); the record starts here/, zh: (m) => `有字段超过 ${m[1]} 个字符的上限（--max-field-bytes）；该记录从此处开始` },
  {
    en: /a quote that is never closed makes the rest of the file one field; if the field is real, raise --max-field-bytes/,
    zh: () => '未闭合的引号会让文件其余部分成为一个字段；如果该字段确实如此之长，请调大 --max-field-bytes',
  },
  { en: /not a text table: the file holds binary data \(a NUL byte here\)/, zh: () => '不是文本表：文件含有二进制数据（此处有 NUL 字节）' },
  { en: /export the table as CSV or TSV text/, zh: () => '请把数据表导出为 CSV 或 TSV 文本' },
  { en: /not a readable (gzip|zstd) file \((.+)\)/, zh: (m) => `无法读取的 ${m[1]} 文件（${reason(m[2]!)}）` },
  { en: /the text breaks off here: check that the \.gz file is complete/, zh: () => '文本在此处中断：请检查 .gz 文件是否完整' },
  { en: /no line break in the first (\d+) MiB: not a table, or a first record too long to be one/, zh: (m) => `前 ${m[1]} MiB 中没有换行：不是数据表，或第一条记录过长` },
  { en: /export the table as CSV or TSV, one record per line/, zh: () => '请把数据表导出为 CSV 或 TSV，每行一条记录' },
  { en: /no exported tables in this folder/, zh: () => '此文件夹中没有导出的数据表' },
  { en: /a folder is scanned \(not its subfolders\) for ((?:\.\w+ )+)files \(plain, (\.gz) or (\.zst)\) and (\.zip) archives; name any other file to scan it/, zh: (m) => `扫描文件夹时（不含子文件夹）只读取 ${m[1]!.trim()} 文件（可为 ${m[2]} 或 ${m[3]} 压缩）及 ${m[4]} 压缩包；其他文件请直接写出文件名` },

  // --- SQL dumps (load/exports/sql-*.ts): a statement or row that cannot be read is skipped ----------------
  { en: /(.+): skipped to the end of the statement/, zh: (m) => `${tr(m[1])}：已跳到该语句末尾` },
  { en: /this is not the start of a SQL statement/, zh: () => '此处不是 SQL 语句的开头' },
  { en: /(«.*»|this word) does not start a SQL statement privaudit knows/, zh: (m) => `privaudit 不认识以${m[1] === 'this word' ? '这个词' : names(m[1]!)}开头的 SQL 语句` },
  { en: /expected , or \) in the column list, found (a quoted string|other text|«[^»]*»)/, zh: (m) => `列清单中此处应为 , 或 )，却是${found(m[1]!)}` },
  { en: /expected (a table name|a name after \.|a column name), found (a quoted string|other text|«[^»]*»)/, zh: (m) => `此处应为${DUMP_EXPECTED[m[1]!]}，却是${found(m[2]!)}` },
  { en: /INSERT … SET is not read \(only INSERT … VALUES\)/, zh: () => '不读取 INSERT … SET 语句（只读取 INSERT … VALUES）' },
  { en: /(a comment|a line|a quoted text or comment|a SET statement|a COPY statement|a CREATE TABLE statement|an INSERT statement) longer than (\d+) characters/, zh: (m) => `${DUMP_PARTS[m[1]!]}超过 ${m[2]} 个字符` },
  { en: /check that a quote or comment opened here is closed/, zh: () => '请检查此处打开的引号或注释是否已闭合' },
  { en: /check the dump at this place; a file edited by hand or cut and joined can break a statement/, zh: () => '请检查转储文件的这一位置；手工编辑过、或截断后又拼接的文件可能破坏语句' },
  { en: /(.+): the rows of this COPY are skipped/, zh: (m) => `${tr(m[1])}：已跳过此 COPY 的各行` },
  { en: /check the COPY statement at this place/, zh: () => '请检查此处的 COPY 语句' },
  { en: /COPY (?:in (\w+) format|with the delimiter («.*»)) is not read: the rows of («.*») are skipped/, zh: (m) => `不读取${m[1] ? ` ${m[1]} 格式的 COPY` : `分隔符为${names(m[2]!)}的 COPY`}：已跳过${names(m[3]!)}的各行` },
  { en: /dump with pg_dump in its plain format \(COPY text\), or with --inserts/, zh: () => '请用 pg_dump 的纯文本格式（COPY 文本）转储，或加 --inserts 转储' },
  { en: /this row cannot be read \((.+)\): the rest of this INSERT is skipped/, zh: (m) => `无法读取此行（${tr(m[1])}）：已跳过此 INSERT 的其余部分` },
  { en: /expected \( to start a row/, zh: () => '行应以 ( 开头' },
  { en: /expected , or ; after a row/, zh: () => '行之后应为 , 或 ;' },
  { en: /expected , or \) after a value/, zh: () => '值之后应为 , 或 )' },
  { en: /unbalanced \] in a value/, zh: () => '值中的 ] 不成对' },
  { en: /check the statement at this place; a file edited by hand or cut and joined can break a row/, zh: () => '请检查此处的语句；手工编辑过、或截断后又拼接的文件可能破坏数据行' },
  { en: /the file breaks off here \((.+)\): what came before it is read/, zh: (m) => `文件在此处中断（${tr(m[1])}）：此前的内容已读取` },
  { en: /the file is incomplete: copy or download it again/, zh: () => '文件不完整：请重新复制或下载' },
  { en: /the dump ends inside (a comment or quoted text|this statement|this statement \(no ; after it\)|this row|this INSERT statement \(no ; after its last row\)): the file is cut short/, zh: (m) => `转储文件${DUMP_ENDS[m[1]!]}：文件不完整` },
  { en: /the dump ends inside this COPY line: the file is cut short, the line is not read/, zh: () => '转储文件在此 COPY 行中结束：文件不完整，该行未读取' },
  { en: /the dump ends inside the COPY data of («.*») \(no \\\. line\): the file is cut short/, zh: (m) => `转储文件在${names(m[1]!)}的 COPY 数据中结束（没有 \\. 行）：文件不完整` },
  { en: /dump the database again; the rows before this place are read/, zh: () => '请重新转储数据库；此位置之前的行已读取' },
  { en: /dump the database again/, zh: () => '请重新转储数据库' },
  { en: /a value longer than (\d+) characters, the limit \(--max-field-bytes\): the rest of this INSERT is skipped/, zh: (m) => `有值超过 ${m[1]} 个字符的上限（--max-field-bytes）：已跳过此 INSERT 的其余部分` },
  { en: /a quote that is never closed makes the rest of the file one value; if the value is real, raise --max-field-bytes/, zh: () => '未闭合的引号会让文件其余部分成为一个值；如果该值确实如此之长，请调大 --max-field-bytes' },
  { en: /a COPY line longer than (\d+) characters, the limit \(--max-field-bytes\): the line is skipped/, zh: (m) => `有 COPY 行超过 ${m[1]} 个字符的上限（--max-field-bytes）：已跳过该行` },
  { en: /if the line is real, raise --max-field-bytes/, zh: () => '如果该行确实如此之长，请调大 --max-field-bytes' },
  { en: /no rows could be read: (.+)/, zh: (m) => `没有能读取的行：${tr(m[1])}` },
  { en: /no rows: the dump holds no INSERT or COPY data/, zh: () => '没有数据行：转储文件中没有 INSERT 或 COPY 数据' },
  { en: /a dump made with --no-data \(mysqldump -d, pg_dump -s\) holds only the tables' structure: dump their data too/, zh: () => '用 --no-data（`mysqldump -d`、`pg_dump -s`）生成的转储只有表结构：请连同数据一起转储' },
  { en: /not a SQL dump: the file holds binary data \(a NUL byte here\)/, zh: () => '不是 SQL 转储：文件含有二进制数据（此处有 NUL 字节）' },
  { en: /give the plain-text dump \(mysqldump, pg_dump in its plain format\)/, zh: () => '请给出纯文本的转储（mysqldump，或纯文本格式的 pg_dump）' },
  { en: /a pg_dump archive in its custom format, not a plain SQL dump/, zh: () => '这是 pg_dump 自定义格式的归档，不是纯文本 SQL 转储' },
  { en: /make it plain first: (pg_restore -f .+)/, zh: (m) => `请先转为纯文本：\`${m[1]}\`` },
  {
    en: /table («.*») has no CREATE TABLE in the dump and no column list here: its columns are named by position \((column_1) … (column_\d+)\)/,
    zh: (m) => `转储中没有表${names(m[1]!)}的 CREATE TABLE，此处也没有列清单：其列按位置命名（「${m[2]}」…「${m[3]}」）`,
  },
  { en: /dump the table with its structure \(without --no-create-info \/ -t\), or with column lists \(--complete-insert, --column-inserts\)/, zh: () => '请连同表结构一起转储（不加 --no-create-info / -t），或带列清单转储（--complete-insert、--column-inserts）' },
  { en: /columns (.+) of this statement are not columns of («.*»): their values are not scanned/, zh: (m) => `此语句中的列${names(m[1]!)}不是${names(m[2]!)}的列：其值未扫描` },
  { en: /a dump lists the same columns in every INSERT of a table/, zh: () => '转储文件中同一张表的每条 INSERT 列出的列应当相同' },

  // --- JSON Lines and JSON arrays (load/exports/jsonl*.ts) -------------------------------------------------
  { en: /not valid JSON: (.+); the line is not read/, zh: (m) => `不是有效的 JSON：${jsonProblem(m[1]!)}；该行未读取` },
  { en: /each line must be one complete JSON document/, zh: () => '每行必须是一个完整的 JSON 文档' },
  { en: /not a JSON object \((null|an array|string|number|boolean)\): not read/, zh: (m) => `不是 JSON 对象（${JSON_KINDS[m[1]!]}）：未读取` },
  { en: /each document must be a JSON object/, zh: () => '每个文档都必须是 JSON 对象' },
  { en: /no records: the file holds no JSON document/, zh: () => '没有记录：文件中没有 JSON 文档' },
  { en: /export the collection as JSON Lines, one document a line/, zh: () => '请把集合导出为 JSONL，每行一个文档' },
  { en: /no line could be read as a JSON document; line (\d+): (.+)/, zh: (m) => `没有一行能作为 JSON 文档读取；第 ${m[1]} 行：${tr(m[2])}` },
  {
    en: /(\d+) key\(s\) first met after the first (\d+) documents were not scanned: (.+?)(?: and (\d+) more)?/,
    zh: (m) => `${m[1]} 个在前 ${m[2]} 个文档之后才出现的键未扫描：${m[3]!.replace(/(.+?) \(line (\d+)\)(, |$)/g, (_, k, n, sep) => `「${k}」（第 ${n} 行）${sep ? '、' : ''}`)}${m[4] ? `，另有 ${m[4]} 个` : ''}`,
  },
  {
    en: /the columns are the keys of the first documents: export so that documents holding every key come first \(mongoexport --sort\), or export these keys separately/,
    zh: () => '列取自最前面文档的键：导出时请让含有全部键的文档排在前面（mongoexport --sort），或单独导出这些键',
  },
  { en: /line longer than (\d+) MiB: not read/, zh: (m) => `该行超过 ${m[1]} MiB：未读取` },
  { en: /split the document, or export it without the oversized field/, zh: () => '请拆分该文档，或导出时去掉过大的字段' },
  { en: /not valid JSON(?: \((after )?byte (\d+)\))?: no document of the array could be read/, zh: (m) => `不是有效的 JSON${atByte(m[1], m[2])}：数组中没有能读取的文档` },
  { en: /check that the file is a complete JSON array of objects, or export it as JSON Lines/, zh: () => '请检查文件是否为完整的 JSON 对象数组，或改为导出 JSONL' },
  { en: /not valid JSON in document (\d+)(?: \((after )?byte (\d+)\))?: the rest of the array is not read/, zh: (m) => `第 ${m[1]} 个文档不是有效的 JSON${atByte(m[2], m[3])}：数组的其余部分未读取` },
  { en: /a JSON array cannot be read past a syntax error: repair the file, or export it as JSON Lines \(one document a line\)/, zh: () => 'JSON 数组在语法错误之后无法继续读取：请修复文件，或改为导出 JSONL（每行一个文档）' },
  { en: /(not valid JSON|line longer than \d+ MiB|the document that starts here is not closed by the end of the file): no document could be read/, zh: (m) => `${documentFailure(m[1]!)}：没有能读取的文档` },
  { en: /(not valid JSON|line longer than \d+ MiB|the document that starts here is not closed by the end of the file): the documents from here on are not read/, zh: (m) => `${documentFailure(m[1]!)}：从此处起的文档未读取` },
  { en: /check that the file holds complete JSON documents, or export it as JSON Lines \(mongoexport without --pretty\)/, zh: () => '请检查文件中的 JSON 文档是否完整，或改为导出 JSONL（mongoexport 不加 --pretty）' },
  {
    en: /JSON documents spanning lines cannot be read past a syntax error: repair the file, or export it as JSON Lines \(mongoexport without --pretty\)/,
    zh: () => '跨行的 JSON 文档在语法错误之后无法继续读取：请修复文件，或改为导出 JSONL（mongoexport 不加 --pretty）',
  },

  // --- text scan does not read (load/exports/unsupported.ts) ----------------------------------------------
  { en: /not a format scan reads: (a tar archive|a mysqldump --xml file|an XML file|an HTML page \(some systems save a table as HTML under an \.xls name\))/, zh: (m) => `scan 不读取这种格式：${UNSUPPORTED[m[1]!]}` },
  { en: /dump the database as SQL \(mysqldump without --xml\), or export each table as CSV/, zh: () => '请把数据库转储为 SQL（mysqldump 不加 --xml），或把每张表导出为 CSV' },
  { en: /export the table as CSV, or the database as a SQL dump/, zh: () => '请把表导出为 CSV，或把数据库转储为 SQL' },
  { en: /open it in Excel and save it as \.xlsx or CSV/, zh: () => '请用 Excel 打开，另存为 .xlsx 或 CSV' },
  { en: /extract it \(tar -xf\) and scan the files it holds; for a pg_dump -Ft archive, pg_restore -f dump\.sql makes the plain dump scan reads/, zh: () => '请先解包（`tar -xf`）再扫描其中的文件；`pg_dump -Ft` 归档可先用 `pg_restore -f dump.sql` 转为纯文本转储' },

  // --- Parquet (load/exports/parquet*.ts) -------------------------------------------------------------------
  { en: /row group (\d+), column (.+): cannot be decoded \((.+)\); its values in this row group are not scanned/, zh: (m) => `第 ${m[1]} 个行组的「${m[2]}」列无法解码（${reason(m[3]!)}）：该列在此行组中的值未扫描` },
  { en: /check that the file is complete; rewrite it with a common codec \(Snappy, gzip, zstd\)/, zh: () => '请检查文件是否完整；或改用常见的压缩编码（Snappy、gzip、zstd）重新写出' },
  {
    en: /not a readable Parquet file: its footer \(the schema and where the row groups are\) is missing or corrupt \((.+)\); nothing of it can be read/,
    zh: (m) => `无法读取的 Parquet 文件：文件尾（记录表结构和各行组的位置）缺失或已损坏（${reason(m[1]!)}）；其任何内容都无法读取`,
  },
  { en: /the file is probably truncated: copy or export it again/, zh: () => '文件可能不完整：请重新复制或导出' },
  { en: /Parquet compressed with (.+), which privaudit cannot decompress/, zh: (m) => `Parquet 文件使用了 ${m[1]!.split(', ').join('、')} 压缩，privaudit 无法解压` },
  { en: /rewrite the file with Snappy, gzip or zstd compression \(e\.g\. pyarrow: compression="snappy"\)/, zh: () => '请改用 Snappy、gzip 或 zstd 压缩重新写出该文件（例如在 `pyarrow` 中设置 `compression="snappy"`）' },
  { en: /values at (.+) are not scanned: the schema as read gives them no column/, zh: (m) => `「${m[1]}」处的值未扫描：读到的表结构中没有与之对应的列` },
  // `.` for the apostrophe: the source escapes it (file\'s).
  { en: /report this file.s schema to the privaudit maintainers/, zh: () => '请把此文件的表结构报告给 privaudit 的维护者' },
  { en: /a Parquet file inside a compressed file or an archive is read in memory, and this one is over (\d+) MB/, zh: (m) => `压缩文件或压缩包中的 Parquet 文件须读入内存，而此文件超过 ${m[1]} MB` },
  { en: /decompress or extract the Parquet file and scan it directly \(Parquet is compressed already\)/, zh: () => '请解压出该 Parquet 文件后直接扫描（Parquet 本身已经压缩）' },

  // --- archives and compressed files (load/exports/entries.ts, zip.ts, zstd.ts) ------------------------------
  { en: /archive member ('.*') cannot be read: (.+)/, zh: (m) => `压缩包成员 ${m[1]} 无法读取：${because(m[2]!)}` },
  { en: /in archive member ('.*'): (.+)/, zh: (m) => `压缩包成员 ${m[1]}：${tr(m[2])}` },
  { en: /it is encrypted with a password/, zh: () => '它设有密码' },
  { en: /extract it with the password and scan the extracted file/, zh: () => '请用密码解压后扫描解压出的文件' },
  { en: /it is compressed with (?:method (\d+)|(.+))/, zh: (m) => `它使用了${m[1] ? `编号为 ${m[1]} 的压缩方式` : ` ${m[2]} 压缩方式`}` },
  { en: /zip the exports again with the usual Deflate compression/, zh: () => '请用常规的 Deflate 压缩方式重新打包导出文件' },
  { en: /it holds more than the (\d+) bytes the archive lists/, zh: (m) => `其内容超过压缩包所列的 ${m[1]} 字节` },
  { en: /it holds (\d+) bytes, the archive lists (\d+)/, zh: (m) => `其内容为 ${m[1]} 字节，压缩包所列为 ${m[2]} 字节` },
  { en: /its bytes do not match their CRC-32 checksum/, zh: () => '其内容与 CRC-32 校验和不符' },
  { en: /the archive is damaged or cut short: the other members are read; copy the complete archive, or export this table again/, zh: () => '压缩包已损坏或不完整：其他成员已读取；请复制完整的压缩包，或重新导出此表' },
  { en: /extract the member and scan it on its own/, zh: () => '请解压出该成员后单独扫描' },
  { en: /the ZIP archive holds no exported table(?: \(its files: (.+?)(?: and (\d+) more)?\))?/, zh: (m) => `ZIP 压缩包中没有导出的数据表${m[1] ? `（其中的文件：${m[1].split(', ').map((f) => `「${f}」`).join('、')}${m[2] ? `，另有 ${m[2]} 个` : ''}）` : ''}` },
  {
    en: /a ZIP is read for the files a folder is read for \((.+), plain or (\S+)\): put the exported tables in it/,
    zh: (m) => `ZIP 压缩包中读取的文件与文件夹相同（${m[1]}，可为未压缩或 ${m[2]} 压缩）：请把导出的数据表放入压缩包`,
  },
  { en: /not a readable ZIP archive \((.+)\)/, zh: (m) => `无法读取的 ZIP 压缩包（${reason(m[1]!)}）` },
  { en: /the archive is damaged or cut short \(its list of members is at its end\): copy the complete file, or zip the exports again/, zh: () => '压缩包已损坏或不完整（成员列表位于文件末尾）：请复制完整的文件，或重新打包导出文件' },
  { en: /not readable within the memory bound: (.+)/, zh: (m) => `无法在内存上限内读取：${tr(m[1])}` },
  { en: /its frames need a (\d+) MiB window \(more than (\d+) MiB\)/, zh: (m) => `其数据帧需要 ${m[1]} MiB 的窗口（超过 ${m[2]} MiB）` },
  { en: /compress it again at a usual level \(zstd -19 or lower, --long=26 or lower, without --ultra\)/, zh: () => '请用常规级别重新压缩（`zstd -19` 或更低，--long=26 或更低，不加 --ultra）' },
  { en: /the data breaks off or is damaged: check that the (\.gz|\.zst) file is complete/, zh: (m) => `数据中断或已损坏：请检查 ${m[1]} 文件是否完整` },

  // --- Excel exports (load/exports/xlsx.ts) ---------------------------------------------------------------
  { en: /no records: every sheet of the workbook is empty/, zh: () => '没有记录：工作簿的每个工作表都为空' },
  { en: /export the table with a header row and its records/, zh: () => '导出数据表时请包含表头行及其记录' },
  { en: /the workbook is (\d+) MiB, more than the (\d+) MiB an Excel file is read within/, zh: (m) => `工作簿大小为 ${m[1]} MiB，超过了读取 Excel 文件的上限 ${m[2]} MiB` },
  {
    en: /the workbook holds (\d+) MiB of sheet data, more than the (\d+) MiB an Excel file is read within \(Excel files are read whole\)/,
    zh: (m) => `工作簿的工作表数据有 ${m[1]} MiB，超过了读取 Excel 文件的上限 ${m[2]} MiB（Excel 文件须整体读入）`,
  },
  { en: /save each sheet as CSV \(File > Save As > CSV UTF-8\) and scan those: CSV is read as it streams, at any size/, zh: () => '请把每个工作表另存为 CSV（文件 > 另存为 > CSV UTF-8）再扫描：CSV 以流式读取，不限大小' },

  // --- scan: an export's tables (scan/tables.ts) ------------------------------------------------------------
  { en: /check that the file is complete/, zh: () => '请检查文件是否完整' },
  { en: /no tables: nothing in the file could be read as a table/, zh: () => '没有数据表：文件中没有任何内容能作为数据表读取' },
  { en: /check that it is a (\w+) export/, zh: (m) => `请检查它是否为 ${FORMAT_NAMES[m[1]!] ?? m[1]} 导出文件` },

  // --- YAML (our messages, then the yaml library's) -----------------------------------------------------
  { en: /fix the YAML syntax \(indentation, quotes, brackets\) at that position/, zh: () => '请修正该位置的 YAML 语法（缩进、引号、括号）' },
  { en: /Map keys must be unique/, zh: () => '映射中的键必须唯一' },
  { en: /each key may appear once per mapping; merge the two entries or rename one/, zh: () => '每个映射中同一个键只能出现一次；请合并这两项或改名其一' },
  { en: /too many YAML aliases: refused as a possible resource-exhaustion \("billion laughs"\) attack/, zh: () => 'YAML 别名过多：疑为资源耗尽攻击（“billion laughs”），拒绝读取' },
  { en: /at most (\d+) aliases are resolved per file; write the values out instead of nesting anchors/, zh: (m) => `每个文件最多解析 ${m[1]} 个别名；请直接写出取值，不要层层嵌套锚点` },
  { en: /more than one YAML document in the file/, zh: () => '文件中有不止一个 YAML 文档' },
  { en: /remove the `---` line that starts the second: a file holds one document/, zh: () => '请删除第二个文档开头的 `---` 行：一个文件只放一个文档' },
  { en: /YAML nested more than (\d+) levels deep: refused/, zh: (m) => `YAML 嵌套超过 ${m[1]} 层，拒绝读取` },
  { en: /flatten the structure: privaudit files need only a few levels of lists and mappings/, zh: () => '请减少嵌套：privaudit 的文件只需要几层列表和映射' },
  { en: /a mapping key must be a plain value, not a list, mapping or alias/, zh: () => '映射的键必须是普通值，不能是列表、映射或别名' },
  { en: /write the key as a string, e\.g\. `name:`/, zh: () => '请把键写成字符串，例如 `name:`' },
  { en: /alias to an anchor that is not set before it/, zh: () => '别名引用的锚点未在它之前定义' },
  { en: /define the anchor \(`&name`\) before the alias \(`\*name`\), or write the value out/, zh: () => '请在别名（`*name`）之前定义锚点（`&name`），或直接写出取值' },
  { en: /a merge key \(<<\) takes a mapping, an alias of one, or a list of them/, zh: () => '合并键（<<）只能取映射、映射的别名或它们的列表' },
  { en: /write `<<: \*name` where `&name` marks a mapping, or quote the key \(`"<<":`\) to read it as a plain key/, zh: () => '请写成 `<<: *name`，其中 `&name` 标记一个映射；或给键加引号（`"<<":`），按普通键读取' },
  { en: /invalid YAML/, zh: () => 'YAML 无效' },
  { en: /Flow (sequence|mapping|map) in block collection must be sufficiently indented and end with an? (\S)/, zh: (m) => `块集合中的流式${m[1] === 'sequence' ? '序列' : '映射'}必须充分缩进，并以 ${m[2]} 结尾` },
  { en: /All (sequence|collection|mapping) items must start at the same column/, zh: () => '同一集合的各项必须从同一列开始' },
  { en: /Implicit keys need to be on a single line/, zh: () => '隐式键必须写在一行内' },
  { en: /Implicit map keys need to be followed by map values/, zh: () => '隐式映射键之后必须有值' },
  { en: /Nested mappings are not allowed in compact mappings/, zh: () => '紧凑映射中不允许嵌套映射' },
  { en: /A block sequence may not be used as an implicit map key/, zh: () => '块序列不能用作隐式映射键' },
  { en: /Tabs are not allowed as indentation/, zh: () => '不允许用制表符缩进' },
  { en: /Missing closing "quote/, zh: () => '缺少闭合的双引号' },
  { en: /Missing closing 'quote/, zh: () => '缺少闭合的单引号' },
  { en: /Sequence item without - indicator/, zh: () => '序列项缺少 - 标记' },
  { en: /Comments must be separated from other tokens by white space characters/, zh: () => '注释与其他内容之间必须有空白' },
  { en: /Unexpected (.+) at node end/, zh: (m) => `节点末尾出现意外的 ${m[1]}` },
  { en: /Unresolved tag:/, zh: () => '无法解析的标签：' },
  { en: /Not a YAML token:/, zh: () => '不是 YAML 记号：' },
  { en: /Block scalar header includes extra characters:/, zh: () => '块标量头部含有多余字符：' },

  // --- inventories -------------------------------------------------------------------------------------
  { en: /no 'field' \(字段\) column/, zh: () => "没有 'field'（字段）列" },
  {
    en: /an inventory needs one row per field with a field column; an SDK list needs sdk and platform columns \(or pass --kind\)/,
    zh: () => '清单每个字段一行，并需要 field 列；SDK 列表需要 sdk 和 platform 列（或传 --kind）',
  },
  { en: /expected a plain value here, found a mapping/, zh: () => '此处应为普通值，却是一个映射' },
  { en: /write the value on one line, e\.g\. `retention: 5y`/, zh: () => '请把取值写在一行，例如 `retention: 5y`' },
  { en: /('.+') must be a list of mappings/, zh: (m) => `${m[1]} 必须是映射的列表` },
  { en: /write each entry as `- name: …`/, zh: () => '每一项请写成 `- name: …`' },
  { en: /each entry of ('.+') must be a mapping/, zh: (m) => `${m[1]} 的每一项都必须是映射` },
  { en: /write `- name: …` followed by its keys/, zh: () => '请写 `- name: …`，其后写它的键' },
  { en: /('.+') cannot appear inside a (\w+)/, zh: (m) => `${m[1]} 不能出现在 ${m[2]} 之内` },
  { en: /the levels are systems → datasets → fields/, zh: () => '层级依次为 `systems` → `datasets` → `fields`' },
  { en: /(\w+) ('.*') has no (\w+)/, zh: (m) => `\`${m[1]}\` ${m[2]} 下没有 \`${m[3]}\`` },
  { en: /add a `(\w+):` list/, zh: (m) => `请添加 \`${m[1]}:\` 列表` },
  { en: /no `systems:` \(or `datasets:`\/`fields:`\) list at the top level/, zh: () => '顶层没有 `systems:`（或 `datasets:`/`fields:`）列表' },
  {
    en: /start the file with `systems:`, a list of `- name: …` entries holding `datasets:` and their `fields:` \(example: `README\.md`, "Inventory files"\)/,
    zh: () => '请以 `systems:` 开始文件：一个 `- name: …` 条目列表，其下为 `datasets:` 及其 `fields:`（示例见 `README.md` 的 “Inventory files” 一节）',
  },
  { en: /start the file with `systems:`/, zh: () => '请以 `systems:` 开始文件' },
  { en: /declare at least one field under systems → datasets → fields/, zh: () => '请在 `systems` → `datasets` → `fields` 下至少声明一个字段' },

  // --- SDK lists, Gradle, CocoaPods ----------------------------------------------------------------------
  { en: /two columns mean '(\w+)': ('.*') and ('.*')/, zh: (m) => `两列的含义都是 '${m[1]}'：${m[2]} 和 ${m[3]}` },
  { en: /keep one of them/, zh: () => '请只保留其中一列' },
  { en: /no SDK name column/, zh: () => '没有 SDK 名称列' },
  { en: /add a column named sdk \(SDK名称 \/ 第三方名称\)/, zh: () => '请添加名为 sdk（SDK名称 / 第三方名称）的列' },
  { en: /no platform column and no --platform/, zh: () => '没有平台列，也没有 --platform' },
  { en: /add a platform \(平台\) column, or pass --platform <(.+)>/, zh: (m) => `请添加 platform（平台）列，或传 --platform <${m[1]}>` },
  { en: /('.+') must be a single value/, zh: (m) => `${m[1]} 必须是单个值` },
  { en: /write it as text/, zh: () => '请写成文本' },
  { en: /expected a list of SDK entries/, zh: () => '此处应为 SDK 条目的列表' },
  { en: /write `- sdk: …` entries, one per SDK/, zh: () => '请写 `- sdk: …` 条目，每个 SDK 一条' },
  { en: /an SDK entry must be a mapping \(sdk, organization, fields…\)/, zh: () => 'SDK 条目必须是映射（sdk、organization、fields…）' },
  { en: /write `- sdk: (.+)` with its keys below it/, zh: (m) => `请写 \`- sdk: ${m[1]}\`，其下写它的键` },
  { en: /not an SDK list/, zh: () => '不是 SDK 列表' },
  { en: /write a list of `- sdk: …` entries, or `(platforms: .+)`/, zh: (m) => `请写 \`- sdk: …\` 条目的列表，或 \`${m[1]}\`` },
  { en: /'platform' inside a platforms: group/, zh: () => "platforms: 分组内出现了 'platform'" },
  { en: /the group key already gives the platform; remove this one/, zh: () => '分组的键已指明平台；请删除这一项' },
  { en: /cannot read this dependency line: ('.*')/, zh: (m) => `无法读取这一行依赖：${m[1]}` },
  { en: /expected `(.+)` as `gradle dependencies` prints it; save the report unedited/, zh: (m) => `应为 \`gradle dependencies\` 输出的 \`${m[1]}\` 格式；请保存未经编辑的报告` },
  { en: /no dependency tree in this Gradle report/, zh: () => '这份 Gradle 报告中没有依赖树' },
  { en: /save the output of `(.+)`/, zh: (m) => `请保存 \`${m[1]}\` 的输出` },
  { en: /('.*') is not a Maven coordinate/, zh: (m) => `${m[1]} 不是 Maven 坐标` },
  { en: /write dependencies as ('.+')/, zh: (m) => `依赖请写成 ${m[1]}` },
  { en: /unterminated string in a dependency declaration/, zh: () => '依赖声明中的字符串没有闭合' },
  { en: /not a pod entry(?:: ('.*'))?/, zh: (m) => `不是 CocoaPods 条目${m[1] ? `：${m[1]}` : ''}` },
  { en: /PODS entries look like `(.+)`; regenerate the file with `pod install`/, zh: (m) => `PODS 条目形如 \`${m[1]}\`；请用 \`pod install\` 重新生成该文件` },
  { en: /not a Podfile\.lock: no `PODS:` list/, zh: () => '不是 Podfile.lock：没有 `PODS:` 列表' },
  { en: /pass the Podfile\.lock that `pod install` writes next to the Podfile/, zh: () => '请传入 `pod install` 在 Podfile 旁生成的 Podfile.lock' },
  { en: /SDK catalog: (.+)/, zh: (m) => `SDK 目录：${tr(m[1])}` },
  { en: /SDK catalog (\/\S*) (.+)/, zh: (m) => `SDK 目录 ${m[1]} ${tr(m[2])}` },
  { en: /fix the catalog entry against (\S+)/, zh: (m) => `请按 ${m[1]} 修正该目录条目` },
  { en: /each id once; every organization\/group reference must exist; a name may belong to one entry only/, zh: () => '每个 id 只出现一次；引用的 organization/group 必须存在；一个名称只能属于一个条目' },

  // --- policy packs ------------------------------------------------------------------------------------
  {
    en: /(?:did you mean (.+?)\? )?bundled packs: (.+); or give the path of a pack file \(\.yaml, \.yml or \.json\)/,
    zh: (m) => `${m[1] ? `是否为 ${m[1]}？` : ''}内置策略包：${m[2]}；也可给出策略包文件的路径（.yaml、.yml 或 .json）`,
  },
  { en: /give a bundled pack id \((.+)\) or the path of a pack file(, relative to the file that names it)?/, zh: (m) => `请给出内置策略包 id（${m[1]}）或策略包文件的路径${m[2] ? '（相对于引用它的文件）' : ''}` },
  { en: /cannot read policy pack: (.+)/, zh: (m) => `无法读取策略包：${m[1]}` },
  { en: /a bundled pack cannot extend ('.*') outside policies\//, zh: (m) => `内置策略包不能 extends policies/ 之外的 ${m[1]}` },
  { en: /circular extends: (.+)/, zh: (m) => `循环的 extends：${m[1]}` },
  { en: /a pack may not extend itself, directly or through other packs; remove one of the extends/, zh: () => '策略包不能直接或间接 extends 自身；请删除其中一个 extends' },
  { en: /pack id ('.*') does not match its file name/, zh: (m) => `策略包 id ${m[1]} 与其文件名不符` },
  { en: /a bundled pack's id is its file name: (.+)/, zh: (m) => `内置策略包的 id 就是其文件名：${m[1]}` },
  { en: /see (schemas\/\S+) for the pack format/, zh: (m) => `策略包格式见 ${m[1]}` },
  { en: /see (schemas\/\S+)/, zh: (m) => `参见 ${m[1]}` },
  { en: /the pack is empty/, zh: () => '策略包为空' },
  { en: /a pack is a mapping with id, title, version, language, doc and its statements/, zh: () => '策略包是一个映射，包含 id、title、version、language、doc 及其声明' },
  { en: /must list 'items' or 'categories'/, zh: () => "必须列出 'items' 或 'categories'" },
  { en: /name taxonomy item ids \(e\.g\. (\S+)\) or category ids \(e\.g\. (\S+)\)/, zh: (m) => `请写分类法的项目 id（如 ${m[1]}）或类别 id（如 ${m[2]}）` },
  { en: /add ('.+:') here/, zh: (m) => `请在此处添加 ${m[1]}` },
  {
    en: /invalid policy pack ('.*?'): (\S+): unknown (item|category) ('.*?')(?:; did you mean (.+?)\?)? \(see (\S+)\)(?: \(and (\d+) more unknown ids?\))?/,
    zh: (m) => `无效的策略包 ${m[1]}：${m[2]} 中有未知的${m[3] === 'item' ? '项目' : '类别'} ${m[4]}${m[5] ? `（是否为 ${m[5]}？）` : ''}（参见 ${m[6]}）${m[7] ? `；另有 ${m[7]} 个未知 id` : ''}`,
  },
  {
    en: /write an id of the taxonomy \(`privaudit taxonomy <word>` finds it\); `privaudit policies lint( \S+)?` lists every problem of the pack/,
    zh: (m) => `请写分类法中的 id（可用 \`privaudit taxonomy <词>\` 查找）；\`privaudit policies lint${m[1] ?? ''}\` 会列出该策略包的全部问题`,
  },
  { en: /… and (\d+) more problems?/, zh: (m) => `… 另有 ${m[1]} 个问题` },

  // --- config, baseline, waivers ------------------------------------------------------------------------
  { en: /unknown rule ('.*') in rules:/, zh: (m) => `rules: 中有未知的规则 ${m[1]}` },
  { en: /sensitivity grade ('.*') is set twice \(as (.+)\)/, zh: (m) => `敏感级别 ${m[1]} 被设置了两次（均为 ${m[2]}）` },
  { en: /keep one entry per grade/, zh: () => '每个级别只保留一项' },
  { en: /unknown key ('.*') in (.+)/, zh: (m) => `${subject(m[2]!)} 中有未知的键 ${m[1]}` },
  { en: /(.+) has no '(.+)'/, zh: (m) => `${subject(m[1]!)} 缺少 '${m[2]}'` },
  { en: /not valid JSON: (.+)/, zh: (m) => `不是有效的 JSON：${tr(m[1])}` },
  { en: /a baseline is written by privaudit: rerun with --write-baseline to make a new one \((\S+)\)/, zh: (m) => `基线由 privaudit 生成：请加 --write-baseline 重新运行以生成新的基线（${m[1]}）` },
  { en: /a waiver cannot accept 'waiver-expired'/, zh: () => "豁免不能接受 'waiver-expired'" },
  { en: /renew or remove the expired waiver instead/, zh: () => '请续期或删除已过期的豁免' },
  { en: /expires: ('.*') is not a calendar date/, zh: (m) => `expires: ${m[1]} 不是有效的日期` },
  { en: /write a real date as YYYY-MM-DD, e\.g\. (\S+)/, zh: (m) => `请写成有效的 YYYY-MM-DD 日期，例如 ${m[1]}` },
  { en: /the waiver for ('.*') names nothing to match, so it would accept every such finding/, zh: (m) => `${m[1]} 的豁免没有指定任何匹配条件，会接受所有这类发现` },
  { en: /name at least one of (.+); to turn a rule off everywhere, set (rules: \{ .+ \}) in (.+)/, zh: (m) => `请至少指定 ${m[1]} 中的一个；要在所有地方关闭某条规则，请在 ${m[3]} 中设置 ${m[2]}` },
  {
    en: /each waiver needs rule, reason, approver and expires \(YYYY-MM-DD\), and at least one of (.+) \((\S+)\)/,
    zh: (m) => `每条豁免都需要 rule、reason、approver 和 expires（YYYY-MM-DD），并至少指定 ${m[1]} 中的一个（${m[2]}）`,
  },

  // --- scan mapping files --------------------------------------------------------------------------------
  { en: /a mapping file is a YAML mapping of tables to their columns/, zh: () => '映射文件是从数据表到其列的 YAML 映射' },
  { en: /write `table:` then `column: item-or-role` lines under it/, zh: () => '请先写 `table:`，再在其下写 `column: item-or-role` 行' },
  { en: /keys must be plain names/, zh: () => '键必须是普通名称' },
  { en: /quote the name/, zh: () => '请给名称加引号' },
  { en: /table ('.*') needs a mapping of columns/, zh: (m) => `数据表 ${m[1]} 需要一个列的映射` },
  { en: /write `column: item-or-role` lines indented under the table/, zh: () => '请在数据表下缩进写 `column: item-or-role` 行' },
  { en: /('.*') needs a single value/, zh: (m) => `${m[1]} 需要单个值` },
  { en: /a column takes `item` and `role`/, zh: () => '列只接受 `item` 和 `role`' },
  { en: /column ('.*') needs an item or a role/, zh: (m) => `列 ${m[1]} 需要 item 或 role` },
  { en: /e\.g\. `(.+)` or `(.+)`/, zh: (m) => `例如 \`${m[1]}\` 或 \`${m[2]}\`` },
  { en: /('.*') is neither a taxonomy item nor a role/, zh: (m) => `${m[1]} 既不是分类法中的项目，也不是角色` },
  { en: /('.*') is a whole category; name one of its items/, zh: (m) => `${m[1]} 是整个类别；请指定其中的一个项目` },
  { en: /an item id such as (\S+), or a role: (.+)/, zh: (m) => `项目 id（如 ${m[1]}）或角色：${m[2]}` },
  { en: /column ('.*') is not in (.+)/, zh: (m) => `${m[2]} 中没有列 ${m[1]}` },

  // --- schema (ajv) phrases, after an optional quoted value --------------------------------------------
  { en: /(?:('.*') )?is not one of the allowed values/, zh: (m) => `${v(m)}不是允许的值之一` },
  { en: /(?:('.*') )?must be equal to one of the allowed values/, zh: (m) => `${v(m)}必须是允许的值之一` },
  { en: /(?:('.*') )?must be equal to constant/, zh: (m) => `${v(m)}必须等于规定的值` },
  { en: /(?:('.*') )?must be '(.*)'/, zh: (m) => `${v(m)}必须是 '${m[2]}'` },
  { en: /(?:('.*') )?must have required property '(.*)'/, zh: (m) => `${v(m)}缺少必需的属性 '${m[2]}'` },
  { en: /(?:('.*') )?must NOT have additional properties/, zh: (m) => `${v(m)}不能有其他属性` },
  { en: /(?:('.*') )?must be (string|number|integer|boolean|array|object|null)/, zh: (m) => `${v(m)}必须是${TYPES[m[2]!]}` },
  { en: /(?:('.*') )?must match pattern (".*")/, zh: (m) => `${v(m)}必须符合模式 ${m[2]}` },
  { en: /(?:('.*') )?must match format (".*")/, zh: (m) => `${v(m)}必须符合 ${m[2]} 格式` },
  { en: /(?:('.*') )?must NOT have (fewer|more) than (\d+) (items|characters|properties)/, zh: (m) => `${v(m)}不能${m[2] === 'fewer' ? '少' : '多'}于 ${m[3]} ${UNITS[m[4]!]}` },
  { en: /(?:('.*') )?must be (>=|<=|>|<) (\S+)/, zh: (m) => `${v(m)}必须 ${m[2]} ${m[3]}` },
  { en: /(?:('.*') )?must NOT have duplicate items \(items ## (\d+) and (\d+) are identical\)/, zh: (m) => `${v(m)}不能有重复项（第 ${m[2]} 项与第 ${m[3]} 项相同）` },
  { en: /(?:('.*') )?must match exactly one schema in oneOf/, zh: (m) => `${v(m)}必须恰好符合一种写法` },
  { en: /(?:('.*') )?must match a schema in anyOf/, zh: (m) => `${v(m)}不符合任何一种允许的写法` },
  { en: /(?:('.*') )?must NOT be valid/, zh: (m) => `${v(m)}不允许这样写` },
  { en: /(?:('.*') )?must not be empty/, zh: (m) => `${v(m)}不能为空` },
  { en: /(?:('.*') )?must be a date written YYYY-MM-DD, e\.g\. (\S+)/, zh: (m) => `${v(m)}必须是 YYYY-MM-DD 格式的日期，例如 ${m[2]}` },
  { en: /(?:('.*') )?is not a privaudit fingerprint \(32 hex digits\)/, zh: (m) => `${v(m)}不是 privaudit 指纹（32 位十六进制数）` },
  { en: /(?:('.*') )?is invalid/, zh: (m) => `${v(m)}无效` },
  { en: /(config|the baseline|the waiver file|the pack) (.+)/, zh: (m) => `${subject(m[1]!)} ${tr(m[2])}` },

  // --- scan --inventory ------------------------------------------------------------------------------------
  { en: /--inventory: this is an SDK list, not an inventory/, zh: () => '--inventory：这是 SDK 列表，不是数据清单' },
  { en: /give --inventory the data inventory \(system, table, field, category…\); audit SDK lists with privaudit audit/, zh: () => '--inventory 应给出数据清单（系统、表、字段、类别等列）；SDK 列表请用 privaudit audit 审计' },
  { en: /--inventory: no inventory found in the given paths/, zh: () => '--inventory：给出的路径中没有数据清单' },
  { en: /give a CSV, YAML or Excel inventory \(system, table, field, category…\), or a folder holding one/, zh: () => '请给出 CSV、YAML 或 Excel 格式的数据清单（系统、表、字段、类别等列），或包含清单的文件夹' },
  { en: /--inventory: skipped (\d+) files? that (?:is|are) not an inventory: (.+)/, zh: (m) => `--inventory：跳过 ${m[1]} 个不是数据清单的文件：${m[2]}` },
  { en: /note: (.+): (\d+) cells? could not be read and (?:was|were) not checked against the data \(privaudit audit (.+) lists (?:it|them)\)/, zh: (m) => `注意：${m[1]}：${m[2]} 个单元格无法读取，未与数据对照（privaudit audit ${m[3]} 会列出）` },
  { en: /no exported tables to scan: the inputs are the inventory itself/, zh: () => '没有可扫描的导出表：输入的只有数据清单本身' },
  { en: /name the exported tables to scan, and the inventory with --inventory/, zh: () => '请给出要扫描的导出表，并用 --inventory 指定数据清单' },
  { en: /this looks like an inventory \(its columns declare (.+)\), not an exported table/, zh: (m) => `这看起来是数据清单（其列声明了${m[1]!.split(', ').map((k) => INVENTORY_KEYS_ZH[k] ?? k).join('、')}），不是导出表` },
  { en: /run `privaudit audit (.+)` to audit it against the policies; to check exported tables against it: (privaudit scan <exports> --inventory .+)/, zh: (m) => `运行 \`privaudit audit ${m[1]}\` 按政策审计该清单；要用它核对导出表：${m[2]!.replace('<exports>', '<导出文件>')}` },

  // --- notes and warnings (after `privaudit: `) -----------------------------------------------------------
  { en: /note: (.+): ignored (column|key)\(s\) privaudit does not use: (.+)/, zh: (m) => `注意：${m[1]}：已忽略 privaudit 不使用的${m[2] === 'column' ? '列' : '键'}：${suggestions(m[3]!)}` },
  { en: /skipped (\d+) privaudit CSV reports?, not audited: (.+)/, zh: (m) => `跳过 ${m[1]} 个 privaudit CSV 报告（不审计）：${m[2]}` },
  { en: /skipped (\d+) files? that (?:is|are) neither an inventory nor an SDK list: (.+)/, zh: (m) => `跳过 ${m[1]} 个既非清单也非 SDK 列表的文件：${m[2]}` },
  {
    en: /warning: the holiday calendar covers (\S+)–(\S+); working days in (.+) were counted as plain weekdays/,
    zh: (m) => `警告：节假日日历只覆盖 ${m[1]}–${m[2]}；${m[3]} 年的工作日按普通周一至周五计算`,
  },
  { en: /(--format \S+) does not match the extension of (.+) \((\w+)\); writing (\S+) as --format says/, zh: (m) => `${m[1]} 与输出文件 ${m[2]} 的扩展名（${m[3]}）不符，按 --format 写入 ${m[4]}` },
  { en: /warning: (.+)/, zh: (m) => `警告：${tr(m[1])}` },
  { en: /baseline of (\d+) finding\(s\) written to (.+)/, zh: (m) => `已将 ${m[1]} 条发现写入基线 ${m[2]}` },
  {
    en: /(.+?):(\d+): (\d+) fields where the header \(line (\d+)\) has (\d+), as in most records: the fields past column (\d+) are not scanned/,
    zh: (m) => `${m[1]}:${m[2]}: 有 ${m[3]} 个字段，而表头（第 ${m[4]} 行）只有 ${m[5]} 个，多数记录如此：第 ${m[6]} 列之后的字段未扫描`,
  },
  { en: /is the header a title line or a record\? give the table a header line naming every column/, zh: () => '表头是否其实是标题行或一条记录？请给表加上一行写明每一列名称的表头' },
  {
    en: /(.+): (\d+) ragged rows? \(a different number of fields from the header\), first at lines? (.+)/,
    zh: (m) => `${m[1]}：${m[2]} 行的字段数与表头不同，最先出现在第 ${m[3]} 行`,
  },
  {
    en: /--workers (\d+) is more than the (\d+) processors here: each thread adds about (\d+) MB of memory and no speed/,
    zh: (m) => `--workers ${m[1]} 超过了本机的 ${m[2]} 个处理器：每多一个线程约多占 ${m[3]} MB 内存，却不会更快`,
  },
  // --- scan --shard and merge ----------------------------------------------------------------------------
  { en: /--shard "(.*)": expected i\/N with 1 ≤ i ≤ N/, zh: (m) => `--shard "${m[1]}"：应写作 \`i/N\`，且 \`1 ≤ i ≤ N\`` },
  {
    en: /e\.g\. --shard 1\/3 … --shard 3\/3, then privaudit merge on the three reports; in a Kubernetes Indexed Job: (.+)/,
    zh: (m) => `例如 --shard 1/3 … --shard 3/3，再用 privaudit merge 合并三份结果；在 Kubernetes 索引任务中：\`${m[1]}\``,
  },
  { en: /--shard writes a part for privaudit merge \(JSON\), not (\w+)/, zh: (m) => `--shard 写出的是供 privaudit merge 合并的分片结果（JSON），不能是 ${m[1]}` },
  { en: /leave out -f here, and give it to privaudit merge/, zh: () => '此处不要给 -f，请在 privaudit merge 时给出' },
  {
    en: /shard (\d+)\/(\d+): (\d+) of (\d+) units \((\d+) tables? or ranges?\) written to (.+); merge all (\d+) parts with privaudit merge/,
    zh: (m) => `分片 ${m[1]}/${m[2]}：${m[4]} 个单元中的 ${m[3]} 个（${m[5]} 个表或区段）已写入 ${m[6]}；请用 privaudit merge 合并全部 ${m[7]} 份`,
  },
  { en: /no reports to merge/, zh: () => '没有可合并的分片结果' },
  { en: /privaudit merge part-1\.json part-2\.json …/, zh: () => '例如 privaudit merge part-1.json part-2.json …' },
  { en: /this part is shard (\d+)\/(\d+), the first is of (\d+)/, zh: (m) => `此文件是 ${m[2]} 片中的第 ${m[1]} 片，而第一个文件分为 ${m[3]} 片` },
  { en: /merge the parts of one sharded scan/, zh: () => '请合并同一次分片扫描的结果' },
  { en: /shard (\d+\/\d+) is given twice \(also (.+)\)/, zh: (m) => `分片 ${m[1]} 给出了两次（另一次为 ${m[2]}）` },
  { en: /give each part once/, zh: () => '每个分片结果只给一次' },
  { en: /this part was written by privaudit (.+), and this is privaudit (.+)/, zh: (m) => `此分片结果由 privaudit ${m[1]} 写出，当前为 privaudit ${m[2]}` },
  { en: /this part does not say which privaudit version wrote it, and this is privaudit (.+)/, zh: (m) => `此分片结果未注明由哪个 privaudit 版本写出，当前为 privaudit ${m[1]}` },
  { en: /scan again with this version/, zh: () => '请用当前版本重新扫描' },
  { en: /merge with the privaudit version that scanned, or scan again with this one/, zh: () => '请用扫描时的 privaudit 版本合并，或用当前版本重新扫描' },
  { en: /this part scanned other inputs than (.+)/, zh: (m) => `此分片扫描的输入与 ${m[1]} 不同` },
  { en: /run every shard with the same paths, from the same folder/, zh: () => '请在同一文件夹中、以相同的路径运行每个分片' },
  { en: /this part was scanned with other options than (.+) \((\w+)\)/, zh: (m) => `此分片的扫描选项与 ${m[1]} 不同（${m[2]}）` },
  { en: /run every shard with the same --policy, --config, --as-of, --lang and --inventory/, zh: () => '请以相同的 --policy、--config、--as-of、--lang 和 --inventory 运行每个分片' },
  { en: /shards? (.+) missing/, zh: (m) => `缺少分片 ${m[1]}` },
  { en: /merge the reports of all N shards/, zh: () => '请合并全部分片的结果' },
  { en: /the parts lack unit (\d+) of the scan/, zh: (m) => `分片结果中缺少扫描单元 ${m[1]}` },
  { en: /a range of this file is missing from the parts/, zh: () => '分片结果中缺少此文件的一个区段' },
  { en: /not JSON: the text breaks off or is malformed here/, zh: () => '不是 JSON：文本在此处中断或格式有误' },
  { en: /give the files that privaudit scan --shard i\/N wrote, whole/, zh: () => '请给出 privaudit scan --shard i/N 写出的完整文件' },
  { en: /this is a finished report, not a part of a sharded scan/, zh: () => '这是已生成的报告，不是分片扫描的结果' },
  { en: /not a part of a sharded scan/, zh: () => '不是分片扫描的结果' },
  { en: /merge the files that privaudit scan --shard i\/N wrote/, zh: () => '请合并 privaudit scan --shard i/N 写出的文件' },
  { en: /internal error: (.*)/, zh: (m) => `内部错误：${m[1]}` },
  { en: /rerun with --debug for details, and report it/, zh: () => '加 --debug 重新运行可查看详情，并请报告此问题' },

  // --- commander (after `error: `) -----------------------------------------------------------------------
  { en: /\(Did you mean (.+)\?\)/, zh: (m) => `（是否为 ${m[1]}？）` },
  { en: /option ('.*') argument ('.*') is invalid\. Allowed choices are (.+)\./, zh: (m) => `选项 ${m[1]} 的值 ${m[2]} 无效。可选值：${m[3]}。` },
  { en: /option ('.*') argument missing/, zh: (m) => `选项 ${m[1]} 缺少值` },
  { en: /missing required argument ('.*')/, zh: (m) => `缺少必需的参数 ${m[1]}` },
  { en: /too many arguments(?: for ('.*'))?\. Expected (\d+) arguments? but got (\d+)\./, zh: (m) => `参数过多${m[1] ? `（${m[1]}）` : ''}：应为 ${m[2]} 个，实际为 ${m[3]} 个。` },
  // Last, as they are the widest: a pack problem `/path: message`, and a further one `  file:line:col: /path: message (hint)`.
  { en: /(\S+:\d+(?::\d+)?): (\/\S*): (.+?)(?: \((.+)\))?/, zh: (m) => `${m[1]}: ${m[2]}：${tr(m[3])}${m[4] ? `（${tr(m[4])}）` : ''}` },
  { en: /(\/\S*): (.+)/, zh: (m) => `${m[1]}：${tr(m[2])}` },
];

const ANCHORED = ENTRIES.map((entry) => ({ re: new RegExp(`^(?:${entry.en.source})$`, entry.en.flags), entry }));

/** The Chinese of one whole fragment, or null when no entry knows it. */
export function translate(text: string): string | null {
  for (const e of ANCHORED) {
    const m = e.re.exec(text);
    if (m) return e.entry.zh(m);
  }
  return null;
}

/** Which entries exist (for the test that keeps each one matched by a real message). */
export const ZH_ENTRIES: readonly ZhEntry[] = ENTRIES;

/** Each line of a message on its own: pack problems list one per line. */
function translateLines(text: string): string {
  return text
    .split('\n')
    .map((line) => tr(line))
    .join('\n');
}

/** An InputError as `describe()` prints it, in the language asked for. */
export function localizeError(e: InputError, lang: Lang): string {
  const text = e.describe();
  if (lang !== 'zh') return text;
  const hintAt = e.hint ? text.lastIndexOf(`\n  hint: ${e.hint}`) : -1;
  const head = hintAt === -1 ? text : text.slice(0, hintAt);
  const prefix = head.slice(0, head.length - e.message.length);
  return prefix + translateLines(e.message) + (e.hint ? `\n  提示：${tr(e.hint)}` : '');
}

/**
 * Text the CLI writes on stderr, line by line: `privaudit: <note>`, commander's `error: <message>`,
 * `  hint: …`; anything else is tried whole. Lines no entry knows pass unchanged.
 */
export function localizeStderr(text: string, lang: Lang): string {
  if (lang !== 'zh') return text;
  return text
    .split('\n')
    .map((line) => {
      if (line === '') return line;
      const head = /^(privaudit: |error: |  hint: )(.*)$/s.exec(line);
      if (!head) return tr(line);
      const rest = tr(head[2]);
      return head[1] === 'error: ' ? `错误：${rest}` : head[1] === '  hint: ' ? `  提示：${rest}` : `privaudit: ${rest}`;
    })
    .join('\n');
}

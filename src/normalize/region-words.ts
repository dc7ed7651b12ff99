/**
 * The words around a place in a `storage_region` cell that are not places: roles (主, 备, primary),
 * what sits there (机房, IDC, 服务器), availability-zone words (可用区H, 广州三区) and list separators.
 * Sources: the phrasing of published Chinese privacy policies ("存储于中华人民共和国境内的服务器"),
 * cloud consoles (可用区, 地域, Region/Zone) and data-inventory templates (主/备, 灾备, 存储位置).
 */
import { regionKey } from './region-table.js';

const FILLER_WORDS = [
  // roles in a primary/backup layout
  '主', '备', '主用', '备用', '主中心', '备中心', '主节点', '备节点', '主站', '主库', '备库', '从库', '主机房', '备机房', '灾备', '容灾',
  '异地灾备', '同城灾备', '灾备中心', '备份', '主存储', '备份存储', 'primary', 'secondary', 'backup', 'dr', 'disaster recovery', 'replica',
  // what is there
  '机房', '数据中心', 'idc', '服务器', '云', '云上', '公有云', '云服务器', '节点', '地域', '区域', '可用区', '存储', 'region', 'zone',
  'availability zone', 'az', '本地', '自建机房', '私有云', 'datacenter', 'data center', 'dc', 'server', 'servers', 'cloud', '存储地域', '存储位置', '存储地点', '存储地',
  // how it is said
  '存储于', '存储在', '存放于', '存放在', '部署于', '部署在', '位于', '在', '于', '的', '等', '及', '和', '与', '以及', 'and', '&',
  'in', 'at', 'hosted in', 'stored in', 'located in', 'deployed in',
];

const FILLERS = new Set(FILLER_WORDS.map(regionKey));

// 可用区H, 可用区 A, 广州三区 (Tencent's zones), Zone 3, AZ1: which zone does not change the region.
const ZONE_WORD = /^(?:可用区[a-z\d]?|[一二三四五六七八九十\d]+区|zone[a-z\d]?|az\d?)$/;

/** Is this keyed text a word that says nothing about where (主, 机房, 可用区H)? */
export function isFiller(key: string): boolean {
  return key === '' || FILLERS.has(key) || ZONE_WORD.test(key);
}

// A district after its city (北京市朝阳区, 上海市浦东新区): inside the city, so it changes nothing.
const DISTRICT = /^[\u4e00-\u9fff]{1,5}(?:区|县|旗)$/;

export function isDistrict(text: string): boolean {
  return DISTRICT.test(text);
}

/** Cells that say the data is not stored anywhere: nothing to check, like a blank cell. */
const NOT_STORED = new Set(['无', 'none', '不存储', '未存储', '不落地', '不涉及'].map(regionKey));

export function isNotStored(key: string): boolean {
  return NOT_STORED.has(key);
}

// 北京市, 广东省, 宁夏回族自治区, 香港特别行政区, 华南地区: the bare name is in the table.
const ADMIN_SUFFIX = /(?:特别行政区|特別行政區|维吾尔自治区|壮族自治区|回族自治区|自治区|地区|新区|省|市|区)$/;

/** The key without its administrative suffix, or null when it has none (or is nothing else). */
export function withoutAdminSuffix(key: string): string | null {
  const bare = key.replace(ADMIN_SUFFIX, '');
  return bare !== key && bare !== '' ? bare : null;
}

/** Separators between the words of one region phrase (after NFKC: full-width brackets and colons are ASCII). */
export const WORD_SEPARATORS = /[\s()[\]{}【】〔〕《》<>「」"“”:]+/;

const LIST_SEPARATOR = new Set([';', ',', '、', '|', '/', '\n', '\r', '+']);

/**
 * A cell naming several regions (`主：北京；备：上海`, `cn-north-1, ap-southeast-1`), split on separators
 * outside brackets, so `Hong Kong/Macao/Taiwan (Hong Kong, China)` keeps its bracket whole.
 */
export function splitRegionList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && LIST_SEPARATOR.has(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

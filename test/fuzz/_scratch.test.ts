import { it } from 'vitest';
import { parseSdkCsvText, parseSdkYamlText } from '../../src/load/sdk-list.js';
import { loadCatalog } from '../../src/sdk/catalog.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
const opts = { taxonomy: loadTaxonomy(), catalog: loadCatalog() };
function tryIt(name: string, f: () => unknown) {
  const t = Date.now();
  try { f(); console.log(name, 'ok', Date.now() - t, 'ms'); }
  catch (e) { console.log(name, (e as Error).name, (e as Error).message.slice(0, 60), Date.now() - t, 'ms'); }
}
it('x', () => {
  tryIt('plain', () => parseSdkCsvText('a.csv', 'sdk,platform,fields,organization\nHuawei Push,android,IMEI,华为\n', opts));
  for (const n of [1000, 5000, 20000]) {
    const long = 'ab'.repeat(n / 2);
    tryIt('fields ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,fields\nHuawei Push,android,${long}\n`, opts));
    tryIt('sdk ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,fields\n${long},android,IMEI\n`, opts));
    tryIt('org ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,organization\nHuawei Push,android,${long}\n`, opts));
    tryIt('purpose ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,purpose\nHuawei Push,android,${long}\n`, opts));
    tryIt('platform ' + n, () => parseSdkCsvText('a.csv', `sdk,platform\nHuawei Push,${long}\n`, opts));
    tryIt('package ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,package\nHuawei Push,android,${long}\n`, opts));
    tryIt('header ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,${long}\nHuawei Push,android,x\n`, opts));
    const fieldsMany = Array.from({length: n / 10}, (_, i) => 'f' + i).join(';');
    tryIt('many fields ' + n, () => parseSdkCsvText('a.csv', `sdk,platform,fields\nHuawei Push,android,${fieldsMany}\n`, opts));
  }
});

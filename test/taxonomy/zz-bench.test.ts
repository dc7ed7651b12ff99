import { it } from 'vitest';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { itemForFieldName } from '../../src/taxonomy/match.js';
it('bench', () => {
  const tx = loadTaxonomy();
  itemForFieldName(tx, 'x');
  const zh = ['收货人手机号', '用户身份证号码', '活体检测照片', '银行卡持卡人姓名', '公司地址', '备注信息'];
  const en = ['consignee_phone', 'user_id_card_no', 'last_login_ip', 'company_name', 'order_amount', 'created_at'];
  for (const [label, base] of [['zh', zh], ['en', en]] as const) {
    const t0 = performance.now();
    const n = 60000;
    for (let i = 0; i < n; i++) itemForFieldName(tx, base[i % base.length]! + i);
    console.log(label, ((performance.now() - t0) / n * 1000).toFixed(2), 'us/name');
  }
});

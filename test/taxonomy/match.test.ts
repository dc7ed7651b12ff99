import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy } from '../../src/taxonomy/load.js';
import { itemForFieldName, nameSuggestions, resolveName } from '../../src/taxonomy/match.js';

const tx = loadTaxonomy();

describe('resolveName', () => {
  it.each([
    ['basic', null, 'basic'],
    ['identity', null, 'identity'],
    ['network-identity', null, 'network-identity'],
    ['个人基本资料', null, 'basic'],
    ['个人身份信息', null, 'identity'],
    ['basic profile', null, 'basic'],
    ['Basic_Profile', null, 'basic'],
    [' network identity ', null, 'network-identity'],
    ['NETWORK-IDENTITY', null, 'network-identity'],
    ['Network identification information', null, 'network-identity'],
    ['网络身份识别信息', null, 'network-identity'],
    ['Personal frequently-used device information', null, 'device'],
    ['personal internet record', null, 'internet-records'],
    ['基本信息', null, 'basic'],
    ['财产信息', null, 'property'],
    ['设备信息', null, 'device'],
    ['位置信息', null, 'location'],
    ['identity.resident-id', 'identity.resident-id', 'identity'],
    ['Identity.Resident_ID', 'identity.resident-id', 'identity'],
    ['身份证', 'identity.resident-id', 'identity'],
    ['resident identity card', 'identity.resident-id', 'identity'],
    ['回乡证', 'identity.hk-macao-permit', 'identity'],
    ['港澳居民来往内地通行证', 'identity.hk-macao-permit', 'identity'],
    ['港澳居民来往内地通行证（回乡证）', 'identity.hk-macao-permit', 'identity'],
    ['台胞证', 'identity.taiwan-permit', 'identity'],
    ['GPS', 'location.gps', 'location'],
    ['经纬度', 'location.gps', 'location'],
    ['IMEI', 'device.imei', 'device'],
    ['Android ID', 'device.android-id', 'device'],
    ['facial features', 'biometric.face', 'biometric'],
    ['交易和消费记录', 'property.transaction', 'property'],
    ['个人身份信息/身份证', 'identity.resident-id', 'identity'],
    ['identity / passport', 'identity.passport', 'identity'],
    // Last resort: a field-name synonym written whole.
    ['身份证号', 'identity.resident-id', 'identity'],
    ['mobile', 'basic.phone', 'basic'],
    ['手机号', 'basic.phone', 'basic'],
    ['手机号码', 'basic.phone', 'basic'],
    ['电话号码', 'basic.phone', 'basic'],
  ])('%s', (raw, item, category) => {
    expect(resolveName(tx, raw)).toEqual({ item, category });
  });

  it.each(['', '   ', 'nonsense', 'identiy', '个人基本资料/身份证', 'basic/identity/passport', 'user_mobile'])('names nothing: %j', (raw) => {
    expect(resolveName(tx, raw)).toBeNull();
  });

  it('resolves every id, name and alias of the taxonomy to its owner', () => {
    for (const c of tx.categories) {
      for (const n of [c.id, c.zh, c.en, ...c.aliases]) expect(resolveName(tx, n), n).toEqual({ item: null, category: c.id });
      for (const i of c.items) for (const n of [i.id, i.zh, i.en]) expect(resolveName(tx, n), n).toEqual({ item: i.id, category: c.id });
    }
  });

  it('returns a fresh object each time', () => {
    const a = resolveName(tx, 'basic')!;
    a.category = 'changed';
    expect(resolveName(tx, 'basic')).toEqual({ item: null, category: 'basic' });
  });
});

describe('nameSuggestions', () => {
  it('offers the intended category for a typo', () => {
    expect(nameSuggestions(tx, 'identiy')[0]).toBe('identity');
    expect(nameSuggestions(tx, 'netwrk identity')[0]).toBe('network identity');
    expect(nameSuggestions(tx, 'helth')[0]).toBe('health');
  });

  it('offers the intended item for a typo', () => {
    expect(nameSuggestions(tx, 'device.imie')[0]).toBe('device.imei');
    expect(nameSuggestions(tx, 'pasport')[0]).toBe('passport');
  });

  it('offers 身份证 for a traditional-character spelling', () => {
    expect(nameSuggestions(tx, '身份証')[0]).toBe('身份证');
  });

  it('offers at most three names, and none for far-off input', () => {
    expect(nameSuggestions(tx, 'identiy').length).toBeLessThanOrEqual(3);
    expect(nameSuggestions(tx, 'qqqqqqqqqqqqqqqqqqqq')).toEqual([]);
    expect(nameSuggestions(tx, '  ')).toEqual([]);
  });

  it('answers a spelling the same whichever spelling of it was asked first (its memo is by text as written)', () => {
    const text = readFileSync(new URL('../../policies/taxonomy.yaml', import.meta.url), 'utf8');
    const fresh = () => parseTaxonomy(text, 'taxonomy.yaml', { schema: false });
    const alone = nameSuggestions(fresh(), 'BankCardNo');
    const after = fresh();
    nameSuggestions(after, 'bankcardno');
    expect(nameSuggestions(after, 'BankCardNo')).toEqual(alone);
  });
});

describe('itemForFieldName', () => {
  it.each([
    // Whole names: English, camelCase, Chinese, pinyin initials.
    ['id_card_no', 'identity.resident-id'],
    ['idCardNo', 'identity.resident-id'],
    ['ID_NUMBER', 'identity.resident-id'],
    ['sfzh', 'identity.resident-id'],
    ['身份证号码', 'identity.resident-id'],
    ['mobile', 'basic.phone'],
    ['cellphone', 'basic.phone'],
    ['手机号', 'basic.phone'],
    ['sjhm', 'basic.phone'],
    ['email', 'basic.email'],
    ['邮箱', 'basic.email'],
    ['name', 'basic.name'],
    ['xm', 'basic.name'],
    ['real_name', 'basic.name'],
    ['birth_date', 'basic.birthday'],
    ['csrq', 'basic.birthday'],
    ['gender', 'basic.sex'],
    ['address', 'basic.address'],
    ['bank_card', 'property.bank-account'],
    ['yhkh', 'property.bank-account'],
    ['passwd', 'network-identity.password'],
    ['mm', 'network-identity.password'],
    ['ip', 'network-identity.ip'],
    ['imei', 'device.imei'],
    ['androidId', 'device.android-id'],
    ['IDFA', 'device.idfa'],
    ['mac', 'device.mac'],
    ['lat', 'location.gps'],
    ['经度', 'location.gps'],
    ['备注', 'internet-records.free-text'],
    ['remarks', 'internet-records.free-text'],
    ['昵称', 'basic.nickname'],
    ['username', 'network-identity.account'],
    // Inside longer names: the longest synonym wins.
    ['user_mobile', 'basic.phone'],
    ['customerPhone', 'basic.phone'],
    ['用户身份证号码', 'identity.resident-id'],
    ['user_id_card', 'identity.resident-id'],
    ['id_card_number', 'identity.resident-id'],
    ['idCardFrontUrl', 'identity.id-photo'],
    ['身份证照片', 'identity.id-photo'],
    ['last_login_ip', 'network-identity.ip'],
    ['IPv4Addr', 'network-identity.ip'],
    ['用户IP地址', 'network-identity.ip'],
    ['password_hash', 'network-identity.password'],
    ['userPayPassword', 'property.payment-password'],
    ['支付密码', 'property.payment-password'],
    ['wifi_mac', 'device.mac'],
    ['mac_os', 'device.os'],
    ['phone_model', 'device.model'],
    ['手机型号', 'device.model'],
    ['imei1', 'device.imei'],
    ['gps_lat', 'location.gps'],
    ['客户姓名', 'basic.name'],
    ['收货地址', 'basic.address'],
    ['联系人电话', 'basic.phone'],
    ['留言内容', 'internet-records.free-text'],
    ['日志内容', 'internet-records.free-text'],
    ['短信内容', 'communication.sms'],
    ['手机通讯录', 'contacts.address-book'],
    ['face_image', 'biometric.face'],
    ['account_balance', 'property.deposit'],
    ['marital_status', 'other.marital'],
    // A table prefix in an exported header.
    ['users.mobile', 'basic.phone'],
    ['t_user.name', 'basic.name'],
    // Negative: generic words inside longer names, and names that are not personal information.
    ['company_name', null],
    ['product_name', null],
    ['file_name', null],
    ['order_id', null],
    ['order_no', null],
    ['create_time', null],
    ['status', null],
    ['amount', null],
    ['goods_weight', null],
    ['image_height', null],
    ['shop_address', null],
    ['公司地址', null],
    ['计量单位', null],
    ['face_value', null],
    ['content_type', null],
    ['message_id', null],
    ['account_type', null],
    ['tracking_no', null],
    ['storage_region', null],
    ['automobile', null],
    ['hotel', null],
    ['', null],
    ['___', null],
  ])('%j → %s', (name, item) => {
    expect(itemForFieldName(tx, name)).toBe(item);
  });

  it('gives the same answer from its memo', () => {
    expect(itemForFieldName(tx, 'contact_tel')).toBe('basic.phone');
    expect(itemForFieldName(tx, 'contact_tel')).toBe('basic.phone');
  });

  it('maps every synonym, written whole in any case, to its own item', () => {
    for (const i of tx.items.values()) {
      for (const s of [...i.synonyms, ...i.wholeNameSynonyms!]) {
        expect(itemForFieldName(tx, s), s).toBe(i.id);
        expect(itemForFieldName(tx, s.toUpperCase()), s).toBe(i.id);
      }
    }
  });

  it('matches whole-name synonyms only as whole names', () => {
    for (const i of tx.items.values()) {
      for (const s of i.wholeNameSynonyms!) expect(itemForFieldName(tx, `widget_${s}_zz`), s).toBeNull();
    }
  });
});

describe('itemForFieldName: the head noun comes last', () => {
  it.each([
    // The possessor (收货人, 持卡人, consignee) comes first, what it holds last.
    ['收货人手机号', 'basic.phone'],
    ['收件人电话', 'basic.phone'],
    ['收货人地址', 'basic.address'],
    ['持卡人邮箱', 'basic.email'],
    ['持卡人手机号', 'basic.phone'],
    ['持卡人身份证号', 'identity.resident-id'],
    ['consignee_phone', 'basic.phone'],
    ['consignee_mobile', 'basic.phone'],
    ['收货人姓名', 'basic.name'],
    ['银行卡持卡人姓名', 'basic.name'],
    ['紧急联系人电话', 'basic.phone'],
    ['emergency_contact_phone', 'basic.phone'],
    ['联系人邮箱', 'basic.email'],
    ['客户联系电话', 'basic.phone'],
    ['法人身份证号', 'identity.resident-id'],
    ['用户身份证号', 'identity.resident-id'],
    ['user_id_card_no', 'identity.resident-id'],
    ['注册手机号', 'basic.phone'],
    ['用户手机号码', 'basic.phone'],
    ['银行预留手机号', 'basic.phone'],
    ['bank_card_phone', 'basic.phone'],
    ['收件人详细地址', 'basic.address'],
    ['patient_diagnosis', 'health.condition'],
    ['employee_salary', 'property.income'],
    ['员工工资', 'property.income'],
    ['birthday_coupon', 'property.voucher'],
    ['phone_model_name', 'device.model'],
    // What is measured or identified comes last: an IP of a transaction or a login is an IP address.
    ['交易IP', 'network-identity.ip'],
    ['login_ip', 'network-identity.ip'],
    ['last_login_ip', 'network-identity.ip'],
    ['register_ip', 'network-identity.ip'],
    ['user_ip_addr', 'network-identity.ip'],
    // A device fingerprint identifies a device, not a finger; a liveness photo is a face (体检 is inside 活体检测).
    ['设备指纹', 'device.guid'],
    ['设备指纹ID', 'device.guid'],
    ['device_fingerprint', 'device.guid'],
    ['device_fingerprint_id', 'device.guid'],
    ['浏览器指纹', 'device.guid'],
    ['指纹', 'biometric.fingerprint'],
    ['活体检测照片', 'biometric.face'],
    ['活体检测结果', 'biometric.face'],
    ['face_liveness_score', 'biometric.face'],
    ['体检报告', 'health.test-report'],
    // Trailing no / id / 号 only modify the head before them; the time of an identifier is no identifier (see below).
    ['mobile_user_id', 'network-identity.user-id'],
    ['order_user_id', 'network-identity.user-id'],
    ['user_mobile_no', 'basic.phone'],
    ['passport_no', 'identity.passport'],
    ['用户编号', 'network-identity.user-id'],
    ['login_ip_time', null],
    ['login_time', null],
    ['created_at', null],
    // A whole-name synonym after a word naming a person is that person's.
    ['consignee_addr', 'basic.address'],
    ['customer_address', 'basic.address'],
    ['寄件人地址', 'basic.address'],
    ['用户地址', 'basic.address'],
    ['buyer_name', 'basic.name'],
    ['cardholder_name', 'basic.name'],
    ['user_mail', 'basic.email'],
    ['member_points', 'property.virtual-property'],
    ['customer_id_no', 'identity.resident-id'],
    ['card_holder_id_no', 'identity.resident-id'],
    ['member_user_name', 'network-identity.account'],
    ['seller_address', null],
    ['company_address', null],
    ['parent_name', null],
    ['tenant_name', null],
    // Plain synonyms.
    ['开户行', 'property.bank-account'],
    ['order_amount', 'property.transaction'],
    ['订单金额', 'property.transaction'],
    ['pay_password', 'property.payment-password'],
    ['支付宝账号', 'network-identity.account'],
    ['微信号', 'network-identity.account'],
    ['手机号码', 'basic.phone'],
  ])('%j → %s', (name, item) => {
    expect(itemForFieldName(tx, name)).toBe(item);
  });

  it('lets the head before a trailing suffix win over a synonym running into the suffix', () => {
    // Without id_card_no, card_no (a bank card) ends rightmost in id_card_no; id_card is the head.
    const yamlText = readFileSync(new URL('../../policies/taxonomy.yaml', import.meta.url), 'utf8');
    const variant = parseTaxonomy(yamlText.replace('id_card_no, ', ''), 'variant.yaml', { schema: false });
    expect(variant.item('identity.resident-id')!.synonyms).not.toContain('id_card_no');
    expect(itemForFieldName(variant, 'id_card_no')).toBe('identity.resident-id');
    expect(itemForFieldName(variant, 'userIdCardNo')).toBe('identity.resident-id');
    expect(itemForFieldName(variant, 'bank_card_no')).toBe('property.bank-account');
  });
});

describe('itemForFieldName: an attribute of an identifier is not the identifier', () => {
  it.each([
    // A status, type, level, count, date, source or flag of an account, phone or ID card holds none of them.
    ['账号状态', null],
    ['账号类型', null],
    ['账号等级', null],
    ['账号状态码', null],
    ['账号状态（0正常/1冻结）', null],
    ['手机号（加密）', 'basic.phone'],
    ['QQ号状态', null],
    ['账号注销时间', null],
    ['手机号绑定时间', null],
    ['手机号验证时间', null],
    ['手机号来源', null],
    ['手机号标志', null],
    ['邮箱状态', null],
    ['身份证类型', null],
    ['身份证有效期', null],
    ['用户ID类型', null],
    ['user_account_status', null],
    ['user_account_type', null],
    ['user_account_type_id', null],
    ['id_card_type', null],
    ['mobile_bind_time', null],
    ['mobile_updated_at', null],
    ['password_updated_at', null],
    ['email_verified', null],
    ['phone_count', null],
    // A yes/no about something else than the rest of the name.
    ['是否绑定手机号', null],
    ['is_phone_verified', null],
    // A synonym that holds the attribute word names the item: a birth date is personal, so is a marital status.
    ['出生日期', 'basic.birthday'],
    ['用户出生日期', 'basic.birthday'],
    ['通话时间', 'communication.metadata'],
    ['系统类型', 'device.os'],
    ['运营商类型', 'device.carrier'],
    ['婚姻状态', 'other.marital'],
    ['婚姻状况', 'other.marital'],
    ['marital_status', 'other.marital'],
    ['user_marital_status', 'other.marital'],
    ['health_status', 'health.condition'],
    ['operator_type', 'device.carrier'],
    // A yes/no whose rest is the item is the item (disability, marriage).
    ['是否残疾', 'other.specific-identity'],
    ['是否残疾(是/否)', 'other.specific-identity'],
    ['is_married', 'other.marital'],
    // What ends the name is still the head: a remark, a number.
    ['账号备注', 'internet-records.free-text'],
    ['手机号码', 'basic.phone'],
    ['证件号码', 'identity.resident-id'],
  ])('%j → %s', (name, item) => {
    expect(itemForFieldName(tx, name)).toBe(item);
  });
});

describe('itemForFieldName: an attribute of a trait or a record still tells it', () => {
  it.each([
    // Health: the type of a disease is the disease, a surgery date says there was a surgery.
    ['疾病类型', 'health.condition'],
    ['disease_type', 'health.condition'],
    ['diagnosis_date', 'health.condition'],
    ['手术日期', 'health.surgery'],
    ['surgery_date', 'health.surgery'],
    ['住院次数', 'health.inpatient-record'],
    ['住院日期', 'health.inpatient-record'],
    ['过敏类型', 'health.allergy'],
    ['用药时间', 'health.medication'],
    ['体检日期', 'health.test-report'],
    ['怀孕次数', 'health.fertility'],
    // A yes/no on a trait tells the trait.
    ['是否有过敏史', 'health.allergy'],
    ['has_allergy_history', 'health.allergy'],
    ['是否做过手术', 'health.surgery'],
    // Work, education, specific identity, beliefs, convictions, biometrics.
    ['职业类别', 'education-work.occupation'],
    ['occupation_type', 'education-work.occupation'],
    ['学历等级', 'education-work.education'],
    ['残疾等级', 'other.specific-identity'],
    ['宗教类型', 'other.religion'],
    ['犯罪记录类型', 'other.criminal'],
    ['人脸识别时间', 'biometric.face'],
    // Property, location, contacts.
    ['交易时间', 'property.transaction'],
    ['transaction_time', 'property.transaction'],
    ['交易次数', 'property.transaction'],
    ['收入等级', 'property.income'],
    ['银行卡类型', 'property.bank-account'],
    ['bank_card_type', 'property.bank-account'],
    ['定位时间', 'location.precise'],
    ['gps_time', 'location.gps'],
    ['好友数量', 'contacts.friends'],
    // The basic profile's traits (its name, phone, email, address and nickname are identifiers).
    ['生日日期', 'basic.birthday'],
    ['年龄等级', 'basic.age'],
    ['民族类别', 'basic.ethnicity'],
    ['家庭成员数量', 'basic.family'],
    ['地址类型', null],
    ['昵称状态', null],
  ])('%j → %s', (name, item) => {
    expect(itemForFieldName(tx, name)).toBe(item);
  });
});

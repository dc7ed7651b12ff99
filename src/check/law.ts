/** Clauses of the law and standard cited when no loaded pack has one (SPEC decision 5). */
import type { ClauseRef } from '../policy/types.js';

const pipl = (section: string, quote: string): ClauseRef => ({ policy: 'PIPL', section, quote });

export const LAW = {
  retention: pipl('Art. 19', '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。'),
  provision: pipl('Art. 23', '个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。'),
  separateConsent: pipl('Art. 29', '处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。'),
  minors: pipl('Art. 31', '个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。'),
  crossBorder: pipl('Art. 39', '个人信息处理者向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使本法规定权利的方式和程序等事项，并取得个人的单独同意。'),
  deletion: pipl('Art. 47', '保存期限已届满'),
  security: pipl('Art. 51', '采取相应的加密、去标识化等安全技术措施'),
  automatedDecisions: pipl('Art. 24', '通过自动化决策方式向个人进行信息推送、商业营销，应当同时提供不针对其个人特征的选项，或者向个人提供便捷的拒绝方式。'),
  classification: { policy: 'GB/T 35273-2020', section: 'Annex A', quote: '个人信息举例' } as ClauseRef,
} as const;

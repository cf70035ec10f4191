/**
 * The checklist's vocabulary for bills drafted in Japanese, in the Diet's own
 * legal language: for each lesson, the Japanese cue of its anchor (one per
 * variant, in order), of each element (by element id), of the "because" and
 * "or" alternatives, and of each duty. index.ts adds these to the lessons
 * beside the English, so that a lesson has one definition and a cue per
 * language; adding a synonym is a change here, not in the engine.
 *
 * In Japanese the modal follows the verb: 報告しなければならない (shall
 * report) against 報告することができる (may report), and the sentence ends at
 * 。 (brackets aside). {MUST}, {MAY}, {LEG} and the other entries are the
 * Japanese vocabulary in vocabulary.ts.
 */
import type { Cue } from './schema.js';

export interface JapaneseCues {
  /** Anchor cue per variant, in the order of the lesson's variants (null: the variant has no Japanese form). */
  anchors?: (Cue | null)[];
  elements?: Record<string, Cue>;
  because?: Record<string, Cue>;
  /** Per element, the cues of its `or` alternatives in order. */
  or?: Record<string, Cue[]>;
  duties?: Record<string, Cue>;
  placement?: string[];
}

/** Kanji and full-width numerals. */
const N = '[〇一二三四五六七八九十百千０-９0-9]+';
/** Conduct named as serious human-rights violations, in Japanese statutes' words. */
const HR_CONDUCT_JA = String.raw`(?:手続によらない殺害|超法規的(?:な)?殺害|拷問|強制失踪|恣意的な(?:逮捕|拘禁)|奴隷的拘束|強制労働|迫害|ジェノサイド|集団殺害|性的暴力)`;
/** The verb of a duty, then its modal: 判断し、…しなければならない. */
const DUTY_AFTER = String.raw`[^。]{0,120}?{MUST}`;

export const JA_CUES: Record<string, JapaneseCues> = {
  'oversight.report': {
    // The anchor and elements of oversight.report are written beside the English; only the exclusions are here.
    placement: ['報告', '国会'],
  },
  'oversight.trigger': {
    anchors: [{ all: [String.raw`(?:{LEG}|議員|常任委員会|特別委員会)[^。]{0,120}?(?:求め|要請|要求|申出|申し出|提案|勧告|意見を述べ)`], none: [String.raw`(?:求めをした|要請をした|求めに係る)`] }],
    elements: {
      persons: { all: [String.raw`(?:{DESIGNATE}|特定の(?:者|外国人|個人|団体)|者)`] },
      decide: { all: [String.raw`(?:判断|決定|検討|審査|判定)(?:し|を行い|する|をし)${DUTY_AFTER}`] },
      deadline: { all: ['{DEADLINE}'] },
      answer: { all: [String.raw`(?:求めをした|要請をした|申出をした|当該[^。、]{0,6}?委員会|当該議員|求めに係る委員会)[^。]{0,80}?(?:報告|通知|回答)|(?:報告|通知|回答)[^。]{0,30}?(?:求めをした|要請をした)`] },
    },
    because: { decide: { all: [String.raw`(?:判断|決定|検討|審査)(?:する)?{MAY}`] } },
    placement: ['求め|要請', '指定'],
  },
  'oversight.notification': {
    anchors: [
      {
        all: [String.raw`{LEG}に(?:対し[、，]?)?[^。]{0,40}?(?:通知|報告|提出|送付)|(?:通知|報告|提出)[^。]{0,20}?{LEG}に`],
        // A periodic report is a report, not notice of each decision; an answer to a committee's request is the trigger.
        none: [String.raw`(?:毎年|毎年度|年次|報告書|求めをした|要請をした|求めに係る)`],
      },
    ],
    elements: {
      event: { all: [String.raw`(?:指定|解除|取消し|取り消|許可|適用除外|除外)`] },
      designation: { all: [String.raw`指定(?!(?:の|を)?(?:解除|取消|取り消))`] },
      removal: { all: [String.raw`(?:解除|取消し|取り消|撤回)`] },
      waiver: { all: [String.raw`(?:許可|適用除外|除外)`] },
      duty: { all: [String.raw`(?:通知|報告|提出|送付)(?:しなければならない|するものとする)`] },
      reasons: { all: ['{REASONS}'] },
      period: { all: ['{DEADLINE}'] },
    },
    because: { duty: { all: [String.raw`(?:通知|報告|提出)(?:する)?{MAY}`] } },
    placement: ['国会への通知|通知', '指定'],
  },
  'oversight.review': {
    anchors: [
      {
        // A review of the Act itself (この法律の施行の状況について検討), not of each listing.
        all: [String.raw`(?:この法律|本法)(?:の(?:施行|運用|実施)(?:の状況|状況)?|の規定|の在り方)[^。]{0,100}?(?:検討|見直し|評価)`],
        none: [String.raw`(?:各指定|指定(?:の|を)[^。]{0,10}?(?:見直し|審査))`],
      },
      { all: [String.raw`(?:その効力を失う|効力を失う|失効する)`, String.raw`(?:この法律|本法)`] },
    ],
    elements: {
      legislature: { all: [String.raw`{LEG}(?:は|が)[^。]{0,100}?(?:検討|見直し|審査|評価|調査)`] },
      duty: { all: [String.raw`(?:検討|見直し|評価|審査)(?:を加え|を行い|し|する)?${DUTY_AFTER}`] },
      period: { all: [String.raw`${N}年`] },
    },
    or: { legislature: [{ all: [String.raw`(?:独立して|独立した|第三者機関)`], alongside: ['{LEG}'] }] },
    because: { duty: { all: [String.raw`(?:検討|見直し|評価)(?:する)?{MAY}`] } },
    placement: ['検討|見直し|失効'],
  },
  'civil-society.submissions': {
    anchors: [
      {
        all: [String.raw`(?:{NGO_BODIES}|何人も)[^。]{0,120}?(?:情報|資料|証拠)|(?:情報|資料)[^。]{0,60}?(?:{NGO_BODIES})|(?:何人も|{NGO_BODIES})[^。]{0,120}?(?:指定をするよう求め|指定を求め|申し出|申出)`],
        none: [String.raw`(?:人道|許可|解除|取消し)`],
      },
    ],
    elements: {
      procedure: { all: [String.raw`(?:提供し|提供する|提出し|提出する|求める|求めることができる|申し出る|申出をする|申し出ることができる|提供することができる)`] },
      authority: { all: [String.raw`(?:{EXEC}|審議会|委員会|窓口)に(?:対し|対して|提供|提出|申し出)`] },
    },
    placement: ['情報の提供|提供', '指定'],
  },
  'civil-society.consideration': {
    anchors: [{ all: [String.raw`(?:考慮|勘案|参酌|斟酌|しん酌|参考に)`, String.raw`(?:情報|資料|証拠|意見)`], none: ['人道'] }],
    elements: {
      decision: { all: [String.raw`指定`] },
      source: { all: [String.raw`(?:{NGO_BODIES}|何人も)`] },
      duty: { all: [String.raw`(?:考慮|勘案|参酌|斟酌|しん酌|参考に)(?:しなければならない|するものとする)`] },
    },
    because: { duty: { all: [String.raw`(?:考慮|勘案|参酌|斟酌|しん酌|参考に)(?:する)?{MAY}`] } },
    placement: ['考慮|情報', '指定'],
  },
  'civil-society.guidance': {
    anchors: [{ all: [String.raw`(?:指針|ガイドライン|提供等|情報の提供|求めをした者|提供をした者)`], none: ['人道'] }],
    elements: {
      guidance: { all: [String.raw`(?:指針|ガイドライン)[^。]{0,80}?(?:公表|周知)`, String.raw`(?:証拠|基準|方式|様式|程度)`] },
      answer: { all: [String.raw`(?:通知|回答|応答)`, String.raw`(?:提供等|提供をした者|求めをした者|提出をした者|当該提供|情報を提供した者|申出等?をした者|申出等)`, '{DEADLINE}'] },
    },
    placement: ['指針|情報の提供', '指定'],
  },
  'civil-society.institutional-role': {
    anchors: [
      { all: [String.raw`(?:審議会|委員会|協議会|会議)(?:（[^（）]*）)?を置く|(?:審議会|委員会|協議会|会議)[^。]{0,30}?(?:を設置|を設ける)`], none: ['{LEG}'] },
      { all: [String.raw`(?:連携|協働|協定)`, String.raw`{NGO_BODIES}`] },
      { all: [String.raw`(?:意見を聴|意見を求め|協議)`, String.raw`(?:{NGO_BODIES}|関係者)`] },
    ],
    elements: {
      'civil-society': { all: [String.raw`{NGO_BODIES}`] },
      duty: { all: [String.raw`(?:意見を聴|意見を求め|協議)[^。]{0,120}?(?:{MUST}|検討を加え)`] },
    },
    placement: ['審議会|意見|非政府組織', '検討'],
  },
  'humanitarian.exemption': {
    anchors: [{ all: ['{HUMANITARIAN}'], none: [String.raw`^[\s\u3000]*[一二三四五六七八九十]*[\s\u3000]*人道支援[\s\u3000]`] }],
    elements: {
      exception: { all: [String.raw`(?:適用しない|適用を除外|この限りでない|妨げない|違反しない)`], none: [String.raw`許可(?:する)?{MAY}`] },
    },
    placement: ['人道|適用除外', '禁止'],
  },
  'humanitarian.defined': {
    anchors: [{ all: ['{HUMANITARIAN}'] }],
    elements: {
      what: { all: [String.raw`(?:食料|食糧|飲料水|医薬品|医療|衣類|住居|避難所|衛生|基本的な(?:需要|必要)|生存に必要)`], distinct: 2 },
      who: { all: [String.raw`(?:国際連合|赤十字|赤新月|非政府組織|国際機関)`] },
    },
    placement: ['定義|人道'],
  },
  'humanitarian.licences': {
    anchors: [{ all: [String.raw`(?:許可|承認)`], none: [String.raw`(?:上陸の許可|在留の許可|許可を受けないで|許可を受けずに)`] }],
    elements: {
      'basic-needs': { all: [String.raw`(?:生活に(?:通常)?必要|生活費|食料|住居|医療|扶養を受ける|扶養親族|基本的な(?:需要|必要))`], none: ['人道'] },
      'legal-fees': { all: [String.raw`(?:弁護士|法律事務|訴訟費用|法律上の手続)`] },
    },
    placement: ['許可', '禁止'],
  },
  'evidence.standard': {
    anchors: [{ all: ['{DESIGNATING}'] }],
    elements: {
      test: { all: [String.raw`(?:{THRESHOLD}|{SUBJECTIVE}|認めるとき|該当すると)`] },
      threshold: { all: ['{THRESHOLD}'] },
    },
    placement: ['指定'],
  },
  'evidence.criteria': {
    anchors: [{ all: [String.raw`(?:{DESIGNATING}|指定の(?:基準|要件))`] }],
    elements: {
      ground: { all: [String.raw`(?:{HUMAN_RIGHTS}|{CORRUPTION}|侵害|関与|活動に従事|行為を行)`] },
      conduct: { all: [String.raw`(?:${HR_CONDUCT_JA}|重大な腐敗|賄賂|横領|不正な流用)`, HR_CONDUCT_JA], distinct: 2 },
      who: { all: [String.raw`(?:責任を有する|命じ|指揮し|代理人|指示を受けて|支援を提供|便宜を供与|資金[^。]{0,20}?提供|共謀|関与した)`] },
    },
    placement: ['指定'],
  },
  'evidence.reasons': {
    anchors: [{ all: [String.raw`(?:指定|名簿|公示)[^。]{0,120}?{REASONS}|{REASONS}[^。]{0,40}?(?:指定|公示)`], none: [String.raw`(?:相当な理由|相当の理由|信ずるに足りる|継続する相当な理由)`] }],
    elements: {
      recipient: { all: [String.raw`(?:指定者|当該者|その者|本人|指定された者)に(?:対し)?[^。]{0,60}?(?:通知|送付|交付|示し|提示)|(?:理由を付した書面|理由を示して)|(?:書面により|書面で)(?:示|通知|交付)|官報|公示|公表`] },
      unconditional: { all: [String.raw`(?:求めがあった(?:とき|場合)|請求により|申出により|求めに応じ)`] },
      each: { all: [String.raw`(?:理由を(?:付する|示す|公表する)ことができる|必要があると認めるときは)`] },
    },
    placement: ['公示|通知', '指定'],
  },
  'evidence.review': {
    anchors: [{ all: [String.raw`(?:解除|取消し|取り消)[^。]{0,60}?(?:申請|申出|請求|求め|申し立て|申立て)|(?:申請|申出|請求|申立て)[^。]{0,60}?(?:解除|取消)|(?:訴え|訴訟|審査請求|裁判所)|(?:各指定|指定)[^。]{0,40}?(?:見直し|審査)`] }],
    elements: {
      application: { all: [String.raw`(?:解除|取消し|取り消)[^。]{0,60}?(?:申請|申出|請求|求め|申し立て|申立て)|(?:申請|申出|請求|申立て)[^。]{0,60}?(?:解除|取消)`] },
      deadline: { all: [String.raw`{DEADLINE}[^。]{0,120}?(?:決定|判断|通知|審査)|(?:決定|判断|通知)[^。]{0,60}?{DEADLINE}`] },
      court: { all: [String.raw`(?:取消しの訴え|訴えを提起|訴訟|裁判所|行政事件訴訟法|審査請求)`] },
      periodic: { all: [String.raw`(?:見直し|審査|再検討)`, String.raw`(?:${N}年(?:を経過する)?ごと|毎年|定期的に|少なくとも年)`] },
    },
    placement: ['解除|見直し|訴訟', '指定'],
  },
  'scope.human-rights': {
    anchors: [{ all: [String.raw`指定`] }],
    elements: { ground: { all: ['{HUMAN_RIGHTS}'] } },
    placement: ['指定'],
  },
  'scope.corruption': {
    anchors: [{ all: [String.raw`指定`] }],
    elements: { ground: { all: ['{CORRUPTION}'] } },
    placement: ['指定'],
  },
  'scope.individuals': {
    anchors: [{ all: ['{DESIGNATING}'] }],
    elements: {
      // 者 alone covers juridical persons (How to judge: an undefined "person" includes bodies corporate).
      entities: { all: [String.raw`(?:法人|団体|組織|(?<![外個本])者(?:を|について|として)?指定|指定[^。]{0,20}?者)`] },
      // (Not "…に限り指定をすることができるものと解してはならない", which says the opposite.)
      'no-country': { all: [String.raw`(?:特定国|別表に掲げる国|特定の国|国又は地域ごとに|(?:国|地域)ごとに)`], none: [String.raw`(?:解してはならない|かかわらず|問わない)`] },
    },
    or: { entities: [{ all: [String.raw`(?:個人|外国人)[^。]{0,80}?(?:法人|団体)`] }] },
    placement: ['指定'],
  },
  'scope.accomplices': {
    anchors: [{ all: [String.raw`指定`] }],
    elements: {
      accomplices: { all: [String.raw`(?:代理人|指示を受けて|に代わって|支援を提供|便宜を供与|資金[^。]{0,20}?提供|援助|幇助|ほう助|共謀)`] },
    },
    placement: ['指定'],
  },
  'measures.asset-freeze': {
    anchors: [
      {
        all: [String.raw`(?:資産凍結|凍結|財産[^。]{0,60}?(?:処分|譲渡|移転|取引|使用)[^。]{0,40}?(?:禁止|制限|してはならない)|(?:処分|譲渡|移転|取引)[^。]{0,40}?(?:してはならない)|支払[^。]{0,40}?許可を受ける義務|(?:支払|資本取引)[^。]{0,60}?許可|(?:してはならない|禁止)[。\s\u3000]*(?:[一二三四五六七八九十]+[\s\u3000])?[^。]{0,80}?財産[^。]{0,80}?(?:処分|譲渡|移転|取引))`],
        none: [String.raw`(?:没収)`],
      },
    ],
    elements: {
      'make-available': { all: [String.raw`(?:財産|金銭|資金)[^。]{0,40}?(?:提供|供与)|(?:提供|供与)[^。]{0,40}?(?:財産|金銭|資金)|(?:に対し|に対して)[^。]{0,30}?(?:支払|財産の提供)|支払(?:い)?(?:を|の)?[^。]{0,20}?(?:指定者|指定された者)|(?:指定者|指定された者)に対する(?:支払|財産の提供)`] },
    },
    placement: ['凍結|禁止|財産'],
  },
  'measures.entry-ban': {
    anchors: [{ all: [String.raw`(?:上陸(?:を)?(?:拒否|禁止|させない|を許可しない|することができない)|上陸の(?:拒否|禁止)|査証[^。]{0,30}?(?:発給してはならない|発給しない|取り消)|第五条第一項各号のいずれかに該当する者とみなし|(?:出入国管理及び難民認定法|同法)[^。]{0,40}?第五条第一項第[一二三四五六七八九十]+号に(?:掲げる|該当する)者とみなし|第五条第一項[^。]{0,60}?号を加える|入国[^。]{0,20}?(?:禁止|拒否))`] }],
    elements: {},
    placement: ['上陸|入国'],
  },
  'measures.penalties': {
    anchors: [{ all: [String.raw`(?:に処する|に処し|罰金|拘禁刑|懲役|科料|罰則)`] }],
    elements: {
      breach: { all: [String.raw`(?:違反|{CIRCUMVENT}|規定に違反|禁止に違反)`] },
      'in-bill': { all: [String.raw`(?:罰則[^。]{0,20}?(?:政令|省令)で定める)`] },
      reach: { all: [String.raw`(?:法人|者|金融機関|事業者)`] },
    },
    placement: ['罰則|違反'],
  },
  'measures.mandatory': {
    duties: {
      consider: { all: [String.raw`(?<verb>考慮|勘案|参酌|しん酌)(?=[^。]{0,4}(?:しなければ|する|しな|す))`, String.raw`(?:情報|資料|意見)`] },
      decide: { all: [String.raw`(?:求め|申請|申出|請求)[^。]{0,120}?(?<verb>判断|決定|審査|検討)(?:し|する|を行)`] },
      answer: { all: [String.raw`(?:求めをした|申請をした|申出をした|提供をした|提供等をした|当該委員会)[^。]{0,80}?(?<verb>通知|報告|回答)`] },
      report: { all: [String.raw`{LEG}に[^。]{0,60}?(?<verb>報告|提出)`] },
      notify: { all: [String.raw`{LEG}に[^。]{0,40}?(?<verb>通知)`] },
    },
    placement: ['報告|求め|申請|考慮'],
  },
  'coordination.information-sharing': {
    anchors: [{ all: [String.raw`(?:情報|資料)`, String.raw`{FOREIGN}`] }],
    elements: {
      outbound: { all: [String.raw`{FOREIGN}[^。]{0,40}?(?:に対し|に)[^。]{0,80}?(?:情報|資料)[^。]{0,30}?(?:提供|交換)|(?:情報|資料)の交換`] },
      inbound: { all: [String.raw`(?:{FOREIGN}[^。、]{0,8}?|これらの者)から[^。]{0,60}?(?:提供を受け|受領|入手|受け)|(?:情報|資料)の交換|{FOREIGN}[^。]{0,30}?から提供された|{FOREIGN}[^。]{0,20}?に対し[^。]{0,80}?(?:情報|資料)の提供を求め|その提供を受け`] },
      protection: { all: [String.raw`(?:秘密|目的以外の目的|第三者に提供されない|確約|保護|漏え?い|機密)`] },
    },
    placement: ['情報|外国政府'],
  },
  'coordination.allies': {
    // Partners' own designations: 外国政府が行った指定, 措置を講ずる外国政府.
    anchors: [{ all: [String.raw`{FOREIGN}[^。]{0,12}?(?:が(?:行った|行う|講じた|講ずる)|の(?:行う|講ずる)|による|において)[^。]{0,40}?(?:指定|措置|制裁)|{FOREIGN}[^。]{0,12}?が[^。]{0,120}?(?:指定|措置|制裁)を(?:講じ|行っ|し)|(?:措置|制裁)を講ずる{FOREIGN}|{FOREIGN}が[^。]{0,30}?(?:講じた|行った|講ずる|行う)[^。]{0,20}?(?:指定|措置|制裁)`] }],
    elements: {
      coordinate: { all: [String.raw`(?:{FOREIGN}[^。]{0,160}?(?:考慮|勘案|協議|連携|協調|調整|指定をするかどうかを(?:決定|判断|検討))|(?:考慮|勘案|協議|連携|協調|調整)[^。]{0,160}?{FOREIGN})`], none: [String.raw`(?:報告|状況)`] },
    },
    placement: ['外国政府|連携|協力', '指定'],
  },
  'coordination.public-list': {
    anchors: [{ all: [String.raw`(?:官報[^。]{0,20}?公示|公示し|公表し|公表する|公示する|インターネット)`], none: [String.raw`(?:指針|報告を国会に提出したとき)`] }],
    elements: {
      persons: { all: [String.raw`(?:指定|氏名|名称|名簿|対象者)`] },
      duty: { all: [String.raw`(?:公示|公表)(?:する)?{MAY}`] },
      'as-made': { all: [String.raw`(?:遅滞なく|直ちに|速やかに|ごとに|指定をしたとき|のたびに|{DEADLINE})`], none: [String.raw`(?:毎年|報告)`] },
      removals: { all: [String.raw`(?:解除|取消し|取り消|撤回)`], none: [String.raw`(?:毎年|報告)`] },
    },
    or: { removals: [{ all: [String.raw`(?:公示|公表)[^。]{0,100}?(?:解除|取消)|(?:解除|取消)[^。]{0,100}?(?:公示|公表)|(?:前項|第[一二三四五六七八九十]+項)の規定は[^。]{0,60}?(?:解除|取消)[^。]{0,20}?準用`], none: [String.raw`(?:毎年|報告)`] }] },
    placement: ['公示|公表', '指定'],
  },
};


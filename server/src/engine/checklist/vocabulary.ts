/**
 * Shared vocabulary: how each drafting tradition names the legislature, the
 * executive, a duty, a deadline… Lessons refer to these as `{NAME}` in their
 * patterns. Adding a synonym here reaches every lesson that uses the entry.
 */
import type { Language } from '../types.js';

/**
 * Entries a bill can extend with its own defined terms: a term whose
 * definition names the legislature (“relevant committee” means a committee of
 * either House) is read as the legislature wherever it is used.
 */
export const ALIASED = ['LEG', 'NGO'];

export const VOCABULARY: Record<Language, Record<string, string>> = {
  en: {
    /** The legislature or one of its committees, in the US, Commonwealth, EU and Baltic traditions. */
    LEG: String.raw`\b(?:parliament|congress|the diet|tynwald|oireachtas|bundestag|knesset|sejm|storting|folketing|riksdag|national assembly|legislative (?:council|yuan)|states assembly|house of keys|(?:the |a |its )?legislature|legislative assembly|saeima|riigikogu|seimas|(?:each|either|both) houses?(?: of)?|house of (?:commons|representatives|lords|councillors)|the senate|(?:appropriate |relevant )?congressional committees?|parliamentary (?:joint |standing |select )?committee|(?:joint |standing |select )+committees?|(?:committee|commission)s? (?:of|on [a-z ,]+ of) (?:the )?(?:parliament|house|senate|diet|legislature|congress|assembly)|(?<!general )(?<!united nations )\bassembly\b|(?:foreign affairs|foreign relations|international (?:affairs|relations|development)|human rights|national security|defen[cs]e|justice|home affairs)(?: and [\w ]{1,30}?)? (?:select |standing )?committee|members of (?:parliament|congress|the (?:house|senate|diet))|european parliament)\b`,
    /** The executive that designates, reports and decides. */
    EXEC: String.raw`\b(?:minist(?:er|ry)|secretary(?: of state)?|president|governor[- ]in[- ]council|governor[- ]general|government|treasury|the council|the commission|high representative|cabinet|attorney[- ]general|competent authorit(?:y|ies)|the department|the office)\b`,
    /** Words that make a provision a duty. */
    // "[must][may]" in a consultation draft leaves the choice open: a bracketed modal is not a duty.
    MUST: String.raw`(?:(?<!\[)(?:shall|must)(?!\])|is required to|are required to|is to|are to|has a duty to|is obliged to|is under a duty to)`,
    /** Words that make it a discretion. */
    MAY: String.raw`(?:may|is entitled to|is permitted to|is authori[sz]ed to|can)`,
    /** Words that hope rather than oblige: not a duty. */
    SOFT: String.raw`(?:should|will endeavour to|endeavours? to|(?:is|are) expected to|(?:is|are) not (?:obliged|required) to|need not)`,
    /** Any modal, for finding the one that governs a verb. */
    MODAL: String.raw`(?:shall|must|should|will endeavour to|endeavours? to|(?:is|are) expected to|(?:is|are) not (?:obliged|required) to|need not|(?<!the case )may|is required to|are required to|is to|are to|has a duty to|is obliged to|is entitled to|is permitted to|is authori[sz]ed to)`,
    /** A short stretch of the same sentence. */
    GAP: String.raw`[^;]{0,160}?`,
    /** A stated interval or deadline for something recurring or owed. */
    PERIOD: String.raw`(?:annual(?:ly)?|(?:each|every) (?:\d+|twelve|six|three)[- ]month period|(?:each|every) (?:calendar |financial |fiscal |parliamentary |reporting )?(?:year|period)|every \w+ (?:months|years)|once (?:a|each|every|in each) (?:year|\w+ months)|at least once|quarterly|half-yearly|semi-annually|bi-?annually|(?:not later than|no later than|within|before the end of|at least|at intervals of(?: not more than)?) [\w()\[\] -]{0,40}?(?:days?|weeks?|months?|years?)\b|\b\d+ (?:sitting )?days? (?:after|before|of|from)|\bon (?:or before )?(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2})? (?:of )?each year|\d{1,2} (?:january|february|march|april|june|july|august|september|october|november|december) (?:of )?each year)`,
    /** A deadline measured from an event. */
    DEADLINE: String.raw`(?:(?:not later than|no later than|within|before the end of|at least|before the expiry of|in any event within) [\w()\[\] -]{0,30}?(?:sitting |business |working |calendar )?(?:days?|weeks?|months?)\b|\b\d+ (?:sitting |business |working )?days? (?:after|before|of|from))`,
    /** Designating, listing, specifying or sanctioning a person. */
    DESIGNATE: String.raw`(?:designat\w*|de-?list\w*|\blist(?:ed|ings?|s)?\b|included in(?:,? and removed from,?)? (?:annex|the list)|(?:added to|removed from|entered (?:on|in)|deleted from)(?: or (?:added to|removed from|deleted from))? (?:the )?(?:annex|list|register|schedule\b(?! \d))|prohibitions? on entry|(?:entry|travel) bans?|specif(?:y|ied|ies|ying)|sanction\w*|impos\w* (?:the |any )?(?:measures|sanctions|restrictions)|subject to (?:the |any )?(?:measures|sanctions|restrictions)|restrict\w* dealings|make (?:any )?(?:orders?|regulations) (?:restricting|ordering|in respect of)|involved persons?|eligible persons?|sanctionable)`,
    /** A person who can be sanctioned. */
    PERSON: String.raw`\b(?:persons?|individuals?|entit(?:y|ies)|foreign nationals?|natural or legal|aliens?|foreigners?|non-citizens?|bod(?:y|ies) corporate)\b`,
    /** The act of designating (a power or duty to designate, or being designated), not a mention of "a designated person". */
    DESIGNATING: String.raw`(?:\b(?:may|shall|must|is|are|be|been)\b[,\s]+(?:[\w()]+,?\s+){0,8}?(?:(?<!\b(?:a|an|the|any|each|such|every|no|of|by|for|to|that) )designat\w*(?! (?:persons?|individuals?|entit(?:y|ies)|aliens?|foreign nationals?)\b)|listed\b|list (?:a |an |the |any |such )?(?:natural |legal |foreign )?(?:persons?|individuals?|entit|nationals?|aliens?)|specif(?:y|ied)\b|impose|apply (?:a |an )?(?:prohibition|ban|measure|sanction)s?\b|block(?:ed|s)?\b|make (?:any )?orders?|(?:added|entered) (?:to|on|in) the (?:list|register)|included in the (?:[\w-]+ ){0,2}?(?:list|register)\b|amend (?:annex|the (?:annex|list|register))\b|prohibit\w* from entering|(?:prohibition|ban|measure|sanction)s?\b[^;]{0,60}\b(?:may|shall|must|is|are) be applied|(?:banned|barred|refused) (?:from )?entry|(?:add|enter|include) (?:a |an |the |any )?(?:[\w-]+ ){0,4}?(?:persons?|individuals?|entit\w*) (?:on|to|in) the (?:list|register|schedule)|include (?:the )?(?:natural|legal|persons?|individuals?|entit)|include,\s+(?:irrespective|regardless) of [^;]{0,100}?(?:natural|legal|persons?|individuals?|entit))\b|\b(?:measures|prohibitions|restrictions|sanctions)\b[^;]{0,60}\bappl(?:y|ies) to (?:the )?natural (?:or|and) legal persons\b)`,
    /** Humanitarian work, however the bill names it. */
    HUMANITARIAN: String.raw`(?:\bhumanitarian\b(?! law)|\brelief (?:operations?|work|activit(?:y|ies)|assistance|supplies|organi[sz]ations?)|\b(?:emergency|disaster) relief\b)`,
    /** Non-governmental sources, without "any person" or "the public". */
    NGO_BODIES: String.raw`\b(?:non-?government(?:al)? organi[sz]ations?|nongovernmental|ngos?|civil society(?: organi[sz]ations?)?|human rights (?:defenders|organi[sz]ations|groups)|private (?:organi[sz]ations?|bodies|groups) (?:engaged|active|working|involved) in [\w ,]{0,40}?human rights|victims?|charit(?:y|ies)|community organi[sz]ations)\b`,
    /** A sentence that designates, lists or sanctions a person, or bars an alien's entry. */
    DESIGNATION: String.raw`(?:designat\w*|\blist(?:ed|ing)?\b|\bspecif(?:y|ies|ied)\b(?= (?:a |an |the |any )?(?:persons?|individuals?|entit|foreign|names?))|\b(?:persons?|entities|individuals) specified\b|impos\w* (?:the |any )?(?:sanctions|measures)|subject to (?:the |any )?(?:sanctions|measures)|involved persons?|eligible persons?|sanctionable|restrict\w* dealings|make (?:any )?(?:orders?|regulations)\b[^;]{0,200}\b(?:foreign nationals?|persons?|individuals?)|appl(?:y|ies|ied)\w* (?:a |an )?(?:prohibition|ban|measure|sanction)s?\b|block\w* (?:the |all )?(?:property|assets|transactions)|(?:impos|issu)\w* (?:a |an )?(?:entry ban|prohibition on entry|travel ban))`,
    /** Reasons or grounds for a decision. */
    REASONS: String.raw`(?:\breasons?\b|(?<!reasonable )\bgrounds\b(?! (?:on which|for|of) (?:the )?(?:revocation|removal|variation|application|request))|\bbasis for\b|\bjustification\b|statement of (?:the )?case|\brationale\b)`,
    /** Non-governmental sources: NGOs, civil society, victims, the public. */
    NGO: String.raw`\b(?:non-?government(?:al)? organi[sz]ations?|nongovernmental|\bngos?\b|civil society|human rights (?:defenders|organi[sz]ations|groups)|private (?:organi[sz]ations?|bodies|groups) (?:engaged|active|working|involved) in [\w ,]{0,40}?human rights|victims?|any person|members of the public|the public|interested persons?|charit(?:y|ies)|community organi[sz]ations)\b`,
    /** Foreign governments and partner jurisdictions. */
    FOREIGN: String.raw`\b(?:foreign (?:governments?|states?|countries|jurisdictions|authorities|partners)|other (?:countr(?:y|ies)|governments?|states?|jurisdictions?)|(?:eu|nato|european union) member(?: states?)?|member states of the (?:european union|eu|north atlantic treaty organi[sz]ation)|partner[- ](?:countr(?:y|ies)|states?|jurisdictions?|governments?)|(?:partner|allied|like-minded|friendly) (?:countries|governments?|jurisdictions?|states?|nations?)|international partners|other member states|another member state|(?:the )?g7|(?:another|a) (?:foreign )?(?:country|state|government|jurisdiction)|third (?:countries|states)|(?:governments?|authorities|president|council) of (?:the )?(?:united states|united kingdom|canada|australia|new zealand|european union|japan)|(?:the )?(?:united states|united kingdom|canada|australia|new zealand|european union),? (?:or |and )?(?:the )?(?:united states|united kingdom|canada|australia|new zealand|european union)|(?:the )?governments? of (?:any|another|a foreign|other|any other|any such|each such|such) (?:country|countries|state|states)|(?:the )?governments? of (?:countries|states) (?:that are )?(?:allie[sd]|partners?)|any (?:foreign )?(?:country|government))\b`,
    /** An objective evidentiary threshold. */
    THRESHOLD: String.raw`(?:credible (?:evidence|information)|reasonable grounds|good reasons? to (?:believe|suspect)|reasonable cause to (?:suspect|believe)|reasonably (?:suspects?|believes?)|balance of probabilities|substantial (?:evidence|grounds)|sufficient evidence|clear and convincing|well-founded (?:grounds|suspicion)|serious grounds)`,
    /** A subjective test. */
    SUBJECTIVE: String.raw`(?:is satisfied|if satisfied|are satisfied|of the opinion|considers? (?:to be|that)|(?:that|whom|who) (?:the [\w ]{1,30} )?considers?\b|considers? (?:it |that it is )?(?:appropriate|necessary|desirable)|thinks? fit|(?:deems?|finds?) (?:it )?(?:appropriate|necessary)|in the national interest|sees fit|determines?)`,
    /** Human-rights grounds. */
    HUMAN_RIGHTS: String.raw`(?:human rights|torture|extrajudicial|extra-judicial|right to life|enforced disappearances?|arbitrary (?:detention|arrest)|genocide|crimes against humanity|slavery|forced labou?r|cruel,? inhuman)`,
    /** Corruption grounds. */
    CORRUPTION: String.raw`(?:corrupt\w*|brib\w*|misappropriat\w*|embezzl\w*|kleptocra\w*|illicit enrichment|expropriation of (?:private or public )?assets)`,
    /** The designation provision of an Act that a bill amends: Global Magnitsky Act §1263(a) (22 U.S.C. 10102(a)). */
    AMENDED_DESIGNATION: String.raw`(?:\bsection 1263\(a\) of the Global Magnitsky\b|\b10102\(a\))`,
    /** A power to make subordinate law that "may" provide for a measure. */
    ENABLING: String.raw`(?:(?:may|is empowered to) (?:by (?:order|regulation)s? )?(?:make|issue|adopt|prescribe) (?:any )?(?:such )?(?:orders?|regulations|rules|instruments?)|(?:regulations|orders?|rules|instruments?)\b[^;]{0,60}?\bmay\b[—–:-]?\s*(?:do (?:any|all|one or more|either|both) of the following[—–:-]?\s*)?(?:\(\w+\)\s*)?(?:[\w,]+\s+){0,4}?(?:provide|prescribe|make provision|include|impose|prohibit|require|specify|restrict|create|freeze|block|bar|ban|exclude|refuse|cancel|revoke|grant|authori[sz]e)|may by regulations?|\bmay\b[^;]{0,200}?\bby (?:an? )?(?:order|regulation|decree|instrument)s?,? (?:cause|provide|prescribe|require|prohibit|restrict|impose|freeze|block)|\bmay (?:impose|introduce)\b[^;]{0,160}?\b(?:obligation|requirement) to obtain (?:prior )?(?:permission|authori[sz]ation|a licen[cs]e))`,
    /** A power for regulations to set the listing criteria or grounds themselves. */
    ENABLING_CRITERIA: String.raw`(?:regulations|orders?|rules|instruments?)\b[^;]{0,60}?\bmay\b[^;]{0,40}\b(?:specify|prescribe|set out|provide for|include|determine)\b[^;]{0,40}\b(?:criteria|grounds|conduct|categories|matters)\b`,
    /** Sentences about breaching the sanctions (not accomplices of the abuses). */
    CIRCUMVENT: String.raw`(?:circumvent\w*|contraven\w*|breach\w* of (?:a |the )?(?:prohibition|sanction|regulation|order)|evad\w*|avoid\w* (?:a |the )?(?:prohibition|sanction))`,
  },
  ja: {
    LEG: String.raw`(?:国会|衆議院|参議院|両議院|各議院|(?:外務|外交防衛)委員会|議院の委員会)`,
    EXEC: String.raw`(?:政府|内閣|外務大臣|財務大臣|法務大臣|主務大臣|大臣)`,
    // The modal follows the verb, whatever its ending: 報告しなければならない, 聴かなければならない, 講じなければならない.
    MUST: String.raw`(?:なければならない|なければならず|ものとする)`,
    MAY: String.raw`(?:ことができる)`,
    MODAL: String.raw`(?:なければならない|なければならず|ものとする|ことができる)`,
    GAP: String.raw`[^。]{0,160}?`,
    PERIOD: String.raw`(?:毎年|毎年度|年一回|少なくとも年|[〇一二三四五六七八九十百０-９0-9]+(?:日|月|箇月|か月|年)以内|遅滞なく)`,
    DEADLINE: String.raw`(?:[〇一二三四五六七八九十百０-９0-9]+(?:日|箇月|か月|月)以内)`,
    DESIGNATE: String.raw`(?:指定|公示|制裁|措置を講ずる|対象者)`,
    REASONS: String.raw`(?:理由|根拠)`,
    NGO: String.raw`(?:非政府組織|市民社会|民間団体|被害者|何人も|国民)`,
    FOREIGN: String.raw`(?:外国政府|外国(?!人|為替|貿易)|他国|関係国|同盟国|同志国)`,
    THRESHOLD: String.raw`(?:相当な理由|相当の理由|信ずるに足りる|信頼できる(?:証拠|情報))`,
    SUBJECTIVE: String.raw`(?:認めるとき|必要があると認める|適当と認める)`,
    HUMAN_RIGHTS: String.raw`(?:人権|拷問|超法規的殺害|強制失踪|恣意的な拘禁|ジェノサイド|奴隷)`,
    CORRUPTION: String.raw`(?:腐敗|汚職|贈賄|収賄|横領)`,
    ENABLING: String.raw`(?:政令で定める|政令で定めるところにより)`,
    CIRCUMVENT: String.raw`(?:潜脱|違反)`,
    SOFT: String.raw`(?:努めなければならない|努めるものとする|努める)`,
    NGO_BODIES: String.raw`(?:非政府組織|市民社会|民間団体|人権(?:の擁護)?(?:に関する)?(?:団体|活動を行う(?:者|団体))|人権擁護団体|被害者)`,
    HUMANITARIAN: String.raw`(?:人道支援|人道上の(?:支援|活動|目的|援助)|人道的(?:な)?(?:支援|援助|活動))`,
    DESIGNATING: String.raw`(?:指定(?:する|し|すること|をする|をし)|指定することができる|指定しなければならない|指定するものとする)`,
  },
};

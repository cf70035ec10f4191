import type { LessonSpec } from './schema.js';
import { TOKYO_2021 } from './sources.js';

const browderFreeze = { speaker: 'Browder', document: TOKYO_2021, paraphrase: "Freeze perpetrators' assets where they keep them, and bar their entry." };
const nakatani = { speaker: 'Nakatani', document: TOKYO_2021, paraphrase: 'An immigration ban on specific violators.' };
const namkoong = { speaker: 'Namkoong', document: TOKYO_2021, paraphrase: 'Loss of access to finance is the deterrent; banks and companies that deal with listed persons face sanctions too.' };
const browderDiscretion = { speaker: 'Browder', document: TOKYO_2021, paraphrase: 'Implementation left to discretion weakens the regime.' };

export const MEASURES: LessonSpec[] = [
  {
    id: 'measures.asset-freeze',
    area: 'measures',
    title: { en: 'Asset freeze' },
    severity: 'error',
    sources: [browderFreeze, namkoong],
    why: { en: 'Freezing property and barring anyone from making funds available cuts the violator off from the financial system where the assets are kept.' },
    missing: { en: 'The bill neither freezes the property of designated persons nor bans making funds or economic resources available to them.' },
    mode: 'anchored',
    enabling: true,
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`\b(?:freez\w*|frozen|block(?:ed|ing)?\b[^;]{0,40}\b(?:property|transactions|assets|funds)|(?:property|assets|funds)[^;]{0,60}\b(?:is|are|shall be) blocked|seiz\w*|restrain\w*|restrict\w* (?:any )?dealings?|deal(?:s|ing)?,? (?:directly or indirectly,? )?(?:in|with) (?:[\w-]+ ){0,3}?(?:funds|property|economic resources|assets?)|immobili[sz]\w*|dealings? with\b|obligation to obtain permission\b[^;]{0,80}\b(?:payments?|capital transactions?)|(?:payments?|capital transactions?)\b[^;]{0,80}\b(?:subject to|requir\w*) (?:the )?(?:prior )?permission|dispos\w* of (?:any )?(?:property|assets|funds)|transactions in (?:all )?property)`],
            none: [String.raw`\b(?:forfeit\w*)\b(?![^;]*freez)`, String.raw`(?<!\brequirements\b[^;]{0,60})\b(?:shall not|does not|do not) apply\b`, String.raw`\bby way of derogation\b`],
          },
        },
        elements: [
          {
            id: 'make-available',
            label: { en: 'a ban on making funds or economic resources available to the person' },
            // Often a provision of its own just beside the freeze (UK regs 11 and 12), but not one far away.
            scope: 'neighbours',
            cue: { en: { all: [String.raw`(?:\bmak\w* (?:any |an? )?(?:funds|economic resources|property|assets?|financial services|goods)[^;]{0,80}\bavailable|\b(?:made|make|making|be|being) available[^;]{0,60}\b(?:to|for the benefit of)\b[^;]{0,40}(?:designated|listed|person)|\bprovid\w* (?:any )?(?:funds|financial (?:or related )?services|economic resources)|all transactions in all property|for the benefit of (?:a |the |any )?(?:designated|listed)|\b(?:making|provision) of (?:any )?(?:contributions?|funds)\b[^;]{0,80}\b(?:to|for the benefit of)\b|\b(?:make|making) (?:any |a )?payments?\b[^;]{0,60}\b(?:to|for the benefit of)\b|\bprovid\w* (?:any )?(?:property|assets|services)\b[^;]{0,60}\b(?:to|for the benefit of)\b)`], none: [String.raw`\b(?:by way of derogation|may (?:authori[sz]e|permit|grant))\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['freez|asset|property|prohibit|sanction'] },
  },
  {
    id: 'measures.entry-ban',
    area: 'measures',
    title: { en: 'Entry ban' },
    severity: 'warning',
    sources: [browderFreeze, nakatani],
    why: { en: 'Barring entry denies violators the travel, study and property abroad that they value, and is often the first measure a legislature can agree on.' },
    missing: { en: 'The bill has no entry ban, inadmissibility, or visa refusal or revocation for designated persons.' },
    mode: 'anchored',
    enabling: true,
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`(?:\binadmissib\w*|\b(?:ineligible|not (?:be )?eligible)\b[^;]{0,60}\b(?:visa|enter|entry|admi\w*)|\bvisas?\b[^;]{0,120}\b(?:revok\w*|refus\w*|cancel\w*|den\w*|ineligib\w*)|\b(?:revok\w*|refus\w*|cancel\w*|den(?:y|ied|ial))[^;]{0,80}\bvisas?\b|\b(?:prohibit\w*|bar(?:red)?|ban\w*|refus\w*|den(?:y|ied|ial)|prevent\w*)\b[^;]{0,60}\b(?:entry|entering|enter|admission|transit)\b|\b(?:entry|admission|transit)\b[^;]{0,40}\b(?:prohibit\w*|ban\w*|refus\w*|barred|denied)|\bleave to (?:enter|remain)\b[^;]{0,60}\b(?:refus\w*|cancel\w*)|\bexcluded persons?\b|\bprohibited immigrants?\b|\b(?:landing|admission|entry)\b[^;]{0,40}\b(?:refus\w*|den(?:y|ied)|not be permitted)|\brefus\w*[^;]{0,30}\blanding\b|\b(?:den(?:y|ied)|refus\w*)\s+(?:landing|entry|admission)\b|\bnot be permitted to (?:land|enter)\b|\brefus\w*[^;]{0,80}\b(?:a )?permission to (?:land|enter)\b|\brevok\w*[^;]{0,30}\bstatus of residence\b|\bnot (?:grant|give|issue)\w* (?:permission|leave|a visa)?\s*(?:for |to )?(?:landing|entry|enter|admission)\b|\bnot be (?:given|granted|issued) (?:a |any )?(?:permission|leave|visa)\b[^;]{0,20}\b(?:to )?(?:land|enter|be in)\b|\b(?:immigration|aliens?|entry|visas?|migration)\b[^;]{0,60}\bact\b[^;]*\b(?:is|are) (?:hereby )?(?:amended|supplemented)\b[^;]*\b(?:designat\w*|subject of an order|listed|sanction\w*|prohibition on entry))`],
          },
        },
        elements: [],
      },
    ],
    placement: { en: ['entry|immigration|visa|travel|sanction'] },
  },
  {
    id: 'measures.penalties',
    area: 'measures',
    title: { en: 'Offences and penalties' },
    severity: 'warning',
    sources: [namkoong],
    enabling: true,
    why: { en: 'Offences and penalties that reach companies and financial institutions give the prohibitions force; without them a freeze is a request.' },
    missing: { en: 'The bill creates no offence or penalty for breaching its prohibitions.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`\b(?:commits? an offen[cs]e|guilty of an? (?:\w+ )?offen[cs]e|(?:is|constitutes) an offen[cs]e|(?:liable|subject) (?:on (?:summary )?conviction|to (?:a fine|imprisonment|a (?:civil |monetary )?penalty|the penalties|penalties))|punishable|rules on penalties|penalties (?:applicable|set forth|provided|for)|civil penalt\w*|impos\w* (?:a )?(?:monetary |civil )?penalt\w*|(?:offen[cs]es|penalties) (?:under|for)|(?:shall|must|may) be punished|fines?\b[^;]{0,80}\b(?:shall|must) be imposed|criminal liability|administrative offen[cs]e|incurs? (?:a )?(?:fine|penalty))\b`],
            // "The penalties provided for shall be effective, proportionate and dissuasive": the EU's words on penalties others lay down.
            none: [String.raw`\bthe penalties (?:so )?provided for (?:shall|must) be effective\b`, String.raw`\b(?:brief|report|inform)\w*\b[^;]{0,100}\b(?:on|regarding|concerning|describing) (?:the )?(?:civil |criminal )?penalties\b`],
          },
        },
        elements: [
          { id: 'breach', core: true, label: { en: 'a breach of the prohibitions' }, scope: 'clause', cue: { en: { all: [String.raw`\b(?:contraven\w*|breach\w*|violat\w*|fail\w* to comply|infring\w*|circumvent\w*|prohibition|in contravention|commits? an offen[cs]e if (?:the person|it|they|he or she)\b[^;]{0,80}\b(?:deals?|uses?|makes?|provides?|transfers?|enters?))`] } } },
          {
            id: 'in-bill',
            absent: true,
            label: { en: 'penalties laid down in the bill itself (it leaves them to another body)' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:member states|each member state|(?:the )?(?:competent authorit(?:y|ies)|states parties))\b[^;]{0,60}\b(?:shall|must)\b[^;]{0,40}\b(?:lay down|determine|establish|adopt)\b|\brules on penalties\b|\b(?:shall|must)\b[^;]{0,80}\b(?:make|issue|adopt)\b[^;]{0,30}\b(?:regulations?|orders?|rules)\b[^;]{0,60}\b(?:creat\w*|establish\w*|prescrib\w*|lay\w* down|provid\w* for)\b[^;]{0,30}\b(?:offences?|penalt\w*)|\bmay (?:by (?:regulations?|order) )?(?:create|provide for|prescribe) (?:offences|penalties)`] } },
          },
          { id: 'reach', label: { en: 'reach to companies and financial institutions' }, scope: 'provision', cue: { en: { all: [String.raw`\b(?:persons?|body corporate|bodies corporate|compan(?:y|ies)|entit(?:y|ies)|financial institutions?|legal persons?|business(?:es)?)\b`] } } },
        ],
      },
    ],
    placement: { en: ['offen|penalt|enforcement', 'prohibit|freez'] },
  },
  {
    id: 'measures.mandatory',
    area: 'measures',
    title: { en: 'Duties worded as duties' },
    severity: 'information',
    sources: [browderDiscretion],
    why: { en: 'Where the executive “may” consider, decide, answer or report, it may also not; the regime then works only as far as the government of the day wants it to.' },
    missing: { en: 'The bill places no duty on the executive to consider information, decide on requests or applications, answer those who make them, or report or notify the legislature.' },
    mode: 'duties',
    duties: [
      { id: 'consider', label: { en: 'considering information' }, cue: { en: { all: [String.raw`\b(?:consider|take into account|take into consideration|have regard to|take account of)\b(?=[^;]{0,80}\b(?:information|evidence|submissions?|recommendations?)\b)`] } } },
      { id: 'decide', label: { en: 'deciding on requests or applications' }, cue: { en: { all: [String.raw`\bconsider\b(?=\s+(?:an?|the|each|any|every)\s+(?:such\s+)?(?:application|request|recommendation|proposal)s?\b)|\b(?:determine|decide|make (?:a |the )?(?:decision|determination)|dispose of|review (?:the|its|his|her|that) (?:decision|application|request))\b(?=[^;]{0,100}\b(?:request|application|observations|proposal)s?\b)|\b(?:request|application|observations|proposal)s?\b[^;]{0,100}?\b(?<verb>determine|decide|review|make a (?:decision|determination))\b`] } } },
      { id: 'answer', label: { en: 'answering submitters or requesters' }, cue: { en: { all: [String.raw`\b(?:inform|notify|respond|reply|answer|acknowledge|tell|report)\b(?=[^;]{0,100}\b(?:requesters?|requesting|submitters?|applicants?|(?:person|organi[sz]ation) (?:who|that|which) (?:made|submitted)|(?:person|entity|body) concerned)\b)`] } } },
      {
        id: 'report',
        label: { en: 'reporting to the legislature' },
        cue: {
          en: {
            all: [String.raw`\b(?:report|submit|lay|transmit|table|present)\b(?:\s+[\w,]+){0,8}?\s+(?:to|before)\s+(?:the |each |either |both )?{LEG}|\b(?:submit|lay|transmit|table|present|prepare|provide)\b[^;]{0,80}?\b(?:a|an|the|its) (?:annual |periodic |written )?report\b`, '{LEG}'],
            none: [String.raw`\b(?:relevant firms?|financial institutions?|banks?)\b`],
          },
        },
      },
      { id: 'notify', label: { en: 'notifying the legislature' }, cue: { en: { all: [String.raw`\b(?:notif(?:y|ied)|inform(?:ed)?|la(?:y|id)|tabled?|presented?|transmitted?)\b(?=[^;]{0,80}{LEG})`] } } },
    ],
    placement: { en: ['report|request|application|consider'] },
  },
];

import type { LessonSpec } from './schema.js';
import { IPAC_2023, TOKYO_2021 } from './sources.js';

const henderson = { speaker: 'Henderson', document: TOKYO_2021, paraphrase: 'Australia gives civil society no part in administering its sanctions, though NGOs know the ground and can prepare briefs.' };
const kennedy = { speaker: 'Kennedy', document: TOKYO_2021, paraphrase: 'NGOs inform governments and press for listings.' };
const browder = { speaker: 'Browder', document: TOKYO_2021, paraphrase: 'The Human Rights First partnership with the State Department coordinates submissions so victims understand the standard of proof; Redress does this in the UK.' };
const cotler = { speaker: 'Cotler', document: TOKYO_2021, paraphrase: 'Institutionalise the role of parliament and civil society.' };
const ipac = { speaker: 'IPAC', document: IPAC_2023, paraphrase: 'Governments should coordinate with civil society.' };

/** Sentences about humanitarian assistance or licences are not a civil-society channel. */
/** Submissions about licences, delistings or the review of the Act itself are not a channel for proposing designations. */
const NOT_CHANNEL = String.raw`\b(?:humanitarian|licen[cs]\w*|permits?\b|revocation|variation|removal|de-?list\w*|cease to be (?:a )?designated|(?:in|when|for the purposes? of) (?:conducting|carrying out|undertaking|preparing) (?:the|a|its|that) review)`;

export const CIVIL_SOCIETY: LessonSpec[] = [
  {
    id: 'civil-society.submissions',
    area: 'civil-society',
    title: { en: 'Submissions from civil society' },
    severity: 'warning',
    sources: [henderson, kennedy, browder],
    why: { en: 'NGOs and victims often hold the best evidence; a set procedure to submit it, to a named authority, turns that knowledge into listings.' },
    missing: { en: 'No provision lets NGOs, victims or any person submit information or request a designation to a named authority.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`(?:{NGO_BODIES}[^;]*\b(?:information|evidence|submissions?|designat\w*|nominat\w*|names?|proposals?|requests?)\b|\b(?:information|evidence|submissions?|requests?)\b[^;]*{NGO_BODIES}|\b(?:any person|members of the public|the public|interested persons?)\b[^;]{0,40}\bmay\b[^;]{0,40}\b(?:submit\w*|send|lodge|make (?:a |an )?(?:submission|request|communication)|propose|(?:provid\w*|giv\w*|communicat\w*|pass\w*)\b[^;]{0,50}\b(?:information|evidence))\b)`],
            none: [NOT_CHANNEL],
          },
        },
        elements: [
          {
            id: 'procedure',
            label: { en: 'a procedure by which they may submit information or request a designation' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:submit\w*|send|lodge|file|make (?:a |an )?(?:submission|request|application|representation|proposal)|request (?:that|the|a)|propose|nominat\w*|put forward|ask\w*[^;]{0,40}\bto (?:designate|list|consider)|bring [^;]{0,40}to the attention|(?:provid\w*|giv\w*|pass\w*)(?: (?:the|a|an) [\w ]{0,50}?)? (?:with )?(?:information|evidence|material))`] } },
          },
          {
            id: 'authority',
            label: { en: 'a named authority that receives them' },
            scope: 'clause',
            cue: { en: { all: [String.raw`\b(?:to|with|give|giv(?:es|ing)|provide|send|ask|request|submit) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:{EXEC}|[\w ]{0,40}(?:office|unit|authority|commissioner|committee|board|registrar|panel|bureau|agency|department|ministry))\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['submission|information|civil society', 'designat'] },
  },
  {
    id: 'civil-society.consideration',
    area: 'civil-society',
    title: { en: 'Duty to consider information from NGOs' },
    severity: 'warning',
    sources: [kennedy, browder],
    why: { en: 'A duty to consider credible information from NGOs (and other governments), as the Global Magnitsky Act §1263(c) imposes, stops their evidence from being ignored.' },
    missing: { en: 'No provision requires the decision-maker to consider credible information from non-governmental organisations.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [
              String.raw`\b(?:consider\w*|take into account|take account of|take into consideration|have regard to|assess\w*|examin\w*|evaluat\w*)\b`,
              String.raw`\b(?:information|evidence|submissions?|material)\b`,
            ],
            none: [String.raw`\bhumanitarian\b`],
          },
        },
        elements: [
          {
            id: 'decision',
            core: true,
            label: { en: 'information considered in deciding on designations' },
            scope: 'provision',
            cue: { en: { all: [String.raw`\b(?:designat\w*|\blist(?:s|ed|ing)?\b|sanction\w*|entr(?:y|ies) on the list|prohibitions? on entry|entry bans?|whether to (?:designate|list|impose|apply)|(?:make|making|made) (?:an|the|such an) order\b|before (?:making|giving) (?:a |any )?recommendation\b|whether to recommend\b|\b(?:preparing|making) (?:a |the )?proposal\b|\b(?:added|add|removed|remove)\b[^;]{0,40}\b(?:to|from) the schedule\b)`] } },
          },
          {
            id: 'source',
            core: true,
            label: { en: 'information from non-governmental organisations' },
            scope: 'provision',
            cue: { en: { all: [String.raw`(?:non-?government(?:al)?|nongovernmental|\bngos?\b|civil society|human rights (?:organi[sz]ations|defenders|groups)|private (?:organi[sz]ations?|bodies|groups) (?:engaged|active|working|involved) in [\w ,]{0,40}?human rights|victims?\b|journalists|any (?:natural or legal )?person|associations? or foundations?)`] } },
          },
          {
            id: 'duty',
            label: { en: 'a duty to consider it' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`{MUST}{GAP}\b(?:consider|take into account|take into consideration|take account|have regard|assess|examine|evaluate)`] } },
            because: { cue: { en: { all: [String.raw`\b(?:may|{SOFT})\b`] } }, label: { en: 'a duty to consider it (the text says “may consider” or the like)' } },
          },
        ],
      },
    ],
    placement: { en: ['consider|information|designat'] },
  },
  {
    id: 'civil-society.guidance',
    area: 'civil-society',
    title: { en: 'Guidance and answers for submitters' },
    severity: 'warning',
    sources: [browder, henderson],
    why: { en: 'Submitters need to know the standard of proof and the form a submission takes, and to hear back in time; otherwise good evidence is wasted.' },
    missing: { en: 'The bill neither requires published guidance on the standard of proof and the form of submissions, nor a duty to acknowledge and answer submitters within a period.' },
    mode: 'anchored',
    needsOne: true,
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`\b(?:guidance|guidelines?|information note|submitters?|(?:person|organi[sz]ation|body) (?:who|which|that) (?:made|makes|submitted|submits|provided|provides)|submissions? (?:of information|under|made|received|from))\b`],
            none: [String.raw`\bhumanitarian\b`],
          },
        },
        elements: [
          {
            id: 'guidance',
            union: true,
            label: { en: 'published guidance on the standard of proof and the form of submissions' },
            scope: 'provision',
            cue: {
              en: {
                all: [String.raw`\b(?:publish\w*|issue\w*|make (?:publicly )?available|prepare and publish)\b`, String.raw`\b(?:guidance|guidelines?|information note)\b`, String.raw`\b(?:standard of (?:proof|evidence)|evidentiary|evidence|threshold|submissions?|communications?|requests? for designation)\b`],
                none: [String.raw`\blicen[cs]\w*|\bpermits?\b`],
              },
            },
          },
          {
            id: 'answer',
            union: true,
            label: { en: 'a duty to acknowledge and answer submitters within a period' },
            scope: 'provision',
            cue: {
              en: {
                all: [
                  String.raw`\b(?:acknowledg\w*|respond|reply|answer|inform|notify|tell|give (?:a |the )?(?:response|reply|answer|decision))\b`,
                  String.raw`\b(?:submitters?|submissions?|communications?|(?:its|the|their) authors?|(?:person|organi[sz]ation|body) (?:who|which|that) (?:made|makes|submitted|submits|provided|sent))`,
                  '{DEADLINE}',
                ],
              },
            },
          },
          {
            // Guidance the Minister "may" publish, or submitters the Minister "may" answer, is partial.
            id: 'duty',
            absent: true,
            label: { en: 'a duty (not “may”) to publish the guidance and to answer submitters' },
            scope: 'provision',
            cue: {
              en: {
                all: [
                  String.raw`\b(?:may|{SOFT})\b(?:\s+[\w,]+){0,3}?\s+(?:publish|issue|make (?:publicly )?available)\b[^;]{0,40}\b(?:guidance|guidelines?)|\b(?:may|{SOFT})\b(?:\s+[\w,]+){0,3}?\s+(?:acknowledg\w*|respond|reply|answer|inform|notify)\b[^;]{0,80}\b(?:submitters?|submissions?|(?:person|organi[sz]ation|body) (?:who|that|which) (?:made|submitted|provided))`,
                ],
              },
              ja: { all: [String.raw`(?:指針|ガイドライン)[^。]{0,60}?(?:公表|周知)(?:する)?{MAY}|(?:提供|求め|提出)[^。]{0,100}?(?:通知|回答|応答)(?:する)?{MAY}`] },
            },
          },
        ],
      },
    ],
    placement: { en: ['guidance|submission', 'designat'] },
  },
  {
    id: 'civil-society.institutional-role',
    area: 'civil-society',
    title: { en: 'A standing role for civil society' },
    severity: 'warning',
    sources: [cotler, ipac, henderson],
    why: { en: 'A standing advisory body, consultation in reviews or a formal partnership institutionalises what civil society brings, instead of leaving it to goodwill.' },
    missing: { en: 'No provision gives civil society a standing role: an advisory body that includes it, consultation in reviews, or a formal partnership.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`\b(?:advisory (?:body|board|committee|council|panel|group)|(?:board|committee|council|panel|forum|body)\b[^;]{0,40}\b(?:is|are|shall be|must be) (?:hereby )?(?:established|constituted|appointed)|establish\w* (?:a|an|the) [\w -]{0,50}?(?:committee|board|council|panel|forum|body|group))\b`],
            none: [String.raw`{LEG}`],
          },
        },
        // A body of officials alone gives civil society no role: membership is what makes it count.
        elements: [
          { id: 'civil-society', core: true, label: { en: 'membership or participation of civil society' }, scope: 'provision', cue: { en: { all: ['{NGO}'] } } },
        ],
      },
      {
        anchor: { en: { all: [String.raw`\b(?:partnership|memorandum of understanding|framework agreement)\b`, String.raw`(?:non-?governmental|nongovernmental|\bngos?\b|civil society|human rights (?:organi[sz]ations|defenders|groups)|victims)`] } },
        elements: [],
      },
      {
        anchor: { en: { all: [String.raw`\b(?:consult\w*|invit\w*(?: and consider)? (?:written )?(?:representations|submissions|comments|views)|seek\w* the views)\b`, String.raw`(?:non-?governmental|nongovernmental|\bngos?\b|civil society|human rights (?:organi[sz]ations|defenders|groups)|victims|the public|interested persons)`] } },
        elements: [
          { id: 'duty', label: { en: 'a duty to consult' }, scope: 'sentence', cue: { en: { all: [String.raw`{MUST}{GAP}\b(?:consult|invite|seek)|\bconsult\w*[^;]{0,80}(?:shall|must) (?:include|be)|\bafter consult\w*`] } } },
        ],
      },
    ],
    placement: { en: ['advis|consult|civil society', 'review'] },
  },
];

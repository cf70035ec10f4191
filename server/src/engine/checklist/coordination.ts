import type { LessonSpec } from './schema.js';
import { IPAC_2023, JFIR_2021, TOKYO_2021 } from './sources.js';

const ipac = { speaker: 'IPAC', document: IPAC_2023, paraphrase: 'Increase Magnitsky coordination to avoid disunity; G7 intelligence sharing on violations.' };
const igata = { speaker: 'Igata', document: TOKYO_2021, paraphrase: 'Governments need information-sharing mechanisms, as the UK and Canada had in sanctioning Belarus.' };
const nakatani = { speaker: 'Nakatani', document: TOKYO_2021, paraphrase: 'There are options for sharing evidence despite confidentiality.' };
const molina = { speaker: 'Molina', document: JFIR_2021, paraphrase: 'Sanctions work best on a multilateral basis.' };
const shaming = { speaker: 'Browder and Namkoong', document: TOKYO_2021, paraphrase: 'Naming and shaming is part of the effect.' };

const COORDINATE = String.raw`\b(?:consider\w*|take into account|take account of|have regard to|coordinat\w*|co-ordinat\w*|align\w*|consult\w*|cooperat\w*|co-operat\w*|in concert|rel(?:y|ying|ies) (?:on|upon)|mirror\w*|based on (?:a|the) designation|propos\w*|follow\w*|on the basis of|take effect|have effect|recogni[sz]\w*|give effect|examin\w*|treated as designated|deemed (?:to be )?designated)\b`;

/** What a public list publishes: the persons, their names, the designating instruments or notices. */
const PUBLISHED_THING = String.raw`\b(?:names?|persons?|individuals?|aliens?|foreign nationals?|list|lists|register|designat\w*|notices?|particulars|entr(?:y|ies)|reports?|decisions?|amendments?|orders?|regulations?|instruments?|revocations?|removals?|cancellations?)\b`;

/** A periodic report rather than publication as each decision is made. */
const PERIODIC = String.raw`\b(?:annual(?:ly)?|reports?|each (?:calendar |financial |fiscal )?year|every year)\b`;

/** Publication of removals only hoped for ("will endeavour to publish notice of each revocation"). */
const SOFT_PUBLICATION = String.raw`\b(?:will endeavour|endeavours? to|(?:is|are) expected to|should|may)\b(?:\s+[\w,]+){0,3}?\s+(?:publish|gazette|notify|make public)[^;]{0,80}\b(?:revo|remov|cancel|de-?list|terminat)`;

export const COORDINATION: LessonSpec[] = [
  {
    id: 'coordination.information-sharing',
    area: 'coordination',
    title: { en: 'Sharing information with partners' },
    severity: 'warning',
    sources: [igata, nakatani, ipac],
    why: { en: 'Evidence of violations is often held abroad; a two-way channel with foreign governments, with protection for sensitive material, lets allies build cases together.' },
    missing: { en: 'The bill gives no power to share information on violations with foreign governments or to receive it from them.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [
              String.raw`\b(?:shar\w*|disclos\w*|provid\w*|communicat\w*|exchang\w*|receiv\w*|obtain\w*|request\w*|transmit\w*|suppl(?:y|ied))\b`,
              String.raw`\b(?:information|evidence|intelligence|material)\b(?:(?!decisions?)[^;]){0,120}?\b(?:from|by|with|to)\b[^;]{0,40}?{FOREIGN}|{FOREIGN}[^;]{0,50}?\b(?:information|evidence|intelligence)\b|\b(?:shar\w*|exchang\w*|disclos\w*|provid\w*|communicat\w*|transmit\w*|receiv\w*|obtain\w*|request\w*)\b[^;]{0,50}?\b(?:to|with|from)\b[^;]{0,20}?{FOREIGN}`,
            ],
          },
        },
        elements: [
          { id: 'outbound', label: { en: 'a power to share information with foreign governments' }, scope: 'provision', cue: { en: { all: [String.raw`\b(?:shar(?:e|es|ing)|disclos(?:e|es|ing)|provid(?:e|es|ing)|communicat(?:e|es|ing)|exchang(?:e|es|ing)|transmit(?:s|ting)?|suppl(?:y|ies|ying)|give)\b[^;]{0,120}?\b(?:to|with)\b[^;]{0,100}?{FOREIGN}`] } } },
          { id: 'inbound', label: { en: 'a power to receive information from foreign governments' }, scope: 'provision', cue: { en: { all: [String.raw`(?:\bexchang\w*\b[^;]{0,120}{FOREIGN}|\b(?:receiv\w*|obtain\w*|request\w*|seek\w*|accept\w*)\b[^;]{0,80}?\bfrom\b[^;]{0,60}?{FOREIGN}|\b(?:receiv|obtain|request|seek|accept)\w*\b[^;]{0,60}\b(?:information|evidence|intelligence)\b|{FOREIGN}[^;]{0,60}\b(?:provid\w*|obtain\w*|shar\w*)|information (?:obtained|provided|received) (?:by|from))`] } } },
          { id: 'protection', label: { en: 'protection for sensitive material' }, scope: 'provision', cue: { en: { all: [String.raw`\b(?:confidential\w*|in confidence|not (?:be )?(?:used|disclosed|passed on)|classified|sensitive|protect\w*|safeguard\w*|undertak\w*|secur(?:e|ity)|privacy|personal data|(?:only|solely) (?:be )?used|(?:conditions?|restrictions?) (?:restricting|limiting|on) (?:its |the )?(?:further |onward )?(?:disclosure|use))\b`] } } },
        ],
      },
    ],
    placement: { en: ['information|sharing|cooperat|disclos'] },
  },
  {
    id: 'coordination.allies',
    area: 'coordination',
    title: { en: 'Coordination with partner jurisdictions' },
    severity: 'warning',
    sources: [ipac, molina],
    why: { en: 'Considering and coordinating with partners’ designations avoids disunity that lets violators move their assets to the one country that has not acted.' },
    missing: { en: 'The bill neither requires nor allows the executive to consider partner jurisdictions’ designations or to coordinate designations with them.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // Partners' own designations: made by them, theirs, or what they have done or are urged to do.
            all: [
              String.raw`(?:\b(?:designations?|designated|sanctions?|listings?|measures?|prohibitions? on entry|decisions?)\b[^;]{0,60}?\b(?:made|imposed|adopted|taken|maintained|applied|in force)?\s*(?:to (?:the same|that) (?:person|individual|alien|entity) )?(?:by|of|under the (?:law|laws) of)\b[^;]{0,30}?{FOREIGN}|{FOREIGN}(?:['’]s)?\s+(?:(?!(?:a|an|the)\b)\w+\s+){0,2}?(?:designations?|sanctions?|listings?|lists?|sanctions regimes?|(?:restrictive )?measures)\b|{FOREIGN}[^;]{0,60}?\b(?:has|have|had)\s+(?:been\s+)?(?:designated|listed|sanctioned|banned|barred|prohibited|refused|excluded|imposed|adopted)|{FOREIGN}[^;]{0,60}?\bto (?:impose|adopt)\b|{FOREIGN}[^;]{0,80}?\bcoordinat\w*\s+(?:designations?|sanctions?|listings?|measures)|\b(?:designations?|sanctions?|listings?|decisions?)\b[^;]{0,40}?\b(?:by|of)\s+(?:those|these|such|partner|foreign)\s+(?:governments?|states?|countries|jurisdictions?))`,
            ],
          },
        },
        elements: [
          {
            id: 'coordinate',
            label: { en: 'a duty or power to consider or coordinate with partners’ designations (not only to report on or encourage them)' },
            scope: 'sentence',
            // The verb must bear on the partners: "consult with other countries", not "in consultation with the Treasury".
            cue: { en: { all: [String.raw`(?:${COORDINATE}[^;]{0,160}?{FOREIGN}|{FOREIGN}[^;]{0,160}?${COORDINATE})`] } },
          },
        ],
      },
    ],
    placement: { en: ['coordinat|cooperat|international|designat'] },
  },
  {
    id: 'coordination.public-list',
    area: 'coordination',
    title: { en: 'A public list kept up to date' },
    severity: 'warning',
    sources: [shaming, ipac],
    why: { en: 'Publishing each designation and removal as it happens names and shames, warns banks and companies, and lets partners align.' },
    missing: { en: 'The bill does not require the designated persons to be published as each designation and removal is made.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // Publishing who is designated: names, a list or register, notices of designation (not a summary of reasons).
            // (A list that is only kept, with nothing making it public, is not a public list.)
            all: [String.raw`\bpublish\w* (?:it|them)\b|\b(?:maintain|keep)\w*\b[^;]{0,40}\b(?:list|register)\b(?=[^;]{0,160}\b(?:public\w*|website|internet|online|gazett\w*|inspect\w*)\b)|\b(?:maintain|keep)\w*\b[^;]{0,40}\bpublic (?:list|register)\b|\bupdat\w*\b[^;]{0,40}\b(?:list|register)\b|\b(?:publish\w*|publici[sz]\w*|publicity|gazett\w*|make public|made public|(?:made )?available to the public|notice in|public notice)\b[^;]{0,120}?${PUBLISHED_THING}|${PUBLISHED_THING}[^;]{0,80}?\b(?:published|gazetted|made public|available to the public|publicly available)\b|\bwhen\b[^;]{0,40}\bdesignates?\b[^;]{0,120}\b(?:shall|must)\b[^;]{0,40}\bpublish\w* (?:the fact|it|that fact|notice)\b|\bpublic(?:ly available)? (?:register|list)\b|\b(?:register|list)\b[^;]{0,60}\bwebsite\b|\bwebsite\b[^;]{0,60}\b(?:register|list|names?)\b`],
            // (Nor a clause leaving "the procedures for designation, public notice, revocation" to an order.)
            none: [String.raw`\b(?:guidance|guidelines)\b`, String.raw`\bprocedures? for\b[^;]{0,80}\bpublic notice\b`, String.raw`\bnot (?:be )?(?:made )?(?:public|published)\b`, String.raw`\bpublicly available (?:credible )?(?:information|evidence)\b`],
          },
        },
        elements: [
          {
            id: 'persons',
            core: true,
            label: { en: 'the designated persons' },
            scope: 'provision',
            cue: { en: { all: [String.raw`\b(?:designat\w*|\blist(?:s|ed|ing)?\b|persons?|names?|aliens?|foreign nationals?)\b`] } },
          },
          {
            id: 'duty',
            label: { en: 'a duty to publish (the text says “may”)' },
            scope: 'sentence',
            absent: true,
            cue: { en: { all: [String.raw`\bmay\b(?:\s+[\w,]+){0,3}?\s+(?:publish|gazette|make public|notify the public|keep a (?:public )?(?:list|register))`] } },
          },
          {
            id: 'as-made',
            union: true,
            label: { en: 'publication as each designation is made (not only in a periodic report)' },
            scope: 'clause',
            cue: {
              en: {
                all: [String.raw`\b(?:as soon as|without delay|promptly|forthwith|immediately|on the (?:day|date)|at the time|when (?:a|the|each)|upon|(?:each|every) (?:designation|decision|order|amendment|change|entry|listing|removal)|each time|up to date|updat\w*|after (?:making|a designation)|by (?:public )?notice (?:published )?in the (?:official )?(?:gazette|journal)|{DEADLINE})`],
                none: [String.raw`\b(?:annual(?:ly)?|reports?)\b`],
              },
            },
            // …or the published list must be updated at each decision, in a paragraph of its own.
            or: [{ scope: 'provision', cue: { en: { all: [String.raw`\b(?:list|register)\b[^;]{0,30}\b(?:shall|must|is to) be (?:updated|amended)\b[^;]{0,80}\b(?:each|every|within)\b`], none: [String.raw`\b(?:annual(?:ly)?|reports?)\b`] } } }],
          },
          {
            id: 'removals',
            union: true,
            label: { en: 'publication of removals as well as designations' },
            scope: 'sentence',
            // As each removal is made: a periodic report listing the year's revocations does not count.
            cue: { en: { all: [String.raw`\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|terminat\w+|ceas\w+|vari(?:ed|ation)|amend\w*|updat\w*|any change)\b`], none: [SOFT_PUBLICATION, PERIODIC] } },
            // …or a sentence elsewhere in the provision that publishes removals, or applies the publication rule to them.
            or: [
              {
                scope: 'provision',
                cue: {
                  en: {
                    none: [SOFT_PUBLICATION, PERIODIC],
                    all: [String.raw`\b(?:publish\w*|gazett\w*|made public|notice in the|public notice)\b[^;]{0,100}\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|terminat\w+)|\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|terminat\w+)\w*[^;]{0,100}\b(?:publish\w*|gazett\w*|made public|notice in the)\b|\b(?:preceding paragraph|(?:paragraph|subsection) \(\d+\))[^;]{0,60}\bappl(?:y|ies)\b[^;]{0,60}\b(?:revo|remov|cancel|vari)\w*|\b(?:revo|remov|cancel|vari)\w*[^;]{0,80}\b(?:preceding paragraph|(?:paragraph|subsection) \(\d+\))[^;]{0,20}\bappl(?:y|ies)\b|\b(?:list|register)\b[^;]{0,30}\b(?:shall|must|is to) be (?:updated|amended)\b[^;]{0,160}\b(?:remov\w+|revo\w+|delet\w+|de-?list\w*)`],
                  },
                },
              },
            ],
          },
        ],
      },
    ],
    placement: { en: ['publicat|notice|register|list', 'designat'] },
  },
];

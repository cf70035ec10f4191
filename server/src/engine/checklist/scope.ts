import type { LessonSpec } from './schema.js';
import { TOKYO_2021 } from './sources.js';

const henderson = { speaker: 'Henderson', document: TOKYO_2021, paraphrase: 'The Australian Act never mentions human rights or corruption.' };
const igata = { speaker: 'Igata', document: TOKYO_2021, paraphrase: 'US law covers corruption as well as human rights; a human-rights-only law would still be a big step for Japan.' };
const target = { speaker: 'Cotler, Igata and Yamao', document: TOKYO_2021, paraphrase: 'The target is identified violators, not a country, wherever they come from.' };
const namkoong = { speaker: 'Namkoong', document: TOKYO_2021, paraphrase: 'Banks and companies that deal with listed persons also face sanctions.' };

/** The operative designation or criteria provision. */
const DESIGNATION = String.raw`(?:{DESIGNATING}|criteria|involved persons?|eligible persons?|sanctionable|{PERSON}[^;]{0,60}\b(?:responsible for|complicit in|involved in)|{AMENDED_DESIGNATION})`;

export const SCOPE: LessonSpec[] = [
  {
    id: 'scope.human-rights',
    area: 'scope',
    title: { en: 'Human-rights violations as a ground' },
    severity: 'error',
    sources: [henderson],
    why: { en: 'A Magnitsky-style law exists to sanction human-rights violators; the ground must be in the designation provision itself.' },
    missing: { en: 'The designation provision does not name human-rights violations as a ground.' },
    mode: 'anchored',
    binary: true,
    enabling: 'criteria',
    variants: [{ anchor: { en: { all: [DESIGNATION] } }, elements: [{ id: 'ground', label: { en: 'human-rights violations named as a ground' }, scope: 'provision', cue: { en: { all: ['{HUMAN_RIGHTS}'] } } }] }],
    placement: { en: ['designat|criteria|listing'] },
  },
  {
    id: 'scope.corruption',
    area: 'scope',
    title: { en: 'Corruption as a ground' },
    severity: 'information',
    sources: [igata],
    why: { en: 'The US and Canadian laws also reach significant corruption and those who facilitate it; leaving it out is a choice worth making knowingly.' },
    missing: { en: 'Significant corruption is not a ground for designation.' },
    mode: 'anchored',
    binary: true,
    enabling: 'criteria',
    variants: [{ anchor: { en: { all: [DESIGNATION] } }, elements: [{ id: 'ground', label: { en: 'significant corruption named as a ground' }, scope: 'provision', cue: { en: { all: ['{CORRUPTION}'] } } }] }],
    placement: { en: ['designat|criteria|listing'] },
  },
  {
    id: 'scope.individuals',
    area: 'scope',
    title: { en: 'Individuals and entities, wherever they are' },
    severity: 'warning',
    sources: [target],
    why: { en: 'Targeting identified violators rather than a country lets the law reach abusers of any nationality, and entities as well as individuals.' },
    missing: { en: 'The bill has no provision for designating individuals and entities regardless of nationality or location.' },
    mode: 'anchored',
    enabling: true,
    variants: [
      {
        // A power or duty to designate (not a report about "the list").
        // A request that someone be listed is not a power to list.
        anchor: { en: { all: ['{DESIGNATING}', '{PERSON}'], none: [String.raw`\brequest\w*\b[^;]{0,160}\bbe (?:added|designated|listed)\b`] } },
        elements: [
          {
            id: 'entities',
            label: { en: 'entities as well as individuals' },
            scope: 'sentence',
            // The object of the designation, not any person the sentence happens to mention.
            cue: {
              en: {
                all: [String.raw`(?:\b(?:designat(?:e|es|ing)|list|specif(?:y|ied)|enter|add|include)\s+(?:a |an |any |the |such |all |that |this |those )?(?:[\w-]+ ){0,4}?(?:entit(?:y|ies)|bod(?:y|ies) corporate|(?:legal|juridical) persons?|companies|corporations?|organi[sz]ations?|(?<!\b(?:natural|individual) )persons?)\b|\bdesignat(?:e|es|ing)\s+(?:persons|entities)\b|\b(?:impos\w*[^;]{0,80}?\b(?:on|against|with respect to|in respect of)|appl(?:y|ied)[^;]{0,60}?\bto)\s+(?:a |an |any |the |such )?(?:[\w-]+ ){0,4}?(?:entit(?:y|ies)|bod(?:y|ies) corporate|(?:legal|juridical) persons?|companies|corporations?|organi[sz]ations?|(?<!\b(?:natural|individual) )persons?)\b|\b(?:persons?|entit(?:y|ies)|bod(?:y|ies))\b[^;]{0,80}\b(?:listed|designated)\b|\b(?:property|assets|funds)\b[^;]{0,40}\bof (?:the following |any |a |such )?(?:[\w-]+ ){0,2}?persons?\b|\b(?:list|annex|schedule) [IVX\d]*\s*(?:shall|must) (?:include|contain|set out)\b[^;]{0,120}?\b(?:legal persons?|entit(?:y|ies)|bod(?:y|ies))\b)`],
              },
            },
            // …or the term the designation names ("a foreign national, etc.") is defined to take in entities.
            or: [
              {
                scope: 'provision',
                cue: { en: { all: [String.raw`\b(?:means|includes)\b[^;]{0,40}?\b(?:an? |any )?(?:individual|natural person)s?\b[^;]{0,160}?\bor (?:an? |any )?(?:other )?(?:entit(?:y|ies)|bod(?:y|ies) corporate|(?:legal|juridical) persons?|compan(?:y|ies)|corporations?|organi[sz]ations?)\b`] } },
              },
            ],
          },
          {
            id: 'no-country',
            absent: true,
            label: { en: 'no restriction to named countries' },
            scope: 'provision',
            cue: { en: { all: [String.raw`\b(?:(?:a|the) (?:country|state|countries) (?:specified|listed|named|designated)|specified (?:country|countries)|in relation to (?:a )?(?:specified |foreign )?countr(?:y|ies)|nationals? of (?:the )?(?:Russian Federation|Russia|Myanmar|Iran|North Korea|Belarus|Syria|Zimbabwe|Venezuela)|(?:Russian Federation|Republic of Belarus|Myanmar|Democratic People's Republic of Korea)\b)`] } },
          },
        ],
      },
    ],
    placement: { en: ['designat|criteria|listing'] },
  },
  {
    id: 'scope.accomplices',
    area: 'scope',
    title: { en: 'Agents, helpers and financiers' },
    severity: 'warning',
    sources: [namkoong, target],
    why: { en: 'Those who act for, assist or finance a perpetrator keep the abuse going; a law that reaches only the perpetrator is easy to route around.' },
    missing: { en: 'The designation provision does not reach those acting on behalf of, materially assisting or financing a perpetrator.' },
    mode: 'anchored',
    binary: true,
    enabling: 'criteria',
    variants: [
      {
        anchor: { en: { all: [DESIGNATION] } },
        elements: [
          {
            id: 'accomplices',
            label: { en: 'those acting on behalf of, assisting or financing a perpetrator' },
            scope: 'provision',
            cue: {
              en: {
                all: [String.raw`\b(?:acting (?:as an agent|on behalf|for or on behalf|at the direction)|(?:an )?agents? (?:of|for)|materially assist\w*|(?:provid\w*|giv\w*) (?:material|financial|technological) (?:support|assistance)|financ(?:ed|es|ing|ier)\w*|sponsor\w*|(?:has )?assisted|supports?(?:ed|ing)?\b|associated with|complicit|(?:persons?|entit\w*|bod(?:y|ies)) (?:\w+ ){0,3}owned or controlled|(?<!\b(?:held|owned|controlled|possessed)\b[^;]{0,20})on behalf of)`],
                none: ['{CIRCUMVENT}'],
              },
            },
          },
        ],
      },
    ],
    placement: { en: ['designat|criteria|listing'] },
  },
];

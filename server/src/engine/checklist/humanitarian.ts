import type { LessonSpec } from './schema.js';
import { TOKYO_2021 } from './sources.js';

const henderson = { speaker: 'Henderson', document: TOKYO_2021, paraphrase: "Australia's regulations refer to humanitarian assistance without saying what it includes, which creates uncertainty; the role of humanitarian agencies must be clear." };
const kennedy = { speaker: 'Kennedy', document: TOKYO_2021, paraphrase: 'Families of listed persons bear the consequences; that is no reason to drop listings, but it calls for basic-needs licences.' };

/** "humanitarian", but not "international humanitarian law" (a ground, not an exemption). */
const HUMANITARIAN = '{HUMANITARIAN}';
/** A sentence that defines a term ("“X” means …"). */
const DEFINES = String.raw`^(?:\(\w{1,6}\)\s*)?(?:in this [\w ]+,\s*)?(?:the (?:term|expression)\s+)?[“"‘'][^”"’']+[”"’']\s+(?:means|includes|has the meaning|refers to|shall mean)`;

export const HUMANITARIAN_LESSONS: LessonSpec[] = [
  {
    id: 'humanitarian.exemption',
    area: 'humanitarian',
    title: { en: 'Humanitarian exemption' },
    severity: 'error',
    sources: [henderson],
    why: { en: 'Without an express exception, aid agencies cannot be sure that humanitarian work reaching designated persons or their communities is lawful.' },
    missing: { en: 'The prohibitions have no express exception for humanitarian assistance or activities.' },
    mode: 'anchored',
    enabling: true,
    purposePartial: { en: 'an express exception in the operative provisions (humanitarian aims appear only in a purpose clause or preamble)' },
    variants: [
      {
        anchor: { en: { all: [HUMANITARIAN], none: [DEFINES] } },
        elements: [
          {
            id: 'exception',
            label: { en: 'an express exception from the prohibitions (not only a discretionary permit)' },
            scope: 'sentence',
            cue: {
              en: {
                all: [String.raw`\b(?:do(?:es)? not apply|nothing in|exempt(?:ed|s)?\b|exceptions?\b|is not an offence|(?:is|are) not contravened|(?:does|do) not contravene|not (?:be )?(?:treated|regarded) as (?:a )?(?:contravention|breach)|(?:shall|does|do|must) not (?:apply|prevent|prohibit|restrict)|not (?:be )?(?:prohibited|an offence|a contravention|a breach)|excluded from|carve[- ]out)`],
                none: [String.raw`\b(?:may|is entitled to) (?:grant|issue|authori[sz]e)|licen[cs]\w* (?:may|is to be) (?:be )?(?:granted|issued)|\bmay\b[^;]{0,40}\b(?:permit|allow)\b`],
              },
            },
          },
        ],
      },
    ],
    placement: { en: ['exception|exemption|humanitarian', 'prohibit|freez'] },
  },
  {
    id: 'humanitarian.defined',
    area: 'humanitarian',
    title: { en: 'What humanitarian assistance covers' },
    severity: 'warning',
    sources: [henderson],
    why: { en: 'An undefined humanitarian carve-out leaves aid agencies guessing what it covers and whom it protects.' },
    missing: { en: 'The bill never uses or defines humanitarian assistance in its operative text.' },
    mode: 'anchored',
    flagAnchorWords: true,
    variants: [
      {
        anchor: { en: { all: [HUMANITARIAN] } },
        elements: [
          {
            id: 'what',
            union: true,
            label: { en: 'what counts as humanitarian (e.g. food, medicine, medical care, shelter, basic needs)' },
            scope: 'clause',
            cue: { en: { all: [String.raw`\b(?:food(?:stuffs)?|medicines?|medical|health care|healthcare|shelter|water|sanitation|clothing|basic (?:human )?needs|hygiene|education|agricultural)\b`], distinct: 2 } },
          },
          {
            id: 'who',
            union: true,
            label: { en: 'who is covered (e.g. UN bodies, the Red Cross and Red Crescent, NGOs)' },
            scope: 'clause',
            cue: { en: { all: [String.raw`\b(?:united nations|red cross|red crescent|non-?government(?:al)?|nongovernmental|ngos?|international organi[sz]ations?|humanitarian (?:organi[sz]ations|agencies|actors|partners|bodies))\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['definition|interpretation', 'exception|exemption|humanitarian'] },
  },
  {
    id: 'humanitarian.licences',
    area: 'humanitarian',
    title: { en: 'Licences on stated grounds' },
    severity: 'warning',
    sources: [kennedy, henderson],
    why: { en: 'Licences with stated grounds, including basic needs of the person and dependants and legal fees, protect families and due process without dropping the listing.' },
    missing: { en: 'No provision allows licences or permits for otherwise prohibited dealings, on stated grounds such as basic needs and legal fees.' },
    mode: 'anchored',
    enabling: true,
    variants: [
      {
        anchor: {
          en: {
            all: [String.raw`\b(?:licen[cs]\w*|(?<!\bto )permits?\b|permission(?! to land)|authori[sz]\w* (?:the )?(?:release|making available|use|dealing)|derogat\w*|certificates? (?:exempting|of exemption)|\bgrant\w*\s+(?:an\s+|any\s+)?exemptions?\b)`],
            // …nor a licence named only as something a person may violate (the penalty clause).
            none: [String.raw`\b(?:driving|broadcasting|work|residence|entry) (?:licen[cs]e|permit)`, String.raw`\b(?:violat|contraven|breach|fail\w* to comply)\w*\b[^;]{0,100}\blicen[cs]e`],
          },
        },
        elements: [
          { id: 'basic-needs', label: { en: 'a ground for the basic needs of the person and dependants' }, scope: 'provision', cue: { en: { none: [String.raw`\bhumanitarian\b`], all: [String.raw`\b(?:basic (?:human )?needs|(?:reasonable )?living expenses|reasonable expenses|food(?:stuffs)?|rent|mortgage|medicines?|medical treatment|public utility|dependants?|family members?)\b`] } } },
          { id: 'legal-fees', label: { en: 'a ground for legal fees' }, scope: 'provision', cue: { en: { all: [String.raw`\b(?:legal (?:fees|services|costs|expenses|representation|advice)|professional fees|lawyers?)\b`] } } },
        ],
      },
    ],
    placement: { en: ['licen|permit|exception', 'freez|prohibit'] },
  },
];

import type { LessonSpec } from './schema.js';
import { TOKYO_2021 } from './sources.js';

const henderson = { speaker: 'Henderson', document: TOKYO_2021, paraphrase: 'Australia publishes nothing on the criteria and evidence used, so the decision-maker cannot defend its choices; little is said about which violations are targeted.' };
const browder = { speaker: 'Browder', document: TOKYO_2021, paraphrase: 'Victims need to know the standard of proof they must meet.' };
const nakatani = { speaker: 'Nakatani and Hori', document: TOKYO_2021, paraphrase: 'Research and evidence-gathering give each listing solid grounds.' };
const cotler = { speaker: 'Cotler', document: TOKYO_2021, paraphrase: 'Sanctions must respect the rule of law, justice and accountability.' };


/** Specific human-rights conduct, as designation criteria list it. */
const HR_CONDUCT = String.raw`extra-?judicial (?:killing|execution)s?|killings? without due process|torture|arbitrary (?:detention|arrest)|enforced disappearances?|slavery|forced labou?r|genocide|crimes against humanity|(?:against|targeting|persecution of|attacks? on) (?:\w+ ){0,3}(?:human rights defenders|whistle-?blowers|journalists)|sexual (?:and gender-based )?violence|rape|expos\w+ (?:illegal|corrupt|criminal)|right to life|defend\w* human rights`;

export const EVIDENCE: LessonSpec[] = [
  {
    id: 'evidence.standard',
    area: 'evidence',
    title: { en: 'Standard of evidence' },
    severity: 'error',
    sources: [browder, henderson, nakatani],
    why: { en: 'An explicit threshold such as “credible evidence” or “reasonable grounds to suspect” tells victims what they must show and lets a court test each designation.' },
    missing: { en: 'The power to designate states no standard of evidence (such as “credible evidence” or “reasonable grounds to suspect”).' },
    mode: 'anchored',
    variants: [
      {
        anchor: { en: { all: ['{DESIGNATING}', '{PERSON}'], none: [String.raw`\brequest\w*\b[^;]{0,160}\bbe (?:added|designated|listed)\b`] } },
        elements: [
          { id: 'test', core: true, label: { en: 'a test for designating' }, scope: 'clause', cue: { en: { all: [String.raw`(?:{THRESHOLD}|{SUBJECTIVE}|\bbelieves?\b|\bsuspects?\b)`] } } },
          { id: 'threshold', label: { en: 'an objective standard of evidence (only a subjective test such as “satisfied” or “considers appropriate”)' }, scope: 'clause', cue: { en: { all: ['{THRESHOLD}'] } } },
        ],
      },
    ],
    placement: { en: ['designat|listing|sanction', 'criteria'] },
  },
  {
    id: 'evidence.criteria',
    area: 'evidence',
    title: { en: 'Listed criteria for designation' },
    severity: 'error',
    sources: [henderson, cotler],
    why: { en: 'Listing the conduct that makes a person designable, and who is covered, shows what the regime targets and lets each decision be defended.' },
    missing: { en: 'The bill does not list the conduct that makes a person designable or say who is covered.' },
    mode: 'anchored',
    enabling: 'criteria',
    variants: [
      {
        anchor: { en: { all: [String.raw`(?:{DESIGNATING}|criteria|eligible for designation|grounds for designation|involved persons?|eligible persons?|sanctionable|{PERSON}[^;]{0,60}\b(?:responsible for|complicit in|involved in)|{AMENDED_DESIGNATION})`] } },
        elements: [
          {
            id: 'ground',
            core: true,
            label: { en: 'a ground for designation' },
            scope: 'provision',
            cue: { en: { all: [String.raw`(?:{HUMAN_RIGHTS}|{CORRUPTION}|\bviolat\w*|\babuses?\b|responsible for|complicit|engaged in|involved in|activit(?:y|ies) (?:described|specified|set out))`] } },
          },
          {
            id: 'conduct',
            label: { en: 'the specific conduct (e.g. extrajudicial killing, torture, arbitrary detention, enforced disappearance, acts against human-rights defenders, significant corruption)' },
            scope: 'provision',
            // At least two specific kinds of conduct, at least one of them a human-rights violation.
            cue: { en: { all: [String.raw`\b(?:${HR_CONDUCT}|(?:significant|serious|grand) corruption|bribery|misappropriation|embezzlement)\b`, String.raw`\b(?:${HR_CONDUCT})\b`], distinct: 2 } },
          },
          {
            id: 'who',
            label: { en: 'who is covered (those responsible, their agents, those who assist)' },
            scope: 'provision',
            cue: { en: { all: [String.raw`\b(?:responsible for|complicit|acting (?:as an agent|on behalf|for or on behalf|at the direction)|agents? of|materially assist\w*|assisted|financ\w*|sponsor\w*|associated with|involved in|direct\w* or)\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['designat|criteria|listing', 'sanction'] },
  },
  {
    id: 'evidence.reasons',
    area: 'evidence',
    title: { en: 'Reasons for each designation' },
    severity: 'error',
    sources: [henderson, cotler],
    why: { en: 'Reasons given to the person or published let the person answer the case and let the public see why each listing was made.' },
    missing: { en: 'The bill does not require a statement of reasons for each designation, given to the person or made public.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // Reasons for a designation — not a bank's reasons for suspecting an asset is a designated person's.
            all: [String.raw`\b(?:decision|order)s?\b[^;]{0,40}\b(?:shall|must) (?:state|set out|give|include|contain)\b[^;]{0,20}{REASONS}|{REASONS}\s+(?:for|of|why)\s+(?:[\w-]+\s+){0,4}?(?:designat\w*|listings?|list\b|inclusion|entry|sanctions?|persons?|names?|prohibition|addition|removal|decision to (?:designate|list)|impos(?:ing|ition)\b|(?<=reasons (?:for|of) )the order\b)|\b(?:designat\w*|listings?|entr(?:y|ies) on the list|notice of (?:the |a |each )?designation|notices? under|names?|prohibit\w*)\b[^;]{0,160}?{REASONS}`],
            // …nor the periodic check "whether there are still grounds for the listing".
            none: [String.raw`\breasons? (?:for|to) (?:believing|believe|suspecting|suspect)\b`, String.raw`\bwhether there (?:are|remain|continue to be) (?:still )?grounds\b`, String.raw`\binadmissib\w* on grounds of\b`, String.raw`\b(?:financial institutions?|banks?|relevant firms?|dealers?)\b`],
          },
        },
        elements: [
          {
            id: 'recipient',
            label: { en: 'reasons given to the person or made public' },
            // Given to the person in the same clause, or published anywhere in the provision (a published report).
            scope: 'clause',
            cue: { en: { all: [String.raw`\b(?:(?:giv|provid|send|notif|inform|communicat|serv|(?<!(?:secretary|department|minister|ministry) (?:of|for) )stat)\w*\b[^;]{0,160}?\b(?<!(?:respect|regard|relation) )to (?:the|that|each) (?:[\w-]+ ){0,4}?(?:persons?|entit(?:y|ies)|bod(?:y|ies)|individuals?|aliens?|foreign nationals?)|(?:provide|give|notify|inform|send)\w* (?:the |that |each )?(?:designated |listed |sanctioned )?(?:person|entity|individual|alien|foreign national)|to the (?:designated|listed) (?:person|entity|individual)|(?:the |that |each )?(?:designated |listed )?(?:person|entity|individual|alien|foreigner|foreign national)s? (?:shall|must) be (?:informed|notified|told|given)|(?:person|entity|body) concerned|to him or her|to them|publish\w*|publicity|made public|make public|publicly|gazette|official journal|website|public notice)\b`] } },
            // …or a report giving the reasons that is itself published (Global Magnitsky Act §1264).
            or: [{ scope: 'provision', cue: { en: { all: [String.raw`\b(?:report|reasons|statement|notice|order)s?\b[^;]{0,120}\b(?:publish\w*|made public|(?:made )?available to the public|publicly available)\b|\b(?:publish|make public)\w*[^;]{0,40}\b(?:the |each |its )?(?:report|reasons|statement)\b`] } } }],
          },
          {
            id: 'unconditional',
            absent: true,
            label: { en: 'reasons as of course (not only on request)' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:(?:on|upon) (?:a |the )?(?:written )?request|if (?:the (?:designated )?person )?(?:so )?requests?|where (?:the (?:designated )?person )?requests?|at the request of|on (?:the person's )?application|if asked|may ask|may request|asks?\b[^;]{0,40}\bfor|if (?:the |a )?(?:designated )?person asks)\b`] } },
          },
          {
            id: 'each',
            absent: true,
            label: { en: 'reasons for every designation (not only some)' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:may (?:give|provide|publish|state)|where (?:the minister|it) considers (?:it )?appropriate|if (?:the minister|it) thinks fit|in (?:some|certain) cases)\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['reasons|notice|notification|designat'] },
  },
  {
    id: 'evidence.review',
    area: 'evidence',
    title: { en: 'Review of designations' },
    severity: 'error',
    sources: [cotler, henderson],
    why: { en: 'An application for removal decided by a deadline, access to a court and periodic review of each listing keep designations accurate and lawful.' },
    missing: { en: 'A designated person has no application for removal with a decision deadline, no access to a court, and designations are not reviewed periodically.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            all: [
              String.raw`(?:\b(?:apply|application|request|petition|representations?|observations|(?<=(?:designated|listed) (?:person|entity|individual) may )ask)\b[^;]{0,120}\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|(?<=for (?:the )?)terminat\w*|cease (?:to be|being)|be (?:terminated|lifted|revoked|removed)|variation|vary|reconsider\w*|review|set aside|delet\w*)|\b(?:court|tribunal|judicial review)\b[^;]*\b(?:designat\w*|listing|decision|prohibition)|\b(?:designat\w*|listing|decision|prohibition)\b[^;]*\b(?:court|tribunal|judicial review)\b|\breview\w*\b[^;]{0,80}\b(?:designation|listing|list)\b|\b(?:designation|listing|list)\b[^;]{0,80}\breview\w*|\bassess\w* whether\b[^;]{0,80}\b(?:grounds|reasons)\b[^;]{0,80}\b(?:designat\w*|listing|sanctions?)\b|\bcontest\w*\b[^;]{0,80}\border\b[^;]{0,80}\b(?:court|tribunal)\b)`,
            ],
          },
        },
        elements: [
          {
            id: 'application',
            union: true,
            label: { en: 'an application by the person for removal' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:apply|application|request|petition|representations?|observations|(?<=(?:designated|listed) (?:person|entity|individual) may )ask)\b[^;]{0,120}\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|(?<=for (?:the )?)terminat\w*|cease (?:to be|being)|be (?:terminated|lifted|revoked|removed)|variation|vary|reconsider\w*|review|delet\w*)`], none: [String.raw`\b(?:court|tribunal)\b`] } },
          },
          {
            id: 'deadline',
            union: true,
            label: { en: 'a deadline for deciding the application' },
            scope: 'provision',
            cue: {
              en: {
                all: [String.raw`(?:\b(?:decide|determine|make (?:a |the |its )?(?:decision|determination)|dispose of|respond|notify|inform)\b[^;]{0,120}{DEADLINE}|{DEADLINE}[^;]{0,120}\b(?:decide|determine|decision|determination|respond|notify|inform)\b)`],
                none: [String.raw`\bapply\b[^;]{0,40}(?:court|tribunal)`],
              },
            },
          },
          {
            id: 'court',
            union: true,
            label: { en: 'access to a court' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`\b(?:court|tribunal|judicial review)\b`, String.raw`\b(?:apply|application|appeal|challenge|review|set aside|quash|bring (?:an )?(?:action|proceedings)|contest)\w*`, String.raw`\b(?:designat\w*|listing|decision|prohibition|(?<=\bcontest\w* (?:the |that |an? )?(?:[\w-]+ ){0,2})order)\b`], none: [String.raw`\bdoes not apply\b`] } },
          },
          {
            id: 'periodic',
            union: true,
            label: { en: 'periodic review of each designation' },
            scope: 'sentence',
            cue: { en: { none: [String.raw`\b{SOFT}\b`], all: [String.raw`\b(?:review\w*|reassess\w*|assess\w* whether)\b`, String.raw`\b(?:periodic\w*|regular(?:ly)?|at least (?:once )?(?:every|each|a year|annually)|every \w+ (?:years?|months)|annual(?:ly)?|each year|\w+ years? after|anniversary|at intervals|intervals of|each (?:subsequent |successive |further )?period of (?:\w+ ){0,2}?(?:years?|months))\b`, String.raw`\b(?:designation|listing|list|designated|sanctions? imposed)\b`] } },
          },
        ],
      },
    ],
    placement: { en: ['review|revocation|removal|delist|court', 'designat'] },
  },
];

import type { LessonSpec, Variant } from './schema.js';
import { TOKYO_2021 } from './sources.js';

const henderson = { speaker: 'Henderson', document: TOKYO_2021, paraphrase: "Australia's Autonomous Sanctions Act has no mechanism for reporting to or review by Parliament." };
const cotler = { speaker: 'Cotler', document: TOKYO_2021, paraphrase: 'Canada gave Parliament no role in deciding who is sanctioned or in overseeing the process; build one in.' };
const kennedy = { speaker: 'Kennedy', document: TOKYO_2021, paraphrase: 'The UK made the same mistake: no parliamentary oversight and too little transparency.' };
const browder = { speaker: 'Browder', document: TOKYO_2021, paraphrase: 'The legislature needs a formal way to press the executive, like the US congressional trigger.' };

/** Who may set the trigger off: the legislature, a committee, its chair and ranking member, a number of members. */
const REQUESTER = String.raw`(?:{LEG}|chair(?:man|person|woman)?s?\b[^;]{0,40}ranking members?|ranking members?|\b(?:not (?:less|fewer) than |at least )?(?:\d+|one[- ](?:third|quarter|fifth)|a (?:third|quarter|fifth)|\w+) (?:or more )?members of\b(?!\s+(?:his|her|their|its|that|the (?:person|designated|listed|individual)\b|(?:the |a |an )?famil)))`;

const REPORT_VARIANT: Variant = {
        anchor: {
          en: {
            all: [String.raw`\b(?:report(?:s|ing)?|overview|account of|submit\w*[^;]{0,120}\b(?:information|data|statistics) (?:on|about))\b`, '(?:{LEG}|{EXEC})'],
            // Reports by banks, or by the legislature's own committees or reviewers, are not the executive reporting.
            none: [String.raw`\b(?:relevant firms?|financial institutions?|banks?|dealers?|financial entit(?:y|ies)|(?:every|any) person|a person (?:must|shall)|designated persons? (?:must|shall))\b`, String.raw`\b(?:committee|reviewer|house)s?\s+(?:must|shall|may)\b[^;]{0,40}\breport`, String.raw`\b(?:comptroller general|inspector[- ]general|auditor[- ]general)\b[^;]{0,120}\breport`],
          },
          ja: { all: ['(?:報告|報告書)', '(?:{LEG}|{EXEC})'] },
        },
        elements: [
          { id: 'legislature', label: { en: 'a report to the legislature or one of its committees (not another body)' }, scope: 'sentence', cue: { en: { all: ['{LEG}'] }, ja: { all: ['{LEG}'] } } },
          {
            id: 'duty',
            label: { en: 'a duty to report' },
            scope: 'sentence',
            cue: {
              en: { all: [String.raw`{MUST}{GAP}\b(?:report|submit|lay|transmit|provide|present|table|prepare|deliver|send)|\breports?\b[^;]{0,120}?\b(?:shall|must|is to|are to) be\b`] },
              ja: { all: ['(?:報告|提出)(?:しなければならない|するものとする)'] },
            },
            because: { cue: { en: { all: [String.raw`\b(?:may|{SOFT})\b`] }, ja: { all: ['{MAY}'] } }, label: { en: 'a duty to report (the text says “may”, “should” or the like, so reporting is optional)' } },
          },
          { id: 'interval', label: { en: 'a stated interval or deadline' }, scope: 'provision', cue: { en: { all: ['{PERIOD}'] }, ja: { all: ['{PERIOD}'] } } },
          {
            id: 'designations',
            core: true,
            label: { en: 'coverage of the designations made' },
            // In the report's own clause, or said of "the report" elsewhere in the provision (not of another report beside it).
            scope: 'clause',
            cue: { en: { all: ['{DESIGNATE}'] }, ja: { all: ['{DESIGNATE}'] } },
            or: [{ scope: 'provision', cue: { en: { all: [String.raw`\b(?:a|the|each|every|that|such|any) (?:annual |periodic )?reports?\b[^.]{0,300}{DESIGNATE}`] }, ja: { all: ['(?:報告|報告書)[^。]{0,200}{DESIGNATE}'] } } }],
          },
          {
            id: 'reasons',
            label: { en: 'the reasons for each designation' },
            // In the report's own clause, or said of "the report" elsewhere in the provision.
            scope: 'clause',
            cue: { en: { all: ['{REASONS}'] }, ja: { all: ['{REASONS}'] } },
            or: [{ scope: 'provision', cue: { en: { all: [String.raw`\b(?:a|the|each|every|that|such) reports?\b[^.]{0,300}{REASONS}|{REASONS}[^;]{0,60}\b(?:in|of) the report\b`] } } }],
          },
        ],
      };

/** The same variant with a different element as the one a candidate must have. */
function withCore(v: Variant, core: string): Variant {
  return { ...v, elements: v.elements.map((e) => ({ ...e, core: e.id === core })) };
}

export const OVERSIGHT: LessonSpec[] = [
  {
    id: 'oversight.report',
    area: 'oversight',
    title: { en: 'Reports to the legislature' },
    severity: 'error',
    sources: [henderson, cotler, kennedy],
    why: { en: 'Without regular reports on who was designated and why, the legislature cannot scrutinise how the regime is used.' },
    missing: { en: 'No provision requires the executive to report to the legislature, at a stated interval, on the designations made and the reasons for them.' },
    mode: 'anchored',
    // A report on designations (to whomever it goes), or a report to the legislature (on whatever it covers):
    // either is a candidate, and what it lacks makes it partial.
    variants: [REPORT_VARIANT, withCore(REPORT_VARIANT, 'legislature')],
    placement: { en: ['report', 'parliament|congress|legislature'] },
  },
  {
    id: 'oversight.trigger',
    area: 'oversight',
    title: { en: 'Legislative trigger' },
    severity: 'error',
    sources: [browder, cotler],
    why: { en: 'A committee request that the executive must answer in time gives the legislature a real voice in who is sanctioned, as the US congressional trigger does.' },
    missing: { en: 'No provision lets a legislative committee (or a set number of members) ask the executive to consider named persons, with a duty to decide within a stated period and answer the requesters.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // The legislature (or its members) is the one asking, not merely mentioned.
            all: [
              String.raw`${REQUESTER}[^;]{0,160}?\b(?:request\w*|ask\w*|recommend\w*|propos\w*|petition\w*|refer\w*|nominat\w*|submit\w*)\b|\b(?:request|recommendation|proposal|petition|nomination)s?\b[^;]{0,160}?\b(?:by|from|of)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?${REQUESTER}`,
            ],
          },
        },
        elements: [
          { id: 'persons', core: true, label: { en: 'named persons to be considered' }, scope: 'provision', cue: { en: { all: [String.raw`(?:{DESIGNATE}|{PERSON})`] } } },
          {
            id: 'decide',
            label: { en: 'a duty to decide on the request' },
            scope: 'provision',
            cue: { en: { all: [String.raw`{MUST}{GAP}\b(?:determine|decide|make (?:a |the |its )?(?:decision|determination)|consider (?:the|each|whether|that|a|any)|respond|examine)`] } },
            because: { cue: { en: { all: [String.raw`\b(?:may|{SOFT})\b`] } }, label: { en: 'a duty to decide on the request (the text says “may”, “should” or the like)' } },
          },
          { id: 'deadline', label: { en: 'a deadline for the decision' }, scope: 'provision', cue: { en: { all: ['{DEADLINE}'] } } },
          {
            id: 'answer',
            label: { en: 'a duty to tell the requesters the determination' },
            scope: 'provision',
            cue: { en: { all: [String.raw`\b(?:report|notify|inform|respond|reply|tell|give|provide|communicate|transmit|submit|send)\w*\b[^;]{0,120}?\b(?:requesting|requesters?|the (?:[\w-]+ ){0,3}?committee|that committee|the chair|those members|the members who)`] } },
          },
        ],
      },
    ],
    placement: { en: ['request|trigger', 'designat|listing'] },
  },
  {
    id: 'oversight.notification',
    area: 'oversight',
    title: { en: 'Notice of each decision to the legislature' },
    severity: 'error',
    sources: [cotler, kennedy],
    why: { en: 'Prompt notice of each designation, removal and exemption, with reasons, lets the legislature follow decisions as they are made.' },
    missing: { en: 'No provision requires notice to the legislature of each designation, removal and exemption, with reasons, within a stated period.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // The legislature receives the notice: not a notice to the designated person that happens to mention Congress.
            all: [String.raw`\b(?:notif(?:y|ies|ied|ying|ication)|inform(?!ation)\w*)\s+(?:each |either |both |the |its )?(?:[\w,-]+ ){0,3}?{LEG}|\b(?:submit\w*|provid\w*|send\w*|give\w*)\s+(?:to\s+)?(?:each |either |both |the |its )?(?:[\w,-]+ ){0,3}?{LEG}[^;]{0,60}?\b(?:a |written )?(?:notice|notification|statement|copy)\b|\b(?:la(?:y|id|ying)|tabl(?:e|ed|ing)|present\w*|transmit\w*|report\w*|give\w* notice|notice|notif\w*|copy)\b[^;]{0,120}?\b(?:to|before|in|with)\s+(?:(?:each|either|both|the|its|appropriate|relevant|competent|responsible|parliamentary|select|standing|joint)\s+){0,3}{LEG}`],
            // A periodic report listing the period's designations is a report, not notice of each one;
            // an answer to the members who requested a determination is the trigger, not notice.
            none: [String.raw`\b(?:requesting|requesters?|who made the request|ranking member who)\b`, String.raw`\b(?:annual(?:ly)?|each (?:calendar |financial )?year|every year|periodic|each (?:\d+|twelve|six)[- ]month period|each period of \w+ months|each quarter|quarterly)\b`, String.raw`\b(?:a|an|the|its) (?:annual |periodic |written )?report (?:that|which|on|under|required|setting)\b`],
          },
        },
        elements: [
          {
            id: 'event',
            core: true,
            label: { en: 'notice of designations, removals or exemptions' },
            scope: 'clause',
            cue: { en: { all: [String.raw`\b(?:designat\w*|\blist(?:ing|ed)\b|entr(?:y|ies) on the list|(?:each|every|an?) (?:order|instrument)s?\b|each regulation\b|(?:order|instrument)s? (?:made )?under|notices? (?:made |published |given )?under|sanction\w*|authori[sz]ations?|revo\w+|remov\w+|de-?list\w*|terminat\w+|waiv\w+|exempt\w*|exception\w*|licen[cs]\w*|permits?\b|derogat\w+)`] } },
          },
          { id: 'designation', union: true, label: { en: 'notice of each designation' }, scope: 'clause', cue: { en: { all: [String.raw`(?:(?<!(?:revocation|removal|variation|termination|cancellation) of (?:a |the |any |each |that )?)designat\w*|\blist(?:ing|ed)\b|entr(?:y|ies) on the list|(?:order|instrument|notice)s?\b (?:made |published |given )?under|each (?:order|regulation|instrument)|imposition|impos\w* (?:sanctions|measures))`] } } },
          { id: 'removal', union: true, label: { en: 'notice of each removal' }, scope: 'clause', cue: { en: { all: [String.raw`\b(?:revo\w+|remov\w+|de-?list\w*|cancel\w*|terminat\w+|lift\w*|ceas\w+|repeal\w*|vari(?:ed|ation))`] } } },
          { id: 'waiver', union: true, label: { en: 'notice of each waiver or exemption' }, scope: 'clause', cue: { en: { all: [String.raw`\b(?:waiv\w+|exempt\w*|exception\w*|licen[cs]\w*|permits?\b|derogat\w+|authori[sz]ations?)`] } } },
          {
            id: 'duty',
            label: { en: 'a duty to give notice' },
            scope: 'sentence',
            cue: { en: { all: [String.raw`{MUST}{GAP}\b(?:notify|inform|lay|table|present|transmit|report|give notice|submit|provide|cause)|\b(?:shall|must) be (?:laid|tabled|notified|presented|transmitted|submitted)\b`] } },
            because: { cue: { en: { all: [String.raw`\b(?:may|{SOFT})\b`] } }, label: { en: 'a duty to give notice (the text says “may”, “should” or the like, so notice is optional)' } },
          },
          { id: 'reasons', union: true, label: { en: 'the reasons for each decision' }, scope: 'provision', cue: { en: { all: ['{REASONS}'] } } },
          { id: 'period', union: true, label: { en: 'a stated period for the notice' }, scope: 'provision', cue: { en: { all: ['{DEADLINE}'] } } },
        ],
      },
    ],
    placement: { en: ['notif|notice|parliament|congress|laying|tabling', 'designat'] },
  },
  {
    id: 'oversight.review',
    area: 'oversight',
    title: { en: 'Review of the Act by the legislature' },
    severity: 'error',
    sources: [henderson, cotler],
    why: { en: 'A review after a fixed period, or a sunset, makes the legislature look again at whether the regime works.' },
    missing: { en: 'No provision requires a review of the Act’s operation by the legislature (or an independent reviewer reporting to it) after a stated period, and there is no sunset.' },
    mode: 'anchored',
    variants: [
      {
        anchor: {
          en: {
            // The object of the review is the Act: "review the operation of this Act", "the operation of these Regulations must be reviewed".
            all: [
              String.raw`\b(?:(?:review\w*|evaluat\w*|assess\w*)\s+(?:of\s+)?(?:the\s+)?(?:(?:provisions|operation|implementation|effectiveness|effect|status|application|enforcement|working|use)\b[\w\s,]{0,40}?)?(?:operation|implementation|effectiveness|enforcement|this (?:act|part|law|chapter)|the act\b|these regulations|the (?:regime|provisions of this)|its (?:operation|effectiveness|implementation|enforcement))|(?:operation|implementation|this (?:act|law|part)|these regulations)\b[^.;]{0,60}?\b(?:be|been|is|are) (?:reviewed|evaluated|assessed)|(?:operation|implementation) of (?:this (?:act|law|part)|these regulations)[^.;]{0,80}?\bfor review|\b(?:comptroller general|inspector[- ]general|auditor[- ]general)\b[^.;]{0,200}?\breport\w*\b[^.;]{0,40}?\b(?:implementation|operation|effectiveness) of (?:this (?:act|law)|these regulations))`,
            ],
            // A review of each listing ("review the inclusion of each alien in the list") is not a review of the Act.
            none: [String.raw`\breview\w*\s+(?:of\s+)?(?:the\s+)?(?:inclusion|designation|listing|each|every|any|decisions?\b)`],
          },
        },
        elements: [
          {
            id: 'legislature',
            label: { en: 'the legislature or an independent reviewer reporting to it' },
            scope: 'provision',
            // The legislature (or an independent reviewer) must be the one reviewing: an executive review laid before Parliament lacks this.
            cue: {
              en: {
                all: [
                  String.raw`(?:(?:{LEG}|\b(?:scrutiny |review )?(?:panel|committee)s?\b)[^.;]{0,120}?\b(?:must|shall|is to|will|may)\b[^.;]{0,120}?\b(?:review|evaluate|assess|examine|undertake|conduct|carry out|hold|begin)\b|review\w*[^.;]{0,120}?\bby\b[^.;]{0,40}?(?:{LEG}|\bcommittees?\b|\bpanel\b)|\b(?:independent [\w ]{0,30}?|comptroller general|inspector[- ]general|auditor[- ]general|ombuds\w*|(?:scrutiny |review )panel|reviewer|commissioner)\b[^.;]{0,200}?{LEG}|\brefer(?:red)? to\b[^.;]{0,40}?(?:{LEG}|committee)[^.;]{0,30}?\b(?:for|to) (?:review|examin))`,
                ],
              },
            },
            // An independent reviewer (appointed by the Minister, say) whose report goes to the legislature.
            or: [
              {
                scope: 'provision',
                cue: {
                  en: {
                    all: [String.raw`\b(?:independent (?:reviewer|person|review|panel|commission\b|body)|comptroller general|inspector[- ]general|auditor[- ]general|ombuds\w*)`],
                    alongside: [String.raw`{LEG}`],
                  },
                },
              },
            ],
          },
          {
            id: 'duty',
            label: { en: 'a duty to hold the review' },
            scope: 'provision',
            cue: { en: { all: [String.raw`(?:{MUST}{GAP}\b(?:review|evaluate|assess|appoint|cause|undertake|conduct|carry out|commission|arrange|submit|report|prepare|lay)|\b(?:shall|must) be (?:undertaken|conducted|carried out|reviewed|held)\b)`] } },
            because: { cue: { en: { all: [String.raw`\b(?:may|{SOFT})\b`] } }, label: { en: 'a duty to hold the review (the text says “may”, “should” or the like, so the review is optional)' } },
          },
          { id: 'period', label: { en: 'a stated period for the review' }, scope: 'provision', cue: { en: { all: [String.raw`(?:(?:within|after|not later than|no later than|before the end of|every|each|at least once every|at the end of)\s+(?:the\s+)?(?:end of (?:the )?)?(?:period of\s+)?(?:[\w()-]+\s+){0,3}?(?:years?|months?)\b|\b(?:\w+ )?anniversary|\b(?:19|20)\d\d\b)`] } } },
        ],
      },
      {
        anchor: { en: { all: [String.raw`\b(?:ceases? to (?:have effect|be in force)|shall cease|expires?|sunset|is repealed|shall terminate|terminates?|(?:shall|is to) (?:apply|remain in force|have effect) until)\b`, String.raw`\b(?:this (?:act|part|law|chapter|decision|regulation)|these regulations|the act\b|the authority|the provisions of)`] } },
        elements: [
          { id: 'period', label: { en: 'a stated date or period for the sunset' }, scope: 'sentence', cue: { en: { all: [String.raw`(?:\b(?:19|20)\d\d\b|\byears?\b|\bmonths?\b|anniversary)`] } } },
        ],
      },
    ],
    placement: { en: ['review|sunset|expiry'] },
  },
];

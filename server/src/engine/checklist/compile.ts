/**
 * Compile the checklist once: expand vocabulary references and build every
 * regular expression a single time, so judging a provision costs only the
 * matching.
 */
import type { Language } from '../types.js';
import type { ByLanguage, Cue, Duty, ElementSpec, LessonSpec, Variant } from './schema.js';
import { ALIASED, VOCABULARY } from './vocabulary.js';
import { bitsOf, holds, literalIds, type Need } from './prefilter.js';

export interface CompiledCue {
  all: RegExp[];
  /** For each of `all`, what any match must contain (prefilter.ts). */
  need: Need[];
  none: RegExp[];
  distinct: number;
  alongside: RegExp[];
}

export interface CompiledElement {
  spec: ElementSpec;
  cue: CompiledCue | null;
  because: CompiledCue | null;
  or: { cue: CompiledCue | null; scope: ElementSpec['scope'] }[];
  /** The element's own cue and scope, then its alternatives: what the judge tries in turn. */
  alts: { cue: CompiledCue | null; scope: ElementSpec['scope'] }[];
}

export interface CompiledVariant {
  anchor: CompiledCue | null;
  elements: CompiledElement[];
}

export interface CompiledDuty {
  spec: Duty;
  cue: CompiledCue | null;
}

export interface CompiledLesson {
  spec: LessonSpec;
  variants: CompiledVariant[];
  duties: CompiledDuty[];
  placement: RegExp[];
}

export interface CompiledChecklist {
  language: Language;
  lessons: CompiledLesson[];
  enabling: RegExp;
  enablingCriteria: RegExp;
  modal: RegExp;
  must: RegExp;
  may: RegExp;
  /** Names of the executive and the legislature: their definitions add nothing to a provision's substance. */
  actors: RegExp;
  /** Vocabulary entries a bill's defined terms can stand for. */
  aliases: { name: string; re: RegExp }[];
  /** The anchor of every variant of every anchored lesson, each once: the judge matches each sentence against all of them. */
  anchors: CompiledCue[];
  /** Every pattern the judge pre-checks (prefilter.ts), read as the checklist is compiled. */
  prechecked: RegExp[];
}

export function expand(pattern: string, language: Language, depth = 0): string {
  if (depth > 5) throw new Error(`vocabulary references nest too deeply in ${pattern}`);
  return pattern.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const v = VOCABULARY[language][name];
    if (v === undefined) throw new Error(`unknown vocabulary entry ${whole}`);
    return expand(v, language, depth + 1);
  });
}

/** The pattern's requirement for the prefilter, the pattern noted in `prechecked`. */
function precheck(re: RegExp, prechecked: RegExp[]): Need {
  prechecked.push(re);
  return literalIds(re);
}

function re(pattern: string, language: Language, flags = 'i'): RegExp {
  return new RegExp(expand(pattern, language), flags);
}

/**
 * Compiles cues, once per distinct cue: several lessons share a cue (the
 * power to designate anchors the three scope lessons), and what a sentence
 * matches is memoised per compiled cue, so a shared one is matched once per
 * sentence.
 */
class CueCompiler {
  private seen = new Map<string, CompiledCue>();
  constructor(
    private readonly language: Language,
    private readonly prechecked: RegExp[],
  ) {}

  cue(c: ByLanguage<Cue> | undefined, flags = 'i'): CompiledCue | null {
    const v = c?.[this.language];
    if (!v) return null;
    const key = JSON.stringify([v, flags]);
    let out = this.seen.get(key);
    if (!out) {
      const all = v.all.map((p, i) => re(p, this.language, i === 0 && v.distinct ? `g${flags}` : flags));
      out = {
        all,
        need: all.map((r) => precheck(r, this.prechecked)),
        none: (v.none ?? []).map((p) => re(p, this.language)),
        distinct: v.distinct ?? 0,
        alongside: (v.alongside ?? []).map((p) => re(p, this.language)),
      };
      this.seen.set(key, out);
    }
    return out;
  }

  variant(v: Variant): CompiledVariant {
    return {
      anchor: this.cue(v.anchor),
      elements: v.elements.map((e) => {
        const own = this.cue(e.cue);
        const or = (e.or ?? []).map((a) => ({ cue: this.cue(a.cue), scope: a.scope }));
        return { spec: e, cue: own, because: e.because ? this.cue(e.because.cue) : null, or, alts: [{ cue: own, scope: e.scope }, ...or] };
      }),
    };
  }
}

export function compileChecklist(lessons: LessonSpec[], language: Language): CompiledChecklist {
  const V = VOCABULARY[language];
  const prechecked: RegExp[] = [];
  const cues = new CueCompiler(language, prechecked);
  const compiled: CompiledLesson[] = lessons.map((spec) => ({
    spec,
    variants: (spec.variants ?? []).map((v) => cues.variant(v)),
    duties: (spec.duties ?? []).map((d) => ({ spec: d, cue: cues.cue(d.cue, 'id') })),
    placement: (spec.placement[language] ?? spec.placement.en ?? []).map((p) => re(p, language)),
  }));
  const enabling = re('{ENABLING}', language);
  const enablingCriteria = V['ENABLING_CRITERIA'] ? re('{ENABLING_CRITERIA}', language) : /(?!)/;
  // The judge pre-checks these two too (Context.test): read them now, with the cues, so that the prefilter's
  // automaton is built once, at the first sentence, and not again for each new pattern met while judging.
  precheck(enabling, prechecked);
  precheck(enablingCriteria, prechecked);
  const anchors = [...new Set(compiled.filter((l) => l.spec.mode !== 'duties').flatMap((l) => l.variants.map((v) => v.anchor).filter((a): a is CompiledCue => a !== null)))];
  return {
    language,
    lessons: compiled,
    anchors,
    prechecked,
    enabling,
    enablingCriteria,
    modal: new RegExp(expand('{MODAL}', language), 'gi'),
    must: new RegExp(`^${V['MUST']}$`, 'i'),
    may: new RegExp(`^(?:${V['MAY']}|${V['SOFT']})$`, 'i'),
    actors: re('^(?:the )?(?:{EXEC}|{LEG})$', language),
    aliases: ALIASED.map((name) => ({ name, re: re(`{${name}}`, language) })),
  };
}

/** Could the cue match a text with these bits (prefilter.ts `bitsOf`)? False only when it cannot. */
export function cueMayMatch(c: CompiledCue, bits: Uint32Array): boolean {
  for (let i = 0; i < c.need.length; i++) if (!holds(c.need[i]!, bits)) return false;
  return true;
}

/** Does the cue match this text? Returns the first pattern's match, or null. */
export function matchCue(c: CompiledCue, text: string): RegExpExecArray | null {
  // Every pattern must match: first rule out those whose words are not in the text at all (prefilter.ts).
  if (!cueMayMatch(c, bitsOf(text))) return null;
  let first: RegExpExecArray | null = null;
  for (let i = 0; i < c.all.length; i++) {
    const r = c.all[i]!;
    if (i === 0 && c.distinct > 1) {
      r.lastIndex = 0;
      const seen = new Set<string>();
      for (let m = r.exec(text); m; m = r.exec(text)) {
        if (!first) first = m;
        seen.add(m[0].toLowerCase());
        if (m[0].length === 0) r.lastIndex++;
      }
      if (seen.size < c.distinct) return null;
      continue;
    }
    const m = r.exec(text);
    if (!m) return null;
    if (i === 0) first = m;
  }
  for (const n of c.none) if (n.test(text)) return null;
  return first;
}

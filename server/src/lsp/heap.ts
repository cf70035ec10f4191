/**
 * Memory of the language server on a long bill (issue #5). Each analysis of a
 * 5 MB bill leaves its predecessor's model behind as garbage, and V8 lets the
 * heap grow to several times the live data before it collects, which took the
 * server past 400 MB. Past a soft limit the server collects at once, after the
 * diagnostics have been sent; below it (any ordinary bill) nothing changes,
 * and the collector is not even set up. A full collection also drops compiled
 * code, so collecting after every analysis was slow (a 160 MB limit made
 * edits of a 5 MB bill about 60% slower, 200 MB about 50%); at 224 MB it
 * happens seldom and keeps the 5 MB bill's server near 380 MB, below the
 * 400 MB target with some room (240 MB left it at 383–396 MB, too close to
 * it; docs/benchmarks.md).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Heap in use above which old versions are collected at once. */
const SOFT_LIMIT = 224 * 1024 * 1024;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // The gc function is only made for contexts created with the flag set.
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collect garbage now if the heap has grown past the soft limit. */
export function trimHeap(): void {
  if (v8.getHeapStatistics().used_heap_size < SOFT_LIMIT) return;
  collector()?.();
}

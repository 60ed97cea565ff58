/**
 * A sentence closing on someone unnamed, "a"/"one" and the noun for them, the subject put last (Bengali `… দাবি করেছেন
 * প্রতিষ্ঠানটির এক প্রকৌশলী।`, "an engineer of the firm claimed …"), perhaps after whose they are in the genitive.
 */
const BENGALI_UNNAMED_CLOSING = /(?:^|\s)((?:[^\s,।]+(?:ের|র|টির)\s+)?(?:এক|একজন)\s+[^\s,।]+(?:\s+[^\s,।]+)?)\s*।\s*$/u;

const MEASURES = new Set('বছর মাস দিন সপ্তাহ ঘণ্টা মিনিট দফা বার টাকা কোটি লাখ হাজার কিলোমিটার মিটার'.split(' '));

/**
 * The unnamed person the text right before a sentence-opening "on condition of anonymity" closes on, or null:
 * `… এক প্রকৌশলী। নাম প্রকাশ না করার শর্তে তিনি বলেন, ‘…’` is that engineer, never the person named before.
 */
export function unnamedClosingBefore(before: string): string | null {
  const found = BENGALI_UNNAMED_CLOSING.exec(before.trimEnd())?.[1] ?? null;
  // (`… বন্ধ আছে এক বছর।`, "has been shut for one year": "one" and a unit of time, money or count is no person.)
  return found && !MEASURES.has(found.split(/\s+/u).at(-1)!) ? found : null;
}
